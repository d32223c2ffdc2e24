// The Cypher script: parsed by Neo4j's own Cypher parser (@neo4j-cypher/language-support, the parser and
// linter of Neo4j's editors) and read back with our literal reader.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { CYPHER_BATCH_SIZE, cypherString, toCypher } from '../../src/export/cypher.js';
import { createGraph } from '../../src/store/graph-file.js';
import { graphsUnderTest, loadFixture, parseCypherLiteral, plain, readCypherScript, type Plain } from './readers.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function readBack(script: string): Plain & { labels: Record<string, string>; types: Record<string, string> } {
  const out = { nodes: {} as Plain['nodes'], edges: {} as Plain['edges'], labels: {} as Record<string, string>, types: {} as Record<string, string> };
  for (const { rows, rest } of readCypherScript(script)) {
    const node = /^\s*AS row\nMERGE \(n:Entity \{id: row\.id\}\) SET n = row(?: SET n:(\S+))?$/.exec(rest);
    const rel =
      /^\s*AS row\nMATCH \(a:Entity \{id: row\.source\}\) MATCH \(b:Entity \{id: row\.target\}\)\nMERGE \(a\)-\[r:(\S+) \{key: row\.props\.key\}\]->\(b\) SET r = row\.props$/.exec(
        rest,
      );
    expect(node || rel, rest).toBeTruthy();
    expect(rows.length).toBeLessThanOrEqual(CYPHER_BATCH_SIZE);
    for (const row of rows) {
      if (node) {
        const { id, ...props } = row;
        out.nodes[id as string] = props;
        out.labels[id as string] = node[1] ?? 'Entity';
      } else {
        const { key, evidence, evidence_count, evidence_text, ...props } = row.props as Record<string, unknown>;
        const ev = JSON.parse(evidence as string) as { text?: string }[];
        expect(evidence_count).toBe(ev.length);
        expect(evidence_text).toBe(ev[0]?.text);
        out.edges[key as string] = { source: row.source as string, target: row.target as string, attributes: { ...props, evidence: ev } };
        out.types[key as string] = rel![1]!;
      }
    }
  }
  return out;
}

describe('Cypher MERGE script', () => {
  it.each(graphsUnderTest())('%s: Neo4j’s Cypher parser finds no syntax error', (_name, graph) => {
    const script = toCypher(graph);
    const { diagnostics } = lintCypherQuery(script, {});
    expect(diagnostics.filter((d) => d.severity === 1)).toEqual([]);
  });

  it('the parser check can fail', () => {
    const broken = toCypher(loadFixture('export-small.json')).replace("{id: 'person:joe-biden',", "{id: 'person:joe-biden,");
    expect(lintCypherQuery(broken, {}).diagnostics.some((d) => d.severity === 1)).toBe(true);
  });

  it.each(graphsUnderTest())('%s: reads back to the same nodes, labels, relationship types and properties', (_name, graph) => {
    const back = readBack(toCypher(graph));
    graph.forEachNode((key, a) => expect(back.labels[key]).toBe(a.type));
    graph.forEachEdge((key, a) => expect(back.types[key]).toBe(a.predicate.toUpperCase().replace(/[^A-Z0-9_]/g, '_')));
    // strings lose unpaired surrogates (not encodable in UTF-8); evidence JSON keeps them as \u escapes
    const expected = plain(graph, (name, v) =>
      name === 'evidence'
        ? v
        : typeof v === 'string'
          ? v.replace(LONE_SURROGATE, '')
          : Array.isArray(v)
            ? v.map((s) => (typeof s === 'string' ? s.replace(LONE_SURROGATE, '') : s))
            : v,
    );
    expect({ nodes: back.nodes, edges: back.edges }).toEqual(expected);
  });

  it('is idempotent by construction: every write is a MERGE on a unique id or key, then SET =', () => {
    const script = toCypher(loadFixture('export-small.json'));
    expect(script).toContain('CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;');
    const statements = script.split(';\n').filter((s) => s.trim());
    expect(statements[0]).toMatch(/CREATE CONSTRAINT [^;]*$/);
    expect(statements.length).toBeGreaterThan(2);
    for (const s of statements.slice(1)) {
      expect(s).not.toMatch(/\bCREATE\s*\(/);
      expect(s).toMatch(/MERGE \(n:Entity \{id: row\.id\}\)|MERGE \(a\)-\[r:\w+ \{key: row\.props\.key\}\]->\(b\)/);
    }
  });

  it('keeps doubles as floats and escapes strings', () => {
    const script = toCypher(loadFixture('export-small.json'));
    expect(script).toContain('x: -3.0, y: 0.125');
    expect(cypherString('it\'s \\ "q"\n\u0007')).toBe("'it\\'s \\\\ \"q\"\\n\\u0007'");
    expect(parseCypherLiteral(cypherString('it\'s \\ "q"\n\u0007 🇷🇺'), 0).value).toBe('it\'s \\ "q"\n\u0007 🇷🇺');
  });

  it('writes only the constraint for an empty graph', () => {
    const script = toCypher(createGraph());
    expect(script).not.toContain('UNWIND');
    expect(lintCypherQuery(script, {}).diagnostics.filter((d) => d.severity === 1)).toEqual([]);
  });
});
