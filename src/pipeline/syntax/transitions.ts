// The arc-eager transition system (Nivre 2003) over a sentence of n words, numbered 1..n with 0 the root:
// SHIFT moves the buffer's front onto the stack, REDUCE pops a stack top that has its head, LEFT makes the
// buffer's front the head of the stack top (and pops it), RIGHT makes the stack top the head of the buffer's
// front (and pushes it). The root takes one dependent, as Universal Dependencies requires. The state keeps what
// the features read: each word's head and label, its nearest and second-nearest children on each side, how many
// it has, and the set of labels on each side.

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const ACTION_COUNT = 4;
export const ACTION_NAMES = ['shift', 'reduce', 'left', 'right'];

export class ParseState {
  /** number of words; index 0 is the root */
  n = 0;
  heads = new Int32Array(0);
  labels = new Int32Array(0);
  stack = new Int32Array(0);
  depth = 0;
  /** the buffer's front; the buffer is front..n */
  front = 1;
  leftmost = new Int32Array(0);
  leftmost2 = new Int32Array(0);
  rightmost = new Int32Array(0);
  rightmost2 = new Int32Array(0);
  leftCount = new Int32Array(0);
  rightCount = new Int32Array(0);
  /** label sets as bit masks, labels 0..31 in the low word and 32..63 in the high one */
  leftLabelsLow = new Int32Array(0);
  leftLabelsHigh = new Int32Array(0);
  rightLabelsLow = new Int32Array(0);
  rightLabelsHigh = new Int32Array(0);

  /** Starts on a sentence of n words, reusing the arrays when they are large enough. */
  reset(n: number): void {
    this.n = n;
    if (this.heads.length < n + 1) {
      const size = Math.max(n + 1, this.heads.length * 2);
      for (const key of ['heads', 'labels', 'stack', 'leftmost', 'leftmost2', 'rightmost', 'rightmost2', 'leftCount', 'rightCount', 'leftLabelsLow', 'leftLabelsHigh', 'rightLabelsLow', 'rightLabelsHigh'] as const)
        this[key] = new Int32Array(size);
    }
    const m = n + 1;
    this.heads.fill(-1, 0, m);
    this.labels.fill(-1, 0, m);
    this.leftmost.fill(-1, 0, m);
    this.leftmost2.fill(-1, 0, m);
    this.rightmost.fill(-1, 0, m);
    this.rightmost2.fill(-1, 0, m);
    this.leftCount.fill(0, 0, m);
    this.rightCount.fill(0, 0, m);
    this.leftLabelsLow.fill(0, 0, m);
    this.leftLabelsHigh.fill(0, 0, m);
    this.rightLabelsLow.fill(0, 0, m);
    this.rightLabelsHigh.fill(0, 0, m);
    this.stack[0] = 0;
    this.depth = 1;
    this.front = 1;
  }

  get top(): number {
    return this.stack[this.depth - 1]!;
  }

  /** the second stack item, or -1 */
  get second(): number {
    return this.depth > 1 ? this.stack[this.depth - 2]! : -1;
  }

  get done(): boolean {
    return this.front > this.n;
  }

  canShift(): boolean {
    return this.front <= this.n;
  }

  canReduce(): boolean {
    const s = this.top;
    return s !== 0 && this.heads[s]! >= 0;
  }

  canLeft(): boolean {
    const s = this.top;
    return this.front <= this.n && s !== 0 && this.heads[s]! < 0;
  }

  canRight(): boolean {
    return this.front <= this.n && (this.top !== 0 || this.rightCount[0] === 0);
  }

  valid(action: number): boolean {
    switch (action) {
      case SHIFT:
        return this.canShift();
      case REDUCE:
        return this.canReduce();
      case LEFT:
        return this.canLeft();
      default:
        return this.canRight();
    }
  }

  /** Adds the arc head → dependent with its label. */
  attach(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    const bit = 1 << (label & 31);
    if (dependent < head) {
      this.leftmost2[head] = this.leftmost[head]!;
      this.leftmost[head] = dependent;
      this.leftCount[head]++;
      if (label < 32) this.leftLabelsLow[head] |= bit;
      else this.leftLabelsHigh[head] |= bit;
    } else {
      this.rightmost2[head] = this.rightmost[head]!;
      this.rightmost[head] = dependent;
      this.rightCount[head]++;
      if (label < 32) this.rightLabelsLow[head] |= bit;
      else this.rightLabelsHigh[head] |= bit;
    }
  }

  /** Applies an action; LEFT and RIGHT take the arc's label. */
  apply(action: number, label = 0): void {
    switch (action) {
      case SHIFT:
        this.stack[this.depth++] = this.front++;
        break;
      case REDUCE:
        this.depth--;
        break;
      case LEFT:
        this.attach(this.front, this.top, label);
        this.depth--;
        break;
      default:
        this.attach(this.top, this.front, label);
        this.stack[this.depth++] = this.front++;
    }
  }
}

/**
 * Cost of each action against a gold tree (Goldberg & Nivre 2013, the arc-eager dynamic oracle): how many gold
 * arcs it makes unreachable. goldHeads is indexed like the state (word 1..n, 0 unused).
 */
export function actionCosts(state: ParseState, goldHeads: Int32Array, out: Int32Array): void {
  const s = state.top;
  const b = state.front;
  const n = state.n;
  const heads = state.heads;
  // s's gold dependents still in the buffer, and b's gold head / headless dependents on the stack
  let sDepsInBuffer = 0;
  let bHeadInBuffer = false;
  for (let k = b; k <= n; k++) {
    if (goldHeads[k] === s) sDepsInBuffer++;
  }
  if (b <= n) for (let k = b + 1; k <= n; k++) if (goldHeads[b] === k) bHeadInBuffer = true;
  let bHeadOnStack = -1;
  let bDepsOnStack = 0;
  if (b <= n) {
    for (let i = 0; i < state.depth; i++) {
      const k = state.stack[i]!;
      if (goldHeads[b] === k) bHeadOnStack = k;
      if (k !== 0 && goldHeads[k] === b && heads[k]! < 0) bDepsOnStack++;
    }
  }
  // SHIFT: b can no longer take its head or its dependents from the stack
  out[SHIFT] = b <= n ? (bHeadOnStack >= 0 ? 1 : 0) + bDepsOnStack : 0;
  // REDUCE: s can no longer take its dependents in the buffer
  out[REDUCE] = sDepsInBuffer;
  // LEFT: s loses its buffer dependents, and its head if that is in the buffer but not b
  let sHeadInBuffer = false;
  if (s !== 0) for (let k = b + 1; k <= n; k++) if (goldHeads[s] === k) sHeadInBuffer = true;
  out[LEFT] = sDepsInBuffer + (sHeadInBuffer ? 1 : 0);
  // RIGHT: b loses a head other than s (on the stack or in the buffer) and its headless dependents on the stack
  out[RIGHT] = b <= n ? ((bHeadOnStack >= 0 && bHeadOnStack !== s) || bHeadInBuffer ? 1 : 0) + bDepsOnStack : 0;
}
