// A rule-based chunker for capitalised names, typed by cue words around them. It backs up the statistical
// recogniser (src/pipeline/ner) for names it leaves out, and types names from their context: a title or
// role before a name makes a person, an organisation word inside a name makes an organisation.
import { NOT_NAMES, NAME_PARTICLES, PLACE_PREPOSITIONS } from '../../lexicon/function-words.js';
import { ORG_HEAD_WORDS } from '../../lexicon/organizations.js';
import { NAME_TITLES, ROLE_FIRST_WORDS, roleByForm } from '../../lexicon/roles.js';
import type { Token } from '../text/tokenize.js';

export interface NameSpan {
  first: number;
  last: number;
  type?: 'Person' | 'Organization' | 'Location';
  ruleId: string;
  /** typed from a weak cue only; a known entity of another type with the same name overrides it */
  weak?: boolean;
  /** a name that is no entity of ours (a nationality, an event): it only keeps other spans off its words */
  block?: boolean;
}

const CONNECTORS = new Set(['of', ...NAME_PARTICLES]);

export const isCapitalised = (text: string) => /^\p{Lu}/u.test(text) && /[\p{L}\p{N}]/u.test(text);
export const isAcronym = (text: string) => /^(?:\p{Lu}{2,6}|\p{Lu}+\d+|\p{Lu}-\d+)$/u.test(text);

/** Length in tokens of a role phrase starting at token i ("Foreign Minister" → 2), or 0. */
export function roleLengthAt(tokens: Token[], i: number, end: number): number {
  if (!ROLE_FIRST_WORDS.has(tokens[i]!.text.toLowerCase())) return 0;
  for (let n = Math.min(4, end - i); n >= 1; n--) {
    const phrase = tokens
      .slice(i, i + n)
      .map((t) => t.text.toLowerCase())
      .join(' ');
    if (roleByForm(phrase.replace(/ - /g, '-'))) return n;
  }
  return 0;
}

export function chunkProperNouns(tokens: Token[], from: number, to: number): NameSpan[] {
  const spans: NameSpan[] = [];
  let i = from;
  while (i < to) {
    const tok = tokens[i]!;
    const lower = tok.text.toLowerCase();
    if (!isCapitalised(tok.text) || NOT_NAMES.has(lower)) {
      i++;
      continue;
    }
    // a capitalised role before a name is a title ("President Emmanuel Macron"), not part of the name
    const roleLength = roleLengthAt(tokens, i, to);
    if (roleLength) {
      i += roleLength;
      continue;
    }
    let j = i + 1;
    while (j < to) {
      const t = tokens[j]!.text;
      // a role inside a run of capitals ends the name: "German Chancellor Olaf Scholz"
      if (roleLengthAt(tokens, j, to)) break;
      if (isCapitalised(t) && !NOT_NAMES.has(t.toLowerCase())) j++;
      // initials: "George W. Bush"
      else if (t === '.' && /^\p{Lu}$/u.test(tokens[j - 1]!.text) && j + 1 < to && isCapitalised(tokens[j + 1]!.text)) j++;
      else if (CONNECTORS.has(t) && j + 1 < to && isCapitalised(tokens[j + 1]!.text)) j += 2;
      else break;
    }
    spans.push(typeSpan(tokens, i, j, from));
    i = j;
  }
  return spans;
}

function typeSpan(tokens: Token[], first: number, last: number, sentenceStart: number): NameSpan {
  const words = tokens.slice(first, last).map((t) => t.text);
  // the word before the name, looking through the full stop of an abbreviated title ("Mr. Smith")
  let before = first - 1;
  if (before > sentenceStart && tokens[before]!.text === '.') before--;
  const prev = before >= sentenceStart ? tokens[before]!.text.toLowerCase() : '';
  if (words.some((w) => ORG_HEAD_WORDS.has(w.toLowerCase())) || (words.length === 1 && isAcronym(words[0]!)))
    return { first, last, type: 'Organization', ruleId: 'propn-org-cue' };
  if (NAME_TITLES.has(prev) || roleByForm(prev)) return { first, last, type: 'Person', ruleId: 'propn-after-title' };
  // a weak guess: a name after "in" or "to" that is also known as a person stays a person (see resolve)
  if (PLACE_PREPOSITIONS.has(prev)) return { first, last, type: 'Location', ruleId: 'propn-after-preposition', weak: true };
  const nameWords = words.filter((w) => w !== '.');
  // two to four capitalised words, initials allowed: "George W. Bush"
  if (nameWords.length >= 2 && nameWords.length <= 4 && nameWords.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || /^\p{Lu}$/u.test(w)))
    return { first, last, type: 'Person', ruleId: 'propn-full-name' };
  return { first, last, ruleId: 'propn-untyped' };
}
