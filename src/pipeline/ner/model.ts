// The trained tagger: feature weights per tag (sparse, looked up by feature hash), tag-to-tag transition
// weights, and Viterbi decoding under the BILOU constraints. Also the compact file format: gzip of a small
// JSON header, the feature hashes, their weights quantised to int16, and the transitions as float32.
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { UserError } from '../../errors.js';
import { FEATURE_VERSION, type DocumentFeatures, type WordFeatures } from './features.js';
import { TAGS, TAG_COUNT, allowedTransition } from './tags.js';

const MAGIC = 'newsgraph-ner-2\n';

export interface ModelHeader {
  featureVersion: number;
  tags: string[];
  rows: number;
  /** int16 weight × scale = weight */
  scale: number;
  /** score margin that reads as confidence 0.75 */
  confidenceScale: number;
  /** number of common-word hashes stored after the transitions */
  commonWords: number;
  /** free-form facts about training: data, epochs, dev score */
  training: Record<string, unknown>;
}

/** Anything that scores tokens: the loaded model, or the weights being trained. */
export interface Weights {
  /** adds the emission scores of tokens [a, b) into out[(i - a) * TAG_COUNT + tag] (out starts at 0) */
  emit(features: DocumentFeatures, a: number, b: number, out: Float64Array): void;
}

/** Transition weights between tags; index (from + 1) * (TAG_COUNT + 1) + (to + 1), where -1 is the sentence boundary. */
export const TRANSITION_SIZE = (TAG_COUNT + 1) * (TAG_COUNT + 1);
export const transitionIndex = (from: number, to: number) => (from + 1) * (TAG_COUNT + 1) + (to + 1);

/** Forbidden transitions as -Infinity, others 0: added to learnt transition weights. */
export const TRANSITION_MASK: Float64Array = (() => {
  const m = new Float64Array(TRANSITION_SIZE);
  for (let from = -1; from < TAG_COUNT; from++)
    for (let to = -1; to < TAG_COUNT; to++) if (!(from === -1 && to === -1) && !allowedTransition(from, to)) m[transitionIndex(from, to)] = -Infinity;
  return m;
})();

/** Emission scores over a row lookup and a dense row-major weight array (used while training). */
export function emitRows(row: (hash: number) => number, values: ArrayLike<number>, features: DocumentFeatures, a: number, b: number, out: Float64Array): void {
  const { hashes, offsets, words } = features;
  const addRow = (base: number, hash: number) => {
    const r = row(hash);
    if (r < 0) return;
    const w = r * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) out[base + t] += values[w + t]!;
  };
  for (let i = a; i < b; i++) {
    const base = (i - a) * TAG_COUNT;
    for (const h of words[i]!.hashes) addRow(base, h);
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) addRow(base, hashes[j]!);
  }
}

// For each tag, the tags that may precede it (BILOU allows 97 of the 289 pairs): Viterbi only looks at those.
const PREDECESSORS: Uint8Array[] = Array.from({ length: TAG_COUNT }, (_, to) =>
  Uint8Array.from(Array.from({ length: TAG_COUNT }, (_, from) => from).filter((from) => allowedTransition(from, to))),
);
let delta = new Float64Array(256 * TAG_COUNT);
let back = new Uint8Array(256 * TAG_COUNT);

/** Best tag sequence for n tokens given emission scores and transitions (masked: forbidden ones -Infinity). */
export function viterbi(scores: Float64Array, n: number, transitions: Float64Array, out: Uint8Array): void {
  if (n === 0) return;
  const T = TAG_COUNT;
  if (n * T > delta.length) {
    delta = new Float64Array(n * T * 2);
    back = new Uint8Array(n * T * 2);
  }
  for (let t = 0; t < T; t++) delta[t] = scores[t]! + transitions[transitionIndex(-1, t)]!;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    for (let t = 0; t < T; t++) {
      const preds = PREDECESSORS[t]!;
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k]!;
        const v = delta[prev + p]! + transitions[(p + 1) * (T + 1) + t + 1]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[i * T + t] = best + scores[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    const v = delta[(n - 1) * T + t]! + transitions[transitionIndex(t, -1)]!;
    if (v > best) {
      best = v;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
}

// A slot of the loaded model's table: the feature hash (int32), then its TAG_COUNT int16 weights, padded to
// SLOT_WORDS 32-bit words. Key and weights sit together, so a feature costs about one memory access; 0 marks an
// empty slot (extractFeatures never yields hash 0). Weights are int16 because int8 cost 3.7 points of F1.
const SLOT_WORDS = Math.ceil((4 + 2 * TAG_COUNT) / 4);
const SLOT_HALVES = SLOT_WORDS * 2;
if (TAG_COUNT !== 17) throw new Error('ner: NerModel.emit is unrolled for 17 tags; update it with the tag set');

/** A loaded model: an open-addressing table from feature hash to int16 weights. */
export class NerModel implements Weights {
  readonly transitions: Float64Array;
  private readonly keys: Int32Array;
  private readonly weights: Int16Array;
  private readonly mask: number;

  constructor(
    readonly header: ModelHeader,
    keys: Uint32Array,
    values: Int16Array,
    transitions: Float64Array,
    readonly commonWords: Set<number> = new Set(),
  ) {
    this.transitions = new Float64Array(TRANSITION_SIZE);
    for (let k = 0; k < TRANSITION_SIZE; k++) this.transitions[k] = transitions[k]! + TRANSITION_MASK[k]!;
    let size = 1024;
    while (size < keys.length * 1.6) size *= 2;
    this.mask = size - 1;
    const buffer = new ArrayBuffer(size * SLOT_WORDS * 4);
    this.keys = new Int32Array(buffer);
    this.weights = new Int16Array(buffer);
    keys.forEach((key, r) => {
      if (key === 0) return;
      let s = key & this.mask;
      while (this.keys[s * SLOT_WORDS] !== 0) s = (s + 1) & this.mask;
      this.keys[s * SLOT_WORDS] = key | 0;
      for (let t = 0; t < TAG_COUNT; t++) this.weights[s * SLOT_HALVES + 2 + t] = values[r * TAG_COUNT + t]!;
    });
  }

  /** Adds the weights of the features hashes[from .. to) into sums. */
  private addFeatures(hashes: Int32Array, from: number, to: number, sums: Int32Array): void {
    const keys = this.keys;
    const weights = this.weights;
    const mask = this.mask;
    for (let j = from; j < to; j++) {
      const h = hashes[j]!;
      let s = h & mask;
      for (;;) {
        const k = keys[s * SLOT_WORDS]!;
        if (k === h) {
          const w = s * SLOT_HALVES + 2;
          for (let t = 0; t < TAG_COUNT; t++) sums[t] += weights[w + t]!;
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
  }

  // The hot loop of the recogniser: the 17 tag sums live in local variables (registers) rather than an array,
  // which doubles its speed; hence one line per tag (TAG_COUNT is checked to be 17 at load).
  emit(features: DocumentFeatures, a: number, b: number, out: Float64Array): void {
    // int32 views: hashes above 2^31 would otherwise be doubles to V8
    const hashes = new Int32Array(features.hashes.buffer, features.hashes.byteOffset, features.hashes.length);
    const { offsets, words } = features;
    const keys = this.keys;
    const weights = this.weights;
    const mask = this.mask;
    const scale = this.header.scale;
    for (let i = a; i < b; i++) {
      const ws = this.wordSums(words[i]!);
      let s0 = ws[0]!,
        s1 = ws[1]!,
        s2 = ws[2]!,
        s3 = ws[3]!,
        s4 = ws[4]!,
        s5 = ws[5]!,
        s6 = ws[6]!,
        s7 = ws[7]!,
        s8 = ws[8]!,
        s9 = ws[9]!,
        s10 = ws[10]!,
        s11 = ws[11]!,
        s12 = ws[12]!,
        s13 = ws[13]!,
        s14 = ws[14]!,
        s15 = ws[15]!,
        s16 = ws[16]!;
      for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
        const h = hashes[j]!;
        let slot = h & mask;
        for (;;) {
          const k = keys[slot * SLOT_WORDS]!;
          if (k === h) {
            const w = slot * SLOT_HALVES + 2;
            s0 += weights[w + 0]!;
            s1 += weights[w + 1]!;
            s2 += weights[w + 2]!;
            s3 += weights[w + 3]!;
            s4 += weights[w + 4]!;
            s5 += weights[w + 5]!;
            s6 += weights[w + 6]!;
            s7 += weights[w + 7]!;
            s8 += weights[w + 8]!;
            s9 += weights[w + 9]!;
            s10 += weights[w + 10]!;
            s11 += weights[w + 11]!;
            s12 += weights[w + 12]!;
            s13 += weights[w + 13]!;
            s14 += weights[w + 14]!;
            s15 += weights[w + 15]!;
            s16 += weights[w + 16]!;
            break;
          }
          if (k === 0) break;
          slot = (slot + 1) & mask;
        }
      }
      const o = (i - a) * TAG_COUNT;
      out[o + 0] = s0 * scale;
      out[o + 1] = s1 * scale;
      out[o + 2] = s2 * scale;
      out[o + 3] = s3 * scale;
      out[o + 4] = s4 * scale;
      out[o + 5] = s5 * scale;
      out[o + 6] = s6 * scale;
      out[o + 7] = s7 * scale;
      out[o + 8] = s8 * scale;
      out[o + 9] = s9 * scale;
      out[o + 10] = s10 * scale;
      out[o + 11] = s11 * scale;
      out[o + 12] = s12 * scale;
      out[o + 13] = s13 * scale;
      out[o + 14] = s14 * scale;
      out[o + 15] = s15 * scale;
      out[o + 16] = s16 * scale;
    }
  }

  /** The summed weights of a word's own features, kept on the word (see WordFeatures). */
  private wordSums(word: WordFeatures): Int32Array {
    if (word.owner === this && word.sums) return word.sums;
    const sums = new Int32Array(TAG_COUNT);
    this.addFeatures(new Int32Array(word.hashes.buffer, word.hashes.byteOffset, word.hashes.length), 0, word.hashes.length, sums);
    word.sums = sums;
    word.owner = this;
    return sums;
  }

  get size(): number {
    return this.header.rows;
  }
}

/** Serialises weights: int16 with one scale for all, features whose weights all round to 0 dropped. */
export function encodeModel(
  header: Omit<ModelHeader, 'rows' | 'scale' | 'featureVersion' | 'tags' | 'commonWords'>,
  features: Map<number, number>,
  values: Float64Array,
  transitions: Float64Array,
  commonWords: Set<number> = new Set(),
): Buffer {
  let max = 0;
  for (const r of features.values()) for (let t = 0; t < TAG_COUNT; t++) max = Math.max(max, Math.abs(values[r * TAG_COUNT + t]!));
  const scale = (max || 1) / 32767;
  const kept: Array<[number, Int16Array]> = [];
  for (const [hash, r] of features) {
    const q = new Int16Array(TAG_COUNT);
    let any = false;
    for (let t = 0; t < TAG_COUNT; t++) {
      const v = Math.round(values[r * TAG_COUNT + t]! / scale);
      q[t] = v;
      if (v) any = true;
    }
    if (any) kept.push([hash, q]);
  }
  kept.sort((a, b) => a[0] - b[0]);
  const full: ModelHeader = { ...header, featureVersion: FEATURE_VERSION, tags: [...TAGS], rows: kept.length, scale, commonWords: commonWords.size };
  const head = Buffer.from(JSON.stringify(full));
  // keys as deltas (sorted), then weights column by column (tag-major compresses better), then transitions
  const keys = Buffer.alloc(kept.length * 4);
  let prev = 0;
  kept.forEach(([hash], i) => {
    keys.writeUInt32LE((hash - prev) >>> 0, i * 4);
    prev = hash;
  });
  const w = Buffer.alloc(kept.length * TAG_COUNT * 2);
  for (let t = 0; t < TAG_COUNT; t++) kept.forEach(([, q], i) => void w.writeInt16LE(q[t]!, (t * kept.length + i) * 2));
  const tr = Buffer.alloc(TRANSITION_SIZE * 4);
  for (let k = 0; k < TRANSITION_SIZE; k++) tr.writeFloatLE(Number.isFinite(transitions[k]!) ? transitions[k]! : 0, k * 4);
  const common = Buffer.alloc(commonWords.size * 4);
  let prevWord = 0;
  [...commonWords]
    .sort((a, b) => a - b)
    .forEach((h, i) => {
      common.writeUInt32LE((h - prevWord) >>> 0, i * 4);
      prevWord = h;
    });
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC), len, head, keys, w, tr, common]), { level: 9 });
}

export function decodeModel(file: Buffer, name = 'model'): NerModel {
  let raw: Buffer;
  try {
    raw = gunzipSync(file);
  } catch {
    throw new UserError(`ner: ${name} is not a gzip model file; retrain it with npm run train:ner`);
  }
  if (raw.subarray(0, MAGIC.length).toString() !== MAGIC) throw new UserError(`ner: ${name} is not a newsgraph NER model; retrain it with npm run train:ner`);
  let at = MAGIC.length;
  const headLen = raw.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(raw.subarray(at, at + headLen).toString()) as ModelHeader;
  at += headLen;
  if (header.featureVersion !== FEATURE_VERSION || header.tags.join() !== TAGS.join())
    throw new UserError(`ner: ${name} was trained for features v${header.featureVersion}, the code has v${FEATURE_VERSION}; retrain it with npm run train:ner`);
  const rows = header.rows;
  if (raw.length !== at + rows * 4 + rows * TAG_COUNT * 2 + TRANSITION_SIZE * 4 + header.commonWords * 4)
    throw new UserError(`ner: ${name} is truncated; retrain it with npm run train:ner`);
  const keys = new Uint32Array(rows);
  let prev = 0;
  for (let i = 0; i < rows; i++) {
    prev = (prev + raw.readUInt32LE(at + i * 4)) >>> 0;
    keys[i] = prev;
  }
  at += rows * 4;
  const values = new Int16Array(rows * TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) for (let i = 0; i < rows; i++) values[i * TAG_COUNT + t] = raw.readInt16LE((t * rows + i) * 2 + at);
  at += rows * TAG_COUNT * 2;
  const transitions = new Float64Array(TRANSITION_SIZE);
  for (let k = 0; k < TRANSITION_SIZE; k++) transitions[k] = raw.readFloatLE(at + k * 4);
  at += TRANSITION_SIZE * 4;
  const commonWords = new Set<number>();
  let prevWord = 0;
  for (let i = 0; i < header.commonWords; i++) {
    prevWord = (prevWord + raw.readUInt32LE(at + i * 4)) >>> 0;
    commonWords.add(prevWord);
  }
  return new NerModel(header, keys, values, transitions, commonWords);
}

export function loadModel(path: string): NerModel {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    throw new UserError(`ner: cannot read the model ${path}; retrain it with npm run train:ner`);
  }
  return decodeModel(file, path);
}
