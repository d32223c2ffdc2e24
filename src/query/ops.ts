// The questions the shell answers, one pure function each: (graph, arguments) → QueryResult.
import type { EdgeAttributes } from '../graph/schema.js';
import type { NewsGraph } from '../store/graph-file.js';
import { edgeDetails, edgeDocs, nodeLabel, relationText } from './describe.js';
import { QueryError } from './errors.js';
import { graphIndex } from './graph-index.js';
import { findEntities } from './resolve.js';
import { result, type Cell, type QueryResult, type Table } from './result.js';
import { compareTimeValues } from '../pipeline/time/calendar.js';
import { inRange, type TimeRange } from './time.js';

export function stats(graph: NewsGraph): QueryResult {
  const index = graphIndex(graph);
  const documents = Array.isArray(graph.getAttribute('documents')) ? graph.getAttribute('documents') : [];
  const types = [...index.byType].map(([type, keys]): Cell[] => [type, keys.length]).sort(byCountThenName);
  const predicates = [...index.byPredicate]
    .map(([predicate, edges]): Cell[] => [predicate, edges.length, edges.filter((e) => graph.getEdgeAttribute(e, 'negated') === true).length])
    .sort(byCountThenName);
  return result('stats', [
    {
      title: 'graph',
      columns: ['nodes', 'edges', 'documents', 'schemaVersion'],
      rows: [[graph.order, graph.size, documents.length, graph.getAttribute('schemaVersion') ?? null]],
    },
    { title: 'entities by type', columns: ['type', 'count'], rows: types },
    { title: 'relations by predicate', columns: ['predicate', 'count', 'negated'], rows: predicates },
    {
      title: 'documents',
      columns: ['id', 'title', 'chars'],
      rows: documents.map((d): Cell[] => [d.id, d.title ?? '', d.chars ?? null]),
    },
  ]);
}

const byCountThenName = (a: Cell[], b: Cell[]) => (b[1] as number) - (a[1] as number) || String(a[0]).localeCompare(String(b[0]));

export function find(graph: NewsGraph, text: string, limit = 20): QueryResult {
  const hits = findEntities(graph, text).filter((h) => h.score > 0);
  const shown = hits.slice(0, limit);
  return result(
    'find',
    [
      {
        columns: ['key', 'label', 'type', 'matched', 'mentions', 'docs'],
        rows: shown.map((h) => [h.key, h.label, h.type, h.matched, h.mentions, graph.getNodeAttribute(h.key, 'docs')?.length ?? 0]),
      },
    ],
    hits.length > limit ? [`${hits.length - limit} more matches (use --limit N)`] : [],
  );
}

/** One row of a relation table: subject, relation, object, details, docs, edge key. */
function relationRow(graph: NewsGraph, edge: string, a: EdgeAttributes, source: string, target: string): Cell[] {
  return [nodeLabel(graph, source), relationText(a), nodeLabel(graph, target), edgeDetails(graph, a), edgeDocs(a), edge];
}
const RELATION_COLUMNS = ['subject', 'relation', 'object', 'details', 'docs', 'edge'];
/** edge keys are for programs (and `why EDGE-KEY`): JSON and CSV carry them, text tables on request (--keys) */
const EDGE_KEY = ['edge'];

export function show(graph: NewsGraph, key: string, range?: TimeRange): QueryResult {
  const a = graph.getNodeAttributes(key);
  const entity: Table = {
    title: a.label,
    columns: ['property', 'value'],
    rows: [
      ['key', key],
      ['type', a.type],
      ['aliases', a.aliases ?? []],
      ['mentions', a.mentions ?? 0],
      ['documents', a.docs ?? []],
    ],
  };
  const groups = new Map<string, { out: Cell[][]; in: Cell[][] }>();
  graph.forEachEdge(key, (edge, ea, source, target) => {
    if (!inRange(ea, range)) return;
    const predicate = String(ea.predicate);
    let group = groups.get(predicate);
    if (!group) {
      group = { out: [], in: [] };
      groups.set(predicate, group);
    }
    (source === key ? group.out : group.in).push(relationRow(graph, edge, ea, source, target));
  });
  const tables = [...groups]
    .sort(([p], [q]) => p.localeCompare(q))
    .map(
      ([predicate, g]): Table => ({
        title: predicate,
        columns: RELATION_COLUMNS,
        keyColumns: EDGE_KEY,
        rows: [...g.out.sort(byColumn(2)), ...g.in.sort(byColumn(0))],
      }),
    );
  return result('show', [entity, ...tables], tables.length ? [] : [range ? 'no relations in that time' : 'no relations']);
}

const byColumn = (i: number) => (x: Cell[], y: Cell[]) => String(x[i]).localeCompare(String(y[i])) || String(x[5]).localeCompare(String(y[5]));

/** Edges of one predicate, optionally only those touching `key`, filtered further by `keep`. */
function edgesOf(
  graph: NewsGraph,
  predicate: string,
  key: string | undefined,
  keep: (a: EdgeAttributes, source: string, target: string) => boolean = () => true,
  range?: TimeRange,
): [string, EdgeAttributes, string, string][] {
  const out: [string, EdgeAttributes, string, string][] = [];
  const add = (edge: string) => {
    const a = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    if (a.predicate === predicate && inRange(a, range) && keep(a, source, target)) out.push([edge, a, source, target]);
  };
  if (key) graph.forEachEdge(key, (edge) => add(edge));
  else for (const edge of graphIndex(graph).byPredicate.get(predicate) ?? []) add(edge);
  return out;
}

export function roles(graph: NewsGraph, key?: string, range?: TimeRange): QueryResult {
  const rows = edgesOf(graph, 'holds_role', key, undefined, range).map(([edge, a, s, t]): Cell[] => [
    nodeLabel(graph, s),
    a.role ?? '',
    nodeLabel(graph, t),
    a.former === true,
    a.from ?? null,
    a.until ?? null,
    a.negated === true,
    edgeDocs(a),
    edge,
  ]);
  return result('roles', [
    { columns: ['person', 'role', 'of', 'former', 'since', 'until', 'negated', 'docs', 'edge'], keyColumns: EDGE_KEY, rows: rows.sort(byColumn(0)) },
  ]);
}

export function accusations(graph: NewsGraph, of?: string, by?: string, range?: TimeRange): QueryResult {
  const rows = edgesOf(graph, 'accused_of', of, (a, source) => (!of || source === of) && (!by || (a.by ?? []).includes(by)), range).map(
    ([edge, a, s, t]): Cell[] => [
      nodeLabel(graph, s),
      nodeLabel(graph, t),
      (a.by ?? []).map((k) => nodeLabel(graph, k)),
      a.date ?? null,
      a.negated === true,
      edgeDocs(a),
      edge,
    ],
  );
  return result('accusations', [
    { columns: ['accused', 'charge', 'by', 'date', 'negated', 'docs', 'edge'], keyColumns: EDGE_KEY, rows: rows.sort(byColumn(0)) },
  ]);
}

export function recalls(graph: NewsGraph, key?: string, range?: TimeRange): QueryResult {
  const rows = edgesOf(graph, 'recalled_ambassador', key, undefined, range).map(([edge, a, s, t]): Cell[] => [
    nodeLabel(graph, s),
    nodeLabel(graph, t),
    a.ambassador ? nodeLabel(graph, a.ambassador) : null,
    a.date ?? null,
    a.negated === true,
    edgeDocs(a),
    edge,
  ]);
  return result('recalls', [
    { columns: ['recalling', 'from', 'ambassador', 'date', 'negated', 'docs', 'edge'], keyColumns: EDGE_KEY, rows: rows.sort(byColumn(0)) },
  ]);
}

/**
 * An entity's relations in date order: each edge at its event date, else at the first publication day of its
 * evidence; edges with no date at all come last. With the outlets (or documents) that reported each.
 */
export function timeline(graph: NewsGraph, key: string, range?: TimeRange, predicate?: string): QueryResult {
  const sourceOf = new Map(graph.getAttribute('documents').map((d) => [d.id, d.source ?? d.id]));
  const rows: { when: string | undefined; row: Cell[] }[] = [];
  graph.forEachEdge(key, (edge, a, s, t) => {
    if ((predicate && a.predicate !== predicate) || !inRange(a, range)) return;
    const seen = a.firstSeen ? (a.lastSeen && a.lastSeen !== a.firstSeen ? `${a.firstSeen} – ${a.lastSeen}` : a.firstSeen) : null;
    const sources = [...new Set(edgeDocs(a).map((d) => sourceOf.get(d) ?? d))];
    rows.push({
      when: a.date ?? a.firstSeen,
      row: [a.date ?? null, seen, nodeLabel(graph, s), relationText(a), nodeLabel(graph, t), edgeDetails(graph, a), sources, edge],
    });
  });
  rows.sort(
    (x, y) => (x.when && y.when ? compareTimeValues(x.when, y.when) : x.when ? -1 : y.when ? 1 : 0) || String(x.row[7]).localeCompare(String(y.row[7])),
  );
  const undated = rows.filter((r) => !r.when).length;
  return result(
    'timeline',
    [
      {
        title: nodeLabel(graph, key),
        columns: ['date', 'reported', 'subject', 'relation', 'object', 'details', 'sources', 'edge'],
        keyColumns: EDGE_KEY,
        rows: rows.map((r) => r.row),
      },
    ],
    rows.length
      ? undated
        ? [`${undated} relation${undated === 1 ? '' : 's'} without a date, listed last`]
        : []
      : [range ? 'no relations in that time' : 'no relations'],
  );
}

export interface WalkOptions {
  /** follow only edges with this predicate */
  predicate?: string;
  /** follow only edges whose time meets this range (query/time.ts) */
  range?: TimeRange;
}

export function neighbors(graph: NewsGraph, key: string, depth = 1, options: WalkOptions & { limit?: number } = {}): QueryResult {
  const limit = options.limit ?? 100;
  const seen = new Map<string, { depth: number; via: string[]; from: string }>([[key, { depth: 0, via: [], from: '' }]]);
  let frontier = [key];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_edge, a, source, target) => {
        if ((options.predicate && a.predicate !== options.predicate) || !inRange(a, options.range)) return;
        const other = source === node ? target : source;
        const arrow = source === node ? `${relationText(a)} →` : `← ${relationText(a)}`;
        const known = seen.get(other);
        if (!known) {
          seen.set(other, { depth: d, via: [arrow], from: node });
          next.push(other);
        } else if (known.depth === d && known.from === node && !known.via.includes(arrow)) known.via.push(arrow);
      });
    }
    frontier = next;
  }
  seen.delete(key);
  const all = [...seen].sort(([k1, x], [k2, y]) => x.depth - y.depth || nodeLabel(graph, k1).localeCompare(nodeLabel(graph, k2)) || k1.localeCompare(k2));
  const rows = all
    .slice(0, limit)
    .map(([k, n]): Cell[] => [n.depth, nodeLabel(graph, k), String(graph.getNodeAttribute(k, 'type')), n.via, nodeLabel(graph, n.from), k]);
  return result(
    'neighbors',
    [{ columns: ['depth', 'neighbor', 'type', 'via', 'from', 'key'], rows }],
    all.length > limit ? [`${all.length - limit} more neighbors (use --limit N)`] : [],
  );
}

/**
 * Shortest path ignoring edge direction, by breadth-first search from both ends. Written here because
 * graphology-shortest-path follows edge direction on directed graphs, cannot skip edges by predicate and
 * returns nodes only, while `path` needs all three (undirected walk, --predicate, the edge of each step).
 */
export function shortestPath(graph: NewsGraph, from: string, to: string, options: WalkOptions = {}): { nodes: string[]; edges: string[] } | null {
  if (from === to) return { nodes: [from], edges: [] };
  type Back = { prev: string; edge: string } | null;
  const sides = [new Map<string, Back>([[from, null]]), new Map<string, Back>([[to, null]])] as const;
  const frontiers: string[][] = [[from], [to]];
  while (frontiers[0]!.length && frontiers[1]!.length) {
    const s = frontiers[0]!.length <= frontiers[1]!.length ? 0 : 1;
    const mine = sides[s];
    const theirs = sides[1 - s]!;
    const next: string[] = [];
    let meet: string | undefined;
    for (const node of frontiers[s]!) {
      graph.forEachEdge(node, (edge, a, source, target) => {
        if (meet !== undefined || (options.predicate && a.predicate !== options.predicate) || !inRange(a, options.range)) return;
        const other = source === node ? target : source;
        if (mine.has(other)) return;
        mine.set(other, { prev: node, edge });
        if (theirs.has(other)) meet = other;
        next.push(other);
      });
      if (meet !== undefined) break;
    }
    if (meet !== undefined) {
      const half = (side: Map<string, Back>) => {
        const nodes = [meet!];
        const edges: string[] = [];
        for (let b = side.get(meet!); b; b = side.get(b.prev)) {
          nodes.push(b.prev);
          edges.push(b.edge);
        }
        return { nodes, edges };
      };
      const a = half(sides[0]);
      const b = half(sides[1]);
      return { nodes: [...a.nodes.reverse(), ...b.nodes.slice(1)], edges: [...a.edges.reverse(), ...b.edges] };
    }
    frontiers[s] = next;
  }
  return null;
}

export function path(graph: NewsGraph, from: string, to: string, options: WalkOptions = {}): QueryResult {
  const found = shortestPath(graph, from, to, options);
  if (!found) return result('path', [], [`no path between ${nodeLabel(graph, from)} and ${nodeLabel(graph, to)}`]);
  const rows = found.edges.map((edge, i): Cell[] => {
    const a = graph.getEdgeAttributes(edge);
    const here = found.nodes[i]!;
    const forward = graph.source(edge) === here;
    return [
      i + 1,
      nodeLabel(graph, here),
      forward ? `${relationText(a)} →` : `← ${relationText(a)}`,
      nodeLabel(graph, found.nodes[i + 1]),
      String(a.predicate),
      edge,
    ];
  });
  return result(
    'path',
    [{ columns: ['step', 'from', 'relation', 'to', 'predicate', 'edge'], keyColumns: EDGE_KEY, rows }],
    [`${found.edges.length} step${found.edges.length === 1 ? '' : 's'}`],
  );
}

/** The evidence of edges: one summary table, then each edge's sentences with document and offsets. */
export function why(graph: NewsGraph, edges: string[]): QueryResult {
  const summary: Table = {
    title: 'edges',
    columns: ['edge', 'subject', 'predicate', 'object', 'negated', 'details', 'rule', 'confidence'],
    keyColumns: EDGE_KEY,
    rows: [],
  };
  const tables: Table[] = [summary];
  const sourceOf = new Map((graph.getAttribute('documents') ?? []).map((d) => [d.id, d.source ?? null]));
  for (const edge of edges) {
    const a = graph.getEdgeAttributes(edge);
    const [s, t] = graph.extremities(edge);
    summary.rows.push([
      edge,
      nodeLabel(graph, s),
      String(a.predicate),
      nodeLabel(graph, t),
      a.negated === true,
      [edgeDetails(graph, a), edgeDates(a)].filter(Boolean).join('; '),
      a.ruleId ?? null,
      a.confidence ?? null,
    ]);
    tables.push({
      title: `${nodeLabel(graph, s)} —${relationText(a)}→ ${nodeLabel(graph, t)} (${edge})`,
      columns: ['doc', 'source', 'date', 'event', 'start', 'end', 'text'],
      rows: (a.evidence ?? []).map((e): Cell[] => [
        e.doc,
        sourceOf.get(e.doc) ?? null,
        e.date ?? null,
        e.eventDate ? `${e.eventDate} (${e.eventText ?? ''})` : null,
        e.start,
        e.end,
        e.text,
      ]),
    });
  }
  return result('why', tables);
}

/** An edge's dates in words: "date: 2024-03-14; reported: 2024-03-15 to 2024-03-21", or '' when it has none. */
export function edgeDates(a: EdgeAttributes): string {
  const seen = a.firstSeen ? (a.lastSeen && a.lastSeen !== a.firstSeen ? `${a.firstSeen} to ${a.lastSeen}` : a.firstSeen) : undefined;
  return [a.date ? `date: ${a.date}` : '', seen ? `reported: ${seen}` : ''].filter(Boolean).join('; ');
}

/** Edges from A to B with a predicate (either direction for symmetric ones or when none runs A → B). */
export function edgesBetween(graph: NewsGraph, a: string, predicate: string, b: string): string[] {
  const forward = graph.outEdges(a, b).filter((e) => graph.getEdgeAttribute(e, 'predicate') === predicate);
  if (forward.length) return forward;
  return graph.outEdges(b, a).filter((e) => graph.getEdgeAttribute(e, 'predicate') === predicate);
}

export function assertDepth(depth: number): number {
  if (!Number.isInteger(depth) || depth < 1 || depth > 4) throw new QueryError(`--depth must be a whole number from 1 to 4, got ${depth}`);
  return depth;
}
