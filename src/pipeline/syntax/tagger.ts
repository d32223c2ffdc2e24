// Universal part-of-speech tagging: greedy, left to right, an averaged perceptron over the word, its affixes
// and shape, the words around it, the tags already chosen to its left, and the ambiguity classes (tags seen in
// training) of the words to its right, which stand in for the right-hand tags not chosen yet. Frequent words the
// training data always tags one way skip the model.
import { mix } from '../../text/hash.js';
import type { WordInfo } from './lexical.js';
import { UPOS } from './lexical.js';
import type { Scorer } from './perceptron.js';

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

/** Tags a sentence into out (indices into UPOS); `given` may fix a word's tag (a name the recogniser found). */
export function tagWords(model: Scorer, words: readonly WordInfo[], out: Uint8Array, given?: (i: number) => number): void {
  for (let i = 0; i < words.length; i++) {
    const fixed = given?.(i) ?? -1;
    const known = fixed >= 0 ? fixed : words[i]!.fixedTag;
    out[i] = known >= 0 ? known : bestTag(model, words, i, out);
  }
}
