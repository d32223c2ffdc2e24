// Part-of-speech tagging over fine tags (a universal tag with its Penn tag, "VERB|VBD": lexical.ts TagSet) in
// two greedy passes, left to right, each an averaged perceptron over the word, its affixes and shape, the words
// around it, the tags already chosen to its left, and the ambiguity classes (tags seen in training) of the words
// to its right, which stand in for the right-hand tags not chosen yet; the second pass also reads the first
// pass's tags of the word and of the two words to its right. Frequent words the training data always tags one
// way skip the model.
import { mix } from '../../text/hash.js';
import type { WordInfo } from './lexical.js';
import { type Scorer, WeightTable } from './perceptron.js';

// Template ids; a template's position is part of the model's FEATURE_VERSION (model.ts).
enum F {
  Bias = 1,
  Lower,
  Form,
  Shape,
  Prefix1,
  Prefix2,
  Prefix3,
  Suffix1,
  Suffix2,
  Suffix3,
  Suffix4,
  LowerPrev,
  LowerPrev2,
  LowerNext,
  LowerNext2,
  TagPrev,
  TagPrev2,
  TagPrevTagPrev2,
  TagPrevLower,
  SuffixPrev,
  SuffixNext,
  Ambiguity,
  AmbiguityNext,
  AmbiguityNext2,
  AmbiguityTagPrev,
  LowerLowerNext,
  LowerPrevLower,
  FirstShape,
  Cluster,
  CoarseCluster,
  ClusterPrev,
  ClusterNext,
  ShapeNext,
  ShapePrevShape,
  AmbiguityNextLower,
  // the second pass: the first pass's tags of this word (own) and of the two words to its right
  FirstOwn,
  FirstNext,
  FirstNext2,
  FirstNextNext2,
  FirstNextLower,
  FirstOwnNext,
  TagPrevFirstNext,
  FirstOwnLower,
}

export const TAGGER_FEATURES_MAX = 48;
const NONE = 0x5bd1e995; // the value of a position outside the sentence

const f1 = (t: number, a: number) => mix(t, a) | 0 || 1;
const f2 = (t: number, a: number, b: number) => mix(mix(t, a), b) | 0 || 1;

/**
 * Writes the feature hashes of word i into out; returns how many. `tags` holds the tags of words 0 .. i-1; in the
 * second pass `first` holds the first pass's tags of the whole sentence, so the words to the right are read by
 * their likely tags too, not only by the tags they can take.
 */
export function taggerFeatures(words: readonly WordInfo[], i: number, tags: Uint8Array, out: Int32Array, first?: Uint8Array): number {
  const w = words[i]!;
  const prev = i > 0 ? words[i - 1]! : undefined;
  const prev2 = i > 1 ? words[i - 2]! : undefined;
  const next = i + 1 < words.length ? words[i + 1]! : undefined;
  const next2 = i + 2 < words.length ? words[i + 2]! : undefined;
  const p1 = i > 0 ? tags[i - 1]! + 1 : 0;
  const p2 = i > 1 ? tags[i - 2]! + 1 : 0;
  let n = 0;
  out[n++] = F.Bias;
  out[n++] = f1(F.Lower, w.lower);
  out[n++] = f1(F.Form, w.form);
  out[n++] = f1(F.Shape, w.shape);
  out[n++] = f1(F.Prefix1, w.prefix[0]);
  out[n++] = f1(F.Prefix2, w.prefix[1]);
  out[n++] = f1(F.Prefix3, w.prefix[2]);
  out[n++] = f1(F.Suffix1, w.suffix[0]);
  out[n++] = f1(F.Suffix2, w.suffix[1]);
  out[n++] = f1(F.Suffix3, w.suffix[2]);
  out[n++] = f1(F.Suffix4, w.suffix[3]);
  out[n++] = f1(F.LowerPrev, prev ? prev.lower : NONE);
  out[n++] = f1(F.LowerPrev2, prev2 ? prev2.lower : NONE);
  out[n++] = f1(F.LowerNext, next ? next.lower : NONE);
  out[n++] = f1(F.LowerNext2, next2 ? next2.lower : NONE);
  out[n++] = f1(F.TagPrev, p1);
  out[n++] = f1(F.TagPrev2, p2);
  out[n++] = f2(F.TagPrevTagPrev2, p1, p2);
  out[n++] = f2(F.TagPrevLower, p1, w.lower);
  out[n++] = f1(F.SuffixPrev, prev ? prev.suffix[2] : NONE);
  out[n++] = f1(F.SuffixNext, next ? next.suffix[2] : NONE);
  out[n++] = f1(F.Ambiguity, w.ambiguity);
  out[n++] = f1(F.AmbiguityNext, next ? next.ambiguity : NONE);
  out[n++] = f1(F.AmbiguityNext2, next2 ? next2.ambiguity : NONE);
  out[n++] = f2(F.AmbiguityTagPrev, w.ambiguity, p1);
  out[n++] = f2(F.LowerLowerNext, w.lower, next ? next.lower : NONE);
  out[n++] = f2(F.LowerPrevLower, prev ? prev.lower : NONE, w.lower);
  if (i === 0) out[n++] = f1(F.FirstShape, w.shape);
  if (w.cluster) {
    out[n++] = f1(F.Cluster, w.cluster);
    out[n++] = f1(F.CoarseCluster, w.coarseCluster);
  }
  out[n++] = f1(F.ClusterPrev, prev ? prev.cluster : NONE);
  out[n++] = f1(F.ClusterNext, next ? next.cluster : NONE);
  out[n++] = f1(F.ShapeNext, next ? next.shape : NONE);
  out[n++] = f2(F.ShapePrevShape, prev ? prev.shape : NONE, w.shape);
  out[n++] = f2(F.AmbiguityNextLower, next ? next.ambiguity : NONE, w.lower);
  if (first) {
    const own = first[i]! + 1;
    const t1 = next ? first[i + 1]! + 1 : 0;
    const t2 = next2 ? first[i + 2]! + 1 : 0;
    out[n++] = f1(F.FirstOwn, own);
    out[n++] = f1(F.FirstNext, t1);
    out[n++] = f1(F.FirstNext2, t2);
    out[n++] = f2(F.FirstNextNext2, t1, t2);
    out[n++] = f2(F.FirstNextLower, t1, w.lower);
    out[n++] = f2(F.FirstOwnNext, own, t1);
    out[n++] = f2(F.TagPrevFirstNext, p1, t1);
    out[n++] = f2(F.FirstOwnLower, own, w.lower);
  }
  return n;
}

/**
 * The positions around the word tagged whose features read one word alone: such a feature scores the same
 * wherever that word stands in that position, so with fixed weights each word's scores are kept (wordScores)
 * rather than looked up again at each occurrence. taggerContextFeatures gives the other features; together they
 * are exactly taggerFeatures'.
 */
export enum Around {
  Self,
  Prev,
  Prev2,
  Next,
  Next2,
}
const AROUND_COUNT = 5;

/** A position before the sentence's start or after its end: every value the features read is NONE. */
export const OUTSIDE: WordInfo = {
  lowerText: '',
  form: NONE,
  lower: NONE,
  shape: NONE,
  prefix: [NONE, NONE, NONE],
  suffix: [NONE, NONE, NONE, NONE],
  ambiguity: NONE,
  fixedTag: -1,
  cluster: NONE,
  coarseCluster: NONE,
  tagScores: undefined,
  tagScores2: undefined,
  lemmas: undefined,
};

/** Writes the features word w gives in a position around the word tagged; returns how many. */
export function aroundFeatures(w: WordInfo, around: Around, out: Int32Array): number {
  let n = 0;
  switch (around) {
    case Around.Self:
      out[n++] = F.Bias;
      out[n++] = f1(F.Lower, w.lower);
      out[n++] = f1(F.Form, w.form);
      out[n++] = f1(F.Shape, w.shape);
      out[n++] = f1(F.Prefix1, w.prefix[0]);
      out[n++] = f1(F.Prefix2, w.prefix[1]);
      out[n++] = f1(F.Prefix3, w.prefix[2]);
      out[n++] = f1(F.Suffix1, w.suffix[0]);
      out[n++] = f1(F.Suffix2, w.suffix[1]);
      out[n++] = f1(F.Suffix3, w.suffix[2]);
      out[n++] = f1(F.Suffix4, w.suffix[3]);
      out[n++] = f1(F.Ambiguity, w.ambiguity);
      if (w.cluster) {
        out[n++] = f1(F.Cluster, w.cluster);
        out[n++] = f1(F.CoarseCluster, w.coarseCluster);
      }
      break;
    case Around.Prev:
      out[n++] = f1(F.LowerPrev, w.lower);
      out[n++] = f1(F.SuffixPrev, w.suffix[2]);
      out[n++] = f1(F.ClusterPrev, w.cluster);
      break;
    case Around.Prev2:
      out[n++] = f1(F.LowerPrev2, w.lower);
      break;
    case Around.Next:
      out[n++] = f1(F.LowerNext, w.lower);
      out[n++] = f1(F.SuffixNext, w.suffix[2]);
      out[n++] = f1(F.AmbiguityNext, w.ambiguity);
      out[n++] = f1(F.ClusterNext, w.cluster);
      out[n++] = f1(F.ShapeNext, w.shape);
      break;
    default:
      out[n++] = f1(F.LowerNext2, w.lower);
      out[n++] = f1(F.AmbiguityNext2, w.ambiguity);
  }
  return n;
}

/**
 * Pairs of tags whose features read those two tags alone: such a feature scores the same wherever the pair
 * stands, so with fixed weights each pair's scores are kept per table (pairScores) rather than looked up again
 * for every word. Tags + 1, 0 outside the sentence.
 */
export enum TagPair {
  /** the two tags chosen to the left (p1, p2) */
  Left,
  /** the second pass: the first pass's tag of this word and of the next (own, t1) */
  OwnNext,
  /** the second pass: the first pass's tags of the next two words (t1, t2) */
  Next,
  /** the second pass: the tag chosen to the left and the first pass's of the next word (p1, t1) */
  PrevNext,
}
const PAIR_COUNT = 4;

/** Writes the features a pair of tags gives; returns how many. */
export function tagPairFeatures(pair: TagPair, a: number, b: number, out: Int32Array): number {
  let n = 0;
  switch (pair) {
    case TagPair.Left:
      out[n++] = f1(F.TagPrev, a);
      out[n++] = f1(F.TagPrev2, b);
      out[n++] = f2(F.TagPrevTagPrev2, a, b);
      break;
    case TagPair.OwnNext:
      out[n++] = f1(F.FirstOwn, a);
      out[n++] = f2(F.FirstOwnNext, a, b);
      break;
    case TagPair.Next:
      out[n++] = f1(F.FirstNext, a);
      out[n++] = f1(F.FirstNext2, b);
      out[n++] = f2(F.FirstNextNext2, a, b);
      break;
    default:
      out[n++] = f2(F.TagPrevFirstNext, a, b);
  }
  return n;
}

/**
 * Writes the features of word i that read more than one word together with a word's own value (see Around and
 * TagPair, which give the others); returns how many.
 */
export function taggerContextFeatures(words: readonly WordInfo[], i: number, tags: Uint8Array, out: Int32Array, first?: Uint8Array): number {
  const w = words[i]!;
  const prev = i > 0 ? words[i - 1]! : undefined;
  const next = i + 1 < words.length ? words[i + 1]! : undefined;
  const p1 = i > 0 ? tags[i - 1]! + 1 : 0;
  let n = 0;
  out[n++] = f2(F.TagPrevLower, p1, w.lower);
  out[n++] = f2(F.AmbiguityTagPrev, w.ambiguity, p1);
  out[n++] = f2(F.LowerLowerNext, w.lower, next ? next.lower : NONE);
  out[n++] = f2(F.LowerPrevLower, prev ? prev.lower : NONE, w.lower);
  if (i === 0) out[n++] = f1(F.FirstShape, w.shape);
  out[n++] = f2(F.ShapePrevShape, prev ? prev.shape : NONE, w.shape);
  out[n++] = f2(F.AmbiguityNextLower, next ? next.ambiguity : NONE, w.lower);
  if (first) {
    out[n++] = f2(F.FirstNextLower, next ? first[i + 1]! + 1 : 0, w.lower);
    out[n++] = f2(F.FirstOwnLower, first[i]! + 1, w.lower);
  }
  return n;
}

const aroundBuffer = new Int32Array(TAGGER_FEATURES_MAX);
let aroundScores = new Float64Array(64);

/** A word's scores in each position (Around × tag), kept on the word for one model with fixed weights (each pass its own). */
function wordScores(model: WeightTable, w: WordInfo, second: boolean): Int32Array {
  const kept = second ? w.tagScores2 : w.tagScores;
  if (kept?.model === model) return kept.scores;
  const C = model.classes;
  if (aroundScores.length < C) aroundScores = new Float64Array(C);
  const scores = new Int32Array(AROUND_COUNT * C);
  for (let around = 0; around < AROUND_COUNT; around++) {
    aroundScores.fill(0);
    model.score(aroundBuffer, aroundFeatures(w, around, aroundBuffer), aroundScores);
    // int16 weights summed over a handful of features: exact in an int32
    for (let t = 0; t < C; t++) scores[around * C + t] = aroundScores[t]!;
  }
  if (second) w.tagScores2 = { model, scores };
  else w.tagScores = { model, scores };
  return scores;
}

/** Adds a word's scores in one position into out. */
function addAround(scores: Int32Array, around: Around, C: number, out: Float64Array): void {
  const base = around * C;
  for (let t = 0; t < C; t++) out[t] += scores[base + t]!;
}

/** Each pair of tags' scores under one table (TagPair × (C + 1)² × C), filled as met. */
interface PairScores {
  scores: Int32Array;
  filled: Uint8Array;
}
const pairCaches = new WeakMap<WeightTable, PairScores>();

/** Adds the scores of a pair of tags into out, scored the first time the table meets the pair. */
function addPair(model: WeightTable, pair: TagPair, a: number, b: number, out: Float64Array): void {
  const C = model.classes;
  const width = C + 1;
  let cache = pairCaches.get(model);
  if (!cache) {
    cache = { scores: new Int32Array(PAIR_COUNT * width * width * C), filled: new Uint8Array(PAIR_COUNT * width * width) };
    pairCaches.set(model, cache);
  }
  const slot = (pair * width + a) * width + b;
  const base = slot * C;
  const scores = cache.scores;
  if (!cache.filled[slot]) {
    if (aroundScores.length < C) aroundScores = new Float64Array(C);
    aroundScores.fill(0);
    model.score(aroundBuffer, tagPairFeatures(pair, a, b, aroundBuffer), aroundScores);
    for (let t = 0; t < C; t++) scores[base + t] = aroundScores[t]!;
    cache.filled[slot] = 1;
  }
  for (let t = 0; t < C; t++) out[t] += scores[base + t]!;
}

const featureBuffer = new Int32Array(TAGGER_FEATURES_MAX);
let scores = new Float64Array(64);

/** The best tag of word i under the model, given the tags to its left (and in the second pass the first's). */
export function bestTag(model: Scorer, words: readonly WordInfo[], i: number, tags: Uint8Array, features = featureBuffer, first?: Uint8Array): number {
  const n = taggerFeatures(words, i, tags, features, first);
  const C = model.classes;
  if (scores.length < C) scores = new Float64Array(C);
  scores.fill(0);
  model.score(features, n, scores);
  let best = 0;
  for (let t = 1; t < C; t++) if (scores[t]! > scores[best]!) best = t;
  return best;
}

/**
 * bestTag with a loaded model: each word's own features scored once, kept on the word (wordScores), and each
 * pair of tags' once per table (addPair). Sums of int16 weights are exact, so the tag is bestTag's.
 */
export function bestTagKept(model: WeightTable, words: readonly WordInfo[], i: number, tags: Uint8Array, first?: Uint8Array): number {
  const C = model.classes;
  if (scores.length < C) scores = new Float64Array(C);
  const n = taggerContextFeatures(words, i, tags, featureBuffer, first);
  scores.fill(0);
  model.score(featureBuffer, n, scores);
  const second = first !== undefined;
  const last = words.length;
  addAround(wordScores(model, words[i]!, second), Around.Self, C, scores);
  addAround(wordScores(model, i > 0 ? words[i - 1]! : OUTSIDE, second), Around.Prev, C, scores);
  addAround(wordScores(model, i > 1 ? words[i - 2]! : OUTSIDE, second), Around.Prev2, C, scores);
  addAround(wordScores(model, i + 1 < last ? words[i + 1]! : OUTSIDE, second), Around.Next, C, scores);
  addAround(wordScores(model, i + 2 < last ? words[i + 2]! : OUTSIDE, second), Around.Next2, C, scores);
  const p1 = i > 0 ? tags[i - 1]! + 1 : 0;
  addPair(model, TagPair.Left, p1, i > 1 ? tags[i - 2]! + 1 : 0, scores);
  if (first) {
    const t1 = i + 1 < last ? first[i + 1]! + 1 : 0;
    addPair(model, TagPair.OwnNext, first[i]! + 1, t1, scores);
    addPair(model, TagPair.Next, t1, i + 2 < last ? first[i + 2]! + 1 : 0, scores);
    addPair(model, TagPair.PrevNext, p1, t1, scores);
  }
  let best = 0;
  for (let t = 1; t < C; t++) if (scores[t]! > scores[best]!) best = t;
  return best;
}

/**
 * One pass over a sentence into out (fine tags); `given` may fix a word's tag (a name the recogniser found); in
 * the second pass `first` holds the first pass's tags.
 */
export function tagWords(model: Scorer, words: readonly WordInfo[], out: Uint8Array, given?: (i: number) => number, first?: Uint8Array): void {
  // a loaded table's weights never change, so the scores kept on the words stay right (not so while training)
  const table = model instanceof WeightTable ? model : undefined;
  for (let i = 0; i < words.length; i++) {
    const fixed = given?.(i) ?? -1;
    const known = fixed >= 0 ? fixed : words[i]!.fixedTag;
    out[i] = known >= 0 ? known : table ? bestTagKept(table, words, i, out, first) : bestTag(model, words, i, out, featureBuffer, first);
  }
}

/** The tagger: a left-to-right pass, then (when trained with two) a second that also reads the first's tags. */
export interface Tagger {
  first: Scorer;
  second?: Scorer;
}

let firstPass = new Uint8Array(256);

/** Tags a sentence into out (fine tags); `given` may fix a word's tag. */
export function tagSentence(tagger: Tagger, words: readonly WordInfo[], out: Uint8Array, given?: (i: number) => number): void {
  if (!tagger.second) {
    tagWords(tagger.first, words, out, given);
    return;
  }
  if (firstPass.length < words.length) firstPass = new Uint8Array(words.length * 2);
  tagWords(tagger.first, words, firstPass, given);
  tagWords(tagger.second, words, out, given, firstPass);
}
