// Dictionary-mode adjacency (src/store/adjacency.ts) must change speed only: a graph built with it answers every
// question exactly as a plain graphology graph does.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { useDictionaryAdjacency } from '../../src/store/adjacency.js';
import { createGraph } from '../../src/store/graph-file.js';
import { seededRandom } from '../../src/random.js';

function fill(graph: MultiDirectedGraph) {
  const random = seededRandom(3);
  const keys = Array.from({ length: 60 }, (_, i) => `person:someone-${i}`);
  for (const key of keys) graph.addNode(key, { label: key });
  for (let i = 0; i < 400; i++) {
    const source = keys[Math.floor(random() * keys.length)]!;
    const target = keys[Math.floor(random() * keys.length)]!;
    graph.addEdgeWithKey(`e${i}`, source, target, { predicate: i % 3 ? 'met' : 'criticized' });
  }
  graph.dropNode('person:someone-7');
  graph.dropEdge('e11');
}

describe('dictionary-mode adjacency', () => {
  it('gives the same graph as plain graphology, in the same order', () => {
    const plain = new MultiDirectedGraph();
    const fast = new MultiDirectedGraph();
    useDictionaryAdjacency(fast);
    fill(plain);
    fill(fast);
    expect(fast.export()).toEqual(plain.export());
    for (const node of plain.nodes()) {
      expect(fast.outNeighbors(node)).toEqual(plain.outNeighbors(node));
      expect(fast.inEdges(node)).toEqual(plain.inEdges(node));
      expect(fast.degree(node)).toBe(plain.degree(node));
    }
    expect(fast.hasDirectedEdge('person:someone-1', 'person:someone-2')).toBe(plain.hasDirectedEdge('person:someone-1', 'person:someone-2'));
    expect(fast.edges('person:someone-3', 'person:someone-4')).toEqual(plain.edges('person:someone-3', 'person:someone-4'));
  });

  it('is what createGraph uses, and graph files still round-trip', () => {
    const graph = createGraph();
    graph.addNode('a', { label: 'A', type: 'Person', aliases: [], mentions: 1, docs: [] });
    graph.addNode('b', { label: 'B', type: 'Country', aliases: [], mentions: 1, docs: [] });
    graph.addEdgeWithKey('e0', 'a', 'b', { predicate: 'holds_role', label: 'holds role', confidence: 1, evidence: [], ruleId: 'r' });
    expect(graph.hasDirectedEdge('a', 'b')).toBe(true);
    expect(graph.outNeighbors('a')).toEqual(['b']);
  });
});
