import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageFile } from '../../../src/paths.js';
import { readConllu } from '../../../src/pipeline/syntax/conllu.js';
import { buildTagSet, projectivize, rootLast, toTrainingSentences } from '../../../src/pipeline/syntax/training.js';
import { ACTION_COUNT, actionCosts, LEFT, ParseState, RIGHT, staticOracle } from '../../../src/pipeline/syntax/transitions.js';

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
