// newsgraph add: A then B gives the graph of A ∪ B (nodes, edges, evidence, dates), keeps the old layout, skips
// what is already there, and refuses a graph it cannot add to with one line, changing nothing.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract, graphOf } from '../src/index.js';
import { addDocuments } from '../src/incremental.js';
import { ingestDocument } from '../src/pipeline/ingest.js';
import { defaultRecognizers } from '../src/pipeline/recognizers.js';
import type { SourceDocument } from '../src/pipeline/types.js';
import type { NewsGraph } from '../src/store/graph-file.js';
import { readInputs } from '../src/cli/inputs.js';
import { ROOT, runCli } from './helpers/run-cli.js';

const FEEDS = join(ROOT, 'test', 'fixtures', 'feeds');
let A: SourceDocument[];
let B: SourceDocument[];
beforeAll(async () => {
  A = (await readInputs([join(ROOT, 'seeds'), join(FEEDS, 'row.jsonl')])).documents;
  B = (await readInputs([join(FEEDS, 'row.csv'), join(FEEDS, 'boilerplate.html')])).documents;
});

const buildOf = (docs: SourceDocument[]) => graphOf(extract(docs, { recognizers: defaultRecognizers() })).graph;

/** Nodes and edges with every attribute but the layout, confidences to the 0.001 they are rounded to. */
function contents(g: NewsGraph) {
  const nodes = g.mapNodes((key, { x: _x, y: _y, ...a }) => ({ key, ...a }));
  const edges = g.mapEdges((key, { confidence, ...a }, source, target) => ({ key, source, target, confidence: Math.round(confidence * 1000), ...a }));
  return { documents: g.getAttribute('documents'), nodes, edges };
}

describe('add', () => {
  it('A then B gives the nodes and edges of A ∪ B built at once', async () => {
    const union = buildOf([...A, ...B]);
    const a = buildOf(A);
    const added = await addDocuments(a, B, { jobs: 1 });
    expect(added.added.sort()).toEqual(['ap-0318', 'ap-0320', 'boilerplate.html']);
    expect(contents(added.graph)).toEqual(contents(union));
    // facts merged into edges that A had: evidence appended, dates widened
    const recall = added.graph.getEdgeAttributes('recalled_ambassador:country:norway->country:iran');
    expect(recall.evidence.map((e) => e.doc)).toEqual(['boilerplate.html', 'https://news.example/world/norway-recalls-envoy']);
    expect([recall.firstSeen, recall.lastSeen, recall.date]).toEqual(['2024-03-15', '2024-03-21', '2024-03-14']);
  });

  it('keeps the old positions and places the new entities near their neighbours', async () => {
    const a = buildOf(A);
    const { graph, placed } = await addDocuments(a, B, { jobs: 1 });
    a.forEachNode((key, { x, y }) => expect(graph.getNodeAttributes(key)).toMatchObject({ x, y }));
    expect(placed.sort()).toEqual(graph.filterNodes((k) => !a.hasNode(k)).sort());
    expect(placed.length).toBeGreaterThan(0);
    for (const key of placed) {
      const { x, y } = graph.getNodeAttributes(key);
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
    // Lena Strand (new) lies nearer Sweden (old) than the typical distance between old entities
    const dist = (p: string, q: string) =>
      Math.hypot(graph.getNodeAttribute(p, 'x')! - graph.getNodeAttribute(q, 'x')!, graph.getNodeAttribute(p, 'y')! - graph.getNodeAttribute(q, 'y')!);
    const old = a.nodes().filter((k) => a.degree(k) > 0);
    const mean = old.reduce((s, k, i) => s + dist(k, old[(i + 1) % old.length]!), 0) / old.length;
    expect(dist('person:lena-strand', 'country:sweden')).toBeLessThan(mean);
  });

  it('skips content already in the graph, and renames a new document whose id the graph has', async () => {
    const a = buildOf(A);
    const same = A[0]!;
    const clash = ingestDocument(same.id, same.path, new TextEncoder().encode('Kenya recalled its ambassador to Uganda on Monday.'));
    if (!clash.ok) throw new Error('fixture');
    const r = await addDocuments(a, [same, clash.doc], { jobs: 1 });
    expect(r.skipped).toEqual([{ id: same.id, reason: `already in the graph (same content as ${same.id})` }]);
    expect(r.renamed).toEqual([{ from: same.id, to: `${same.id}#2` }]);
    expect(r.graph.hasNode('country:kenya')).toBe(true);
  });

  // What add cannot do (README "Adding articles"): it does not read the old documents again. A name of an old
  // document that only a new document could resolve stays as it was resolved: a rebuild joins "Karimi" of A to
  // the "Hossein Karimi" that B names in full; after add they are two nodes.
  it('does not resolve the names of old documents again (why A ∪ B can differ)', async () => {
    const doc = (id: string, text: string): SourceDocument => ({ id, path: id, title: id, text, sha256: id, date: '2024-03-20' });
    const a = [doc('a.txt', 'Norway said Karimi had lied.')];
    const b = [doc('b.txt', "Iran's Foreign Minister Hossein Karimi met Norway's envoy on Tuesday.")];
    const union = buildOf([...a, ...b]);
    const added = (await addDocuments(buildOf(a), b, { jobs: 1 })).graph;
    expect(union.hasNode('person:karimi')).toBe(false);
    expect(added.hasNode('person:karimi') && added.hasNode('person:hossein-karimi')).toBe(true);
    // the other way round a new surname does join the known full name
    const reverse = (await addDocuments(buildOf(b), a, { jobs: 1 })).graph;
    expect(reverse.hasNode('person:karimi')).toBe(false);
    expect(reverse.getNodeAttribute('person:hossein-karimi', 'docs')).toEqual(['a.txt', 'b.txt']);
  });
});

describe('newsgraph add', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'newsgraph-add-'));
    expect(runCli(['build', 'seeds', join(FEEDS, 'row.jsonl'), '--out', join(work, 'g'), '--jobs', '1']).code).toBe(0);
  });
  const files = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));

  it('adds files, rewrites graph.json and graph.gexf, and prints what it did', { timeout: 300_000 }, () => {
    const dir = join(work, 'add');
    cpSync(join(work, 'g'), dir, { recursive: true });
    const r = runCli(['add', join(FEEDS, 'row.csv'), join(FEEDS, 'boilerplate.html'), '--graph', dir, '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^newsgraph: added 3 documents to .*graph\.json in [\d.]+ s \(8 documents in all\)$/m);
    expect(r.stdout).toMatch(/^ {2}entities {2}\d+ \(\d+ new, placed near their neighbours\)$/m);
    expect(r.stderr).toContain('row.csv row 2: skipped: it has no text');
    const graph = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));
    expect(graph.attributes.documents).toHaveLength(8);
    expect(readFileSync(join(dir, 'graph.gexf'), 'utf8')).toContain('boilerplate.html');
    expect(readdirSync(dir).sort()).toEqual(['graph.gexf', 'graph.json']);
  });

  it('skips content the graph has with a line saying so, and changes nothing', () => {
    const dir = join(work, 'again');
    cpSync(join(work, 'g'), dir, { recursive: true });
    const before = files(dir);
    const r = runCli(['add', 'seeds', '--graph', join(dir, 'graph.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('newsgraph: skipped 000_e3404a2dcdf563c6.txt: already in the graph (same content as 000_e3404a2dcdf563c6.txt)');
    expect(r.stdout).toMatch(/nothing new to add to .*graph\.json: it is unchanged/);
    expect(files(dir)).toEqual(before);
  });

  it.each([
    ['missing', undefined, /^newsgraph: graph file not found: .*graph\.json \(build one with/],
    ['corrupt', '{"nodes": [', /^newsgraph: .*graph\.json is not JSON \(.+\): pass a graph\.json written by 'newsgraph build'$/],
    ['not a graph', '{"a": 1}', /^newsgraph: .*graph\.json is not a newsgraph graph \(no nodes\/edges arrays\)/],
    [
      'of another schema version',
      JSON.stringify({
        attributes: { schemaVersion: 99, documents: [] },
        options: { type: 'directed', multi: true, allowSelfLoops: true },
        nodes: [],
        edges: [],
      }),
      /^newsgraph: .*graph\.json is a graph of schema version 99, and this newsgraph reads version 1: build it again with 'newsgraph build'$/,
    ],
  ])('refuses a graph that is %s with one line, exit 1, changing nothing', (name, content, message) => {
    const dir = join(work, name.replace(/ /g, '-'));
    cpSync(join(work, 'g'), dir, { recursive: true });
    const file = join(dir, 'graph.json');
    const target = content === undefined ? join(dir, 'nothing-here', 'graph.json') : file;
    if (content !== undefined) writeFileSync(file, content);
    const before = files(dir);
    const r = runCli(['add', join(FEEDS, 'row.csv'), '--graph', target]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
    expect(files(dir)).toEqual(before);
    expect(existsSync(join(dir, 'nothing-here'))).toBe(false);
  });

  it('needs something to add', () => {
    const r = runCli(['add', '--graph', join(work, 'g')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("newsgraph: add needs the articles to add, e.g. newsgraph add today/ --graph mygraph (see 'newsgraph add --help')");
  });
});
