// Universal part-of-speech tagging: greedy, left to right, an averaged perceptron over the word, its affixes
// and shape, the words around it, the tags already chosen to its left, and the ambiguity classes (tags seen in
// training) of the words to its right, which stand in for the right-hand tags not chosen yet. Frequent words the
// training data always tags one way skip the model.
import { mix } from '../../text/hash.js';
import type { WordInfo } from './lexical.js';
import { UPOS } from './lexical.js';
import { type Scorer, WeightTable } from './perceptron.js';

export const TAG_COUNT = UPOS.length;

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
}

export const TAGGER_FEATURES_MAX = 40;
const NONE = 0x5bd1e995; // the value of a position outside the sentence

const f1 = (t: number, a: number) => mix(t, a) | 0 || 1;
const f2 = (t: number, a: number, b: number) => mix(mix(t, a), b) | 0 || 1;

/** Writes the feature hashes of word i into out; returns how many. `tags` holds the tags of words 0 .. i-1. */
export function taggerFeatures(words: readonly WordInfo[], i: number, tags: Uint8Array, out: Int32Array): number {
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

/** Writes the features of word i that read more than one word or the tags chosen (see Around); returns how many. */
export function taggerContextFeatures(words: readonly WordInfo[], i: number, tags: Uint8Array, out: Int32Array): number {
  const w = words[i]!;
  const prev = i > 0 ? words[i - 1]! : undefined;
  const next = i + 1 < words.length ? words[i + 1]! : undefined;
  const p1 = i > 0 ? tags[i - 1]! + 1 : 0;
  const p2 = i > 1 ? tags[i - 2]! + 1 : 0;
  let n = 0;
  out[n++] = f1(F.TagPrev, p1);
  out[n++] = f1(F.TagPrev2, p2);
  out[n++] = f2(F.TagPrevTagPrev2, p1, p2);
  out[n++] = f2(F.TagPrevLower, p1, w.lower);
  out[n++] = f2(F.AmbiguityTagPrev, w.ambiguity, p1);
  out[n++] = f2(F.LowerLowerNext, w.lower, next ? next.lower : NONE);
  out[n++] = f2(F.LowerPrevLower, prev ? prev.lower : NONE, w.lower);
  if (i === 0) out[n++] = f1(F.FirstShape, w.shape);
  out[n++] = f2(F.ShapePrevShape, prev ? prev.shape : NONE, w.shape);
  out[n++] = f2(F.AmbiguityNextLower, next ? next.ambiguity : NONE, w.lower);
  return n;
}

const aroundBuffer = new Int32Array(TAGGER_FEATURES_MAX);
const aroundScores = new Float64Array(TAG_COUNT);

/** A word's scores in each position (Around × tag), kept on the word for one model with fixed weights. */
function wordScores(model: WeightTable, w: WordInfo): Int32Array {
  if (w.tagScores?.model === model) return w.tagScores.scores;
  const scores = new Int32Array(AROUND_COUNT * TAG_COUNT);
  for (let around = 0; around < AROUND_COUNT; around++) {
    aroundScores.fill(0);
    model.score(aroundBuffer, aroundFeatures(w, around, aroundBuffer), aroundScores);
    // int16 weights summed over a handful of features: exact in an int32
    for (let t = 0; t < TAG_COUNT; t++) scores[around * TAG_COUNT + t] = aroundScores[t]!;
  }
  w.tagScores = { model, scores };
  return scores;
}

/** Adds a word's scores in one position into out. */
function addAround(model: WeightTable, w: WordInfo, around: Around, out: Float64Array): void {
  const scores = wordScores(model, w);
  const base = around * TAG_COUNT;
  for (let t = 0; t < TAG_COUNT; t++) out[t] += scores[base + t]!;
}

const featureBuffer = new Int32Array(TAGGER_FEATURES_MAX);
const scores = new Float64Array(TAG_COUNT);

/** The best tag of word i under the model, given the tags to its left. */
export function bestTag(model: Scorer, words: readonly WordInfo[], i: number, tags: Uint8Array, features = featureBuffer): number {
  const n = taggerFeatures(words, i, tags, features);
  scores.fill(0);
  model.score(features, n, scores);
  let best = 0;
  for (let t = 1; t < TAG_COUNT; t++) if (scores[t]! > scores[best]!) best = t;
  return best;
}

/** bestTag with a loaded model: each word's own features scored once, kept on the word (wordScores). */
export function bestTagKept(model: WeightTable, words: readonly WordInfo[], i: number, tags: Uint8Array): number {
  const n = taggerContextFeatures(words, i, tags, featureBuffer);
  scores.fill(0);
  model.score(featureBuffer, n, scores);
  addAround(model, words[i]!, Around.Self, scores);
  addAround(model, i > 0 ? words[i - 1]! : OUTSIDE, Around.Prev, scores);
  addAround(model, i > 1 ? words[i - 2]! : OUTSIDE, Around.Prev2, scores);
  addAround(model, i + 1 < words.length ? words[i + 1]! : OUTSIDE, Around.Next, scores);
  addAround(model, i + 2 < words.length ? words[i + 2]! : OUTSIDE, Around.Next2, scores);
  let best = 0;
  for (let t = 1; t < TAG_COUNT; t++) if (scores[t]! > scores[best]!) best = t;
  return best;
}

/** Tags a sentence into out (indices into UPOS); `given` may fix a word's tag (a name the recogniser found). */
export function tagWords(model: Scorer, words: readonly WordInfo[], out: Uint8Array, given?: (i: number) => number): void {
  // a loaded table's weights never change, so the scores kept on the words stay right (not so while training)
  const table = model instanceof WeightTable ? model : undefined;
  for (let i = 0; i < words.length; i++) {
    const fixed = given?.(i) ?? -1;
    const known = fixed >= 0 ? fixed : words[i]!.fixedTag;
    out[i] = known >= 0 ? known : table ? bestTagKept(table, words, i, out) : bestTag(model, words, i, out);
  }
}
