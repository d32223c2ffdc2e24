// Turtle: parsed by n3's parser and rebuilt into the graph from the documented vocabulary.
import { describe, expect, it } from 'vitest';
import { NAMESPACES, iriSegment, toTurtle } from '../../src/export/turtle.js';
import { createGraph } from '../../src/store/graph-file.js';
import { NG, graphFromTurtle, graphsUnderTest, loadFixture, parseTurtle, plain } from './readers.js';

const LISTS = new Set(['aliases', 'docs', 'by']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

describe('Turtle', () => {
  it.each(graphsUnderTest())('%s: n3 parses it and the graph is rebuilt from the triples', (_name, graph) => {
    const quads = parseTurtle(toTurtle(graph));
    const back = graphFromTurtle(quads, LISTS);
    // RDF keeps list values as sets; strings lose unpaired surrogates (not encodable); evidence keeps
    // its fields (doc, start, end, text, trigger)
    const expected = plain(graph, (name, v) => {
      if (name === 'evidence') return (v as Record<string, unknown>[]).map((e) => ({ ...e, text: String(e.text).replace(LONE_SURROGATE, '') }));
      if (typeof v === 'string') return v.replace(LONE_SURROGATE, '');
      if (LISTS.has(name) && Array.isArray(v)) return v.length ? [...new Set(v.map((s: string) => s.replace(LONE_SURROGATE, '')))].sort() : undefined;
      return v;
    });
    expect({ nodes: back.nodes, edges: back.edges }).toEqual(expected);
  });

  it.each(graphsUnderTest())('%s: asserts each relation as a triple unless it is negated', (_name, graph) => {
    const { directTriples } = graphFromTurtle(parseTurtle(toTurtle(graph)), LISTS);
    graph.forEachEdge((_k, a, s, t) => {
      expect(directTriples.has(`${s}|${iriSegment(a.predicate)}|${t}`)).toBe(a.negated !== true);
    });
  });

  it('uses the documented namespaces and reifies relations with their evidence', () => {
    const ttl = toTurtle(loadFixture('export-small.json'));
    expect(NAMESPACES.ng).toBe(NG);
    expect(ttl).toContain('@prefix ng: <https://newsgraph.example/vocab#> .');
    expect(ttl).toContain('ent:person:vladimir-putin ng:holds_role ent:country:russia .');
    expect(ttl).toMatch(
      /rel:e0 a rdf:Statement, ng:Relation ;\n {4}rdf:subject ent:person:vladimir-putin ;\n {4}rdf:predicate ng:holds_role ;\n {4}rdf:object ent:country:russia/,
    );
    expect(ttl).toContain('<https://newsgraph.example/relation/e0/evidence/0> a ng:Evidence');
    expect(ttl).toContain('ng:by ent:person:joe-biden');
    // e8 (criticized) is negated: reified only
    expect(ttl).not.toContain('ent:person:joe-biden ng:criticized ent:person:vladimir-putin .');
  });

  it('n3 rejects a broken file (the check can fail)', () => {
    expect(() => parseTurtle(toTurtle(loadFixture('export-small.json')).replace('ng:mentions 14 ;', 'ng:mentions 14 ;;"'))).toThrow();
  });

  it('an empty graph is valid Turtle', () => {
    expect(parseTurtle(toTurtle(createGraph())).length).toBe(1);
  });

  it('is deterministic', () => {
    expect(toTurtle(loadFixture('export-hostile.json'))).toBe(toTurtle(loadFixture('export-hostile.json')));
  });
});
