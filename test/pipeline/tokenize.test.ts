import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../src/pipeline/text/tokenize.js';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ['The U.S. said so.', ['The', 'U.S.', 'said', 'so', '.']],
    ["Merkel's office", ['Merkel', "'s", 'office']],
    ['the ministers’ talks', ['the', 'ministers', '’', 'talks']],
    ["al-Assad met O'Neill at AT&T", ['al-Assad', 'met', "O'Neill", 'at', 'AT&T']],
    ['It cost $1,200.50 on 1996-08-30.', ['It', 'cost', '$', '1,200.50', 'on', '1996-08-30', '.']],
    ["He said 'I do'.", ['He', 'said', "'", 'I', 'do', "'", '.']],
    ["don't", ["don't"]],
    // a former title's marker before a capital is a word of its own; other hyphenated words stay whole
    ['under then-President Morales and ex-Soviet leaders', ['under', 'then', '-', 'President', 'Morales', 'and', 'ex', '-', 'Soviet', 'leaders']],
    ['his ex-wife and the then-secret talks', ['his', 'ex-wife', 'and', 'the', 'then-secret', 'talks']],
  ])('%s', (text, expected) => expect(words(text)).toEqual(expected));

  it('keeps exact offsets', () => {
    const text = 'Sen. Warren, of the U.S. Senate, spoke.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('splitSentences', () => {
  const sentences = (text: string) => {
    const tokens = tokenize(text);
    return splitSentences(text, tokens).map((s) => text.slice(s.start, s.end));
  };
  it.each([
    ['Mr. Smith arrived. He left.', ['Mr. Smith arrived.', 'He left.']],
    ['Joseph R. Biden spoke. The U.S. Senate voted.', ['Joseph R. Biden spoke.', 'The U.S. Senate voted.']],
    ['"We will go," he said. "Now."', ['"We will go," he said.', '"Now."']],
    ['A headline\nThe body starts here.', ['A headline', 'The body starts here.']],
    ['a line that is\nwrapped in the middle.', ['a line that is\nwrapped in the middle.']],
    ['The talks ended in the U.S. Officials left.', ['The talks ended in the U.S. Officials left.']],
    ['JERUSALEM, Oct 28 (Reuters) - Israel recalled its envoy.', ['JERUSALEM, Oct 28 (Reuters) -', 'Israel recalled its envoy.']],
    ['NATO - the alliance - met today.', ['NATO - the alliance - met today.']],
    ['SOCCER - ITALY BEAT SPAIN IN ROME', ['SOCCER - ITALY BEAT SPAIN IN ROME']],
  ])('%s', (text, expected) => expect(sentences(text)).toEqual(expected));
});
