// Tagging a document: features once for the whole document (some look at other sentences), then emission
// scores and Viterbi sentence by sentence. Shared by run time (a loaded NerModel) and training (live weights).
import type { Sentence, Token } from '../text/tokenize.js';
import { extractFeatures, type DocumentFeatures, type FeatureContext } from './features.js';
import { viterbi, type Weights } from './model.js';
import { O, TAG_COUNT, tagsToSpans, type NerClass } from './tags.js';

// class of each tag as a small integer (O: -1), for the margin loop
const CLASS_INDEX = Int8Array.from({ length: TAG_COUNT }, (_, t) => (t === O ? -1 : (t - 1) >> 2));

export interface TaggedSpan {
  first: number;
  last: number;
  cls: NerClass;
  /** smallest per-token score margin of the chosen tags over the best tag outside the span's class */
  margin: number;
}

/** Tags of every token of the document (tokens outside sentences stay O). */
export function tagDocument(
  weights: Weights,
  transitions: Float64Array,
  features: DocumentFeatures,
  sentences: Sentence[],
  tokenCount: number,
  margins?: Float64Array,
): Uint8Array {
  const tags = new Uint8Array(tokenCount);
  let scores = new Float64Array(64 * TAG_COUNT);
  for (const s of sentences) {
    const n = s.lastToken - s.firstToken;
    if (n * TAG_COUNT > scores.length) scores = new Float64Array(n * TAG_COUNT * 2);
    scores.fill(0, 0, n * TAG_COUNT);
    weights.emit(features, s.firstToken, s.lastToken, scores);
    const out = tags.subarray(s.firstToken, s.lastToken);
    viterbi(scores, n, transitions, out);
    if (margins) {
      for (let i = 0; i < n; i++) {
        const chosen = out[i]!;
        const cls = CLASS_INDEX[chosen];
        let other = -Infinity;
        for (let t = 0; t < TAG_COUNT; t++) if (CLASS_INDEX[t] !== cls && scores[i * TAG_COUNT + t]! > other) other = scores[i * TAG_COUNT + t]!;
        margins[s.firstToken + i] = scores[i * TAG_COUNT + chosen]! - other;
      }
    }
  }
  return tags;
}

export function tagSpans(weights: Weights, transitions: Float64Array, tokens: Token[], sentences: Sentence[], context: FeatureContext = {}): TaggedSpan[] {
  const features = extractFeatures(tokens, sentences, context);
  const margins = new Float64Array(tokens.length);
  const tags = tagDocument(weights, transitions, features, sentences, tokens.length, margins);
  return tagsToSpans(tags).map((s) => {
    let margin = Infinity;
    for (let i = s.first; i < s.last; i++) margin = Math.min(margin, margins[i]!);
    return { ...s, margin };
  });
}
