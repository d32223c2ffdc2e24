// Entities already in a graph, as the name stages read them when documents are added to it (`newsgraph
// add`): new names resolve against these nodes (names.ts, unify.ts) and keep their keys and types.
import type { EntityType } from '../../graph/schema.js';
import { foldDiacritics } from '../../text/slug.js';
import { tokenize } from '../text/tokenize.js';

export interface KnownEntity {
  key: string;
  type: EntityType;
  label: string;
  aliases: string[];
  docs: string[];
  mentions: number;
}

/** Every name of a known entity (label first, then aliases), as words, without a leading article. */
export function knownNames(e: KnownEntity): string[][] {
  const out: string[][] = [];
  for (const name of [e.label, ...e.aliases]) {
    const words = tokenize(name).map((t) => t.text);
    if (/^the$/i.test(words[0] ?? '') && words.length > 1) words.shift();
    if (words.length) out.push(words);
  }
  return out;
}

/** A person's name as names.ts compares words: diacritics folded, full stops left out. */
export const foldedWords = (words: string[]) => words.map(foldDiacritics).filter((w) => w !== '.');
