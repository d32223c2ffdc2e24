import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { assignLayout, computeLayout, initialPositions, layoutIterations, layoutSettings } from '../../src/layout/index.js';

function ring(n: number, chords = 0) {
  const g = new MultiDirectedGraph<{ label: string; x?: number; y?: number }>();
  for (let i = 0; i < n; i++) g.addNode(`n${i}`, { label: `N${i}` });
  for (let i = 0; i < n; i++) g.addEdge(`n${i}`, `n${(i + 1) % n}`);
  for (let i = 0; i < chords; i++) g.addEdge(`n${i}`, `n${(i * 7 + 3) % n}`);
  return g;
}

describe('layout', () => {
  it('is deterministic and leaves the input untouched', () => {
    const g = ring(30, 10);
    const a = computeLayout(g);
    expect(computeLayout(g)).toEqual(a);
    expect(g.getNodeAttributes('n0')).toEqual({ label: 'N0' });
    expect(Object.keys(a)).toHaveLength(30);
    for (const p of Object.values(a)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('pulls connected nodes together: neighbours end closer than the average pair', () => {
    const g = ring(40);
    const p = computeLayout(g);
    const d = (a: string, b: string) => Math.hypot(p[a]!.x - p[b]!.x, p[a]!.y - p[b]!.y);
    const neighbours = g.mapEdges((_e, _a, s, t) => d(s, t));
    const all: number[] = [];
    for (let i = 0; i < 40; i++) for (let j = i + 1; j < 40; j++) all.push(d(`n${i}`, `n${j}`));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(neighbours)).toBeLessThan(mean(all) / 3);
  });

  it('sets entities without relations apart, in rows below the others, in key order', () => {
    const g = ring(30, 5);
    const alone = ['z-alone', 'a-alone', 'm-alone', 'b-alone'];
    for (const key of alone) g.addNode(key, { label: key });
    const p = computeLayout(g);
    const lowest = Math.min(...g.filterNodes((n) => g.degree(n) > 0).map((n) => p[n]!.y));
    for (const key of alone) expect(p[key]!.y).toBeLessThan(lowest);
    const sorted = [...alone].sort();
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [p[sorted[i - 1]!]!, p[sorted[i]!]!];
      expect(b.y < a.y || (b.y === a.y && b.x > a.x)).toBe(true);
    }
    // adding them leaves the connected picture as it was
    expect(computeLayout(ring(30, 5)).n7).toEqual(p.n7);
  });

  it('assignLayout writes x and y into the graph', () => {
    const g = ring(10);
    assignLayout(g);
    expect(g.getNodeAttributes('n3')).toMatchObject({ label: 'N3', x: computeLayout(g).n3!.x });
  });

  it('handles empty and edgeless graphs', () => {
    expect(computeLayout(new MultiDirectedGraph())).toEqual({});
    const g = new MultiDirectedGraph();
    g.addNode('alone');
    expect(Number.isFinite(computeLayout(g).alone!.x)).toBe(true);
  });

  it.each([
    [10, 500, false],
    [1_000, 200, true],
    [10_000, 100, true],
    [50_000, 50, true],
  ])('%i nodes: %i iterations, Barnes-Hut %s', (order, iterations, barnesHut) => {
    expect(layoutIterations(order)).toBe(iterations);
    const g = new MultiDirectedGraph();
    for (let i = 0; i < order; i++) g.addNode(i);
    expect(Boolean(layoutSettings(g).barnesHutOptimize)).toBe(barnesHut);
  });

  it('starts nodes from seeded positions keyed by node', () => {
    const a = initialPositions(['x', 'y', 'z']);
    const b = initialPositions(['z', 'x', 'y']);
    expect(a).toEqual(b);
    expect(a.x).not.toEqual(a.y);
  });
});
