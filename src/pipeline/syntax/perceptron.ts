// The averaged perceptron shared by the tagger, the parser and the labeller: a multi-class linear model over
// hashed features (Collins 2002; Freund & Schapire's averaging). Hand-written because nothing maintained on npm
// trains a hashed multi-class perceptron at the speed and size we need (wink-perceptron keeps string-keyed
// objects per feature). Two forms: TrainingWeights (float, growing, lazily averaged) while training, and
// WeightTable (int16, open addressing, key and weights in one slot) once loaded.

// Feature hashes: a template id and up to four values, each folded in by one xor and one multiply, then one
// finaliser (murmur3's) so the low bits the tables index by depend on every value. Cheaper than chaining a full
// mix per value, which the parser does a hundred times a step. Never 0 (0 marks an empty slot).
const fin = (h: number) => {
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h || 1;
};
export const fh1 = (t: number, a: number) => fin(Math.imul(Math.imul(t, 0x9e3779b1) ^ a, 0xcc9e2d51));
export const fh2 = (t: number, a: number, b: number) => fin(Math.imul(Math.imul(Math.imul(t, 0x9e3779b1) ^ a, 0xcc9e2d51) ^ b, 0x1b873593));
export const fh3 = (t: number, a: number, b: number, c: number) =>
  fin(Math.imul(Math.imul(Math.imul(Math.imul(t, 0x9e3779b1) ^ a, 0xcc9e2d51) ^ b, 0x1b873593) ^ c, 0x27d4eb2f));
export const fh4 = (t: number, a: number, b: number, c: number, d: number) =>
  fin(Math.imul(Math.imul(Math.imul(Math.imul(Math.imul(t, 0x9e3779b1) ^ a, 0xcc9e2d51) ^ b, 0x1b873593) ^ c, 0x27d4eb2f) ^ d, 0x165667b1));

/** An open-addressing map from a non-zero int32 feature hash to a dense row number, growing as needed. */
class RowIndex {
  private keys = new Int32Array(1 << 16);
  private rows = new Int32Array(1 << 16);
  size = 0;

  get(key: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    let s = key & mask;
    for (;;) {
      const k = keys[s]!;
      if (k === key) return this.rows[s]!;
      if (k === 0) return -1;
      s = (s + 1) & mask;
    }
  }

  getOrAdd(key: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    let s = key & mask;
    for (;;) {
      const k = keys[s]!;
      if (k === key) return this.rows[s]!;
      if (k === 0) break;
      s = (s + 1) & mask;
    }
    const row = this.size++;
    keys[s] = key;
    this.rows[s] = row;
    if (this.size * 2 > keys.length) this.grow();
    return row;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldKeys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i]!;
      if (k === 0) continue;
      let s = k & mask;
      while (this.keys[s] !== 0) s = (s + 1) & mask;
      this.keys[s] = k;
      this.rows[s] = oldRows[i]!;
    }
  }

  /** every (key, row) pair, in slot order */
  *entries(): Generator<[number, number]> {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) yield [this.keys[i]!, this.rows[i]!];
  }
}

/** Anything that scores a list of feature hashes into per-class sums. */
export interface Scorer {
  readonly classes: number;
  /** adds the scores of features[0 .. n) into out[0 .. classes) (out is not cleared) */
  score(features: Int32Array, n: number, out: Float64Array): void;
}

/** Float weights that grow a row when a feature first takes part in an update, averaged lazily. */
export class TrainingWeights implements Scorer {
  private readonly index = new RowIndex();
  private weights = new Float64Array(1 << 18);
  private totals = new Float64Array(1 << 18);
  private stamps = new Float64Array(1 << 18);
  /** number of examples seen, the averaging denominator */
  clock = 1;

  constructor(readonly classes: number) {}

  score(features: Int32Array, n: number, out: Float64Array): void {
    const C = this.classes;
    const w = this.weights;
    for (let j = 0; j < n; j++) {
      const r = this.index.get(features[j]!);
      if (r < 0) continue;
      const base = r * C;
      for (let c = 0; c < C; c++) out[c] += w[base + c]!;
    }
  }

  /** Moves the weights of features[0 .. n) by +delta for truth and -delta for guess (no-op when they agree). */
  update(features: Int32Array, n: number, truth: number, guess: number, delta = 1): void {
    if (truth === guess) return;
    for (let j = 0; j < n; j++) {
      const base = this.rowFor(features[j]!) * this.classes;
      this.bump(base + truth, delta);
      this.bump(base + guess, -delta);
    }
  }

  /** call once per example after its updates */
  tick(): void {
    this.clock++;
  }

  private bump(k: number, delta: number): void {
    this.totals[k] += (this.clock - this.stamps[k]!) * this.weights[k]!;
    this.stamps[k] = this.clock;
    this.weights[k] += delta;
  }

  private rowFor(key: number): number {
    const r = this.index.getOrAdd(key);
    const need = (r + 1) * this.classes;
    if (need > this.weights.length) {
      let size = this.weights.length;
      while (size < need) size *= 2;
      const grow = (a: Float64Array) => {
        const b = new Float64Array(size);
        b.set(a);
        return b;
      };
      this.weights = grow(this.weights);
      this.totals = grow(this.totals);
      this.stamps = grow(this.stamps);
    }
    return r;
  }

  get rows(): number {
    return this.index.size;
  }

  /** The averaged weights, row by row, keyed by feature hash (sorted by key, so the result is deterministic). */
  averaged(): { keys: Int32Array; values: Float64Array } {
    const pairs = [...this.index.entries()].sort((a, b) => a[0] - b[0]);
    const C = this.classes;
    const keys = new Int32Array(pairs.length);
    const values = new Float64Array(pairs.length * C);
    pairs.forEach(([key, r], i) => {
      keys[i] = key;
      for (let c = 0; c < C; c++) {
        const k = r * C + c;
        const total = this.totals[k]! + (this.clock - this.stamps[k]!) * this.weights[k]!;
        values[i * C + c] = total / this.clock;
      }
    });
    return { keys, values };
  }
}

/**
 * A table's rows in sparse form, as the model file keeps them: a perceptron row has non-zero weights only for
 * the few classes its feature took part in updates for (about three of the 51 relations or 67 tags).
 */
export interface SparseRows {
  /** feature hashes, one a row */
  keys: Int32Array;
  /** how many non-zero weights each row has */
  counts: Uint8Array;
  /** the class of each non-zero weight, row after row */
  classIds: Uint8Array;
  /** the int16 weights, in the same order */
  weights: Int16Array;
}

/** Dense int16 rows (rows × classes) → sparse rows. */
export function sparseRows(classes: number, keys: Int32Array, values: Int16Array): SparseRows {
  const counts = new Uint8Array(keys.length);
  let nonZero = 0;
  for (let k = 0; k < values.length; k++) if (values[k]) nonZero++;
  const classIds = new Uint8Array(nonZero);
  const weights = new Int16Array(nonZero);
  let at = 0;
  for (let r = 0; r < keys.length; r++)
    for (let c = 0; c < classes; c++) {
      const v = values[r * classes + c]!;
      if (!v) continue;
      counts[r]++;
      classIds[at] = c;
      weights[at++] = v;
    }
  return { keys, counts, classIds, weights };
}

/** A table with this many classes (the parser's actions) keeps its four int16 weights in the slot itself. */
const DENSE_CLASSES = 4;
/** an entry word at or above this is a pointer to a row's entries elsewhere (offset << 8 | count), not a weight */
const OVERFLOW = 0x40000000;

/**
 * Loaded weights: int16 with one scale, in an open-addressing table of 16-byte slots (four to a cache line, so a
 * feature costs one cache line; 0 marks an empty slot, features never hash to 0). A key's home slot is its top
 * bits, so the sorted keys of the model file fill the table front to back when it loads. The parser's actions
 * (four classes) keep their four weights in the slot. Wide tables (67 tags, 51 relations) are sparse: a row has
 * non-zero weights only for the few classes its feature was ever updated for (about three), so the slot holds
 * up to three entries (weight << 8 | class) after the key, and a longer row's entries lie in a second array.
 */
export class WeightTable implements Scorer {
  private readonly mask: number;
  private readonly shift: number;
  /** 4 int32 per slot: the key, then four int16 weights (dense) or three entries (sparse) */
  private readonly slots: Int32Array;
  private readonly dense: boolean;
  private readonly denseWeights: Int16Array;
  private readonly overflow: Int32Array;
  readonly rows: number;

  constructor(
    readonly classes: number,
    rows: SparseRows,
    /** int16 × scale = weight */
    readonly scale: number,
  ) {
    const { keys, counts, classIds, weights } = rows;
    this.rows = keys.length;
    this.dense = classes === DENSE_CLASSES;
    let bits = 10;
    while (1 << bits < keys.length * 1.6) bits++;
    this.shift = 32 - bits;
    const size = 1 << bits;
    this.mask = size - 1;
    const mask = this.mask;
    const shift = this.shift;
    const buffer = new ArrayBuffer(size * 16);
    const slots = (this.slots = new Int32Array(buffer));
    this.denseWeights = new Int16Array(buffer);
    let long = 0;
    if (!this.dense) for (let r = 0; r < keys.length; r++) if (counts[r]! > 3) long += counts[r]!;
    const overflow = (this.overflow = new Int32Array(long));
    if (long >= 1 << 22) throw new Error('WeightTable: too many weights for the slot encoding');
    let at = 0;
    let spilled = 0;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]!;
      let s = key >>> shift;
      while (slots[s << 2] !== 0) s = (s + 1) & mask;
      slots[s << 2] = key;
      const n = counts[r]!;
      if (this.dense) {
        for (let j = 0; j < n; j++, at++) this.denseWeights[(s << 3) + 2 + classIds[at]!] = weights[at]!;
      } else if (n <= 3) {
        for (let j = 0; j < n; j++, at++) slots[(s << 2) + 1 + j] = (weights[at]! << 8) | classIds[at]!;
      } else {
        slots[(s << 2) + 1] = OVERFLOW | (spilled << 8) | n;
        for (let j = 0; j < n; j++, at++) overflow[spilled++] = (weights[at]! << 8) | classIds[at]!;
      }
    }
  }

  /** Adds the int16 weights of features[0 .. n) into out (scores in units of `scale`). */
  score(features: Int32Array, n: number, out: Float64Array): void {
    const slots = this.slots;
    const mask = this.mask;
    const shift = this.shift;
    if (this.dense) {
      const w = this.denseWeights;
      for (let j = 0; j < n; j++) {
        const h = features[j]!;
        let s = h >>> shift;
        for (;;) {
          const k = slots[s << 2]!;
          if (k === h) {
            const b = (s << 3) + 2;
            out[0] += w[b]!;
            out[1] += w[b + 1]!;
            out[2] += w[b + 2]!;
            out[3] += w[b + 3]!;
            break;
          }
          if (k === 0) break;
          s = (s + 1) & mask;
        }
      }
      return;
    }
    const overflow = this.overflow;
    for (let j = 0; j < n; j++) {
      const h = features[j]!;
      let s = h >>> shift;
      for (;;) {
        const b = s << 2;
        const k = slots[b]!;
        if (k === h) {
          const e1 = slots[b + 1]!;
          if (e1 >= OVERFLOW) {
            const end = ((e1 & 0x3fffffff) >>> 8) + (e1 & 255);
            for (let i = (e1 & 0x3fffffff) >>> 8; i < end; i++) {
              const v = overflow[i]!;
              out[v & 255] += v >> 8;
            }
            break;
          }
          // an entry is never 0 (weights are never 0); unused entries are
          if (e1) out[e1 & 255] += e1 >> 8;
          const e2 = slots[b + 2]!;
          if (e2) out[e2 & 255] += e2 >> 8;
          const e3 = slots[b + 3]!;
          if (e3) out[e3 & 255] += e3 >> 8;
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
  }
}

/** Quantises averaged weights to int16 (one scale) and drops rows whose weights all round to zero. */
export function quantize(classes: number, keys: Int32Array, values: Float64Array, keepFraction = 1): { keys: Int32Array; values: Int16Array; scale: number } {
  let max = 0;
  for (let k = 0; k < values.length; k++) max = Math.max(max, Math.abs(values[k]!));
  const scale = (max || 1) / 32767;
  // optionally keep only the rows with the largest weights: a size budget for the committed model
  let floor = 0;
  if (keepFraction < 1) {
    const peaks = new Float64Array(keys.length);
    for (let r = 0; r < keys.length; r++) for (let c = 0; c < classes; c++) peaks[r] = Math.max(peaks[r]!, Math.abs(values[r * classes + c]!));
    const sorted = Float64Array.from(peaks).sort();
    floor = sorted[Math.floor((1 - keepFraction) * sorted.length)] ?? 0;
  }
  const keptKeys: number[] = [];
  const kept: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    const row: number[] = [];
    let any = false;
    let peak = 0;
    for (let c = 0; c < classes; c++) {
      const v = values[r * classes + c]!;
      peak = Math.max(peak, Math.abs(v));
      const q = Math.round(v / scale);
      row.push(q);
      if (q) any = true;
    }
    if (!any || peak < floor) continue;
    keptKeys.push(keys[r]!);
    kept.push(...row);
  }
  return { keys: Int32Array.from(keptKeys), values: Int16Array.from(kept), scale };
}
