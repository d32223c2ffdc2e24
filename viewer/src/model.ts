// The viewer's data model: pure functions from a graph.json export to what the page shows (display graph,
// filter counts, search results, relation groups, evidence with its trigger marked). No DOM here, so vitest
// can test it in Node.
import { MultiDirectedGraph } from 'graphology';
import { PREDICATES, type Evidence } from '../../src/graph/schema.js';
import { computeLayout, initialPositions } from '../../src/layout/index.js';
import { isDay, periodOf } from '../../src/pipeline/time/calendar.js';
import { DEFAULT_VIEWER_SETTINGS, stepValue, type ViewerSettings } from './settings.js';
import { colorOfType, colorOfPredicate } from './styles.js';

/** What a node carries in the display graph: sigma's fields plus the entity's own data (`type` renamed `kind`,
 * since sigma reads `type` as the name of a drawing program). */
export interface ViewNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: string;
  aliases: string[];
  docs: string[];
  mentions: number;
  degree: number;
}

export interface ViewEdge {
  /** sigma's edge program: straight arrow, or curved arrow where edges run in parallel */
  type: 'arrow' | 'curvedArrow';
  curvature?: number;
  size: number;
  color: string;
  /** the predicate's human wording: sigma draws it as the edge label */
  label: string;
  predicate: string;
  evidence: Evidence[];
  [attribute: string]: unknown;
}

export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge>;

export interface DocumentInfo {
  id: string;
  title: string;
  /** publication day, outlet and address, where the build knew them */
  date?: string;
  source?: string;
  url?: string;
}

export interface RawExport {
  attributes?: { schemaVersion?: unknown; documents?: unknown };
  nodes: { key: string; attributes?: Record<string, unknown> }[];
  edges: { key?: string; source: string; target: string; attributes?: Record<string, unknown> }[];
}

/** A problem with the graph data that the page shows as a notice instead of a canvas. */
export class GraphDataError extends Error {
  override name = 'GraphDataError';
}

/** Checks the shape the viewer relies on; the message is shown to the user as it is. */
export function checkExport(data: unknown): RawExport {
  const d = data as Partial<RawExport> | null;
  if (!d || typeof d !== 'object' || !Array.isArray(d.nodes) || !Array.isArray(d.edges))
    throw new GraphDataError('This file is not a newsgraph graph (it has no nodes and edges lists). Build one with “newsgraph build”.');
  if (typeof d.attributes?.schemaVersion !== 'number')
    throw new GraphDataError('This file is not a newsgraph graph (it has no schemaVersion). Build one with “newsgraph build”.');
  return d as RawExport;
}

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** Sizes shrink as graphs grow: thousands of large discs only cover each other (and cost fill time). */
export const sizeScale = (order: number, settings: ViewerSettings = DEFAULT_VIEWER_SETTINGS): number => stepValue(settings.sizeScale, order);

/** Node size from degree: grows with the square root so hubs stand out without swallowing the picture. */
export function sizeOfDegree(degree: number, scale = 1, { nodeSize } = DEFAULT_VIEWER_SETTINGS): number {
  return Math.min(nodeSize.base + nodeSize.perSqrtDegree * Math.sqrt(degree), nodeSize.max) * scale;
}

/** Edge thickness from how much evidence supports it. */
export function sizeOfEvidence(count: number, scale = 1, { edgeSize } = DEFAULT_VIEWER_SETTINGS): number {
  return Math.min(edgeSize.base + edgeSize.perEvidence * count, edgeSize.max) * scale;
}

/** @sigma/edge-curve's default curvature (not imported: that module needs WebGL just to load). */
const DEFAULT_EDGE_CURVATURE = 0.25;

/** Curvature for the i-th of a bundle of parallel edges (indices symmetric around 0, as indexParallelEdgesIndex gives). */
export function curvatureOf(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -curvatureOf(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** Builds the graph sigma draws. Positions come from the file (the build's ForceAtlas2); when missing, they are
 * computed here the same way (or seeded only, on very large graphs, where the live layout button refines them).
 * Takes ownership of `data`: its attribute objects become the display graph's (copying 150,000 edge attribute
 * objects costs more than drawing them). */
export function buildViewGraph(data: RawExport): ViewGraph {
  // one pass over the edges: degrees, and bundles of edges joining the same two nodes (either direction)
  const index = new Map<string, number>();
  data.nodes.forEach((n, i) => {
    index.set(String(n.key), i);
  });
  const n = data.nodes.length;
  const degree = new Uint32Array(n);
  const firstOfPair = new Map<number, number>();
  let bundles: Map<number, number[]> | undefined;
  data.edges.forEach((e, i) => {
    const s = index.get(String(e.source));
    const t = index.get(String(e.target));
    if (s === undefined || t === undefined) return; // import reports it
    degree[s]!++;
    degree[t]!++;
    if (s === t) return;
    const pair = s < t ? s * n + t : t * n + s;
    const first = firstOfPair.get(pair);
    if (first === undefined) firstOfPair.set(pair, i);
    else {
      bundles ??= new Map();
      const bundle = bundles.get(pair);
      if (bundle) bundle.push(i);
      else bundles.set(pair, [first, i]);
    }
  });

  const scale = sizeScale(n);
  let missingPosition = false;
  const nodes = data.nodes.map(({ key, attributes: a = {} }, i) => {
    const kind = str(a.type, 'Unknown');
    const { x, y } = a;
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) missingPosition = true;
    const attributes: ViewNode = {
      x: typeof x === 'number' ? x : 0,
      y: typeof y === 'number' ? y : 0,
      size: sizeOfDegree(degree[i]!, scale),
      color: colorOfType(kind),
      label: str(a.label, String(key)),
      kind,
      aliases: strings(a.aliases),
      docs: strings(a.docs),
      mentions: typeof a.mentions === 'number' ? a.mentions : 0,
      degree: degree[i]!,
    };
    return { key: String(key), attributes };
  });
  for (const e of data.edges) {
    e.attributes ??= {};
    const a = e.attributes as Partial<ViewEdge>;
    const predicate = str(a.predicate, 'related');
    const evidence = Array.isArray(a.evidence) ? a.evidence : [];
    a.predicate = predicate;
    a.evidence = evidence;
    a.type = 'arrow';
    a.size = sizeOfEvidence(evidence.length, scale);
    a.color = colorOfPredicate(predicate, a.negated === true);
    if (typeof a.label !== 'string') a.label = predicateLabel(predicate);
  }
  if (bundles) for (const bundle of bundles.values()) curveBundle(data, bundle);

  const graph: ViewGraph = new MultiDirectedGraph<ViewNode, ViewEdge>();
  try {
    graph.import({ nodes, edges: data.edges as { source: string; target: string; attributes: ViewEdge }[] });
  } catch (e) {
    throw new GraphDataError(`This graph is damaged (${(e as Error).message}). Rebuild it with “newsgraph build”.`);
  }
  if (missingPosition) placeNodes(graph);
  return graph;
}

function placeNodes(graph: ViewGraph): void {
  const positions = graph.order <= 2_000 ? computeLayout(graph) : initialPositions(graph.nodes());
  graph.updateEachNodeAttributes((key, a) => ({ ...a, ...positions[key] }));
}

/** Parallel edges are drawn as curves fanned apart (what @sigma/edge-curve's indexParallelEdgesIndex prepares). */
function curveBundle(data: RawExport, bundle: number[]): void {
  const first = String(data.edges[bundle[0]!]!.source);
  const max = (bundle.length - 1) / 2;
  bundle.forEach((edgeIndex, i) => {
    const e = data.edges[edgeIndex]!;
    // curvature bends each edge to the left of its own direction: flip reversed edges so the bundle fans out
    const sign = String(e.source) === first ? 1 : -1;
    const index = bundle.length === 2 ? (i === 0 ? 1 : -1) : i - max;
    Object.assign(e.attributes!, { type: 'curvedArrow', curvature: sign * curvatureOf(index, Math.max(max, 1)) });
  });
}

export function predicateLabel(predicate: string): string {
  return (PREDICATES as Record<string, { label: string } | undefined>)[predicate]?.label ?? predicate.replace(/_/g, ' ');
}

/** The documents of the graph: the build's records, plus any id only seen in node `docs`. */
export function documentsOf(data: RawExport, graph: ViewGraph): DocumentInfo[] {
  const out = new Map<string, DocumentInfo>();
  const records = Array.isArray(data.attributes?.documents) ? (data.attributes!.documents as unknown[]) : [];
  for (const r of records) {
    const rec = r as { id?: unknown; title?: unknown; date?: unknown; source?: unknown; url?: unknown };
    if (typeof rec?.id !== 'string') continue;
    const info: DocumentInfo = { id: rec.id, title: str(rec.title) || rec.id };
    if (typeof rec.date === 'string') info.date = rec.date;
    if (typeof rec.source === 'string') info.source = rec.source;
    // only web addresses become links: a graph's text never becomes a javascript: or data: link
    if (typeof rec.url === 'string' && /^https?:\/\//i.test(rec.url)) info.url = rec.url;
    out.set(rec.id, info);
  }
  graph.forEachNode((_k, a) => {
    for (const d of a.docs) if (!out.has(d)) out.set(d, { id: d, title: d });
  });
  return [...out.values()];
}

// ---------------------------------------------------------------------------------------------------------
// Filters: which types, predicates and documents are hidden, and the range of dates shown. They live in the
// URL's fragment, so a link reopens the same view:
// #hideTypes=Charge&hidePredicates=holds_role&hideDocs=a.txt&since=2024-03-01&until=2024-03-31&node=person%3Aputin

export interface ViewState {
  hiddenTypes: Set<string>;
  hiddenPredicates: Set<string>;
  hiddenDocs: Set<string>;
  /** hide entities without any relation */
  hideIsolated?: boolean;
  /** show only relations whose time meets this range of days (see edgePeriod) */
  since?: string;
  until?: string;
  /** the node whose panel is open */
  selected?: string;
}

export const emptyState = (): ViewState => ({ hiddenTypes: new Set(), hiddenPredicates: new Set(), hiddenDocs: new Set() });

const STATE_KEYS = { hideTypes: 'hiddenTypes', hidePredicates: 'hiddenPredicates', hideDocs: 'hiddenDocs' } as const;

export function parseStateHash(hash: string): ViewState {
  const state = emptyState();
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const [param, field] of Object.entries(STATE_KEYS)) {
    for (const value of params.getAll(param)) for (const item of value.split(',')) if (item) state[field].add(item);
  }
  if (params.get('hideIsolated') === '1') state.hideIsolated = true;
  for (const bound of ['since', 'until'] as const) {
    const day = params.get(bound);
    if (day && isDay(day)) state[bound] = day;
  }
  const node = params.get('node');
  if (node) state.selected = node;
  return state;
}

export function formatStateHash(state: ViewState): string {
  const params = new URLSearchParams();
  for (const [param, field] of Object.entries(STATE_KEYS)) {
    const values = [...state[field]].sort();
    if (values.length) params.set(param, values.join(','));
  }
  if (state.hideIsolated) params.set('hideIsolated', '1');
  if (state.since) params.set('since', state.since);
  if (state.until) params.set('until', state.until);
  if (state.selected) params.set('node', state.selected);
  const s = params.toString();
  return s ? `#${s}` : '';
}

export const isFiltering = (s: ViewState) =>
  s.hiddenTypes.size + s.hiddenPredicates.size + s.hiddenDocs.size > 0 || s.hideIsolated === true || s.since !== undefined || s.until !== undefined;

/**
 * The days an edge belongs to: its event date's period where a sentence dates the event, else the days it was
 * reported (firstSeen to lastSeen); none for an undated edge (as `--since`/`--until` read them in queries).
 */
export function edgePeriod(a: Readonly<Record<string, unknown>>): [string, string] | undefined {
  if (typeof a.date === 'string') {
    const p = periodOf(a.date);
    if (p) return p;
  }
  if (typeof a.firstSeen === 'string' && isDay(a.firstSeen))
    return [a.firstSeen, typeof a.lastSeen === 'string' && isDay(a.lastSeen) ? a.lastSeen : a.firstSeen];
  return undefined;
}

/** The first and last day of the graph's dated relations, and how many are dated. */
export function dateExtent(graph: ViewGraph): { first?: string; last?: string; dated: number } {
  let first: string | undefined;
  let last: string | undefined;
  let dated = 0;
  graph.forEachEdge((_e, a) => {
    const p = edgePeriod(a);
    if (!p) return;
    dated++;
    if (first === undefined || p[0] < first) first = p[0];
    if (last === undefined || p[1] > last) last = p[1];
  });
  return { ...(first ? { first, last } : {}), dated };
}

export function nodeVisible(a: ViewNode, s: ViewState): boolean {
  if (s.hiddenTypes.has(a.kind)) return false;
  if (s.hideIsolated && a.degree === 0) return false;
  if (s.hiddenDocs.size && a.docs.length && a.docs.every((d) => s.hiddenDocs.has(d))) return false;
  return true;
}

export function edgeVisible(a: ViewEdge, s: ViewState): boolean {
  if (s.hiddenPredicates.has(a.predicate)) return false;
  if (s.hiddenDocs.size && a.evidence.length && a.evidence.every((e) => s.hiddenDocs.has(e.doc))) return false;
  if (s.since !== undefined || s.until !== undefined) {
    const p = edgePeriod(a);
    if (!p || (s.since !== undefined && p[1] < s.since) || (s.until !== undefined && p[0] > s.until)) return false;
  }
  return true;
}

export interface FilterCounts {
  /** entity type → number of entities */
  types: [string, number][];
  /** predicate → number of relations */
  predicates: [string, number][];
  /** document id → number of entities mentioned in it */
  docs: [string, number][];
  /** entities without any relation */
  isolated: number;
}

export function filterCounts(graph: ViewGraph, documents: DocumentInfo[]): FilterCounts {
  const types = new Map<string, number>();
  const docs = new Map<string, number>(documents.map((d) => [d.id, 0]));
  let isolated = 0;
  graph.forEachNode((_k, a) => {
    types.set(a.kind, (types.get(a.kind) ?? 0) + 1);
    if (a.degree === 0) isolated++;
    for (const d of a.docs) docs.set(d, (docs.get(d) ?? 0) + 1);
  });
  const predicates = new Map<string, number>();
  graph.forEachEdge((_e, a) => predicates.set(a.predicate, (predicates.get(a.predicate) ?? 0) + 1));
  const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { types: byCount(types), predicates: byCount(predicates), docs: [...docs], isolated };
}

// ---------------------------------------------------------------------------------------------------------
// Search over labels and aliases.

export interface SearchEntry {
  key: string;
  label: string;
  kind: string;
  degree: number;
  /** normalised label followed by normalised aliases */
  names: string[];
  aliases: string[];
}

export interface SearchHit {
  key: string;
  label: string;
  kind: string;
  /** the alias that matched, when it was not the label */
  via?: string;
}

export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function buildSearchIndex(graph: ViewGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((key, a) => {
    entries.push({ key, label: a.label, kind: a.kind, degree: a.degree, names: [a.label, ...a.aliases].map(normalizeName), aliases: a.aliases });
  });
  return entries;
}

/** Rank of a name for a query: lower is better, -1 when it does not match. */
function matchRank(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(` ${q}`)) return 2;
  if (name.includes(q)) return 3;
  return -1;
}

export function searchNodes(index: SearchEntry[], query: string, limit = 10): SearchHit[] {
  const q = normalizeName(query);
  if (!q) return [];
  const scored: { entry: SearchEntry; rank: number; via?: string }[] = [];
  for (const entry of index) {
    let best = -1;
    let via: string | undefined;
    for (let i = 0; i < entry.names.length; i++) {
      const r = matchRank(entry.names[i]!, q);
      // an alias match ranks just behind a label match of the same quality
      const rank = r < 0 ? -1 : r * 2 + (i === 0 ? 0 : 1);
      if (rank >= 0 && (best < 0 || rank < best)) {
        best = rank;
        via = i === 0 ? undefined : entry.aliases[i - 1];
      }
    }
    if (best >= 0) scored.push({ entry, rank: best, via });
  }
  scored.sort((a, b) => a.rank - b.rank || b.entry.degree - a.entry.degree || a.entry.label.localeCompare(b.entry.label));
  return scored
    .slice(0, limit)
    .map(({ entry, via }) => ({ key: entry.key, label: entry.label, kind: entry.kind, ...(via && via !== entry.label ? { via } : {}) }));
}

// ---------------------------------------------------------------------------------------------------------
// The side panel: a node's relations grouped by predicate, each with its evidence.

export interface Segment {
  text: string;
  /** part of the words that triggered the relation */
  mark?: boolean;
}

/** Splits an evidence sentence around its trigger (document offsets, like the sentence's own start/end). */
export function evidenceSegments(ev: Evidence): Segment[] {
  const text = typeof ev.text === 'string' ? ev.text : '';
  const t = ev.trigger;
  if (!Array.isArray(t) || typeof ev.start !== 'number') return [{ text }];
  const from = Math.max(0, t[0] - ev.start);
  const to = Math.min(text.length, t[1] - ev.start);
  if (!(from < to)) return [{ text }];
  return [{ text: text.slice(0, from) }, { text: text.slice(from, to), mark: true }, { text: text.slice(to) }].filter((s) => s.text);
}

/** A piece of a qualifier: words, or an entity the panel links to. */
export type DetailPart = string | { node: string; label: string };

/** A qualifier as plain text. */
export const detailText = (parts: DetailPart[]): string => parts.map((p) => (typeof p === 'string' ? p : p.label)).join('');

/** A document's name for people: its title, and its file when that says something more. */
export const documentName = (d: DocumentInfo): string => (d.title && d.title !== d.id ? `${d.title} (${d.id})` : d.id);

export interface RelationView {
  edge: string;
  /** 'out': this node is the subject; 'in': the object */
  direction: 'out' | 'in';
  other: string;
  otherLabel: string;
  /** e.g. "Vladimir Putin accused of killer" */
  sentence: string;
  /** qualifiers: role, accusers, status, negation…; entities named in them are links */
  details: DetailPart[][];
  evidence: EvidenceView[];
}

export interface EvidenceView {
  doc: string;
  docTitle: string;
  segments: Segment[];
  /** the document's publication day, outlet and address, where known */
  date?: string;
  source?: string;
  url?: string;
  /** when the sentence dates the event: "2024-03-14 (on Thursday)" */
  event?: string;
}

export interface RelationGroup {
  predicate: string;
  label: string;
  relations: RelationView[];
}

function labelOf(graph: ViewGraph, key: unknown): string {
  return typeof key === 'string' && graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : String(key);
}

/** An entity named in a qualifier: a link when it is in the graph, else its key as text. */
function entityPart(graph: ViewGraph, key: unknown, label?: unknown): DetailPart {
  if (typeof key === 'string' && graph.hasNode(key)) return { node: key, label: graph.getNodeAttribute(key, 'label') };
  return typeof label === 'string' ? label : String(key);
}

export function relationDetails(graph: ViewGraph, a: ViewEdge): DetailPart[][] {
  const details: DetailPart[][] = [];
  if (a.negated === true) details.push(['negated: the text says this did not happen']);
  if (typeof a.role === 'string') details.push([`role: ${a.former === true ? 'former ' : ''}${a.role}`]);
  if (Array.isArray(a.by))
    details.push(a.by.length ? ['by ', ...a.by.flatMap((k, i) => (i ? [', ', entityPart(graph, k)] : [entityPart(graph, k)]))] : ['accuser not named']);
  if (a.predicate === 'accuses' && typeof a.charge === 'string') details.push(['charge: ', entityPart(graph, a.charge, a.chargeLabel)]);
  if (typeof a.posted_to === 'string') details.push(['posted to ', entityPart(graph, a.posted_to)]);
  if (typeof a.ambassador === 'string') details.push(['ambassador: ', entityPart(graph, a.ambassador)]);
  if (typeof a.status === 'string') details.push([`status: ${a.status}`]);
  // a role's from/until are dates; annexed's from is the country a territory was taken from
  if (typeof a.from === 'string') details.push(a.predicate === 'holds_role' ? [`since ${a.from}`] : ['from ', entityPart(graph, a.from)]);
  if (typeof a.until === 'string') details.push([`until ${a.until}`]);
  if (typeof a.date === 'string') details.push([`date: ${a.date}`]);
  if (typeof a.firstSeen === 'string')
    details.push([`reported ${a.firstSeen}${typeof a.lastSeen === 'string' && a.lastSeen !== a.firstSeen ? ` – ${a.lastSeen}` : ''}`]);
  if (typeof a.agreement === 'string') details.push([`agreement: ${a.agreement}`]);
  if (typeof a.confidence === 'number') details.push([`confidence ${a.confidence.toFixed(2)}`]);
  return details;
}

export function relationGroups(graph: ViewGraph, node: string, documents: DocumentInfo[], state?: ViewState): RelationGroup[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const evidenceView = (ev: Evidence): EvidenceView => {
    const d = byId.get(ev.doc);
    const view: EvidenceView = { doc: ev.doc, docTitle: d?.title ?? ev.doc, segments: evidenceSegments(ev) };
    const date = typeof ev.date === 'string' ? ev.date : d?.date;
    if (date) view.date = date;
    if (d?.source) view.source = d.source;
    if (d?.url) view.url = d.url;
    if (typeof ev.eventDate === 'string') view.event = `${ev.eventDate}${typeof ev.eventText === 'string' ? ` (${ev.eventText})` : ''}`;
    return view;
  };
  const groups = new Map<string, RelationGroup>();
  graph.forEachEdge(node, (edge, a, source, target) => {
    if (state && (!edgeVisible(a, state) || !nodeVisible(graph.getNodeAttributes(source), state) || !nodeVisible(graph.getNodeAttributes(target), state)))
      return;
    const direction = source === node ? 'out' : 'in';
    const other = direction === 'out' ? target : source;
    let group = groups.get(a.predicate);
    if (!group) {
      group = { predicate: a.predicate, label: predicateLabel(a.predicate), relations: [] };
      groups.set(a.predicate, group);
    }
    group.relations.push({
      edge,
      direction,
      other,
      otherLabel: labelOf(graph, other),
      sentence: `${labelOf(graph, source)} ${a.negated === true ? 'not ' : ''}${a.former === true ? 'former ' : ''}${a.label} ${labelOf(graph, target)}`,
      details: relationDetails(graph, a),
      evidence: a.evidence.map(evidenceView),
    });
  });
  const order = Object.keys(PREDICATES);
  const rank = (p: string) => (order.includes(p) ? order.indexOf(p) : order.length);
  return [...groups.values()].sort((a, b) => rank(a.predicate) - rank(b.predicate) || a.predicate.localeCompare(b.predicate));
}
