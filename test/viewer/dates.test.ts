// The viewer over time, in Node: the date range in the URL, which relations it shows, the graph's dated span,
// and the evidence panel's date, outlet, event and link (test/fixtures/query-dated.json, a dated graph).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildViewGraph,
  dateExtent,
  documentsOf,
  edgePeriod,
  edgeVisible,
  emptyState,
  formatStateHash,
  isFiltering,
  parseStateHash,
  relationDetails,
  relationGroups,
  type RawExport,
} from '../../viewer/src/model.js';

const dated = (): RawExport => JSON.parse(readFileSync(new URL('../fixtures/query-dated.json', import.meta.url), 'utf8'));
const RECALL = 'recalled_ambassador:country:norway->country:iran';

describe('the date range', () => {
  it('lives in the URL with the other filters; a malformed day is ignored', () => {
    const state = { ...emptyState(), since: '2024-03-10', until: '2024-03-20', selected: 'country:norway' };
    const hash = formatStateHash(state);
    expect(hash).toBe('#since=2024-03-10&until=2024-03-20&node=country%3Anorway');
    expect(parseStateHash(hash)).toEqual(state);
    expect(parseStateHash('#since=2024-02-30&until=soon')).toEqual(emptyState());
    expect(isFiltering({ ...emptyState(), until: '2024-01-01' })).toBe(true);
  });

  it('shows the relations whose time meets it, and hides the undated ones', () => {
    const data = dated();
    const graph = buildViewGraph(data);
    const recall = graph.getEdgeAttributes(RECALL); // event 2024-03-14, reported 2024-03-15 to 03-21
    expect(edgePeriod(recall)).toEqual(['2024-03-14', '2024-03-14']);
    expect(edgeVisible(recall, { ...emptyState(), since: '2024-03-14' })).toBe(true);
    expect(edgeVisible(recall, { ...emptyState(), since: '2024-03-15' })).toBe(false);
    expect(edgeVisible(recall, { ...emptyState(), until: '2024-03-13' })).toBe(false);
    const role = graph.edges().find((e) => graph.getEdgeAttribute(e, 'predicate') === 'holds_role' && !graph.getEdgeAttribute(e, 'firstSeen'))!;
    expect(edgeVisible(graph.getEdgeAttributes(role), emptyState())).toBe(true);
    expect(edgeVisible(graph.getEdgeAttributes(role), { ...emptyState(), since: '1900-01-01' })).toBe(false);
    const extent = dateExtent(graph);
    expect([extent.first, extent.last]).toEqual(['2024-03-04', '2024-03-21']);
    expect(extent.dated).toBe(graph.filterEdges((_e, a) => edgePeriod(a) !== undefined).length);
  });
});

describe('the evidence panel', () => {
  it("gives each sentence its document's date, outlet and address, and the event's date with its words", () => {
    const data = dated();
    const graph = buildViewGraph(data);
    const documents = documentsOf(data, graph);
    const recall = relationGroups(graph, 'country:norway', documents)
      .flatMap((g) => g.relations)
      .find((r) => r.edge === RECALL)!;
    expect(recall.evidence.map(({ segments: _s, ...e }) => e)).toEqual([
      {
        doc: 'boilerplate.html',
        docTitle: 'Iran accuses Norway of espionage as envoy row deepens',
        date: '2024-03-21',
        source: 'The Fjord Herald',
        url: 'https://fjordherald.example/world/iran-norway-espionage',
      },
      {
        doc: 'https://news.example/world/norway-recalls-envoy',
        docTitle: 'Norway recalls its ambassador to Iran',
        date: '2024-03-15',
        source: 'Nordic Wire',
        url: 'https://news.example/world/norway-recalls-envoy',
        event: '2024-03-14 (on Thursday)',
      },
    ]);
    expect(relationDetails(graph, graph.getEdgeAttributes(RECALL)).map((d) => d.join(''))).toEqual(
      expect.arrayContaining(['date: 2024-03-14', 'reported 2024-03-15 – 2024-03-21']),
    );
    const berg = graph.edges().find((e) => graph.source(e) === 'person:kari-berg')!;
    expect(relationDetails(graph, graph.getEdgeAttributes(berg)).map((d) => d.join(''))).toContain('since 2021');
  });

  it('links only web addresses', () => {
    const data = dated();
    const docs = data.attributes!.documents as { url?: string }[];
    docs[0]!.url = 'javascript:alert(1)';
    docs[1]!.url = 'data:text/html,x';
    const graph = buildViewGraph(data);
    const documents = documentsOf(data, graph);
    expect(documents[0]!.url).toBeUndefined();
    expect(documents[1]!.url).toBeUndefined();
  });
});
