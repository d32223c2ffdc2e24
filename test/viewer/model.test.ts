import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  buildViewGraph,
  checkExport,
  curvatureOf,
  detailText,
  documentName,
  documentsOf,
  edgeVisible,
  emptyState,
  evidenceSegments,
  filterCounts,
  formatStateHash,
  GraphDataError,
  nodeVisible,
  parseStateHash,
  relationGroups,
  searchNodes,
  sizeOfDegree,
  sizeOfEvidence,
  sizeScale,
  type RawExport,
} from '../../viewer/src/model.js';

const fixture = (): RawExport => JSON.parse(readFileSync(new URL('../fixtures/viewer-graph.json', import.meta.url), 'utf8'));

describe('evidenceSegments', () => {
  it.each([
    [
      'trigger inside',
      { doc: 'd', start: 100, end: 120, text: 'Biden branded Putin.', trigger: [106, 113] as [number, number] },
      [{ text: 'Biden ' }, { text: 'branded', mark: true }, { text: ' Putin.' }],
    ],
    ['trigger at start', { doc: 'd', start: 0, end: 5, text: 'Hello', trigger: [0, 2] as [number, number] }, [{ text: 'He', mark: true }, { text: 'llo' }]],
    ['no trigger', { doc: 'd', start: 0, end: 5, text: 'Hello' }, [{ text: 'Hello' }]],
    ['trigger outside the sentence', { doc: 'd', start: 50, end: 55, text: 'Hello', trigger: [10, 20] as [number, number] }, [{ text: 'Hello' }]],
    [
      'trigger overhanging the end is clipped',
      { doc: 'd', start: 10, end: 15, text: 'Hello', trigger: [13, 30] as [number, number] },
      [{ text: 'Hel' }, { text: 'lo', mark: true }],
    ],
  ])('%s', (_name, ev, expected) => {
    expect(evidenceSegments(ev)).toEqual(expected);
  });
});

describe('view state in the URL', () => {
  it.each([
    ['', emptyState()],
    ['#hideTypes=Charge,Location', { ...emptyState(), hiddenTypes: new Set(['Charge', 'Location']) }],
    [
      '#hidePredicates=holds_role&node=person%3Avladimir-putin',
      { ...emptyState(), hiddenPredicates: new Set(['holds_role']), selected: 'person:vladimir-putin' },
    ],
    ['#hideDocs=a.txt%2Cb.txt', { ...emptyState(), hiddenDocs: new Set(['a.txt', 'b.txt']) }],
    ['#hideIsolated=1', { ...emptyState(), hideIsolated: true }],
  ])('parses %j', (hash, expected) => {
    expect(parseStateHash(hash)).toEqual(expected);
  });

  it('round-trips through formatStateHash', () => {
    const state = {
      hiddenTypes: new Set(['Person']),
      hiddenPredicates: new Set(['accused_of', 'spoke_with']),
      hiddenDocs: new Set(['x y.txt']),
      hideIsolated: true,
      selected: 'country:united-states',
    };
    expect(parseStateHash(formatStateHash(state))).toEqual(state);
    expect(formatStateHash(emptyState())).toBe('');
  });
});

describe('buildViewGraph', () => {
  const graph = buildViewGraph(fixture());

  it('keeps every node and edge, renames type to kind and colours by it', () => {
    expect([graph.order, graph.size]).toEqual([12, 13]);
    const putin = graph.getNodeAttributes('person:vladimir-putin');
    expect(putin.kind).toBe('Person');
    expect(putin).not.toHaveProperty('type');
    expect(graph.getNodeAttribute('charge:killer', 'color')).not.toBe(putin.color);
  });

  it('sizes by degree', () => {
    expect(graph.getNodeAttribute('person:vladimir-putin', 'degree')).toBe(6);
    expect(graph.getNodeAttribute('person:vladimir-putin', 'size')).toBeGreaterThan(graph.getNodeAttribute('charge:killer', 'size'));
    expect(sizeOfDegree(0)).toBeLessThan(sizeOfDegree(1));
    expect(sizeOfDegree(10_000)).toBe(24);
    expect(sizeOfDegree(4, sizeScale(50_000))).toBeLessThan(sizeOfDegree(4, sizeScale(500)));
    expect(sizeOfEvidence(2)).toBeGreaterThan(sizeOfEvidence(1));
  });

  it('computes finite positions when the file has none, the same each time', () => {
    const again = buildViewGraph(fixture());
    graph.forEachNode((key, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect([again.getNodeAttribute(key, 'x'), again.getNodeAttribute(key, 'y')]).toEqual([a.x, a.y]);
    });
  });

  it('keeps stored positions', () => {
    const data = fixture();
    data.nodes.forEach((n, i) => {
      Object.assign(n.attributes!, { x: i, y: -i });
    });
    const g = buildViewGraph(data);
    expect(g.getNodeAttributes(data.nodes[3]!.key)).toMatchObject({ x: 3, y: -3 });
  });

  it('curves parallel edges (either direction) apart and leaves single edges straight', () => {
    // offered_talks Putin → Biden and spoke_with Biden → Putin
    const between = graph.edges('person:vladimir-putin', 'person:joe-biden');
    expect(between).toHaveLength(2);
    for (const e of between) expect(graph.getEdgeAttribute(e, 'type')).toBe('curvedArrow');
    const [a, b] = between.map((e) => graph.getEdgeAttribute(e, 'curvature')!);
    expect(a).not.toBe(0);
    expect(b).not.toBe(0);
    const single = graph.edges('person:joe-biden', 'location:georgia')[0]!;
    expect(graph.getEdgeAttribute(single, 'type')).toBe('arrow');
    // opposite directions: the same curvature in each edge's own frame puts them on opposite sides
    expect(a).toBe(b);
    const same = buildViewGraph(
      checkExport({
        attributes: { schemaVersion: 1 },
        nodes: [{ key: 'a' }, { key: 'b' }],
        edges: [
          { source: 'a', target: 'b' },
          { source: 'a', target: 'b' },
          { source: 'a', target: 'b' },
        ],
      }),
    );
    expect(same.mapEdges((_e, attr) => Math.sign(attr.curvature!))).toEqual([-1, 0, 1]);
    expect(curvatureOf(1, 1)).toBeCloseTo(-curvatureOf(-1, 1));
    expect(curvatureOf(0, 0)).toBe(0);
  });

  it.each([
    [null, /not a newsgraph graph/],
    [{ nodes: [], edges: [] }, /no schemaVersion/],
    [{ nodes: {}, edges: [], attributes: { schemaVersion: 1 } }, /no nodes and edges/],
  ])('rejects %j with a readable message', (data, message) => {
    expect(() => checkExport(data)).toThrow(message);
    expect(() => checkExport(data)).toThrow(GraphDataError);
  });

  it('reports a damaged graph (edge to a missing node) as a GraphDataError', () => {
    const data = checkExport({ attributes: { schemaVersion: 1 }, nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'nowhere' }] });
    expect(() => buildViewGraph(data)).toThrow(/damaged/);
  });
});

describe('search', () => {
  const index = buildSearchIndex(buildViewGraph(fixture()));
  it.each([
    ['Putin', 'person:vladimir-putin', 'Putin'],
    ['vladimir', 'person:vladimir-putin', undefined],
    ['USA', 'country:united-states', 'USA'],
    ['united', 'country:united-states', undefined],
    ['election meddling', 'charge:election-interference', 'election meddling'],
    ['  BIDEN ', 'person:joe-biden', 'Biden'],
    ['Putin’s', 'person:vladimir-putin', 'Putin'],
  ])('%j finds %s first', (query, key, via) => {
    const [first] = searchNodes(index, query);
    expect(first?.key).toBe(key);
    expect(first?.via).toBe(via);
  });

  it('finds nothing for an unknown name or an empty query', () => {
    expect(searchNodes(index, 'Merkel')).toEqual([]);
    expect(searchNodes(index, '  ')).toEqual([]);
  });

  it('ranks a label prefix above a substring match and respects the limit', () => {
    const hits = searchNodes(index, 'r', 3);
    expect(hits).toHaveLength(3);
    expect(hits[0]!.label.toLowerCase().startsWith('r')).toBe(true);
  });
});

describe('relations and filters', () => {
  const data = fixture();
  const graph = buildViewGraph(data);
  const documents = documentsOf(data, graph);

  it('groups a node’s relations by predicate, with accusers, evidence and document titles', () => {
    const groups = relationGroups(graph, 'person:vladimir-putin', documents);
    expect(groups.map((g) => g.predicate)).toEqual(['holds_role', 'accused_of', 'offered_talks', 'spoke_with']);
    const killer = groups[1]!.relations.find((r) => r.other === 'charge:killer')!;
    expect(killer.sentence).toBe('Vladimir Putin accused of killer');
    expect(killer.details.map(detailText)).toContain('by Joe Biden');
    // entities named in a qualifier are links
    expect(killer.details).toContainEqual(['by ', { node: 'person:joe-biden', label: 'Joe Biden' }]);
    expect(killer.evidence).toHaveLength(2);
    expect(killer.evidence[0]!.segments.find((s) => s.mark)?.text).toBe('branded');
    expect(killer.evidence[0]!.docTitle).toMatch(/^Russian President Vladimir Putin/);
    const formerData = fixture();
    Object.assign(formerData.edges[1]!.attributes!, { former: true });
    const former = relationGroups(buildViewGraph(formerData), 'person:joe-biden', documents)[0]!.relations[0]!;
    expect(former.sentence).toBe('Joe Biden former president of United States');
    expect(former.details.map(detailText)).toContain('role: former president');
    const spokesman = groups[0]!.relations.find((r) => r.other === 'person:dmitry-peskov')!;
    expect(spokesman.direction).toBe('in');
  });

  it('shows accusations from both sides, every entity named a link', () => {
    const data = fixture();
    const killer = data.edges.find((e) => e.source === 'person:vladimir-putin' && e.target === 'charge:killer')!;
    data.edges.push({
      key: 'accuses:person:joe-biden->person:vladimir-putin#charge:killer',
      source: 'person:joe-biden',
      target: 'person:vladimir-putin',
      attributes: {
        predicate: 'accuses',
        label: 'accused',
        confidence: 0.9,
        evidence: killer.attributes!.evidence,
        ruleId: 'fixture',
        cameo: '112',
        charge: 'charge:killer',
        chargeLabel: 'killer',
      },
    });
    const withAccuses = buildViewGraph(data);
    const accused = relationGroups(withAccuses, 'person:vladimir-putin', documents).find((g) => g.predicate === 'accuses')!;
    expect(accused.label).toBe('accused');
    const [r] = accused.relations;
    expect(r).toMatchObject({ direction: 'in', other: 'person:joe-biden', sentence: 'Joe Biden accused Vladimir Putin' });
    expect(r!.details).toContainEqual(['charge: ', { node: 'charge:killer', label: 'killer' }]);
    const biden = relationGroups(withAccuses, 'person:joe-biden', documents).find((g) => g.predicate === 'accuses')!;
    expect(biden.relations[0]).toMatchObject({ direction: 'out', other: 'person:vladimir-putin' });
    // a recall's ambassador is a link too
    const recall = relationGroups(graph, 'country:russia', documents).find((g) => g.predicate === 'recalled_ambassador')!;
    expect(recall.relations[0]!.details.flat().filter((p) => typeof p !== 'string').length).toBeGreaterThan(0);
  });

  it('names documents by title and file', () => {
    expect(documentName({ id: 'a.txt', title: 'Summit ends without a deal' })).toBe('Summit ends without a deal (a.txt)');
    expect(documentName({ id: 'a.txt', title: 'a.txt' })).toBe('a.txt');
  });

  it('hides entities without relations on request, and counts them', () => {
    const counts = filterCounts(graph, documents);
    expect(counts.isolated).toBe(1);
    const ukraine = graph.getNodeAttributes('country:ukraine');
    expect(nodeVisible(ukraine, emptyState())).toBe(true);
    expect(nodeVisible(ukraine, { ...emptyState(), hideIsolated: true })).toBe(false);
    expect(nodeVisible(graph.getNodeAttributes('person:vladimir-putin'), { ...emptyState(), hideIsolated: true })).toBe(true);
  });

  it('counts types, predicates and documents', () => {
    const counts = filterCounts(graph, documents);
    expect(counts.types[0]).toEqual(['Person', 4]);
    expect(Object.fromEntries(counts.predicates)).toMatchObject({ holds_role: 4, accused_of: 2, recalled_ambassador: 1 });
    expect(counts.docs.map(([, n]) => n)).toEqual([7, 10]);
  });

  it('hides by type, predicate and document (a node stays while one of its documents is shown)', () => {
    const putin = graph.getNodeAttributes('person:vladimir-putin');
    const crimea = graph.getNodeAttributes('location:crimea');
    const state = { ...emptyState(), hiddenDocs: new Set(['004_79d0d36076e4f9ea.txt']) };
    expect([nodeVisible(putin, state), nodeVisible(crimea, state)]).toEqual([true, false]);
    expect(nodeVisible(putin, { ...emptyState(), hiddenTypes: new Set(['Person']) })).toBe(false);
    const accusation = graph.getEdgeAttributes(graph.edges('person:vladimir-putin', 'charge:killer')[0]!);
    expect(edgeVisible(accusation, { ...emptyState(), hiddenPredicates: new Set(['accused_of']) })).toBe(false);
    expect(edgeVisible(accusation, state)).toBe(true);
    const filtered = relationGroups(graph, 'person:vladimir-putin', documents, { ...emptyState(), hiddenPredicates: new Set(['accused_of']) });
    expect(filtered.map((g) => g.predicate)).not.toContain('accused_of');
  });
});

describe('viewer source', () => {
  it('never parses strings as HTML', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = new URL('../../viewer/src/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const code = readFileSync(new URL(file, dir), 'utf8');
      expect(code, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/);
    }
  });
});
