import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../../src/pipeline/text/tokenize.js';
import { syntaxWords } from '../../../src/pipeline/syntax/words.js';

const words = (text: string) => syntaxWords(tokenize(text)).map((w) => (w.fused ? `${w.form}~` : w.form));

describe('syntaxWords: tokens as Universal Dependencies English words', () => {
  it.each([
    ["We don't know.", ['We', 'do~', "n't~", 'know', '.']],
    ["They can't and won't.", ['They', 'ca~', "n't~", 'and', 'wo~', "n't~", '.']],
    ['I cannot go', ['I', 'can~', 'not~', 'go']],
    ["we've said it's done", ['we~', "'ve~", 'said', 'it', "'s", 'done']],
    ['They’re here', ['They~', '’re~', 'here']],
    ['Bashar al-Assad met the Ghana-born envoy', ['Bashar', 'al', '-', 'Assad', 'met', 'the', 'Ghana', '-', 'born', 'envoy']],
    ['an anti-war e-mail from a non-profit', ['an', 'anti-war', 'e-mail', 'from', 'a', 'non-profit']],
    ['on 1996-08-22', ['on', '1996-08-22']],
    ['the vice-president of Peru', ['the', 'vice-president', 'of', 'Peru']],
    ['see http://www.smooth-on.com/p132/mold-rubber.html now', ['see', 'http://www.smooth-on.com/p132/mold-rubber.html', 'now']],
  ])('%s', (text, expected) => expect(words(text)).toEqual(expected));

  it('keeps exact character offsets and the token each word came from', () => {
    const text = "The Saudi-led coalition didn't say, al-Ani's aide said.";
    const tokens = tokenize(text);
    for (const w of syntaxWords(tokens)) {
      expect(text.slice(w.start, w.end)).toBe(w.form);
      expect(w.start).toBeGreaterThanOrEqual(tokens[w.token]!.start);
      expect(w.end).toBeLessThanOrEqual(tokens[w.token]!.end);
    }
  });
});

describe('sentences as UD English has them', () => {
  const sentences = (text: string) => {
    const tokens = tokenize(text);
    return splitSentences(text, tokens).map((s) => text.slice(s.start, s.end));
  };
  it.each([
    // a blank line ends a sentence even when the next paragraph starts in lower case; a single line break
    // followed by lower case is hard-wrapped text
    ['Thanks for the call\n\nplease send the file.', ['Thanks for the call', 'please send the file.']],
    ['a line that is\nwrapped in the middle.', ['a line that is\nwrapped in the middle.']],
    // "no." ends a sentence unless a number follows
    ['Hell no. That is a great name.', ['Hell no.', 'That is a great name.']],
    ['He wore No. 10 for Peru.', ['He wore No. 10 for Peru.']],
  ])('%j', (text, expected) => expect(sentences(text)).toEqual(expected));
});
