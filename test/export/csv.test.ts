// CSV for neo4j-admin: header syntax checked against the documented grammar, content read back with an
// RFC 4180 reader that applies neo4j-admin's typing rules.
import { describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, toNeo4jCsv } from '../../src/export/csv.js';
import { graphsUnderTest, loadFixture, parseCsv, plain, type Attrs, type Plain } from './readers.js';

// neo4j-admin import header entries: `name`, `name:type`, `name:type[]`, or a special `[name]:ID|:LABEL|…`
// (https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/#import-tool-header-format)
const HEADER_ENTRY =
  /^(?:[^:]*:(?:ID|LABEL|START_ID|END_ID|TYPE|IGNORE)|[^:]+(?::(?:int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration)(?:\[\])?)?)$/;

/** Reads the two files as neo4j-admin would (empty field = no property). */
function readNeo4jCsv(nodesCsv: string, relationshipsCsv: string): Plain & { labels: Record<string, string[]>; types: Record<string, string> } {
  const typed = (header: string, field: string): unknown => {
    const [, type = 'string'] = header.split(':');
    if (type === 'string[]') return field.split(ARRAY_DELIMITER);
    if (type === 'int' || type === 'long' || type === 'double') return Number(field);
    if (type === 'boolean') return field === 'true';
    return field;
  };
  const rowsToObjects = (rows: string[][]) => {
    const [header, ...body] = rows;
    return body.map((row) => {
      expect(row.length).toBe(header!.length);
      return Object.fromEntries(header!.map((h, i) => [h, row[i]!]));
    });
  };
  const props = (record: Record<string, string>, skip: string[]) => {
    const a: Attrs = {};
    for (const [h, field] of Object.entries(record)) if (!skip.includes(h) && field !== '') a[h.split(':')[0]!] = typed(h, field);
    return a;
  };
  const out = { nodes: {} as Plain['nodes'], edges: {} as Plain['edges'], labels: {} as Record<string, string[]>, types: {} as Record<string, string> };
  for (const r of rowsToObjects(parseCsv(nodesCsv))) {
    out.nodes[r['id:ID']!] = props(r, ['id:ID', ':LABEL']);
    out.labels[r['id:ID']!] = r[':LABEL']!.split(ARRAY_DELIMITER);
  }
  for (const r of rowsToObjects(parseCsv(relationshipsCsv))) {
    const a = props(r, [':START_ID', ':END_ID', ':TYPE', 'key']);
    out.edges[r.key!] = { source: r[':START_ID']!, target: r[':END_ID']!, attributes: a };
    out.types[r.key!] = r[':TYPE']!;
  }
  return out;
}

describe('neo4j-admin CSV', () => {
  it.each(graphsUnderTest())('%s: headers follow the neo4j-admin header format', (_name, graph) => {
    const { nodes, relationships } = toNeo4jCsv(graph);
    const nodeHeader = parseCsv(nodes)[0]!;
    const relHeader = parseCsv(relationships)[0]!;
    for (const h of [...nodeHeader, ...relHeader]) expect(h).toMatch(HEADER_ENTRY);
    expect(nodeHeader.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    expect(relHeader.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(new Set(nodeHeader).size).toBe(nodeHeader.length);
    expect(new Set(relHeader).size).toBe(relHeader.length);
  });

  it('types the property columns', () => {
    const { nodes, relationships } = toNeo4jCsv(loadFixture('export-small.json'));
    expect(parseCsv(nodes)[0]).toEqual(['id:ID', ':LABEL', 'label', 'type', 'aliases:string[]', 'mentions:int', 'docs:string[]', 'x:double', 'y:double']);
    const rel = parseCsv(relationships)[0]!;
    for (const h of [
      'key',
      'predicate',
      'confidence:double',
      'negated:boolean',
      'former:boolean',
      'by:string[]',
      'evidence',
      'evidence_count:int',
      'evidence_text',
    ])
      expect(rel).toContain(h);
  });

  it.each(graphsUnderTest())('%s: reads back to the same nodes, labels, types and properties', (_name, graph) => {
    const { nodes, relationships } = toNeo4jCsv(graph);
    const back = readNeo4jCsv(nodes, relationships);
    for (const [key, e] of Object.entries(back.edges)) {
      const a = e.attributes;
      expect(back.types[key]).toBe(
        String(a.predicate)
          .toUpperCase()
          .replace(/[^A-Z0-9_]/g, '_'),
      );
      a.evidence = JSON.parse(a.evidence as string);
      expect(a.evidence_count).toBe((a.evidence as unknown[]).length);
      expect(a.evidence_text).toBe((a.evidence as { text?: string }[])[0]?.text);
      delete a.evidence_count;
      delete a.evidence_text;
    }
    graph.forEachNode((key, a) => expect(back.labels[key]).toEqual(['Entity', a.type]));
    // arrays lose the delimiter character and, when empty, are absent
    const expected = plain(graph, (name, v) =>
      name !== 'evidence' && Array.isArray(v) && v.every((s) => typeof s === 'string')
        ? v.length
          ? v.map((s) => s.replaceAll(ARRAY_DELIMITER, ''))
          : undefined
        : v,
    );
    expect({ nodes: back.nodes, edges: back.edges }).toEqual(expected);
  });

  it('quotes every string and doubles embedded quotes; numbers and booleans stay bare', () => {
    const { nodes, relationships } = toNeo4jCsv(loadFixture('export-hostile.json'));
    expect(nodes).toContain('"Seán O\'Brien ""the <Boss>"" & co"');
    expect(relationships).toMatch(/,0\.5,"r&""1""",/);
    expect(relationships).toContain(',true,');
  });
});
