// Universal part-of-speech tagging: greedy, left to right, an averaged perceptron over the word, its affixes
// and shape, the words around it, the tags already chosen to its left, and the ambiguity classes (tags seen in
// training) of the words to its right, which stand in for the right-hand tags not chosen yet. Frequent words the
// training data always tags one way skip the model.
import type { WordInfo } from './lexical.js';
import { fh1, fh2, type Scorer } from './perceptron.js';

// Template ids; a template's position is part of the model's FEATURE_VERSION (model.ts).
const enum F {
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
  // the second pass: the first pass's tags of this word and the words to its right
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

const f1 = fh1;
const f2 = fh2;

/**
 * Writes the feature hashes of word i into out; returns how many. `tags` holds the tags of words 0 .. i-1; in the
 * second pass `first` holds the first pass's tags of the whole sentence, so the words to the right are read by
 * their (likely) tags too, not only by the tags they can take.
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

const featureBuffer = new Int32Array(TAGGER_FEATURES_MAX);
let scores = new Float64Array(128);

/** The best tag of word i under the model, given the tags to its left (and in the second pass the first's). */
export function bestTag(model: Scorer, words: readonly WordInfo[], i: number, tags: Uint8Array, features = featureBuffer, first?: Uint8Array): number {
  const n = taggerFeatures(words, i, tags, features, first);
  const C = model.classes;
  if (scores.length < C) scores = new Float64Array(C);
  scores.fill(0, 0, C);
  model.score(features, n, scores);
  let best = 0;
  for (let t = 1; t < C; t++) if (scores[t]! > scores[best]!) best = t;
  return best;
}

/** One pass over a sentence into out; `given` may fix a word's tag (a name the recogniser found). */
export function tagWords(model: Scorer, words: readonly WordInfo[], out: Uint8Array, given?: (i: number) => number, first?: Uint8Array): void {
  for (let i = 0; i < words.length; i++) {
    const fixed = given?.(i) ?? -1;
    const known = fixed >= 0 ? fixed : words[i]!.fixedTag;
    out[i] = known >= 0 ? known : bestTag(model, words, i, out, featureBuffer, first);
  }
}

/** The tagger: a left-to-right pass, then a second left-to-right pass that also reads the first's tags. */
export interface Tagger {
  first: Scorer;
  second: Scorer;
}

let firstPass = new Uint8Array(256);

/** Tags a sentence into out (fine tags); `given` may fix a word's tag. */
export function tagSentence(tagger: Tagger, words: readonly WordInfo[], out: Uint8Array, given?: (i: number) => number): void {
  if (firstPass.length < words.length) firstPass = new Uint8Array(words.length * 2);
  tagWords(tagger.first, words, firstPass, given);
  tagWords(tagger.second, words, out, given, firstPass);
}
