// The inference shortcuts give exactly the scores of the straightforward ones: WeightTable against a plain map of
// rows, the tagger's kept word and tag-pair scores (tagger.ts) and the parser's per-sentence role scores (parser.ts) against
// scoring every feature of every word or state. Scores are sums of int16 weights, so equal means bit-equal.
import { describe, expect, it } from 'vitest';
import { syntaxModel } from '../../../src/pipeline/syntax/index.js';
import type { WordInfo } from '../../../src/pipeline/syntax/lexical.js';
import {
  bestAction,
  bestLabel,
  PARSER_FEATURES_MAX,
  parserContextFeatures,
  parserFeatures,
  ROLE_COUNT,
  RoleScores,
  roleFeatures,
  roleWords,
} from '../../../src/pipeline/syntax/parser.js';
import { WeightTable } from '../../../src/pipeline/syntax/perceptron.js';
import {
  Around,
  aroundFeatures,
  bestTag,
  bestTagKept,
  OUTSIDE,
  TAGGER_FEATURES_MAX,
  TagPair,
  tagPairFeatures,
  taggerContextFeatures,
  taggerFeatures,
  tagWords,
} from '../../../src/pipeline/syntax/tagger.js';
import { parserInputOf } from '../../../src/pipeline/syntax/tree.js';
import { ACTION_COUNT, LEFT, ParseState, REDUCE, RIGHT, SHIFT } from '../../../src/pipeline/syntax/transitions.js';
import { syntaxWords } from '../../../src/pipeline/syntax/words.js';
import { splitSentences, tokenize } from '../../../src/pipeline/text/tokenize.js';

const TEXT =
  "OSLO - Norway's foreign minister said on Friday that Oslo didn't recall its envoy. The al-Assad government, which Russia backs, was criticised by " +
  'the ambassador, Anna Berg, and her deputy. Peru decided to recall its ambassador to Venezuela after the vote on Monday, officials said. ' +
  'Zxqv blorfed the unheard-of wugs quickly!';

/** each sentence's words as the lexicon knows them, with the tagger's first-pass tags and its final ones */
function sentences(): Array<{ infos: WordInfo[]; first: Uint8Array; tags: Uint8Array }> {
  const model = syntaxModel();
  const tokens = tokenize(TEXT);
  return splitSentences(TEXT, tokens).map((s) => {
    const infos = syntaxWords(tokens, s.firstToken, s.lastToken).map((w) => model.lexicon.info(w.form));
    const first = new Uint8Array(infos.length);
    tagWords(model.tagger.first, infos, first);
    const tags = new Uint8Array(infos.length);
    if (model.tagger.second) tagWords(model.tagger.second, infos, tags, undefined, first);
    else tags.set(first);
    return { infos, first, tags };
  });
}

const sorted = (a: Int32Array, n: number) => Array.from(a.subarray(0, n)).sort((x, y) => x - y);

describe('WeightTable', () => {
  // a small table with colliding home slots, against a map of rows
  const classes = 5;
  const rows = 3000;
  const keys = new Int32Array(rows);
  const values = new Int16Array(rows * classes);
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) | 0);
  for (let r = 0; r < rows; r++) {
    keys[r] = (next() & ~1023) | (r % 7) || 1; // many keys on the same few home slots
    for (let c = 0; c < classes; c++) values[r * classes + c] = next() >> 16;
  }
  const unique = new Map<number, number>();
  for (let r = 0; r < rows; r++) unique.set(keys[r]!, r);
  const plain = (features: Int32Array, n: number) => {
    const out = new Float64Array(classes);
    for (let j = 0; j < n; j++) {
      const r = unique.get(features[j]!);
      if (r !== undefined) for (let c = 0; c < classes; c++) out[c] += values[r * classes + c]!;
    }
    return out;
  };
  const distinctKeys = Int32Array.from(unique.keys());
  const distinctValues = new Int16Array(distinctKeys.length * classes);
  for (let i = 0; i < distinctKeys.length; i++) {
    const from = unique.get(distinctKeys[i]!)! * classes;
    distinctValues.set(values.subarray(from, from + classes), i * classes);
  }
  // the model file's layout: column by column, little-endian
  const columnBytes = new Uint8Array(distinctValues.length * 2);
  for (let i = 0; i < distinctKeys.length; i++)
    for (let c = 0; c < classes; c++) {
      const v = distinctValues[i * classes + c]! & 0xffff;
      const at = (c * distinctKeys.length + i) * 2;
      columnBytes[at] = v & 0xff;
      columnBytes[at + 1] = v >> 8;
    }

  it.each([
    ['rows', new WeightTable(classes, distinctKeys, distinctValues, 1)],
    ['column bytes', new WeightTable(classes, distinctKeys, { columnBytes }, 1)],
  ])('scores as a map of rows does (%s)', (_, table) => {
    const features = new Int32Array(128);
    for (let trial = 0; trial < 500; trial++) {
      const n = 1 + (trial % 120);
      for (let j = 0; j < n; j++) features[j] = j % 3 === 0 ? next() | 1 : distinctKeys[Math.abs(next()) % distinctKeys.length]!;
      const out = new Float64Array(classes);
      table.score(features, n, out);
      expect(Array.from(out)).toEqual(Array.from(plain(features, n)));
    }
  });
});

describe('tagger word and tag-pair scores', () => {
  it('splits the features exactly into context, word positions and pairs of tags', () => {
    const out = new Int32Array(TAGGER_FEATURES_MAX);
    const parts = new Int32Array(TAGGER_FEATURES_MAX * 2);
    for (const { infos, first, tags } of sentences())
      for (const context of [undefined, first])
        for (let i = 0; i < infos.length; i++) {
          const n = taggerFeatures(infos, i, tags, out, context);
          let k = taggerContextFeatures(infos, i, tags, parts, context);
          const around: Array<[WordInfo, Around]> = [
            [infos[i]!, Around.Self],
            [infos[i - 1] ?? OUTSIDE, Around.Prev],
            [infos[i - 2] ?? OUTSIDE, Around.Prev2],
            [infos[i + 1] ?? OUTSIDE, Around.Next],
            [infos[i + 2] ?? OUTSIDE, Around.Next2],
          ];
          for (const [w, a] of around) k += aroundFeatures(w, a, parts.subarray(k));
          const tag = (t: Uint8Array, j: number) => (j >= 0 && j < infos.length ? t[j]! + 1 : 0);
          k += tagPairFeatures(TagPair.Left, tag(tags, i - 1), tag(tags, i - 2), parts.subarray(k));
          if (context) {
            k += tagPairFeatures(TagPair.OwnNext, tag(context, i), tag(context, i + 1), parts.subarray(k));
            k += tagPairFeatures(TagPair.Next, tag(context, i + 1), tag(context, i + 2), parts.subarray(k));
            k += tagPairFeatures(TagPair.PrevNext, tag(tags, i - 1), tag(context, i + 1), parts.subarray(k));
          }
          expect(sorted(parts, k)).toEqual(sorted(out, n));
        }
  });

  it('gives the tags of scoring every feature, in both passes', () => {
    const model = syntaxModel();
    const { first: firstPass, second } = model.tagger;
    expect(firstPass).toBeInstanceOf(WeightTable);
    for (let round = 0; round < 2; round++)
      for (const { infos, first, tags } of sentences())
        for (let i = 0; i < infos.length; i++) {
          expect(bestTagKept(firstPass as WeightTable, infos, i, first)).toBe(bestTag(firstPass, infos, i, first));
          if (second) expect(bestTagKept(second as WeightTable, infos, i, tags, first)).toBe(bestTag(second, infos, i, tags, undefined, first));
        }
  });
});

describe('parser role scores', () => {
  it('splits the features exactly into context and roles, and scores them alike in every state', () => {
    const model = syntaxModel();
    const { actions } = model.parser;
    const full = new Int32Array(PARSER_FEATURES_MAX);
    const parts = new Int32Array(PARSER_FEATURES_MAX * 2);
    const words = new Int32Array(ROLE_COUNT);
    const roles = new RoleScores();
    let states = 0;
    for (const { infos, tags } of sentences()) {
      const x = parserInputOf(infos, tags, model.tagSet.upos);
      const st = new ParseState();
      st.reset(x.n);
      roles.reset(x.n, ACTION_COUNT);
      while (!st.done) {
        const n = parserFeatures(x, st, full);
        let k = parserContextFeatures(x, st, parts);
        roleWords(x, st, words);
        for (let role = 0; role < ROLE_COUNT; role++) k = roleFeatures(x, role, words[role]!, parts, k);
        expect(sorted(parts, k)).toEqual(sorted(full, n));

        const direct = new Float64Array(ACTION_COUNT);
        actions.score(full, n, direct);
        const fast = new Float64Array(ACTION_COUNT);
        actions.score(parts, parserContextFeatures(x, st, parts), fast);
        roles.addState(actions, x, st, fast);
        expect(Array.from(fast)).toEqual(Array.from(direct));

        const action = bestAction(st, direct);
        if (action === LEFT) st.apply(LEFT, bestLabel(model.parser, x, st, st.front, st.top));
        else if (action === RIGHT) st.apply(RIGHT, bestLabel(model.parser, x, st, st.top, st.front));
        else st.apply(action === REDUCE ? REDUCE : SHIFT);
        states++;
      }
    }
    expect(states).toBeGreaterThan(100);
  });
});
