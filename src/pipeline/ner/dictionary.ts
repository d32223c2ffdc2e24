// English words from the word-list package (about 275,000, lower case, no proper nouns): a capitalised word
// that is also an English word ("Shares", "Police") is less likely a name than one that is not ("Volkswagen").
// Read once, kept as hashes.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { hashString } from './features.js';

let words: Set<number> | undefined;

export function englishWords(): Set<number> {
  if (words) return words;
  words = new Set();
  for (const w of readFileSync(wordListPath, 'utf8').split('\n')) if (w) words.add(hashString(w));
  return words;
}
