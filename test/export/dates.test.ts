// Dates in every format, on the dated fixture (test/fixtures/query-dated.json): GEXF is dynamic (Gephi's
// timeline), valid against the GEXF 1.3 grammar and read by networkx with its spells; GraphML, CSV and Cypher
// carry firstSeen/lastSeen/date; Turtle types them (xsd:date, xsd:gYear…).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toNeo4jCsv } from '../../src/export/csv.js';
import { toCypher } from '../../src/export/cypher.js';
import { edgeSpells, toGexf } from '../../src/export/gexf.js';
import { toGraphml } from '../../src/export/graphml.js';
import { toTurtle, turtleTime } from '../../src/export/turtle.js';
import { loadFixture, NG, networkxUnavailable, parseCsv, parseTurtle, relaxng, xmllintAvailable } from './readers.js';

const graph = loadFixture('query-dated.json');
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-dates-'));
const gexfFile = join(dir, 'dated.gexf');
writeFileSync(gexfFile, toGexf(graph));
const gexf = readFileSync(gexfFile, 'utf8');
const RECALL = 'recalled_ambassador:country:norway-&gt;country:iran';

describe('GEXF over time', () => {
  it('the spells of an edge: event dates where sentences give them, else publication days; overlaps merged', () => {
    expect(edgeSpells([{ date: '2024-03-21' }, { date: '2024-03-15', eventDate: '2024-03-14' }])).toEqual([
      ['2024-03-14', '2024-03-14'],
      ['2024-03-21', '2024-03-21'],
    ]);
    expect(edgeSpells([{ date: '2024-03-21', eventDate: '2024-03' }, { date: '2024-03-15', eventDate: '2024-03-04/2024-03-10' }, {}])).toEqual([
      ['2024-03-01', '2024-03-31'],
    ]);
    expect(edgeSpells([{ text: 'no date' }])).toEqual([]);
  });

  it('is dynamic, with start and end on dated edges and nodes, and spells where an edge has several dates', () => {
    expect(gexf).toContain('<graph defaultedgetype="directed" idtype="string" mode="dynamic" timeformat="date" timerepresentation="interval">');
    const recall = new RegExp(
      `<edge id="${RECALL}"[^>]* start="2024-03-14" end="2024-03-21">\\n(?:(?!</edge>)[\\s\\S])*<spells>\\n {10}<spell start="2024-03-14" end="2024-03-14"/>\\n {10}<spell start="2024-03-21" end="2024-03-21"/>\\n {8}</spells>`,
    );
    expect(gexf).toMatch(recall);
    expect(gexf).toMatch(/<node id="country:sweden" label="Sweden" start="2024-03-18" end="2024-03-21">/);
    // seed relations have no dates: no time, always shown
    expect(gexf).toMatch(/<edge id="holds_role:person:joe-biden-&gt;country:united-states#president"[^>]* weight="\d+">/);
  });

  it('a graph without dates stays static', () => {
    expect(toGexf(loadFixture('export-small.json'))).toContain('<graph defaultedgetype="directed" idtype="string">');
  });

  const noXmllint = xmllintAvailable();
  it.skipIf(noXmllint)(`validates against the GEXF 1.3 grammar${noXmllint ? ` (skipped: ${noXmllint})` : ''}`, () => {
    const r = relaxng(gexfFile);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  const noNetworkx = networkxUnavailable();
  it.skipIf(noNetworkx)(`networkx reads the time of edges and nodes${noNetworkx ? ` (skipped: ${noNetworkx})` : ''}`, () => {
    const script = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
e = [d for u, v, d in g.edges(data=True) if d.get('id') == 'recalled_ambassador:country:norway->country:iran'][0]
print(json.dumps({'mode': g.graph.get('mode'), 'start': e.get('start'), 'end': e.get('end'), 'spells': e.get('spells'),
                  'sweden': [g.nodes['country:sweden'].get('start'), g.nodes['country:sweden'].get('end')], 'edges': g.number_of_edges()}))`;
    const r = spawnSync('python3', ['-c', script, gexfFile], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      mode: 'dynamic',
      start: '2024-03-14',
      end: '2024-03-21',
      spells: [
        ['2024-03-14', '2024-03-14'],
        ['2024-03-21', '2024-03-21'],
      ],
      sweden: ['2024-03-18', '2024-03-21'],
      edges: graph.size,
    });
  });
});

describe('dates in the other formats', () => {
  it('GraphML declares and carries firstSeen, lastSeen and date', () => {
    const xml = toGraphml(graph);
    for (const name of ['firstSeen', 'lastSeen', 'date', 'from'])
      expect(xml).toMatch(new RegExp(`<key id="[^"]+" for="edge" attr\\.name="${name}" attr\\.type="string"/>`));
    expect(xml).toContain('>2024-03-14</data>');
  });

  it('CSV gives relationships their dates', () => {
    const rows = parseCsv(toNeo4jCsv(graph).relationships);
    const header = rows[0]!.map((h) => h.replace(/:.*$/, ''));
    const row = rows.find((r) => r.includes('recalled_ambassador:country:norway->country:iran'))!;
    expect([row[header.indexOf('date')], row[header.indexOf('firstSeen')], row[header.indexOf('lastSeen')]]).toEqual([
      '2024-03-14',
      '2024-03-15',
      '2024-03-21',
    ]);
  });

  it('Cypher sets the dates on relationships', () => {
    expect(toCypher(graph)).toMatch(
      /key: 'recalled_ambassador:country:norway->country:iran'[^\n]*firstSeen: '2024-03-15', lastSeen: '2024-03-21', date: '2024-03-14'/,
    );
  });

  it.each([
    ['2024-03-14', '"2024-03-14"^^xsd:date'],
    ['2024-03', '"2024-03"^^xsd:gYearMonth'],
    ['1994', '"1994"^^xsd:gYear'],
    ['2024-03-04/2024-03-10', '"2024-03-04/2024-03-10"'],
  ])('Turtle writes %s as %s', (value, literal) => expect(turtleTime(value)).toBe(literal));

  it('Turtle types the dates of relations, evidence and documents', () => {
    const quads = parseTurtle(toTurtle(graph));
    const xsd = 'http://www.w3.org/2001/XMLSchema#';
    const of = (p: string) => quads.filter((q) => q.predicate.value === NG + p);
    const recall = 'https://newsgraph.example/relation/recalled_ambassador:country:norway-%3Ecountry:iran';
    const dated = of('date').filter((q) => q.subject.value === recall);
    expect(dated.map((q) => [q.object.value, (q.object as { datatype?: { value: string } }).datatype?.value])).toEqual([['2024-03-14', `${xsd}date`]]);
    expect(of('firstSeen').every((q) => (q.object as { datatype: { value: string } }).datatype.value === `${xsd}date`)).toBe(true);
    expect(of('eventDate').length).toBeGreaterThan(0);
    expect(of('from').some((q) => q.object.value === '2021' && (q.object as { datatype: { value: string } }).datatype.value === `${xsd}gYear`)).toBe(true);
    expect(quads.some((q) => q.subject.value.endsWith('/document/nw-0311') && q.predicate.value === `${NG}date` && q.object.value === '2024-03-11')).toBe(true);
  });
});
