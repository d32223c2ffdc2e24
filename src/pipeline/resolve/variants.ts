// Spelling variants of one name ("Guldimann" and "Goldiman", "Aleksander" and "Alexander", "Birenda" and
// "Birendra"): two spellings are variants when they sound alike (the same Soundex code) and differ by at
// most two edits, and neither is short. Transliterated names vary like this; different names seldom do
// both at once ("Jong-il" and "Jong-un" sound different; "Smith" and "Smyth" are too short to tell).
import { foldName } from '../../text/slug.js';

/** Words shorter than this are never taken for variants of each other. */
export const MIN_VARIANT_LENGTH = 5;
/** At most this many edits apart (insertions, deletions, substitutions) … */
export const MAX_VARIANT_EDITS = 2;
/** … and at most one for words shorter than this. */
export const TWO_EDITS_FROM_LENGTH = 7;

const SOUNDEX_CODES: Record<string, string> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  c: '2',
  g: '2',
  j: '2',
  k: '2',
  q: '2',
  s: '2',
  x: '2',
  z: '2',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
};

/** American Soundex (the first letter and three digits) of a word's letters, accents folded. */
export function soundex(word: string): string {
  const letters = foldName(word).replace(/[^a-z]/g, '');
  if (!letters) return '';
  let out = letters[0]!.toUpperCase();
  let last = SOUNDEX_CODES[letters[0]!] ?? '';
  for (let i = 1; i < letters.length && out.length < 4; i++) {
    const c = letters[i]!;
    const code = SOUNDEX_CODES[c] ?? '';
    if (code && code !== last) out += code;
    // h and w do not separate letters of one code; vowels do
    if (c !== 'h' && c !== 'w') last = code;
  }
  return out.padEnd(4, '0');
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** Whether two spellings of a word are variants of one name (see the file comment). */
export function isSpellingVariant(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (x === y) return true;
  if (Math.min(x.length, y.length) < MIN_VARIANT_LENGTH || soundex(x) !== soundex(y)) return false;
  const max = Math.min(x.length, y.length) < TWO_EDITS_FROM_LENGTH ? 1 : MAX_VARIANT_EDITS;
  return editDistance(x, y, max) <= max;
}
