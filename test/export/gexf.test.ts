// GEXF 1.3: validated by xmllint against the RELAX NG grammar, read by networkx and graphology-gexf.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../src/export/gexf.js';
import { removeXmlForbidden } from '../../src/export/xml.js';
import { createGraph } from '../../src/store/graph-file.js';
import { ENTITY_TYPES } from '../../src/graph/schema.js';
import { OTHER_TYPE_COLOR, TYPE_COLORS } from '../../viewer/src/styles.js';
import { graphsUnderTest, loadFixture, networkxUnavailable, plain, plainOf, readWithNetworkx, relaxng, xmllintAvailable } from './readers.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-gexf-'));
const graphs = graphsUnderTest();
const written = graphs.map(([name, graph], i) => {
  const file = join(dir, `${i}.gexf`);
  writeFileSync(file, toGexf(graph));
  return [name, graph, file] as const;
});

/** What a GEXF reader gets back: characters XML forbids removed; evidence is JSON text. */
const afterXml = (name: string, v: unknown): unknown => {
  if (typeof v === 'string') return removeXmlForbidden(v);
  if (name === 'evidence') return JSON.parse(removeXmlForbidden(JSON.stringify(v)));
  if (Array.isArray(v) && v.every((s) => typeof s === 'string')) return v.map(removeXmlForbidden);
  return v;
};

// CI installs xmllint (test/system-deps.sh): there, a missing xmllint fails instead of skipping
const noXmllint = xmllintAvailable();
it.runIf(process.env.CI)('xmllint is installed on CI', () => expect(noXmllint).toBeUndefined());
describe.skipIf(noXmllint)(`xmllint --relaxng gexf.rng${noXmllint ? ` (skipped: ${noXmllint})` : ''}`, () => {
  it.each(written.map(([name, , file]) => [name, file]))('%s validates', (_name, file) => {
    const r = relaxng(file);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('an empty graph validates', () => {
    const file = join(dir, 'empty.gexf');
    writeFileSync(file, toGexf(createGraph()));
    expect(relaxng(file).ok).toBe(true);
  });

  it('the grammar rejects what it should (the check can fail)', () => {
    const file = join(dir, 'bad.gexf');
    writeFileSync(file, toGexf(loadFixture('export-small.json')).replace('<meta>', '<meta><schemaVersion>1</schemaVersion>'));
    expect(relaxng(file).ok).toBe(false);
  });
});

describe('graphology-gexf reads the GEXF back into an equal graph', () => {
  it.each(written.map(([name, graph, file]) => [name, graph, file]))('%s', (_name, graph, file) => {
    const parsed = gexf.parse(MultiDirectedGraph, toGexf(graph), { respectInputGraphType: true });
    expect(file).toBeTruthy();
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    const back = plainOf(parsed);
    for (const n of Object.values(back.nodes)) {
      expect(n.color).toMatch(/^rgb\(\d+,\d+,\d+\)$/);
      expect(n.size).toBeGreaterThanOrEqual(4);
      delete n.color;
      delete n.size;
    }
    for (const e of Object.values(back.edges)) {
      const a = e.attributes;
      expect(String(a.kind).split('#')[0]).toBe(a.predicate);
      expect(a.evidence_count).toBe(JSON.parse(a.evidence as string).length);
      a.evidence = JSON.parse(a.evidence as string);
      if (a.negated === true) expect(a.shape).toBe('dashed');
      for (const k of ['kind', 'weight', 'shape', 'evidence_count', 'evidence_text']) delete a[k];
    }
    expect(back).toEqual(plain(graph, afterXml));
  });
});

describe("GEXF colours are the viewer's", () => {
  const graph = createGraph();
  for (const type of [...ENTITY_TYPES, 'Event']) graph.addNode(`x:${type}`, { label: type, type: type as 'Person', aliases: [], mentions: 1, docs: [] });
  const parsed = gexf.parse(MultiDirectedGraph, toGexf(graph), { respectInputGraphType: true });
  const hex = (rgb: string) =>
    `#${rgb
      .match(/\d+/g)!
      .map((c) => Number(c).toString(16).padStart(2, '0'))
      .join('')}`;

  it.each([...ENTITY_TYPES.map((type) => [type, TYPE_COLORS[type]]), ['Event', OTHER_TYPE_COLOR]])('%s is drawn %s', (type, color) => {
    expect(color).toMatch(/^#[0-9a-f]{6}$/);
    expect(hex(parsed.getNodeAttribute(`x:${type}`, 'color') as string)).toBe(color);
  });
});

describe('GEXF details', () => {
  const small = loadFixture('export-small.json');
  const text = toGexf(small);

  it('is GEXF 1.3, directed, with typed attribute declarations', () => {
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    expect(text).toContain('defaultedgetype="directed"');
    for (const [id, type] of [
      ['type', 'string'],
      ['aliases', 'liststring'],
      ['mentions', 'integer'],
      ['docs', 'liststring'],
      ['role', 'string'],
      ['by', 'liststring'],
      ['confidence', 'double'],
      ['negated', 'boolean'],
      ['ruleId', 'string'],
      ['evidence_count', 'integer'],
      ['evidence_text', 'string'],
    ])
      expect(text).toContain(`<attribute id="${id}" title="${id}" type="${type}"/>`);
  });

  it('gives every edge a unique id and parallel edges of one predicate distinct kinds', () => {
    const ids = [...text.matchAll(/<edge id="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(small.size);
    // e0 and e9 both go Putin → Russia with holds_role
    expect(text).toMatch(/<edge id="e0" [^>]*kind="holds_role"/);
    expect(text).toMatch(/<edge id="e9" [^>]*kind="holds_role#2"/);
  });

  it('colours by type, sizes by degree and places nodes at their stored position', () => {
    expect(text).toMatch(/<node id="person:vladimir-putin"[\s\S]*?<viz:color r="31" g="119" b="180"\/>[\s\S]*?<viz:position x="1.5" y="-2.25"\/>/);
    const size = (key: string) => Number(new RegExp(`<node id="${key}"[\\s\\S]*?<viz:size value="([\\d.]+)"`).exec(text)![1]);
    expect(size('person:vladimir-putin')).toBeGreaterThan(size('organization:abc'));
    expect(text).not.toMatch(/<node id="organization:abc"[^>]*>[\s\S]*?<viz:position[\s\S]*?<\/node>\s*<node id="location:crimea"/);
  });

  it('is deterministic (byte-identical for the same graph, no dates)', () => {
    expect(toGexf(loadFixture('export-small.json'))).toBe(text);
    expect(text).not.toMatch(/lastmodifieddate|\d{4}-\d\d-\d\d/);
  });

  it('puts JSON values in apostrophes when they have none, so their quotes need no &quot;', () => {
    expect(text).toMatch(/<attvalue for="evidence" value='\[\{"doc":/);
    const hostile = toGexf(loadFixture('export-hostile.json'));
    // a value with both quote characters keeps double quotes and escapes them
    expect(hostile).toMatch(/<attvalue for="evidence" value="\[\{&quot;doc&quot;:/);
  });

  it('escapes markup and removes characters XML 1.0 forbids', () => {
    const hostile = toGexf(loadFixture('export-hostile.json'));
    expect(hostile).toContain('label="Seán O\'Brien &quot;the &lt;Boss&gt;&quot; &amp; co"');
    expect(hostile).toContain('&#10;');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML forbids must be gone
    expect(hostile).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(hostile).toContain('🏳️‍🌈 Land 👩‍👩‍👧');
    expect(hostile).toContain('حزب الله');
  });
});

const noNetworkx = networkxUnavailable();
describe.skipIf(noNetworkx)(`networkx reads the GEXF${noNetworkx ? ` (skipped: ${noNetworkx})` : ''}`, () => {
  it.each(written.map(([name, graph, file]) => [name, graph, file]))('%s: same node and edge counts and predicates', (_name, graph, file) => {
    const nx = readWithNetworkx(file, 'gexf');
    expect(nx.nodes).toBe(graph.order);
    expect(nx.edges).toBe(graph.size);
    expect(nx.directed).toBe(true);
    const triples = graph.mapEdges((_k, a, s, t) => `${s}|${t}|${removeXmlForbidden(a.predicate)}`).sort();
    expect(nx.triples).toEqual(triples);
    graph.forEachNode((key, a) => expect(nx.labels[key]).toBe(removeXmlForbidden(a.label)));
  });
});
