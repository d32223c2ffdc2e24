import { describe, expect, it } from 'vitest';
import { allowedTransition, spansToTags, tagOf, TAGS, tagsToSpans, type Span } from '../../../src/pipeline/ner/tags.js';

const tag = (name: string) => TAGS.indexOf(name);

describe('BILOU tags', () => {
  it.each<[string, Span[], string[]]>([
    ['one single-token span', [{ first: 1, last: 2, cls: 'LOC' }], ['O', 'U-LOC', 'O']],
    ['a three-token span', [{ first: 0, last: 3, cls: 'PER' }], ['B-PER', 'I-PER', 'L-PER']],
    [
      'adjacent spans of different classes',
      [
        { first: 0, last: 2, cls: 'ORG' },
        { first: 2, last: 3, cls: 'MISC' },
      ],
      ['B-ORG', 'L-ORG', 'U-MISC'],
    ],
    [
      'adjacent spans of the same class',
      [
        { first: 0, last: 1, cls: 'PER' },
        { first: 1, last: 3, cls: 'PER' },
      ],
      ['U-PER', 'B-PER', 'L-PER'],
    ],
  ])('%s: spans → tags → spans', (_, spans, names) => {
    const tags = new Uint8Array(names.length);
    spansToTags(spans, tags);
    expect([...tags].map((t) => TAGS[t])).toEqual(names);
    expect(tagsToSpans(tags)).toEqual(spans);
  });

  it('reads ill-formed sequences without losing tokens', () => {
    expect(tagsToSpans(Uint8Array.from([tag('I-LOC'), tag('L-LOC'), tag('O'), tag('B-ORG')]))).toEqual([
      { first: 0, last: 2, cls: 'LOC' },
      { first: 3, last: 4, cls: 'ORG' },
    ]);
  });

  it.each([
    [-1, 'B-PER', true],
    [-1, 'I-PER', false],
    ['O', 'L-ORG', false],
    ['B-PER', 'I-PER', true],
    ['B-PER', 'L-LOC', false],
    ['B-PER', 'O', false],
    ['I-LOC', 'L-LOC', true],
    ['L-LOC', 'U-LOC', true],
    ['U-MISC', 'B-MISC', true],
    ['B-ORG', -1, false],
    ['L-ORG', -1, true],
  ] as const)('%s → %s allowed: %s', (from, to, ok) => {
    const t = (x: string | number) => (typeof x === 'number' ? x : tag(x));
    expect(allowedTransition(t(from), t(to))).toBe(ok);
  });

  it('numbers tags O first, then B I L U for each class', () => {
    expect(TAGS).toHaveLength(17);
    expect(tagOf('PER', 'B')).toBe(1);
    expect(TAGS[tagOf('MISC', 'U')]).toBe('U-MISC');
  });
});
