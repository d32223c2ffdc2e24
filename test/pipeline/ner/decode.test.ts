import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { featureHash, hashString } from '../../../src/pipeline/ner/features.js';
import { decodeModel, encodeModel, TRANSITION_MASK, TRANSITION_SIZE, transitionIndex, viterbi } from '../../../src/pipeline/ner/model.js';
import { TAG_COUNT, TAGS } from '../../../src/pipeline/ner/tags.js';
import { recognizeEntities } from '../../../src/pipeline/ner/index.js';
import { splitSentences, tokenize } from '../../../src/pipeline/text/tokenize.js';

const tag = (name: string) => TAGS.indexOf(name);
const names = (tags: Uint8Array) => [...tags].map((t) => TAGS[t]);

/** Emission scores where each token prefers one tag by `margin`. */
function prefer(tags: string[], margin = 5): Float64Array {
  const scores = new Float64Array(tags.length * TAG_COUNT);
  tags.forEach((name, i) => {
    scores[i * TAG_COUNT + tag(name)] = margin;
  });
  return scores;
}

describe('viterbi', () => {
  const free = new Float64Array(TRANSITION_SIZE).map((_, k) => TRANSITION_MASK[k]!);

  it.each([
    [
      ['O', 'B-PER', 'L-PER', 'O'],
      ['O', 'B-PER', 'L-PER', 'O'],
    ],
    [
      ['U-LOC', 'O', 'U-ORG'],
      ['U-LOC', 'O', 'U-ORG'],
    ],
  ])('keeps a well-formed best sequence %j', (best, expected) => {
    const out = new Uint8Array(best.length);
    viterbi(prefer(best), best.length, free, out);
    expect(names(out)).toEqual(expected);
  });

  it.each([
    ['a span may not start inside', ['I-PER', 'L-PER']],
    ['a span may not stay open at the end', ['O', 'B-ORG']],
    ['a span may not change class', ['B-PER', 'L-LOC']],
  ])('repairs ill-formed preferences: %s', (_, best) => {
    const out = new Uint8Array(best.length);
    viterbi(prefer(best), best.length, free, out);
    const tags = names(out);
    expect(tags).not.toEqual(best);
    for (let i = 0; i <= tags.length; i++) {
      const from = i > 0 ? tag(tags[i - 1]!) : -1;
      const to = i < tags.length ? tag(tags[i]!) : -1;
      expect(Number.isFinite(free[transitionIndex(from, to)]!)).toBe(true);
    }
  });

  it('lets transition weights outvote weak emissions', () => {
    const t = Float64Array.from(free);
    t[transitionIndex(tag('B-PER'), tag('L-PER'))]! += 10;
    const out = new Uint8Array(2);
    // token 1 slightly prefers O, but B-PER L-PER is worth more as a pair
    const scores = prefer(['B-PER', 'O'], 1);
    viterbi(scores, 2, t, out);
    expect(names(out)).toEqual(['B-PER', 'L-PER']);
  });
});

describe('model file', () => {
  // a hand-made model: the lower-cased word "zorblat" is an organisation, "vintrop" begins a person's name,
  // and a word after a person's first word ends it
  const hashes = [
    featureHash('lower', hashString('zorblat')),
    featureHash('lower', hashString('vintrop')),
    featureHash('lower-1', hashString('vintrop')),
    featureHash('lower', hashString('officials')),
  ];
  const values = new Float64Array(hashes.length * TAG_COUNT);
  values[0 * TAG_COUNT + tag('U-ORG')] = 8;
  values[1 * TAG_COUNT + tag('B-PER')] = 8;
  values[2 * TAG_COUNT + tag('L-PER')] = 8;
  values[3 * TAG_COUNT + tag('O')] = 1e-6; // rounds to 0 at this scale: the feature is dropped
  const features = new Map(hashes.map((h, r) => [h, r]));
  const transitions = new Float64Array(TRANSITION_SIZE);
  const file = encodeModel({ confidenceScale: 4, training: { data: 'hand-made' } }, features, values, transitions);
  const model = decodeModel(file);

  it('round-trips and tags with its weights', () => {
    expect(model.size).toBe(3);
    expect(model.header.training).toEqual({ data: 'hand-made' });
    const text = 'Officials of zorblat met vintrop Okafor today.';
    const tokens = tokenize(text);
    const spans = recognizeEntities(text, tokens, splitSentences(text, tokens), model);
    expect(
      spans.map((s) => [
        tokens
          .slice(s.first, s.last)
          .map((t) => t.text)
          .join(' '),
        s.cls,
        s.ruleId,
      ]),
    ).toEqual([
      ['zorblat', 'ORG', 'ner.perceptron'],
      ['vintrop Okafor', 'PER', 'ner.perceptron'],
    ]);
    for (const s of spans) expect(s.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it('finds nothing in text without its words', () => {
    const text = 'Nothing here is known to this model.';
    const tokens = tokenize(text);
    expect(recognizeEntities(text, tokens, splitSentences(text, tokens), model)).toEqual([]);
  });

  it.each([
    ['not gzip', Buffer.from('hello')],
    ['gzip of something else', encodeModelLike('other-format\n')],
    ['truncated', truncate(file)],
  ])('refuses a file that is %s with a one-line message naming the fix', (_, bad) => {
    expect(() => decodeModel(bad, 'bad.gz')).toThrow(/bad\.gz.*npm run train:ner/);
  });
});

function encodeModelLike(magic: string): Buffer {
  return gzipSync(Buffer.from(`${magic}xxxx`));
}

function truncate(file: Buffer): Buffer {
  const raw = gunzipSync(file);
  return gzipSync(raw.subarray(0, raw.length - 10));
}
