// Greedy dependency parsing: at each step an averaged perceptron picks the arc-eager action from the rich
// non-local features of Zhang & Nivre (2011) (words, tags and clusters of the stack top, the buffer's first
// three words, heads, nearest children, distance, valency and label sets), and a second perceptron labels each
// arc as it is made, from the two words, their tags, the direction and distance, and the children they already
// have. Should several words end on the root, the one heading the most keeps it (singleRoot).
import { mix } from '../../text/hash.js';
import type { Scorer } from './perceptron.js';
import { ACTION_COUNT, LEFT, ParseState, REDUCE, RIGHT, SHIFT } from './transitions.js';

/** What the parser reads of each word: 1..n the words, n + 1 the root (index 0 unused). */
export interface ParserInput {
  n: number;
  /** lower-case word hash */
  word: Int32Array;
  /** tag + 1 (0: the root): a fine tag ("VERB|VBD") or, with a model of universal tags only, the universal tag */
  tag: Int32Array;
  /** universal tag + 1 (0: the root) */
  upos: Int32Array;
  /** whether the tags are fine tags: the model then reads the universal ones too */
  fine: boolean;
  /** cluster id + 1 (0: none) */
  cluster: Int32Array;
  /** a short suffix hash, for unknown words */
  suffix: Int32Array;
}

export const PARSER_FEATURES_MAX = 100;
export const LABELER_FEATURES_MAX = 48;

const NONE = 0x27d4eb2f; // the value of an empty position
export const ROOT_WORD = 0x165667b1;

const h1 = (t: number, a: number) => mix(t, a) | 0 || 1;
const h2 = (t: number, a: number, b: number) => mix(mix(t, a), b) | 0 || 1;
const h3 = (t: number, a: number, b: number, c: number) => mix(mix(mix(t, a), b), c) | 0 || 1;
const h4 = (t: number, a: number, b: number, c: number, d: number) => mix(mix(mix(mix(t, a), b), c), d) | 0 || 1;

/** Distance between stack top and buffer front, bucketed: 1, 2, 3, 4, 5–7, 8–12, more. */
function distanceBucket(d: number): number {
  if (d <= 4) return d;
  if (d <= 7) return 5;
  if (d <= 12) return 6;
  return 7;
}

/** Writes the action features of a state into out; returns how many. */
export function parserFeatures(x: ParserInput, st: ParseState, out: Int32Array): number {
  const { word, tag, cluster } = x;
  const last = x.n + 1;
  const s0 = st.top;
  const s1 = st.second;
  const n0 = st.front;
  const n1 = n0 + 1 <= last ? n0 + 1 : -1;
  const n2 = n1 >= 0 && n1 + 1 <= last ? n1 + 1 : -1;
  const W = (i: number) => (i <= 0 || i > last ? NONE : word[i]!);
  const P = (i: number) => (i <= 0 || i > last ? 99 : tag[i]!);
  const C = (i: number) => (i <= 0 || i > last ? 999_999 : cluster[i]!);
  const L = (i: number) => (i <= 0 ? 99 : st.labels[i]! + 1);
  const heads = st.heads;
  const s0h = s0 > 0 ? heads[s0]! : -1;
  const s0h2 = s0h > 0 ? heads[s0h]! : -1;
  const s0l = s0 > 0 ? st.leftmost[s0]! : -1;
  const s0l2 = s0 > 0 ? st.leftmost2[s0]! : -1;
  const s0r = s0 > 0 ? st.rightmost[s0]! : -1;
  const s0r2 = s0 > 0 ? st.rightmost2[s0]! : -1;
  const n0l = st.leftmost[n0]!;
  const n0l2 = st.leftmost2[n0]!;

  const s0w = W(s0),
    s0p = P(s0),
    n0w = W(n0),
    n0p = P(n0),
    n1w = W(n1),
    n1p = P(n1),
    n2w = W(n2),
    n2p = P(n2);
  const d = s0 > 0 ? distanceBucket(n0 - s0) : 0;
  let k = 0;
  out[k++] = 1; // bias
  // single words
  out[k++] = h2(2, s0w, s0p);
  out[k++] = h1(3, s0w);
  out[k++] = h1(4, s0p);
  out[k++] = h2(5, n0w, n0p);
  out[k++] = h1(6, n0w);
  out[k++] = h1(7, n0p);
  out[k++] = h2(8, n1w, n1p);
  out[k++] = h1(9, n1w);
  out[k++] = h1(10, n1p);
  out[k++] = h2(11, n2w, n2p);
  out[k++] = h1(12, n2w);
  out[k++] = h1(13, n2p);
  // pairs
  out[k++] = h4(14, s0w, s0p, n0w, n0p);
  out[k++] = h3(15, s0w, s0p, n0w);
  out[k++] = h3(16, s0w, n0w, n0p);
  out[k++] = h3(17, s0w, s0p, n0p);
  out[k++] = h3(18, s0p, n0w, n0p);
  out[k++] = h2(19, s0w, n0w);
  out[k++] = h2(20, s0p, n0p);
  out[k++] = h2(21, n0p, n1p);
  // triples of tags
  out[k++] = h3(22, n0p, n1p, n2p);
  out[k++] = h3(23, s0p, n0p, n1p);
  out[k++] = h3(24, P(s0h), s0p, n0p);
  out[k++] = h3(25, s0p, P(s0l), n0p);
  out[k++] = h3(26, s0p, P(s0r), n0p);
  out[k++] = h3(27, s0p, n0p, P(n0l));
  // distance
  out[k++] = h2(28, s0w, d);
  out[k++] = h2(29, s0p, d);
  out[k++] = h2(30, n0w, d);
  out[k++] = h2(31, n0p, d);
  out[k++] = h3(32, s0w, n0w, d);
  out[k++] = h3(33, s0p, n0p, d);
  // valency
  const s0vr = s0 > 0 ? st.rightCount[s0]! : 0;
  const s0vl = s0 > 0 ? st.leftCount[s0]! : 0;
  const n0vl = st.leftCount[n0]!;
  out[k++] = h2(34, s0w, s0vr);
  out[k++] = h2(35, s0p, s0vr);
  out[k++] = h2(36, s0w, s0vl);
  out[k++] = h2(37, s0p, s0vl);
  out[k++] = h2(38, n0w, n0vl);
  out[k++] = h2(39, n0p, n0vl);
  // heads and nearest children
  out[k++] = h1(40, W(s0h));
  out[k++] = h1(41, P(s0h));
  out[k++] = h1(42, L(s0));
  out[k++] = h1(43, W(s0l));
  out[k++] = h1(44, P(s0l));
  out[k++] = h1(45, L(s0l));
  out[k++] = h1(46, W(s0r));
  out[k++] = h1(47, P(s0r));
  out[k++] = h1(48, L(s0r));
  out[k++] = h1(49, W(n0l));
  out[k++] = h1(50, P(n0l));
  out[k++] = h1(51, L(n0l));
  // third order
  out[k++] = h1(52, W(s0h2));
  out[k++] = h1(53, P(s0h2));
  out[k++] = h1(54, L(s0h));
  out[k++] = h1(55, W(s0l2));
  out[k++] = h1(56, P(s0l2));
  out[k++] = h1(57, L(s0l2));
  out[k++] = h1(58, W(s0r2));
  out[k++] = h1(59, P(s0r2));
  out[k++] = h1(60, L(s0r2));
  out[k++] = h1(61, W(n0l2));
  out[k++] = h1(62, P(n0l2));
  out[k++] = h1(63, L(n0l2));
  out[k++] = h3(64, s0p, P(s0l), P(s0l2));
  out[k++] = h3(65, s0p, P(s0r), P(s0r2));
  out[k++] = h3(66, s0p, P(s0h), P(s0h2));
  out[k++] = h3(67, n0p, P(n0l), P(n0l2));
  // label sets
  const s0sr = s0 > 0 ? mix(st.rightLabelsLow[s0]!, st.rightLabelsHigh[s0]!) : 0;
  const s0sl = s0 > 0 ? mix(st.leftLabelsLow[s0]!, st.leftLabelsHigh[s0]!) : 0;
  const n0sl = mix(st.leftLabelsLow[n0]!, st.leftLabelsHigh[n0]!);
  out[k++] = h2(68, s0w, s0sr);
  out[k++] = h2(69, s0p, s0sr);
  out[k++] = h2(70, s0w, s0sl);
  out[k++] = h2(71, s0p, s0sl);
  out[k++] = h2(72, n0w, n0sl);
  out[k++] = h2(73, n0p, n0sl);
  // clusters: how words unseen in the treebank behave like words seen there
  const s0c = C(s0),
    n0c = C(n0),
    n1c = C(n1);
  out[k++] = h1(74, s0c);
  out[k++] = h1(75, n0c);
  out[k++] = h1(76, n1c);
  out[k++] = h2(77, s0c, n0c);
  out[k++] = h2(78, s0c, n0p);
  out[k++] = h2(79, s0p, n0c);
  // the second stack item
  out[k++] = h1(80, P(s1));
  out[k++] = h1(81, W(s1));
  out[k++] = h3(82, P(s1), s0p, n0p);
  // whether the stack top has its head (REDUCE against LEFT), with the tags
  out[k++] = h3(83, s0 > 0 && heads[s0]! >= 0 ? 1 : 0, s0p, n0p);
  out[k++] = h2(84, P(n0 - 1), n0p);
  out[k++] = h3(85, s0p, P(s0 > 0 ? s0 + 1 : -1), n0p);
  if (x.fine) {
    // with fine tags, the universal tags of the words around the decision too: coarser, so they generalise
    const U = (i: number) => (i <= 0 || i > last ? 99 : x.upos[i]!);
    out[k++] = h2(86, U(s0), U(n0));
    out[k++] = h3(87, U(s0), U(n0), U(n1));
    out[k++] = h3(88, U(s1), U(s0), U(n0));
  }
  return k;
}

/**
 * The word positions of a state whose features read that word alone (its form, tag and cluster). Such a feature
 * scores the same in every state that has the same word in the same position, so the greedy parser scores them
 * once per sentence (RoleScores) rather than once per state; the other features (parserContextFeatures) read
 * several words or the state's structure. Together the two give exactly parserFeatures' features.
 */
export enum Role {
  S0,
  N0,
  N1,
  N2,
  S0Head,
  S0Left,
  S0Right,
  N0Left,
  S0Head2,
  S0Left2,
  S0Right2,
  N0Left2,
  S1,
}
export const ROLE_COUNT = 13;

/** per role, the parserFeatures templates of its word-and-tag, word, tag and cluster features (0: none) */
const ROLE_TEMPLATES: ReadonlyArray<readonly [wordTag: number, word: number, tag: number, cluster: number]> = [
  [2, 3, 4, 74], // s0
  [5, 6, 7, 75], // n0
  [8, 9, 10, 76], // n1
  [11, 12, 13, 0], // n2
  [0, 40, 41, 0], // s0's head
  [0, 43, 44, 0], // s0's leftmost child
  [0, 46, 47, 0], // s0's rightmost child
  [0, 49, 50, 0], // n0's leftmost child
  [0, 52, 53, 0], // s0's head's head
  [0, 55, 56, 0], // s0's second leftmost child
  [0, 58, 59, 0], // s0's second rightmost child
  [0, 61, 62, 0], // n0's second leftmost child
  [0, 81, 80, 0], // s1
];

/** Writes the features of word i in a role from out[k]; returns the new count. i outside 1..n + 1 is an empty position. */
export function roleFeatures(x: ParserInput, role: Role, i: number, out: Int32Array, k: number): number {
  const inside = i > 0 && i <= x.n + 1;
  const w = inside ? x.word[i]! : NONE;
  const p = inside ? x.tag[i]! : 99;
  const [wordTag, word, tag, cluster] = ROLE_TEMPLATES[role]!;
  if (wordTag) out[k++] = h2(wordTag, w, p);
  out[k++] = h1(word, w);
  out[k++] = h1(tag, p);
  if (cluster) out[k++] = h1(cluster, inside ? x.cluster[i]! : 999_999);
  return k;
}

/** The word in each role of a state (-1: none), indexed by Role; as parserFeatures reads them. */
export function roleWords(x: ParserInput, st: ParseState, out: Int32Array): void {
  const last = x.n + 1;
  const s0 = st.top;
  const n0 = st.front;
  const n1 = n0 + 1 <= last ? n0 + 1 : -1;
  const heads = st.heads;
  const s0h = s0 > 0 ? heads[s0]! : -1;
  out[Role.S0] = s0;
  out[Role.N0] = n0;
  out[Role.N1] = n1;
  out[Role.N2] = n1 >= 0 && n1 + 1 <= last ? n1 + 1 : -1;
  out[Role.S0Head] = s0h;
  out[Role.S0Left] = s0 > 0 ? st.leftmost[s0]! : -1;
  out[Role.S0Right] = s0 > 0 ? st.rightmost[s0]! : -1;
  out[Role.N0Left] = st.leftmost[n0]!;
  out[Role.S0Head2] = s0h > 0 ? heads[s0h]! : -1;
  out[Role.S0Left2] = s0 > 0 ? st.leftmost2[s0]! : -1;
  out[Role.S0Right2] = s0 > 0 ? st.rightmost2[s0]! : -1;
  out[Role.N0Left2] = st.leftmost2[n0]!;
  out[Role.S1] = st.second;
}

/** Writes the features of a state that are not a single role's (see Role) into out; returns how many. */
export function parserContextFeatures(x: ParserInput, st: ParseState, out: Int32Array): number {
  const { word, tag, cluster } = x;
  const last = x.n + 1;
  const s0 = st.top;
  const s1 = st.second;
  const n0 = st.front;
  const n1 = n0 + 1 <= last ? n0 + 1 : -1;
  const n2 = n1 >= 0 && n1 + 1 <= last ? n1 + 1 : -1;
  const W = (i: number) => (i <= 0 || i > last ? NONE : word[i]!);
  const P = (i: number) => (i <= 0 || i > last ? 99 : tag[i]!);
  const C = (i: number) => (i <= 0 || i > last ? 999_999 : cluster[i]!);
  const L = (i: number) => (i <= 0 ? 99 : st.labels[i]! + 1);
  const heads = st.heads;
  const s0h = s0 > 0 ? heads[s0]! : -1;
  const s0h2 = s0h > 0 ? heads[s0h]! : -1;
  const s0l = s0 > 0 ? st.leftmost[s0]! : -1;
  const s0l2 = s0 > 0 ? st.leftmost2[s0]! : -1;
  const s0r = s0 > 0 ? st.rightmost[s0]! : -1;
  const s0r2 = s0 > 0 ? st.rightmost2[s0]! : -1;
  const n0l = st.leftmost[n0]!;
  const n0l2 = st.leftmost2[n0]!;

  const s0w = W(s0),
    s0p = P(s0),
    n0w = W(n0),
    n0p = P(n0),
    n1p = P(n1),
    n2p = P(n2);
  const d = s0 > 0 ? distanceBucket(n0 - s0) : 0;
  let k = 0;
  out[k++] = 1; // bias
  // pairs
  out[k++] = h4(14, s0w, s0p, n0w, n0p);
  out[k++] = h3(15, s0w, s0p, n0w);
  out[k++] = h3(16, s0w, n0w, n0p);
  out[k++] = h3(17, s0w, s0p, n0p);
  out[k++] = h3(18, s0p, n0w, n0p);
  out[k++] = h2(19, s0w, n0w);
  out[k++] = h2(20, s0p, n0p);
  out[k++] = h2(21, n0p, n1p);
  // triples of tags
  out[k++] = h3(22, n0p, n1p, n2p);
  out[k++] = h3(23, s0p, n0p, n1p);
  out[k++] = h3(24, P(s0h), s0p, n0p);
  out[k++] = h3(25, s0p, P(s0l), n0p);
  out[k++] = h3(26, s0p, P(s0r), n0p);
  out[k++] = h3(27, s0p, n0p, P(n0l));
  // distance
  out[k++] = h2(28, s0w, d);
  out[k++] = h2(29, s0p, d);
  out[k++] = h2(30, n0w, d);
  out[k++] = h2(31, n0p, d);
  out[k++] = h3(32, s0w, n0w, d);
  out[k++] = h3(33, s0p, n0p, d);
  // valency
  const s0vr = s0 > 0 ? st.rightCount[s0]! : 0;
  const s0vl = s0 > 0 ? st.leftCount[s0]! : 0;
  const n0vl = st.leftCount[n0]!;
  out[k++] = h2(34, s0w, s0vr);
  out[k++] = h2(35, s0p, s0vr);
  out[k++] = h2(36, s0w, s0vl);
  out[k++] = h2(37, s0p, s0vl);
  out[k++] = h2(38, n0w, n0vl);
  out[k++] = h2(39, n0p, n0vl);
  // the labels of the stack top, its head and nearest children
  out[k++] = h1(42, L(s0));
  out[k++] = h1(45, L(s0l));
  out[k++] = h1(48, L(s0r));
  out[k++] = h1(51, L(n0l));
  out[k++] = h1(54, L(s0h));
  out[k++] = h1(57, L(s0l2));
  out[k++] = h1(60, L(s0r2));
  out[k++] = h1(63, L(n0l2));
  out[k++] = h3(64, s0p, P(s0l), P(s0l2));
  out[k++] = h3(65, s0p, P(s0r), P(s0r2));
  out[k++] = h3(66, s0p, P(s0h), P(s0h2));
  out[k++] = h3(67, n0p, P(n0l), P(n0l2));
  // label sets
  const s0sr = s0 > 0 ? mix(st.rightLabelsLow[s0]!, st.rightLabelsHigh[s0]!) : 0;
  const s0sl = s0 > 0 ? mix(st.leftLabelsLow[s0]!, st.leftLabelsHigh[s0]!) : 0;
  const n0sl = mix(st.leftLabelsLow[n0]!, st.leftLabelsHigh[n0]!);
  out[k++] = h2(68, s0w, s0sr);
  out[k++] = h2(69, s0p, s0sr);
  out[k++] = h2(70, s0w, s0sl);
  out[k++] = h2(71, s0p, s0sl);
  out[k++] = h2(72, n0w, n0sl);
  out[k++] = h2(73, n0p, n0sl);
  // clusters
  const s0c = C(s0),
    n0c = C(n0);
  out[k++] = h2(77, s0c, n0c);
  out[k++] = h2(78, s0c, n0p);
  out[k++] = h2(79, s0p, n0c);
  // the second stack item
  out[k++] = h3(82, P(s1), s0p, n0p);
  out[k++] = h3(83, s0 > 0 && heads[s0]! >= 0 ? 1 : 0, s0p, n0p);
  out[k++] = h2(84, P(n0 - 1), n0p);
  out[k++] = h3(85, s0p, P(s0 > 0 ? s0 + 1 : -1), n0p);
  if (x.fine) {
    // with fine tags, the universal tags of the words around the decision too: coarser, so they generalise
    const U = (i: number) => (i <= 0 || i > last ? 99 : x.upos[i]!);
    out[k++] = h2(86, U(s0), U(n0));
    out[k++] = h3(87, U(s0), U(n0), U(n1));
    out[k++] = h3(88, U(s1), U(s0), U(n0));
  }
  return k;
}

/**
 * Each role's single-word scores for each word of one sentence, scored when a state first needs them: a word is
 * the buffer's front, the stack top or a nearest child in many states in a row.
 */
export class RoleScores {
  private scores = new Float64Array(0);
  private filled = new Uint8Array(0);
  /** positions per role: 0 the empty position, 1..n + 1 the words and the root */
  private width = 0;
  private classes = 0;
  private readonly features = new Int32Array(8);
  private scratch = new Float64Array(0);
  private readonly words = new Int32Array(ROLE_COUNT);

  /** Starts a sentence of n words scored by a model of `classes` classes. */
  reset(n: number, classes: number): void {
    this.width = n + 2;
    this.classes = classes;
    const slots = ROLE_COUNT * this.width;
    if (this.filled.length < slots) this.filled = new Uint8Array(slots * 2);
    else this.filled.fill(0, 0, slots);
    if (this.scores.length < slots * classes) this.scores = new Float64Array(slots * classes * 2);
    if (this.scratch.length < classes) this.scratch = new Float64Array(classes);
  }

  /** Adds the role scores of a state into out. */
  addState(scorer: Scorer, x: ParserInput, st: ParseState, out: Float64Array): void {
    roleWords(x, st, this.words);
    const C = this.classes;
    const scores = this.scores;
    for (let role = 0; role < ROLE_COUNT; role++) {
      const i = this.words[role]!;
      const slot = role * this.width + (i > 0 && i <= x.n + 1 ? i : 0);
      const base = slot * C;
      if (!this.filled[slot]) {
        const scratch = this.scratch;
        scratch.fill(0, 0, C);
        scorer.score(this.features, roleFeatures(x, role, i, this.features, 0), scratch);
        for (let c = 0; c < C; c++) scores[base + c] = scratch[c]!;
        this.filled[slot] = 1;
      }
      for (let c = 0; c < C; c++) out[c] += scores[base + c]!;
    }
  }
}

/** Writes the label features of the arc head → dep into out; returns how many. */
export function labelerFeatures(x: ParserInput, st: ParseState, head: number, dep: number, out: Int32Array): number {
  const { word, tag, cluster, suffix } = x;
  const n = x.n;
  const W = (i: number) => (i <= 0 || i > n ? NONE : word[i]!);
  const P = (i: number) => (i <= 0 || i > n ? 99 : tag[i]!);
  const L = (i: number) => (i <= 0 ? 99 : st.labels[i]! + 1);
  const dir = head < dep ? 1 : 2;
  const hw = W(head),
    hp = P(head),
    dw = W(dep),
    dp = P(dep);
  const dist = distanceBucket(Math.abs(head - dep));
  const dl = st.leftmost[dep]!,
    dr = st.rightmost[dep]!,
    hl = st.leftmost[head]!,
    hr = st.rightmost[head]!;
  const dsl = mix(st.leftLabelsLow[dep]!, st.leftLabelsHigh[dep]!);
  const dsr = mix(st.rightLabelsLow[dep]!, st.rightLabelsHigh[dep]!);
  const hsl = mix(st.leftLabelsLow[head]!, st.leftLabelsHigh[head]!);
  const hsr = mix(st.rightLabelsLow[head]!, st.rightLabelsHigh[head]!);
  let k = 0;
  out[k++] = h1(101, dir);
  out[k++] = h2(102, dir, hw);
  out[k++] = h2(103, dir, hp);
  out[k++] = h2(104, dir, dw);
  out[k++] = h2(105, dir, dp);
  out[k++] = h3(106, dir, hp, dp);
  out[k++] = h3(107, dir, hw, dp);
  out[k++] = h3(108, dir, hp, dw);
  out[k++] = h3(109, dir, hw, dw);
  out[k++] = h4(110, dir, hp, dp, dist);
  out[k++] = h3(111, dir, dp, P(dl));
  out[k++] = h3(112, dir, dp, P(dr));
  out[k++] = h3(113, dir, dp, L(dl));
  out[k++] = h3(114, dir, dp, L(dr));
  out[k++] = h3(115, dir, dw, W(dl));
  out[k++] = h3(116, dir, dp, dsl);
  out[k++] = h3(117, dir, dp, dsr);
  out[k++] = h3(118, dir, hp, hsl);
  out[k++] = h3(119, dir, hp, hsr);
  out[k++] = h3(120, dir, dp, hsl);
  out[k++] = h3(121, dir, hp, L(head));
  out[k++] = h3(122, dir, P(st.heads[head]!), hp);
  out[k++] = h3(123, dir, dp, P(dep - 1));
  out[k++] = h3(124, dir, dp, P(dep + 1));
  out[k++] = h3(125, dir, hp, P(head + 1));
  out[k++] = h3(126, dir, hp, P(head - 1));
  out[k++] = h3(127, dir, dw, W(dep - 1));
  out[k++] = h3(128, dir, hp, suffix[dep] ?? NONE);
  out[k++] = h3(129, dir, dp, cluster[dep]!);
  out[k++] = h3(130, dir, hp, head <= n ? cluster[head]! : 0);
  out[k++] = h3(131, dir, dw, W(dr));
  out[k++] = h4(132, dir, hp, dp, W(dl));
  out[k++] = h4(133, dir, hw, dp, W(dl));
  out[k++] = h3(134, dir, hw, W(hl));
  out[k++] = h3(135, dir, hp, W(hr));
  return k;
}

export interface ParserModels {
  actions: Scorer;
  labels: Scorer;
  /** the label ids, in the labeller's class order */
  labelNames: readonly string[];
  rootLabel: number;
  /** fine tag → universal tag (TagSet.upos); absent for a model of universal tags only */
  tagUpos?: Uint8Array;
  /** beam width: 1 parses greedily */
  beam?: number;
  /** the non-monotonic transitions (Honnibal, Goldberg and Johnson 2013); greedy parsing only */
  nonMonotonic?: boolean;
}

const actionFeatures = new Int32Array(PARSER_FEATURES_MAX);
const labelFeatures = new Int32Array(LABELER_FEATURES_MAX);
const actionScores = new Float64Array(ACTION_COUNT);
let labelScores = new Float64Array(64);
const roleScores = new RoleScores();

/** The best valid action in a state, by the model's scores. */
export function bestAction(st: ParseState, scores: Float64Array): number {
  let best = -1;
  for (let a = 0; a < ACTION_COUNT; a++) if (st.valid(a) && (best < 0 || scores[a]! > scores[best]!)) best = a;
  return best;
}

/** The best label for an arc head → dep (never root, which only the root's dependents take). */
export function bestLabel(models: ParserModels, x: ParserInput, st: ParseState, head: number, dep: number): number {
  if (head === x.n + 1) return models.rootLabel;
  const C = models.labels.classes;
  if (labelScores.length < C) labelScores = new Float64Array(C);
  const k = labelerFeatures(x, st, head, dep, labelFeatures);
  labelScores.fill(0, 0, C);
  models.labels.score(labelFeatures, k, labelScores);
  let best = -1;
  for (let c = 0; c < C; c++) if (c !== models.rootLabel && (best < 0 || labelScores[c]! > labelScores[best]!)) best = c;
  return best;
}

/**
 * Universal Dependencies allows one root: when several words ended up on the root, the one heading the most
 * words keeps it (the first of them on a tie) and the others attach to it, labelled by the labeller.
 */
export function singleRoot(models: ParserModels, x: ParserInput, st: ParseState): void {
  const root = x.n + 1;
  if (st.rightCount[root]! + st.leftCount[root]! <= 1) return;
  const size = new Int32Array(root + 1);
  for (let w = 1; w <= x.n; w++) for (let h = w; h !== root && h > 0; h = st.heads[h]!) size[h]++;
  let keep = -1;
  for (let w = 1; w <= x.n; w++) if (st.heads[w] === root && (keep < 0 || size[w]! > size[keep]!)) keep = w;
  for (let w = 1; w <= x.n; w++) if (st.heads[w] === root && w !== keep) st.attach(keep, w, bestLabel(models, x, st, keep, w));
}

/** Parses one sentence; heads and labels are read from the returned state (words 1..n, the root n + 1). */
export function parseSentence(models: ParserModels, x: ParserInput, st: ParseState = new ParseState()): ParseState {
  if ((models.beam ?? 1) > 1) {
    const best = beamSearch(models, x, models.beam!, defaultBeam);
    st.copyFrom(best.states[best.best]!);
    singleRoot(models, x, st);
    return st;
  }
  st.reset(x.n);
  st.nonMonotonic = models.nonMonotonic ?? false;
  roleScores.reset(x.n, ACTION_COUNT);
  while (!st.done) {
    const k = parserContextFeatures(x, st, actionFeatures);
    actionScores.fill(0);
    models.actions.score(actionFeatures, k, actionScores);
    roleScores.addState(models.actions, x, st, actionScores);
    const action = bestAction(st, actionScores);
    if (action === LEFT) st.apply(LEFT, bestLabel(models, x, st, st.front, st.top));
    else if (action === RIGHT) st.apply(RIGHT, bestLabel(models, x, st, st.top, st.front));
    else if (action === SHIFT) st.apply(SHIFT);
    // a headless stack top reduced (non-monotonic) becomes the dependent of the word beneath it
    else st.apply(REDUCE, st.heads[st.top]! < 0 ? bestLabel(models, x, st, st.second, st.top) : 0);
  }
  singleRoot(models, x, st);
  return st;
}

/**
 * Beam search over arc-eager actions (Zhang & Clark 2008; Zhang & Nivre 2011): the k best states by the sum of
 * their actions' scores are kept at each step; every sentence takes 2n actions, so all states finish together.
 * Arcs are labelled by the labeller as they are made (only for the states kept). With a trace, each step's
 * features, back pointers and actions are kept for global training.
 */
export class Beam {
  states: ParseState[] = [];
  next: ParseState[] = [];
  scores = new Float64Array(0);
  nextScores = new Float64Array(0);
  /** the kept item's index into `states` after the search */
  best = 0;
  size = 0;
  // candidates of one step: parent, action, score
  /** how many steps the last search took (2n, or fewer when it stopped early) */
  steps = 0;
  candParent = new Int32Array(0);
  candAction = new Int32Array(0);
  candScore = new Float64Array(0);
  features = new Int32Array(PARSER_FEATURES_MAX);
  actionScores = new Float64Array(ACTION_COUNT);
  /** the labels of the current sentence's arcs by labelKey */
  labelCache = new Map<number, number>();
  /** training trace: per step t, per item i of the beam at t: its features (PARSER_FEATURES_MAX slots) */
  traceFeatures = new Int32Array(0);
  traceCounts = new Int32Array(0);
  /** per step t + 1, per item: parent index at step t and the action taken */
  traceParent = new Int32Array(0);
  traceAction = new Int32Array(0);
  /** per step t, per item: whether the item is the gold state (training) */
  traceGold = new Uint8Array(0);
  /** per step: beam size and the index of its best item */
  traceSize = new Int32Array(0);
  traceBest = new Int32Array(0);
  traceBestScore = new Float64Array(0);
  width = 0;

  ensure(width: number, steps: number, trace: boolean): void {
    this.width = width;
    while (this.states.length < width) this.states.push(new ParseState());
    while (this.next.length < width) this.next.push(new ParseState());
    if (this.scores.length < width) {
      this.scores = new Float64Array(width);
      this.nextScores = new Float64Array(width);
      this.candParent = new Int32Array(width * ACTION_COUNT);
      this.candAction = new Int32Array(width * ACTION_COUNT);
      this.candScore = new Float64Array(width * ACTION_COUNT);
    }
    if (!trace) return;
    const slots = (steps + 1) * width;
    if (this.traceParent.length < slots) {
      const size = slots * 2;
      this.traceFeatures = new Int32Array(size * PARSER_FEATURES_MAX);
      this.traceCounts = new Int32Array(size);
      this.traceParent = new Int32Array(size);
      this.traceAction = new Int32Array(size);
      this.traceGold = new Uint8Array(size);
    }
    if (this.traceSize.length < steps + 1) {
      this.traceSize = new Int32Array((steps + 1) * 2);
      this.traceBest = new Int32Array((steps + 1) * 2);
      this.traceBestScore = new Float64Array((steps + 1) * 2);
    }
  }
}

const defaultBeam = new Beam();

/**
 * Everything the labeller reads of a state for the arc head → dep, as a 53-bit number made of two 32-bit hashes:
 * beam items often make the same arc in the same surroundings, and the label is then looked up, not recomputed.
 */
function labelKey(st: ParseState, head: number, dep: number): number {
  const dl = st.leftmost[dep]!;
  const dr = st.rightmost[dep]!;
  let a = mix(mix(mix(0x3c6ef372, head), dep), dl);
  a = mix(mix(mix(a, dr), st.leftmost[head]!), st.rightmost[head]!);
  a = mix(mix(mix(a, st.leftLabelsLow[dep]!), st.leftLabelsHigh[dep]!), st.rightLabelsLow[dep]!);
  a = mix(mix(mix(a, st.rightLabelsHigh[dep]!), st.labels[head]!), st.heads[head]!);
  let b = mix(mix(mix(0x1b873593, st.leftLabelsLow[head]!), st.leftLabelsHigh[head]!), st.rightLabelsLow[head]!);
  b = mix(mix(mix(b, st.rightLabelsHigh[head]!), dl > 0 ? st.labels[dl]! : -2), dr > 0 ? st.labels[dr]! : -2);
  b = mix(mix(mix(b, head), dep), a);
  return a * 0x200000 + (b & 0x1fffff);
}

/** bestLabel through the beam's cache of the current sentence. */
function cachedLabel(models: ParserModels, x: ParserInput, st: ParseState, head: number, dep: number, cache: Map<number, number>): number {
  if (head === x.n + 1) return models.rootLabel;
  const key = labelKey(st, head, dep);
  let label = cache.get(key);
  if (label === undefined) {
    label = bestLabel(models, x, st, head, dep);
    cache.set(key, label);
  }
  return label;
}

/**
 * Runs the beam over a sentence. With `gold` (the static oracle's actions), each item is marked gold when its
 * actions so far are the gold ones, and the trace is kept; `stopEarly` ends the search at the first step whose
 * beam has lost the gold item (early update). Returns the beam, with `best` the top final item; `steps` tells
 * how many steps were taken.
 */
export function beamSearch(models: ParserModels, x: ParserInput, width: number, beam: Beam, gold?: Int32Array, stopEarly = false): Beam {
  const steps = 2 * x.n;
  const trace = gold !== undefined;
  beam.ensure(width, steps, trace);
  beam.states[0]!.reset(x.n);
  beam.states[0]!.nonMonotonic = false;
  beam.scores[0] = 0;
  beam.labelCache.clear();
  const cache = beam.labelCache;
  let size = 1;
  if (trace) {
    beam.traceGold[0] = 1;
    beam.traceSize[0] = 1;
    beam.traceBest[0] = 0;
    beam.traceBestScore[0] = 0;
  }
  const { features, actionScores: scores, candParent: cp, candAction: ca, candScore: cs } = beam;
  let t = 0;
  for (; t < steps; t++) {
    // expand every item; keep the `width` best candidates, sorted (ties: earlier parent, lower action)
    let kept = 0;
    for (let i = 0; i < size; i++) {
      const st = beam.states[i]!;
      const k = parserFeatures(x, st, features);
      if (trace) {
        beam.traceFeatures.set(features.subarray(0, k), (t * width + i) * PARSER_FEATURES_MAX);
        beam.traceCounts[t * width + i] = k;
      }
      scores.fill(0);
      models.actions.score(features, k, scores);
      const base = beam.scores[i]!;
      for (let a = 0; a < ACTION_COUNT; a++) {
        if (!st.valid(a)) continue;
        const score = base + scores[a]!;
        if (kept === width && score <= cs[kept - 1]!) continue;
        let j = kept < width ? kept++ : kept - 1;
        while (j > 0 && cs[j - 1]! < score) {
          cs[j] = cs[j - 1]!;
          cp[j] = cp[j - 1]!;
          ca[j] = ca[j - 1]!;
          j--;
        }
        cs[j] = score;
        cp[j] = i;
        ca[j] = a;
      }
    }
    for (let j = 0; j < kept; j++) {
      const parent = beam.states[cp[j]!]!;
      const st = beam.next[j]!;
      st.copyFrom(parent);
      const a = ca[j]!;
      if (a === LEFT) st.apply(LEFT, cachedLabel(models, x, st, st.front, st.top, cache));
      else if (a === RIGHT) st.apply(RIGHT, cachedLabel(models, x, st, st.top, st.front, cache));
      else st.apply(a);
      beam.nextScores[j] = cs[j]!;
      if (trace) {
        const slot = (t + 1) * width + j;
        beam.traceParent[slot] = cp[j]!;
        beam.traceAction[slot] = a;
        beam.traceGold[slot] = beam.traceGold[t * width + cp[j]!]! && gold![t] === a ? 1 : 0;
      }
    }
    [beam.states, beam.next] = [beam.next, beam.states];
    [beam.scores, beam.nextScores] = [beam.nextScores, beam.scores];
    size = kept;
    if (trace) {
      beam.traceSize[t + 1] = size;
      beam.traceBest[t + 1] = 0;
      beam.traceBestScore[t + 1] = beam.scores[0]!;
      if (stopEarly) {
        let any = false;
        for (let j = 0; j < size; j++) if (beam.traceGold[(t + 1) * width + j]) any = true;
        if (!any) {
          t++;
          break;
        }
      }
    }
  }
  beam.size = size;
  beam.best = 0;
  beam.steps = t;
  return beam;
}
