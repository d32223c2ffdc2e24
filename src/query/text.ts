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

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("Macorn" → "Macron": 1), as
 * typos are made (the optimal-string-alignment form of Damerau-Levenshtein); gives up, returning max + 1,
 * once it must exceed `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length]!;
}

/** Typos forgiven in a word or name of this length: none below four letters, one up to six, then two. */
export const typoBudget = (length: number) => (length < 4 ? 0 : length < 7 ? 1 : 2);

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
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([n]) => n);
}
