// The averaged perceptron shared by the tagger, the parser and the labeller: a multi-class linear model over
// hashed features (Collins 2002; Freund & Schapire's averaging). Hand-written because nothing maintained on npm
// trains a hashed multi-class perceptron at the speed and size we need (wink-perceptron keeps string-keyed
// objects per feature). Two forms: TrainingWeights (float, growing, lazily averaged) while training, and
// WeightTable (int16, open addressing, key and weights in one slot) once loaded.

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

  /** Moves the weights of features[0 .. n) for one class by delta (a global update over a sequence of decisions). */
  add(features: Int32Array, n: number, cls: number, delta: number): void {
    for (let j = 0; j < n; j++) this.bump(this.rowFor(features[j]!) * this.classes + cls, delta);
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
 * A table's int16 weights as the model file writes them: column by column (class 0 of every row, then class 1, …),
 * little-endian. Read in place rather than copied and transposed: most of the time of loading is the first
 * writes to fresh memory, so the fewer copies the faster.
 */
export interface ColumnBytes {
  columnBytes: Uint8Array;
}

/**
 * Loaded weights: int16 with one scale, in an open-addressing table whose slot holds the key and its row
 * together, so a feature costs one memory access. 0 marks an empty slot (features never hash to 0).
 */
export class WeightTable implements Scorer {
  private readonly slotHalves: number;
  private readonly keys: Int32Array;
  private readonly weights: Int16Array;
  private readonly mask: number;
  readonly rows: number;
  /** the words score() reads ahead, kept so the compiler does not drop the reads (nothing else reads it) */
  readAhead = 0;
  /** where the weights of the features found by score() start */
  private rowStarts = new Int32Array(128);

  constructor(
    readonly classes: number,
    keys: Int32Array,
    /** row r's weights at r × classes, or the model file's bytes (ColumnBytes) */
    values: Int16Array | ColumnBytes,
    /** int16 × scale = weight */
    readonly scale: number,
  ) {
    const slotWords = Math.ceil((4 + 2 * classes) / 4);
    this.slotHalves = slotWords * 2;
    let size = 1024;
    while (size < keys.length * 1.5) size *= 2;
    this.mask = size - 1;
    const buffer = new ArrayBuffer(size * slotWords * 4);
    this.keys = new Int32Array(buffer);
    this.weights = new Int16Array(buffer);
    const rows = keys.length;
    this.rows = rows;
    const columns = 'columnBytes' in values ? values.columnBytes : undefined;
    for (let r = 0; r < rows; r++) {
      const key = keys[r]!;
      let s = key & this.mask;
      while (this.keys[(s * this.slotHalves) >> 1] !== 0) s = (s + 1) & this.mask;
      this.keys[(s * this.slotHalves) >> 1] = key;
      const to = s * this.slotHalves + 2;
      if (columns)
        for (let c = 0; c < classes; c++) {
          const at = (c * rows + r) * 2;
          // the int16 store wraps the 16 bits to their signed value
          this.weights[to + c] = columns[at]! | (columns[at + 1]! << 8);
        }
      else for (let c = 0; c < classes; c++) this.weights[to + c] = (values as Int16Array)[r * classes + c]!;
    }
  }

  /** Adds the int16 weights of features[0 .. n) into out (scores in units of `scale`). */
  score(features: Int32Array, n: number, out: Float64Array): void {
    const C = this.classes;
    const halves = this.slotHalves;
    const keys = this.keys;
    const weights = this.weights;
    const mask = this.mask;
    // First read a word in every cache line of each feature's home slot (the first, the 17th and the last: a
    // slot is at most 3 lines long): the loads do not depend on one another, so the processor fetches the slots
    // from memory together rather than one probe after the other below.
    const lastWord = (halves >> 1) - 1;
    const middleWord = Math.min(16, lastWord);
    let touched = 0;
    for (let j = 0; j < n; j++) {
      const home = ((features[j]! & mask) * halves) >> 1;
      touched ^= keys[home]! ^ keys[home + middleWord]! ^ keys[home + lastWord]!;
    }
    this.readAhead = touched;
    // the weights of the features the table has (most have a row; the others score nothing)
    if (this.rowStarts.length < n) this.rowStarts = new Int32Array(n * 2);
    const rows = this.rowStarts;
    let m = 0;
    for (let j = 0; j < n; j++) {
      const h = features[j]!;
      let s = h & mask;
      for (;;) {
        const k = keys[(s * halves) >> 1]!;
        if (k === h) {
          rows[m++] = s * halves + 2;
          break;
        }
        if (k === 0) break;
        s = (s + 1) & mask;
      }
    }
    // each class summed over the rows, four classes at a time: the sums stay in registers, not in out
    let c = 0;
    for (; c + 3 < C; c += 4) {
      let a = 0;
      let b = 0;
      let d = 0;
      let e = 0;
      for (let r = 0; r < m; r++) {
        const w = rows[r]! + c;
        a += weights[w]!;
        b += weights[w + 1]!;
        d += weights[w + 2]!;
        e += weights[w + 3]!;
      }
      out[c] += a;
      out[c + 1] += b;
      out[c + 2] += d;
      out[c + 3] += e;
    }
    for (; c < C; c++) {
      let a = 0;
      for (let r = 0; r < m; r++) a += weights[rows[r]! + c]!;
      out[c] += a;
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
