// The arc-eager transition system (Nivre 2003) with the root at the end of the buffer (Ballesteros & Nivre
// 2013), over a sentence of n words numbered 1..n and the root n + 1: SHIFT moves the buffer's front onto the
// stack, REDUCE pops a stack top that has its head, LEFT makes the buffer's front the head of the stack top
// (and pops it), RIGHT makes the stack top the head of the buffer's front (and pushes it). With the root last,
// which word heads the sentence is decided once the whole sentence has been read, not when that word is first
// met. The state keeps what the features read: each word's head and label, its nearest and second-nearest
// children on each side, how many it has, and the set of labels on each side.
//
// Non-monotonic (Honnibal, Goldberg and Johnson 2013, "A non-monotonic arc-eager transition system for dependency
// parsing"), for a state whose `nonMonotonic` is set: LEFT may also take a stack top that already has its head,
// replacing that arc (a RIGHT that should have been a SHIFT), and REDUCE may pop a headless stack top, making it
// the dependent of the word beneath it (a SHIFT that should have been a RIGHT). A word on the stack that has a
// head always has the word beneath it as its head, so both repairs are local. A greedy parser can then undo an
// early attachment once the words to the right show it wrong.

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const ACTION_COUNT = 4;
export const ACTION_NAMES = ['shift', 'reduce', 'left', 'right'];

export class ParseState {
  /** number of words; n + 1 is the root */
  n = 0;
  /** the non-monotonic system (Honnibal, Goldberg and Johnson 2013): LEFT may re-head, REDUCE may attach */
  nonMonotonic = false;
  heads = new Int32Array(0);
  labels = new Int32Array(0);
  stack = new Int32Array(0);
  depth = 0;
  /** the buffer's front; the buffer is front..n + 1 */
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

  /** the per-word arrays, laid out one after another in one buffer (so a state copies with one call) */
  private buffer = new Int32Array(0);
  private width = -1;

  /** Starts on a sentence of n words, reusing the buffer when it is large enough. */
  reset(n: number): void {
    this.layout(n);
    const m = n + 2;
    this.buffer.fill(-1, 0, 6 * m); // heads, labels, leftmost, leftmost2, rightmost, rightmost2
    this.buffer.fill(0, 6 * m, 12 * m); // counts and label sets
    this.depth = 0;
    this.front = 1;
  }

  /** Points the per-word arrays at consecutive slices of m = n + 2 words. */
  private layout(n: number): void {
    this.n = n;
    const m = n + 2;
    if (this.width === m) return;
    if (this.buffer.length < 12 * m) this.buffer = new Int32Array(Math.max(12 * m, this.buffer.length * 2));
    if (this.stack.length < m) this.stack = new Int32Array(Math.max(m, this.stack.length * 2));
    const b = this.buffer;
    this.heads = b.subarray(0, m);
    this.labels = b.subarray(m, 2 * m);
    this.leftmost = b.subarray(2 * m, 3 * m);
    this.leftmost2 = b.subarray(3 * m, 4 * m);
    this.rightmost = b.subarray(4 * m, 5 * m);
    this.rightmost2 = b.subarray(5 * m, 6 * m);
    this.leftCount = b.subarray(6 * m, 7 * m);
    this.rightCount = b.subarray(7 * m, 8 * m);
    this.leftLabelsLow = b.subarray(8 * m, 9 * m);
    this.leftLabelsHigh = b.subarray(9 * m, 10 * m);
    this.rightLabelsLow = b.subarray(10 * m, 11 * m);
    this.rightLabelsHigh = b.subarray(11 * m, 12 * m);
    this.width = m;
  }

  /** Becomes a copy of another state (of the same sentence), reusing its own arrays. */
  copyFrom(o: ParseState): void {
    this.layout(o.n);
    const m = o.n + 2;
    if (o.buffer.length === 12 * m) this.buffer.set(o.buffer);
    else this.buffer.set(o.buffer.subarray(0, 12 * m));
    for (let i = 0; i < o.depth; i++) this.stack[i] = o.stack[i]!;
    this.depth = o.depth;
    this.front = o.front;
    this.nonMonotonic = o.nonMonotonic;
  }

  get root(): number {
    return this.n + 1;
  }

  /** the stack top, or -1 */
  get top(): number {
    return this.depth > 0 ? this.stack[this.depth - 1]! : -1;
  }

  /** the second stack item, or -1 */
  get second(): number {
    return this.depth > 1 ? this.stack[this.depth - 2]! : -1;
  }

  /** the root is at the front and the stack is empty */
  get done(): boolean {
    return this.front > this.n && this.depth === 0;
  }

  canShift(): boolean {
    return this.front <= this.n;
  }

  canReduce(): boolean {
    return this.depth > 0 && (this.heads[this.top]! >= 0 || (this.nonMonotonic && this.depth > 1));
  }

  canLeft(): boolean {
    return this.depth > 0 && (this.nonMonotonic || this.heads[this.top]! < 0);
  }

  /**
   * The arc an action makes, as head * 2^16 + dependent, or -1: LEFT and RIGHT, and in the non-monotonic system
   * REDUCE of a headless stack top (its head the word beneath it).
   */
  arcOf(action: number): number {
    if (action === LEFT) return this.front * 65536 + this.top;
    if (action === RIGHT) return this.top * 65536 + this.front;
    if (action === REDUCE && this.heads[this.top]! < 0) return this.second * 65536 + this.top;
    return -1;
  }

  canRight(): boolean {
    return this.depth > 0 && this.front <= this.n;
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

  /**
   * Removes a word's arc to its head (non-monotonic LEFT). The word is a right child (heads on the stack come from
   * RIGHT), so its head's right-side facts are recounted from the children left.
   */
  detach(dependent: number): void {
    const head = this.heads[dependent]!;
    this.heads[dependent] = -1;
    this.labels[dependent] = -1;
    let first = -1;
    let second = -1;
    let count = 0;
    let low = 0;
    let high = 0;
    for (let k = head + 1; k <= this.n; k++) {
      if (this.heads[k] !== head) continue;
      second = first;
      first = k;
      count++;
      const label = this.labels[k]!;
      if (label < 32) low |= 1 << (label & 31);
      else high |= 1 << (label & 31);
    }
    this.rightmost[head] = first;
    this.rightmost2[head] = second;
    this.rightCount[head] = count;
    this.rightLabelsLow[head] = low;
    this.rightLabelsHigh[head] = high;
  }

  /** Applies an action; LEFT and RIGHT (and a non-monotonic REDUCE that attaches) take the arc's label. */
  apply(action: number, label = 0): void {
    switch (action) {
      case SHIFT:
        this.stack[this.depth++] = this.front++;
        break;
      case REDUCE:
        if (this.heads[this.top]! < 0) this.attach(this.second, this.top, label);
        this.depth--;
        break;
      case LEFT:
        if (this.heads[this.top]! >= 0) this.detach(this.top);
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
 * The static oracle's action in a state reachable from the gold tree (goldHeads projective, indexed like the
 * state): LEFT or RIGHT when the arc between the stack top and the buffer's front is gold, REDUCE when the top
 * has its head and the front still needs a word on the stack (or nothing is left to shift), else SHIFT.
 */
export function staticOracle(state: ParseState, goldHeads: Int32Array): number {
  const s = state.top;
  const b = state.front;
  if (s > 0) {
    if (state.heads[s]! < 0 && goldHeads[s] === b) return LEFT;
    if (b <= state.n && goldHeads[b] === s) return RIGHT;
    if (state.heads[s]! >= 0) {
      if (b > state.n) return REDUCE;
      for (let i = 0; i < state.depth; i++) {
        const k = state.stack[i]!;
        if (goldHeads[b] === k || goldHeads[k] === b) return REDUCE;
      }
    }
  }
  return SHIFT;
}

/**
 * Cost of each action against a gold tree (Goldberg & Nivre 2013, the arc-eager dynamic oracle): how many gold
 * arcs it makes unreachable. goldHeads is indexed like the state: words 1..n, the root n + 1.
 */
export function actionCosts(state: ParseState, goldHeads: Int32Array, out: Int32Array): void {
  const s = state.top;
  const b = state.front;
  const last = state.n + 1;
  const heads = state.heads;
  // s's gold dependents in the buffer; s's and b's gold heads further in the buffer
  let sDepsInBuffer = 0;
  let sHeadInBuffer = false;
  let bHeadInBuffer = false;
  for (let k = b; k <= last; k++) {
    if (s >= 0 && goldHeads[k] === s) sDepsInBuffer++;
    if (k > b && s >= 0 && goldHeads[s] === k) sHeadInBuffer = true;
    if (k > b && goldHeads[b] === k) bHeadInBuffer = true;
  }
  // b's gold head and its headless gold dependents on the stack
  let bHeadOnStack = -1;
  let bDepsOnStack = 0;
  for (let i = 0; i < state.depth; i++) {
    const k = state.stack[i]!;
    if (goldHeads[b] === k) bHeadOnStack = k;
    if (goldHeads[k] === b && heads[k]! < 0) bDepsOnStack++;
  }
  // SHIFT: b can no longer take its head or its dependents from the stack
  out[SHIFT] = (bHeadOnStack >= 0 ? 1 : 0) + bDepsOnStack;
  // REDUCE: s can no longer take its dependents in the buffer
  out[REDUCE] = sDepsInBuffer;
  // LEFT: s loses its buffer dependents, and its head if that is in the buffer but not b
  out[LEFT] = sDepsInBuffer + (sHeadInBuffer ? 1 : 0);
  // RIGHT: b loses a head other than s (on the stack or in the buffer) and its headless dependents on the stack
  out[RIGHT] = ((bHeadOnStack >= 0 && bHeadOnStack !== s) || bHeadInBuffer ? 1 : 0) + bDepsOnStack;
}

/**
 * Cost of each action in the non-monotonic system (Honnibal, Goldberg and Johnson 2013) against a gold tree: how
 * many gold arcs it makes unreachable. What stays reachable differs from the monotonic system: a word on the stack
 * can still take a head from the buffer (LEFT replaces a wrong head) or, while headless, the word beneath it
 * (REDUCE); so SHIFT and RIGHT cost the same, and only a head deeper in the stack is lost by either.
 * With chargeRepairs, SHIFT and RIGHT are charged as if no repair would follow (as spaCy's non-monotonic
 * arc-eager oracle does): an upper bound on the exact cost.
 */
export function actionCostsNonMonotonic(state: ParseState, goldHeads: Int32Array, out: Int32Array, chargeRepairs = false): void {
  const s = state.top;
  const b = state.front;
  const last = state.n + 1;
  let sDepsInBuffer = 0;
  if (s >= 0) for (let k = b; k <= last; k++) if (goldHeads[k] === s) sDepsInBuffer++;
  // b's gold head deeper in the stack than the top, and b's gold dependents on the stack (headed or not: a
  // wrong head can still be replaced by b while b is at the front)
  let bHeadBelow = false;
  let bDepsOnStack = 0;
  for (let i = 0; i < state.depth; i++) {
    const k = state.stack[i]!;
    if (goldHeads[b] === k && k !== s) bHeadBelow = true;
    if (goldHeads[k] === b) bDepsOnStack++;
  }
  const lost = (bHeadBelow ? 1 : 0) + bDepsOnStack;
  out[SHIFT] = lost;
  out[RIGHT] = lost;
  if (chargeRepairs && b <= state.n) {
    // the arc a later repair would have to fix is charged now, so the model learns to get it right the first
    // time: SHIFT when b's head is the top (a REDUCE would attach it), RIGHT when b's head is further on
    const g = goldHeads[b]!;
    if (g === s) out[SHIFT]++;
    else if (g > b) out[RIGHT]++;
  }
  if (s < 0) {
    out[REDUCE] = 0;
    out[LEFT] = 0;
    return;
  }
  const sHead = goldHeads[s]!;
  // REDUCE fixes s's head (the one it has, or the word beneath it): a gold head in the buffer is lost
  out[REDUCE] = sDepsInBuffer + (sHead >= b ? 1 : 0);
  // LEFT makes b its head: a gold head further in the buffer, or the word beneath it (which s has or can take), is lost
  out[LEFT] = sDepsInBuffer + (sHead !== b && (sHead > b || sHead === state.second) ? 1 : 0);
}
