import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/pipeline/text/tokenize.js';
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
