// GraphML: read back by graphology-graphml and by networkx.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../src/export/graphml.js';
import { removeXmlForbidden } from '../../src/export/xml.js';
import type { NewsGraph } from '../../src/store/graph-file.js';
import { graphsUnderTest, loadFixture, networkxUnavailable, plain, plainOf, readWithNetworkx } from './readers.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-graphml-'));
const written = graphsUnderTest().map(([name, graph], i) => {
  const file = join(dir, `${i}.graphml`);
  writeFileSync(file, toGraphml(graph));
  return [name, graph, file] as const;
});

// GraphML has no lists: lists and objects (evidence) are JSON text, which keeps control characters as \u escapes
const isStructured = (v: unknown) => typeof v === 'object' && v !== null;
const afterXml = (_name: string, v: unknown): unknown =>
  typeof v === 'string' ? removeXmlForbidden(v) : isStructured(v) ? JSON.parse(removeXmlForbidden(JSON.stringify(v))) : v;
/** Attribute names whose values are lists or objects somewhere in the graph. */
function structuredNames(graph: NewsGraph): Set<string> {
  const names = new Set<string>();
  const scan = (a: object) => {
    for (const [k, v] of Object.entries(a)) if (isStructured(v)) names.add(k);
  };
  graph.forEachNode((_k, a) => scan(a));
  graph.forEachEdge((_k, a) => scan(a));
  return names;
}

describe('graphology-graphml reads the GraphML back into an equal graph', () => {
  it.each(written.map(([name, graph]) => [name, graph]))('%s', (_name, graph) => {
    const parsed = graphml.parse(MultiDirectedGraph, toGraphml(graph));
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    const back = plainOf(parsed);
    const JSON_VALUED = structuredNames(graph);
    for (const n of Object.values(back.nodes)) for (const k of JSON_VALUED) if (k in n) n[k] = JSON.parse(n[k] as string);
    for (const e of Object.values(back.edges)) {
      const a = e.attributes;
      for (const k of JSON_VALUED) if (k in a) a[k] = JSON.parse(a[k] as string);
      expect(a.evidence_count).toBe((a.evidence as unknown[]).length);
      delete a.evidence_count;
      delete a.evidence_text;
    }
    expect(back).toEqual(plain(graph, afterXml));
    expect(JSON.parse(parsed.getAttribute('documents') as string)).toEqual(JSON.parse(removeXmlForbidden(JSON.stringify(graph.getAttribute('documents')))));
    expect(parsed.getAttribute('schemaVersion')).toBe(graph.getAttribute('schemaVersion'));
  });
});

describe('GraphML details', () => {
  const text = toGraphml(loadFixture('export-small.json'));
  it('declares typed keys and a directed graph', () => {
    expect(text).toContain('<graph id="newsgraph" edgedefault="directed">');
    for (const [domain, name, type] of [
      ['node', 'label', 'string'],
      ['node', 'mentions', 'int'],
      ['node', 'x', 'double'],
      ['edge', 'predicate', 'string'],
      ['edge', 'confidence', 'double'],
      ['edge', 'negated', 'boolean'],
      ['edge', 'evidence_count', 'int'],
      ['graph', 'schemaVersion', 'int'],
    ])
      expect(text).toMatch(new RegExp(`<key id="d\\d+" for="${domain}" attr.name="${name}" attr.type="${type}"/>`));
  });
  it('is deterministic', () => expect(toGraphml(loadFixture('export-small.json'))).toBe(text));
});

const noNetworkx = networkxUnavailable();
describe.skipIf(noNetworkx)(`networkx reads the GraphML${noNetworkx ? ` (skipped: ${noNetworkx})` : ''}`, () => {
  it.each(written.map(([name, graph, file]) => [name, graph, file]))('%s: same node and edge counts and predicates', (_name, graph, file) => {
    const nx = readWithNetworkx(file, 'graphml');
    expect(nx.nodes).toBe(graph.order);
    expect(nx.edges).toBe(graph.size);
    expect(nx.directed).toBe(true);
    expect(nx.triples).toEqual(graph.mapEdges((_k, a, s, t) => `${s}|${t}|${removeXmlForbidden(a.predicate)}`).sort());
    graph.forEachNode((key, a) => expect(nx.labels[key]).toBe(removeXmlForbidden(a.label)));
  });
});
