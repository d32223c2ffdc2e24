// Name matching: names are compared case-, accent- and punctuation-insensitively, as the evaluation does
// ("U.S." = "us", "Putin's" = "putin", "the Kremlin" = "kremlin", "José" = "jose").

/** The form two names are compared in. */
export function normalizeName(name: string): string {
  // most names are plain ASCII letters and spaces: skip the Unicode work
  if (/^[a-z0-9]+(?: [a-z0-9]+)*$/.test(name) && !name.startsWith('the ')) return name;
  if (/^[A-Za-z0-9 ]*$/.test(name)) {
    const lower = name.toLowerCase().replace(/ +/g, ' ').trim();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

export const nameTokens = (normalized: string): string[] => (normalized ? normalized.split(' ') : []);

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** The closest of `names` to `wanted` (for "did you mean"), at most `limit`, nearest first. */
export function closest(wanted: string, names: Iterable<string>, limit = 3): string[] {
  const w = wanted.toLowerCase();
  const max = Math.max(2, Math.floor(w.length / 3));
  const scored: [string, number][] = [];
  for (const name of names) {
    const n = name.toLowerCase();
    const d = n.startsWith(w) || w.startsWith(n) ? 1 : boundedDistance(w, n, max);
    if (d <= max) scored.push([name, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([n]) => n);
}
