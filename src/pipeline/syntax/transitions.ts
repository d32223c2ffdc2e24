// The arc-eager transition system (Nivre 2003) with the root at the end of the buffer (Ballesteros & Nivre
// 2013), over a sentence of n words numbered 1..n and the root n + 1: SHIFT moves the buffer's front onto the
// stack, REDUCE pops a stack top that has its head, LEFT makes the buffer's front the head of the stack top
// (and pops it), RIGHT makes the stack top the head of the buffer's front (and pushes it). With the root last,
// which word heads the sentence is decided once the whole sentence has been read, not when that word is first
// met. Non-monotonic (Honnibal, Goldberg & Johnson 2013): LEFT may also take a stack top that already has a head,
// replacing the arc an earlier RIGHT made, and REDUCE may pop a headless stack top by giving it the word below as
// its head (the RIGHT that was not made), so a greedy parser can repair a garden path instead of keeping it.
// The state keeps what the features read: each word's head and label, its nearest and second-nearest
// children on each side, how many it has, and the set of labels on each side.

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const ACTION_COUNT = 4;
export const ACTION_NAMES = ['shift', 'reduce', 'left', 'right'];

export class ParseState {
  /** number of words; n + 1 is the root */
  n = 0;
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

  /** Starts on a sentence of n words, reusing the arrays when they are large enough. */
  reset(n: number): void {
    this.n = n;
    const m = n + 2;
    if (this.heads.length < m) {
      const size = Math.max(m, this.heads.length * 2);
      for (const key of ['heads', 'labels', 'stack', 'leftmost', 'leftmost2', 'rightmost', 'rightmost2', 'leftCount', 'rightCount', 'leftLabelsLow', 'leftLabelsHigh', 'rightLabelsLow', 'rightLabelsHigh'] as const)
        this[key] = new Int32Array(size);
    }
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
    this.depth = 0;
    this.front = 1;
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
    return this.depth > 1 || (this.depth > 0 && this.heads[this.top]! >= 0);
  }

  canLeft(): boolean {
    return this.depth > 0;
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

  /** Adds the arc head → dependent with its label, replacing the dependent's arc if it has one. */
  attach(head: number, dependent: number, label: number): void {
    if (this.heads[dependent]! >= 0) this.detach(dependent);
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

  /** Removes a word's arc, recounting what its head keeps of its children. */
  detach(dependent: number): void {
    const head = this.heads[dependent]!;
    this.heads[dependent] = -1;
    this.labels[dependent] = -1;
    const left = dependent < head;
    let first = -1;
    let second = -1;
    let count = 0;
    let low = 0;
    let high = 0;
    // the nearest children to the head's outside on that side: leftmost are the smallest, rightmost the largest
    const from = left ? 1 : head + 1;
    const to = left ? head - 1 : this.n + 1;
    for (let k = from; k <= to; k++) {
      if (this.heads[k] !== head) continue;
      count++;
      const l = this.labels[k]!;
      if (l < 32) low |= 1 << l;
      else high |= 1 << (l & 31);
      if (left) {
        if (first < 0) first = k;
        else if (second < 0) second = k;
      } else {
        second = first;
        first = k;
      }
    }
    if (left) {
      this.leftmost[head] = first;
      this.leftmost2[head] = second;
      this.leftCount[head] = count;
      this.leftLabelsLow[head] = low;
      this.leftLabelsHigh[head] = high;
    } else {
      this.rightmost[head] = first;
      this.rightmost2[head] = second;
      this.rightCount[head] = count;
      this.rightLabelsLow[head] = low;
      this.rightLabelsHigh[head] = high;
    }
  }

  /** Applies an action; LEFT and RIGHT (and REDUCE of a headless word) take the arc's label. */
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
 * Cost of each action against a gold tree (Goldberg & Nivre 2013, the arc-eager dynamic oracle, extended to the
 * repairs as Honnibal, Goldberg & Johnson 2013 do): how many gold arcs it makes unreachable. A stack word with a
 * wrong head can still take its gold head from the buffer by a later LEFT, so that arc counts as reachable; a
 * wrong arc made on purpose still costs one, so the oracle teaches repairs without teaching mistakes. goldHeads
 * is indexed like the state: words 1..n, the root n + 1.
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
  const gs = s >= 0 ? goldHeads[s]! : -2;
  const gb = goldHeads[b]!;
  for (let k = b; k <= last; k++) if (s >= 0 && goldHeads[k] === s) sDepsInBuffer++;
  if (gs > b) sHeadInBuffer = true;
  if (gb > b) bHeadInBuffer = true;
  // b's gold head and its gold dependents on the stack (none of them has b as its head yet)
  let bHeadOnStack = -1;
  let bDepsOnStack = 0;
  for (let i = 0; i < state.depth; i++) {
    const k = state.stack[i]!;
    if (gb === k) bHeadOnStack = k;
    if (goldHeads[k] === b) bDepsOnStack++;
  }
  const sHeaded = s >= 0 && heads[s]! >= 0;
  const sCorrect = s >= 0 && heads[s] === gs;
  const second = state.second;
  // SHIFT: b can no longer take its head or its dependents from the stack
  out[SHIFT] = (bHeadOnStack >= 0 ? 1 : 0) + bDepsOnStack;
  if (sHeaded) {
    // REDUCE: s loses its buffer dependents, and a gold head in the buffer it could still be given
    out[REDUCE] = sDepsInBuffer + (!sCorrect && gs >= b ? 1 : 0);
    // LEFT: s loses its buffer dependents, and the head it has if right, or a gold head further in the buffer
    out[LEFT] = sDepsInBuffer + (gs !== b && (sCorrect || sHeadInBuffer) ? 1 : 0);
  } else {
    // a headless s: REDUCE gives it the word below as its head, LEFT gives it b; either loses a gold head still
    // within reach (b, further in the buffer, or the word below)
    const reachable = gs >= b || (second >= 0 && gs === second);
    out[REDUCE] = sDepsInBuffer + (gs !== second && reachable ? 1 : 0);
    out[LEFT] = sDepsInBuffer + (gs !== b && reachable ? 1 : 0);
  }
  // RIGHT: b loses a head other than s (on the stack or in the buffer) and its dependents on the stack
  out[RIGHT] = ((bHeadOnStack >= 0 && bHeadOnStack !== s) || bHeadInBuffer ? 1 : 0) + bDepsOnStack;
}
