import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageFile } from '../../../src/paths.js';
import { readConllu } from '../../../src/pipeline/syntax/conllu.js';
import { buildTagSet, projectivize, rootLast, toTrainingSentences } from '../../../src/pipeline/syntax/training.js';
import { ACTION_COUNT, actionCosts, actionCostsNonMonotonic, LEFT, ParseState, REDUCE, RIGHT, staticOracle } from '../../../src/pipeline/syntax/transitions.js';
import { seededRandom } from '../../../src/random.js';

/** Follows the first zero-cost action from the start: the oracle must rebuild any projective tree (heads 0-rooted). */
function followOracle(rooted: Int32Array): Int32Array {
  const heads = rootLast(rooted);
  const n = rooted.length - 1;
  const st = new ParseState();
  st.reset(n);
  const costs = new Int32Array(ACTION_COUNT);
  let steps = 0;
  while (!st.done) {
    actionCosts(st, heads, costs);
    const action = [0, 1, 2, 3].find((a) => st.valid(a) && costs[a] === 0);
    if (action === undefined) throw new Error(`no zero-cost action at step ${steps}`);
    st.apply(action, action === LEFT || action === RIGHT ? 1 : 0);
    steps++;
  }
  return Int32Array.from({ length: n + 1 }, (_, d) => (d === 0 ? -1 : st.heads[d] === n + 1 ? 0 : st.heads[d]!));
}

/** Follows the static oracle (the gold sequence of beam training) from the start. */
function followStaticOracle(rooted: Int32Array): Int32Array {
  const heads = rootLast(rooted);
  const n = rooted.length - 1;
  const st = new ParseState();
  st.reset(n);
  for (let steps = 0; !st.done; steps++) {
    const action = staticOracle(st, heads);
    if (!st.valid(action)) throw new Error(`invalid static action at step ${steps}`);
    st.apply(action, action === LEFT || action === RIGHT ? 1 : 0);
  }
  return Int32Array.from({ length: n + 1 }, (_, d) => (d === 0 ? -1 : st.heads[d] === n + 1 ? 0 : st.heads[d]!));
}

const isProjective = (h: Int32Array) => {
  for (let d = 1; d < h.length; d++) {
    const [lo, hi] = h[d]! < d ? [h[d]!, d] : [d, h[d]!];
    for (let k = lo + 1; k < hi; k++) {
      let x = k;
      while (x !== 0 && x !== h[d]) x = h[x]!;
      if (x !== h[d] && h[d] !== 0) return false;
    }
  }
  return true;
};

// heads 1-based with 0 the root; index 0 unused
const TREES: Array<[string, number[]]> = [
  ['Norway recalled its envoy to Iran .', [0, 2, 0, 4, 2, 6, 4, 2]],
  ['Oslo said it was withdrawing its envoy', [0, 2, 0, 5, 5, 2, 7, 5]],
  ['the ambassador , Anna Berg , was recalled', [0, 2, 8, 4, 2, 4, 4, 8, 0]],
];

describe('arc-eager dynamic oracle', () => {
  it.each(TREES)('rebuilds the tree of "%s"', (_, heads) => {
    const h = Int32Array.from(heads);
    expect([...followOracle(h)].slice(1)).toEqual(heads.slice(1));
  });

  it.each(TREES)('the static oracle rebuilds the tree of "%s" in 2n steps', (_, heads) => {
    const h = Int32Array.from(heads);
    expect([...followStaticOracle(h)].slice(1)).toEqual(heads.slice(1));
  });

  it('charges a wrong action at least one lost arc', () => {
    const h = rootLast(Int32Array.from(TREES[0]![1]));
    const st = new ParseState();
    st.reset(h.length - 2);
    const costs = new Int32Array(ACTION_COUNT);
    st.apply(0); // "Norway" on the stack, "recalled" at the front
    actionCosts(st, h, costs);
    // "recalled" heads "Norway": LEFT is free; RIGHT (Norway heading recalled) or REDUCE-less SHIFT lose that arc
    expect(costs[LEFT]).toBe(0);
    expect(costs[RIGHT]).toBeGreaterThan(0);
    expect(costs[0]).toBeGreaterThan(0);
  });

  it('projectivize lifts crossing arcs and leaves projective trees alone', () => {
    // 1 ← 3 … 2 → 4 crosses: "a hearing is scheduled on the issue today" style
    const crossing = Int32Array.from([0, 3, 0, 2, 1]);
    expect(isProjective(crossing)).toBe(false);
    const lifted = projectivize(crossing);
    expect(isProjective(lifted)).toBe(true);
    for (const [, heads] of TREES) expect([...projectivize(Int32Array.from(heads))]).toEqual(heads);
  });
});

/** The fewest gold arcs missed by any action sequence from a state (exhaustive, memoised): the exact oracle. */
function bestLoss(st: ParseState, gold: Int32Array, memo: Map<string, number>): number {
  const key = `${[...st.stack.subarray(0, st.depth)]}|${st.front}|${[...st.heads.subarray(1, st.n + 1)]}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  let best = Infinity;
  if (st.done) {
    best = 0;
    for (let d = 1; d <= st.n; d++) if (st.heads[d] !== gold[d]) best++;
  } else
    for (let a = 0; a < ACTION_COUNT; a++) {
      if (!st.valid(a)) continue;
      const next = new ParseState();
      next.copyFrom(st);
      next.apply(a);
      best = Math.min(best, bestLoss(next, gold, memo));
    }
  memo.set(key, best);
  return best;
}

/** A random projective tree of n words (heads 0-rooted, index 0 unused): each word attaches where it keeps projectivity. */
function randomProjectiveTree(n: number, random: () => number): Int32Array {
  for (;;) {
    const h = new Int32Array(n + 1);
    let roots = 0;
    for (let d = 1; d <= n; d++) {
      h[d] = Math.floor(random() * (n + 1));
      if (h[d] === d) h[d] = 0;
      if (h[d] === 0) roots++;
    }
    let acyclic = true;
    for (let d = 1; d <= n && acyclic; d++) {
      let x = d;
      for (let steps = 0; x !== 0 && steps <= n; steps++) x = h[x]!;
      if (x !== 0) acyclic = false;
    }
    if (acyclic && roots >= 1 && isProjective(h)) return h;
  }
}

describe.each([
  ['arc-eager', false],
  ['non-monotonic arc-eager (Honnibal, Goldberg and Johnson 2013)', true],
])('%s: the dynamic oracle against exhaustive search', (_, nonMonotonic) => {
  it('charges each action what it adds to the fewest reachable mistakes, on random trees and random states', () => {
    const random = seededRandom(7);
    const costs = new Int32Array(ACTION_COUNT);
    let checked = 0;
    for (let trial = 0; trial < 60; trial++) {
      const n = 2 + Math.floor(random() * 5);
      const gold = rootLast(randomProjectiveTree(n, random));
      const memo = new Map<string, number>();
      const st = new ParseState();
      st.reset(n);
      st.nonMonotonic = nonMonotonic;
      while (!st.done) {
        (nonMonotonic ? actionCostsNonMonotonic : actionCosts)(st, gold, costs);
        const here = bestLoss(st, gold, memo);
        const valid = [0, 1, 2, 3].filter((a) => st.valid(a));
        for (const a of valid) {
          const next = new ParseState();
          next.copyFrom(st);
          next.apply(a);
          expect({ state: [...st.stack.subarray(0, st.depth), st.front], gold: [...gold], action: a, cost: costs[a] }).toEqual({
            state: [...st.stack.subarray(0, st.depth), st.front],
            gold: [...gold],
            action: a,
            cost: bestLoss(next, gold, memo) - here,
          });
          checked++;
        }
        st.apply(valid[Math.floor(random() * valid.length)]!);
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('non-monotonic arc-eager', () => {
  it('the oracle the trainer uses (repairs charged) rebuilds each tree and never charges less than the exact one', () => {
    const random = seededRandom(11);
    const exact = new Int32Array(ACTION_COUNT);
    const charged = new Int32Array(ACTION_COUNT);
    for (let trial = 0; trial < 200; trial++) {
      const rooted = randomProjectiveTree(2 + Math.floor(random() * 10), random);
      const gold = rootLast(rooted);
      const n = rooted.length - 1;
      // from random states: never below the exact cost, the same for REDUCE and LEFT
      const st = new ParseState();
      st.reset(n);
      st.nonMonotonic = true;
      while (!st.done) {
        actionCostsNonMonotonic(st, gold, exact);
        actionCostsNonMonotonic(st, gold, charged, true);
        for (let a = 0; a < ACTION_COUNT; a++) if (st.valid(a)) expect(charged[a]).toBeGreaterThanOrEqual(exact[a]!);
        if (st.valid(REDUCE)) expect(charged[REDUCE]).toBe(exact[REDUCE]);
        if (st.valid(LEFT)) expect(charged[LEFT]).toBe(exact[LEFT]);
        const valid = [0, 1, 2, 3].filter((a) => st.valid(a));
        st.apply(valid[Math.floor(random() * valid.length)]!);
      }
      // from the start, its free actions build the gold tree
      st.reset(n);
      while (!st.done) {
        actionCostsNonMonotonic(st, gold, charged, true);
        const action = [0, 1, 2, 3].find((a) => st.valid(a) && charged[a] === 0);
        expect(action).toBeDefined();
        st.apply(action!);
      }
      for (let d = 1; d <= n; d++) expect(st.heads[d]).toBe(gold[d]);
    }
  });

  it('LEFT replaces a wrong RIGHT arc and REDUCE attaches a headless top to the word beneath it', () => {
    const st = new ParseState();
    st.reset(4);
    st.nonMonotonic = true;
    st.apply(0); // 1 on the stack
    st.apply(RIGHT, 3); // 1 → 2
    expect(st.heads[2]).toBe(1);
    expect(st.rightCount[1]).toBe(1);
    st.apply(LEFT, 4); // 3 → 2, replacing 1 → 2
    expect(st.heads[2]).toBe(3);
    expect(st.labels[2]).toBe(4);
    expect([st.rightCount[1], st.rightmost[1], st.rightLabelsLow[1]]).toEqual([0, -1, 0]);
    st.apply(0); // 3 on the stack, headless
    st.apply(0); // 4 on the stack, headless
    expect(st.canReduce()).toBe(true);
    st.apply(REDUCE, 2); // 3 → 4
    expect(st.heads[4]).toBe(3);
    expect(st.rightmost[3]).toBe(4);
    const mono = new ParseState();
    mono.reset(2);
    mono.apply(0);
    expect(mono.canReduce()).toBe(false);
  });
});

const DEV = packageFile('../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu');
describe.skipIf(!existsSync(DEV))('oracle on UD English-EWT dev (first 400 sentences)', () => {
  it('rebuilds every projectivized tree', () => {
    const raw = readConllu(readFileSync(DEV, 'utf8')).slice(0, 400);
    const sentences = toTrainingSentences(raw, new Map([['root', 0]]), buildTagSet(raw));
    for (const s of sentences) {
      const h = projectivize(s.heads);
      expect(isProjective(h)).toBe(true);
      expect([...followOracle(h)]).toEqual([...h].map((x, i) => (i === 0 ? -1 : x)));
      expect([...followStaticOracle(h)]).toEqual([...h].map((x, i) => (i === 0 ? -1 : x)));
    }
  });
});
