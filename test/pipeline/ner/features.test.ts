import { describe, expect, it } from 'vitest';
import { casing, extractFeatures, FEATURE_TEMPLATES, featureHash, hashString, mix, wordShape } from '../../../src/pipeline/ner/features.js';
import { buildGazetteer, markGazetteer } from '../../../src/pipeline/ner/gazetteer.js';
import { splitSentences, tokenize } from '../../../src/pipeline/text/tokenize.js';

const doc = (text: string) => {
  const tokens = tokenize(text);
  return { tokens, sentences: splitSentences(text, tokens) };
};

describe('word shape', () => {
  it.each([
    ['Putin', 'Xxx'],
    ['IBM', 'XX'],
    ['U.S.', 'X.X.'],
    ['1996-08-22', 'dd-dd-dd'],
    ['al-Assad', 'xx-Xxx'],
    ['McDonald', 'XxXxx'],
    ['Zürich', 'Xxx'],
    ['a', 'x'],
    [',', ','],
  ])('%s → %s', (word, shape) => expect(wordShape(word)).toBe(shape));
});

describe('casing', () => {
  it.each([
    ['said', 1],
    ['Moscow', 2],
    ['NATO', 3],
    ['A', 2],
    ['iPhone', 1],
    ['1996', 0],
    ['Émile', 2],
  ])('%s → %i', (word, c) => expect(casing(word)).toBe(c));
});

describe('hashing', () => {
  it('is stable (a trained model depends on it) and spreads nearby inputs', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c); // FNV-1a reference value
    expect(mix(1, 2)).not.toBe(mix(2, 1));
    expect(new Set(Array.from({ length: 1000 }, (_, i) => mix(3, i) & 0xffff)).size).toBeGreaterThan(980);
  });
});

describe('extractFeatures', () => {
  it('gives every token the word features and a run of context features, none hashing to 0', () => {
    const { tokens, sentences } = doc('Talks in Oslo ended on Friday.\nThe minister left.');
    const f = extractFeatures(tokens, sentences);
    expect(f.words).toHaveLength(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      expect(f.words[i]!.hashes.length).toBe(11);
      expect(f.offsets[i + 1]! - f.offsets[i]!).toBeGreaterThanOrEqual(14);
    }
    expect(f.offsets[tokens.length]).toBe(f.hashes.length);
    expect([...f.hashes].includes(0)).toBe(false);
    expect(FEATURE_TEMPLATES.length).toBeGreaterThan(30);
  });

  it('the same word gets the same word features wherever it stands, and different context features', () => {
    const { tokens, sentences } = doc('Kovacs met Ward. Ward thanked Kovacs.');
    const f = extractFeatures(tokens, sentences);
    const ward = tokens.map((t, i) => (t.text === 'Ward' ? i : -1)).filter((i) => i >= 0);
    expect([...f.words[ward[0]!]!.hashes]).toEqual([...f.words[ward[1]!]!.hashes]);
    const ctx = (i: number) => [...f.hashes.subarray(f.offsets[i]!, f.offsets[i + 1]!)];
    expect(ctx(ward[0]!)).not.toEqual(ctx(ward[1]!));
  });

  it('a capitals headline word is told apart by how the article writes it elsewhere', () => {
    // "WALSH" in the headline: the article writes "Walsh" mid-sentence (a name), "WIN" as "win" (a word)
    const a = doc('WALSH SEALS WIN\nOn Sunday coach Jo Walsh said the win was deserved.');
    const b = doc('WALSH SEALS WIN\nOn Sunday the coach said the game was deserved.');
    const fa = extractFeatures(a.tokens, a.sentences);
    const fb = extractFeatures(b.tokens, b.sentences);
    const ctx = (f: typeof fa, i: number) => [...f.hashes.subarray(f.offsets[i]!, f.offsets[i + 1]!)];
    expect(ctx(fa, 0)).not.toEqual(ctx(fb, 0)); // WALSH: capitalised elsewhere vs not seen
    expect(ctx(fa, 2)).not.toEqual(ctx(fb, 2)); // WIN: lower-case elsewhere vs not seen
    expect(ctx(fa, 1)).toEqual(ctx(fb, 1)); // SEALS: seen nowhere in either
  });
});

describe('context elsewhere in the document', () => {
  const ctx = (text: string, index: number) => {
    const { tokens, sentences } = doc(text);
    const f = extractFeatures(tokens, sentences);
    return new Set(f.hashes.subarray(f.offsets[index]!, f.offsets[index + 1]!));
  };
  it('a repeated name sees the words around its other mentions', () => {
    // "Rotor" (token 7) also stands before "Volgograd" in the first
    const withOther = ctx('Fans cheered Rotor Volgograd. They said Rotor won.', 7);
    const alone = ctx('Fans cheered the team. They said Rotor won.', 7);
    expect(withOther.has(featureHash('elsewhere-lower+1', hashString('volgograd')))).toBe(true);
    expect(withOther.has(featureHash('elsewhere-lower-1', hashString('cheered')))).toBe(true);
    // a name mentioned once has no such features: its own context is not counted twice
    expect([...alone].some((h) => h === featureHash('elsewhere-lower+1', hashString('won')))).toBe(false);
  });
});

describe('gazetteer', () => {
  const gaz = buildGazetteer({ country: ['United States', 'US', 'Chad'], demonym: ['American'], capital: ['Washington'] });
  const marks = (text: string) => {
    const tokens = tokenize(text);
    return markGazetteer(
      gaz,
      tokens,
      tokens.map((t) => t.text.toLowerCase()),
    );
  };
  it.each([
    // bits: kind·4 + part, part 0 single, 1 first, 2 inside, 3 last
    ['the United States said', [0, 1 << 1, 1 << 3, 0]],
    ['US troops', [1 << 0, 0]],
    ['let us go', [0, 0, 0]], // lower-case "us" is not the country
    ['American envoy in Washington', [1 << 4, 0, 0, 1 << 8]],
    ['Chad Smith', [1 << 0, 0]], // a hit is only a feature: the model weighs it against the context
  ])('%s', (text, expected) => expect([...marks(text)]).toEqual(expected));
});
