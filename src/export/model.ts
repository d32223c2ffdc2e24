// The typed attribute model every export shares: which node and edge attributes exist in a graph and what
// type each one has. The schema's attributes come first, in the schema's order, with their declared types;
// attributes the schema does not name (the schema may be extended) follow in name order with a type inferred
// from their values, so an export declares every attribute the graph holds and nothing is dropped silently.
import type { NewsGraph } from '../store/graph-file.js';

/** Value types, named as GEXF names them; `json` is any other value, written as JSON text. */
export type ValueType = 'boolean' | 'integer' | 'long' | 'double' | 'string' | 'liststring' | 'json';

export interface Column {
  name: string;
  type: ValueType;
  /** computed from other attributes for readers' convenience (dropped when reading an export back) */
  derived?: boolean;
}

/** Node attributes of ../shared/spec/graph-schema.md with their types. */
export const NODE_SCHEMA: readonly Column[] = [
  { name: 'label', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'aliases', type: 'liststring' },
  { name: 'mentions', type: 'integer' },
  { name: 'docs', type: 'liststring' },
  { name: 'x', type: 'double' },
  { name: 'y', type: 'double' },
];

/** Edge attributes of the schema with their types; `evidence` (objects) is kept whole as JSON. */
export const EDGE_SCHEMA: readonly Column[] = [
  { name: 'predicate', type: 'string' },
  { name: 'label', type: 'string' },
  { name: 'confidence', type: 'double' },
  { name: 'ruleId', type: 'string' },
  { name: 'negated', type: 'boolean' },
  { name: 'cameo', type: 'string' },
  { name: 'role', type: 'string' },
  { name: 'former', type: 'boolean' },
  { name: 'posted_to', type: 'string' },
  { name: 'ambassador', type: 'string' },
  { name: 'by', type: 'liststring' },
  { name: 'charge', type: 'string' },
  { name: 'chargeLabel', type: 'string' },
  { name: 'status', type: 'string' },
  { name: 'from', type: 'string' },
  { name: 'until', type: 'string' },
  { name: 'agreement', type: 'string' },
  // time values (src/pipeline/time/calendar.ts): ISO 8601 days, months, years or spans of days
  { name: 'firstSeen', type: 'string' },
  { name: 'lastSeen', type: 'string' },
  { name: 'date', type: 'string' },
  { name: 'evidence', type: 'json' },
];

/** Columns computed from `evidence`, so that Gephi, Neo4j and spreadsheets show support without parsing JSON. */
export const EVIDENCE_COLUMNS: readonly Column[] = [
  { name: 'evidence_count', type: 'integer', derived: true },
  { name: 'evidence_text', type: 'string', derived: true },
];

/** Edge attributes whose values are node keys (written as links where a format has them, e.g. RDF). */
export { isNodeReference } from '../graph/schema.js';

const INT32_MAX = 0x7fffffff;

export function fitsType(type: ValueType, value: unknown): boolean {
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value) && Math.abs(value as number) <= INT32_MAX;
    case 'long':
      return Number.isSafeInteger(value);
    case 'double':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'liststring':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'json':
      return value !== undefined;
  }
}

// Narrowest first: the first type every value fits is the inferred one.
const INFERENCE_ORDER: readonly ValueType[] = ['boolean', 'integer', 'long', 'double', 'string', 'liststring', 'json'];

interface Seen {
  /** every value so far fits the schema's type */
  preferredFits: boolean;
  /** INFERENCE_ORDER types that every value so far fits */
  candidates: ValueType[];
}

/** Columns for a set of attribute records: present schema attributes in schema order, then the others by name. */
export function columnsOf(records: Iterable<Record<string, unknown>>, schema: readonly Column[]): Column[] {
  const known = new Map(schema.map((c) => [c.name, c.type]));
  // types are narrowed value by value, so that 300,000 edges need no arrays of their values
  const seen = new Map<string, Seen>();
  for (const attributes of records) {
    for (const name in attributes) {
      const value = attributes[name];
      if (value === undefined || value === null) continue;
      let s = seen.get(name);
      if (!s) {
        s = { preferredFits: known.has(name), candidates: [...INFERENCE_ORDER] };
        seen.set(name, s);
      }
      if (s.preferredFits && !fitsType(known.get(name)!, value)) s.preferredFits = false;
      if (!fitsType(s.candidates[0]!, value)) s.candidates = s.candidates.filter((t) => fitsType(t, value));
    }
  }
  const typeOf = (name: string, s: Seen) => (s.preferredFits ? known.get(name)! : s.candidates[0]!);
  const columns: Column[] = [];
  for (const c of schema) {
    const s = seen.get(c.name);
    if (s) columns.push({ name: c.name, type: typeOf(c.name, s) });
  }
  const extras = [...seen.keys()].filter((n) => !known.has(n)).sort();
  for (const name of extras) columns.push({ name, type: typeOf(name, seen.get(name)!) });
  return columns;
}

export interface GraphModel {
  nodeColumns: Column[];
  edgeColumns: Column[];
}

export function graphModel(graph: NewsGraph): GraphModel {
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  graph.forEachNode((_key, attributes) => void nodes.push(attributes as unknown as Record<string, unknown>));
  graph.forEachEdge((_key, attributes) => void edges.push(attributes as unknown as Record<string, unknown>));
  return { nodeColumns: columnsOf(nodes, NODE_SCHEMA), edgeColumns: columnsOf(edges, EDGE_SCHEMA) };
}

/** Value of a derived evidence column for an edge's attributes. */
export function evidenceValue(name: string, attributes: Record<string, unknown>): unknown {
  const evidence = Array.isArray(attributes.evidence) ? (attributes.evidence as { text?: unknown }[]) : [];
  if (name === 'evidence_count') return evidence.length;
  const first = evidence[0]?.text;
  return typeof first === 'string' ? first : undefined;
}

/** Node size from its degree: grows with the square root so hubs stand out without swamping the picture. */
export const sizeForDegree = (degree: number) => Math.round((4 + 2 * Math.sqrt(degree)) * 100) / 100;
