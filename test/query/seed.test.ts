// The engine over the graph `newsgraph build` makes from the seed articles (Putin, Biden, March 2021).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runQuery, type QueryResult } from '../../src/query/index.js';
import { readGraphFile, type NewsGraph } from '../../src/store/graph-file.js';
import { newsgraph, ROOT, tempDir } from '../cli/helpers.js';

let graph: NewsGraph;
let file: string;
beforeAll(() => {
  const out = tempDir('seed');
  const r = newsgraph(['build', 'seeds', '--out', out]);
  if (r.code !== 0) throw new Error(`newsgraph build failed: ${r.stderr}`);
  file = join(out, 'graph.json');
  graph = readGraphFile(file);
});

const rows = (r: QueryResult, title?: string) => (title === undefined ? r.tables[0]! : r.tables.find((t) => t.title === title)!).rows;
const q = (line: string) => runQuery(graph, line);

describe('queries over the seed graph', () => {
  it.each([
    ['putin', 'person:vladimir-putin'],
    ['Vladimir Putin', 'person:vladimir-putin'],
    ['PUTIN', 'person:vladimir-putin'],
    ['biden', 'person:joe-biden'],
    ['russia', 'country:russia'],
    ['Peskov', 'person:dmitry-peskov'],
  ])('show %s is %s', (name, key) => expect(rows(q(`show ${name}`))[0]).toEqual(['key', key]));

  it('roles russia has Putin as president', () => {
    expect(rows(q('roles russia')).map((r) => r.slice(0, 3))).toContainEqual(['Vladimir Putin', 'president', 'Russia']);
  });

  it('Biden accuses Putin of being a killer', () => {
    expect(rows(q('accusations of putin by biden')).map((r) => r[1])).toContain('killer');
  });

  it('Russia recalled its ambassador from the United States', () => {
    expect(rows(q('recalls russia')).map((r) => r.slice(0, 2))).toContainEqual(['Russia', 'United States']);
  });

  it('why cites sentences that are exactly the document text at their offsets', () => {
    const evidence = q('why putin accused_of killer')
      .tables.slice(1)
      .flatMap((t) => t.rows);
    expect(evidence.length).toBeGreaterThan(0);
    for (const [doc, , , , start, end, text] of evidence) {
      const source = readFileSync(join(ROOT, 'seeds', doc as string), 'utf8');
      expect(source.slice(start as number, end as number)).toBe(text);
    }
  });

  it('path from Biden reaches Peskov through Putin', () => {
    const steps = rows(q('path biden peskov'));
    expect(steps.at(-1)![3]).toBe('Dmitry Peskov');
    expect(steps.map((s) => s[1])).toContain('Vladimir Putin');
  });

  it('path from Psaki reaches Peskov through the White House, part of the United States', () => {
    const steps = rows(q('path Psaki Peskov'));
    expect(steps.at(-1)![3]).toBe('Dmitry Peskov');
    expect(steps).toContainEqual([2, 'White House', 'part of →', 'United States', 'part_of', 'part_of:organization:white-house->country:united-states']);
  });

  it('bodies and seats of government are part of their country', () => {
    const r = q('MATCH (o:Organization)-[r:part_of]->(c:Country) RETURN o.label, c.label, r.ruleId ORDER BY o.label');
    expect(rows(r)).toEqual([
      ['Russian Foreign Ministry', 'Russia', 'part_of.country-body'],
      ['U.S. intelligence', 'United States', 'part_of.country-body'],
      ['White House', 'United States', 'part_of.seat-of-government'],
    ]);
  });

  it('MATCH finds the president of Russia', () => {
    const r = q('MATCH (p:Person)-[r:holds_role {role: "president"}]->(c:Country) WHERE c.label = "Russia" RETURN p.label');
    expect(rows(r)).toEqual([['Vladimir Putin']]);
  });

  it('newsgraph query answers in JSON from the built file', () => {
    const r = newsgraph(['query', 'roles putin', '--graph', file, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.command).toBe('roles');
    expect(out.tables[0].rows).toContainEqual(expect.objectContaining({ person: 'Vladimir Putin', role: 'president', of: 'Russia' }));
  });
});
