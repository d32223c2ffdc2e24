// Acronyms and their long forms: "U.N." and "United Nations", "OSCE" and "Organisation for Security and
// Cooperation in Europe", "SLORC" and "State Law and Order Restoration Council". Pure functions over words.
import { ACRONYM_SKIPPED_WORDS } from '../../lexicon/function-words.js';

/** "U.N." → "UN", "OSCE" → "OSCE"; undefined when the word is not written as an acronym. */
export function acronymKey(word: string): string | undefined {
  const bare = word.replace(/\./g, '');
  // two to seven capitals, a digit allowed after the first letter (G7 is a name, not an acronym)
  if (!/^\p{Lu}[\p{Lu}\d]{1,6}$/u.test(bare) || /^\p{Lu}\d+$/u.test(bare) || !/\p{Lu}.*\p{Lu}/u.test(bare)) return undefined;
  return bare;
}

/**
 * The initials a long form can be abbreviated by, most likely first: capitalised words only (hyphenated
 * words give one letter a part: "Marxist-Leninist" → ML), an acronym inside the name keeping its letters
 * ("U.N. Department of …" → UNDOHA is not written, but "UN" + "DHA" is), and the same without leading words
 * ("Welsh National Farmers Union" is also the NFU).
 */
export function initialsOf(words: string[]): string[] {
  const letters: string[] = [];
  for (const w of words) {
    if (ACRONYM_SKIPPED_WORDS.has(w.toLowerCase()) || !/\p{L}/u.test(w)) continue;
    const inner = acronymKey(w);
    if (inner) {
      letters.push(inner);
      continue;
    }
    for (const part of w.split('-')) if (/^\p{Lu}/u.test(part)) letters.push(part[0]!);
  }
  const out: string[] = [];
  for (let drop = 0; drop < letters.length; drop++) {
    const s = letters.slice(drop).join('');
    if (s.length >= 2) out.push(s);
  }
  return out;
}

/** The acronyms a long form may be written as (what `abbreviates` accepts), for looking long forms up by acronym. */
export function acronymsOf(words: string[]): string[] {
  const content = words.filter((w) => !ACRONYM_SKIPPED_WORDS.has(w.toLowerCase()) && /\p{L}/u.test(w));
  if (content.length < 2) return [];
  const [full, ...shorter] = initialsOf(words);
  return full === undefined ? [] : [full, ...shorter.filter((x) => x.length >= 3)];
}

/**
 * Whether ACRONYM abbreviates the long form WORDS. All initials must match; leading words may be dropped
 * only for acronyms of three letters or more, and never down to a single word.
 */
export function abbreviates(acronym: string, words: string[]): boolean {
  const key = acronymKey(acronym);
  return !!key && acronymsOf(words).includes(key);
}
