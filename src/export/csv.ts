// CSV for Neo4j's bulk importer (`neo4j-admin database import full`): nodes.csv and relationships.csv with
// neo4j-admin header syntax: `id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, and typed property columns
// (`mentions:int`, `confidence:double`, `negated:boolean`, `aliases:string[]`; untyped columns are strings).
//
// - Every node gets the labels `Entity` and its type (`Entity␟Person`); relationship types are the predicates
//   in upper case (HOLDS_ROLE), and each relationship keeps `predicate` and its edge `key` as properties.
// - Arrays and the label list are joined with ARRAY_DELIMITER, U+001F (the ASCII unit separator), because
//   neo4j-admin has no escape for its array delimiter and the default `;` occurs in real aliases and sentences.
//   Load with `--array-delimiter=U+001F`; a U+001F inside an array element is removed.
// - Strings are always quoted ("" for a quote), numbers and booleans never; an empty field is an absent
//   property, `""` an empty string. Sentences may contain newlines: load with `--multiline-fields=true`.
// - `evidence` is one JSON string property; `evidence_count:int` and `evidence_text` (its first sentence) are
//   there for queries. An empty array and an absent one are both written as an empty field.
import type { NewsGraph } from '../store/graph-file.js';
import { ChunkedText, type ChunkSink } from './chunks.js';
import { EVIDENCE_COLUMNS, evidenceValue, graphModel, type Column, type ValueType } from './model.js';

export const ARRAY_DELIMITER = '\u001f';

const NEO4J_TYPE: Record<ValueType, string> = {
  boolean: ':boolean',
  integer: ':int',
  long: ':long',
  double: ':double',
  string: '',
  liststring: ':string[]',
  json: '',
};

/** The Neo4j relationship type of a predicate: upper case, anything but letters, digits and _ as _. */
export const relationshipType = (predicate: string) => predicate.toUpperCase().replace(/[^A-Z0-9_]/g, '_') || 'RELATED';

// a header name cannot contain the header's own syntax characters
const propertyName = (name: string) => name.replace(/[:,"\r\n]/g, '_');

const quote = (s: string) => (s.includes('"') ? `"${s.replace(/"/g, '""')}"` : `"${s}"`);
const joinArray = (items: string[]) => quote(items.map((s) => s.replaceAll(ARRAY_DELIMITER, '')).join(ARRAY_DELIMITER));

export function csvValue(type: ValueType, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (type) {
    case 'liststring':
      return (value as string[]).length ? joinArray(value as string[]) : '';
    case 'json':
      return quote(JSON.stringify(value));
    case 'string':
      return quote(value as string);
    default:
      return String(value);
  }
}

const header = (columns: Column[]) => columns.map((c) => propertyName(c.name) + NEO4J_TYPE[c.type]);

export interface CsvFiles<T = string> {
  nodes: T;
  relationships: T;
}

export function toNeo4jCsv(graph: NewsGraph): CsvFiles {
  const { nodes, relationships } = neo4jCsvChunks(graph);
  return { nodes: nodes.join(''), relationships: relationships.join('') };
}

export function neo4jCsvChunks(graph: NewsGraph, sinks?: CsvFiles<ChunkSink>): CsvFiles<string[]> {
  const model = graphModel(graph);
  const nodes = new ChunkedText(sinks?.nodes);
  nodes.push(`${['id:ID', ':LABEL', ...header(model.nodeColumns)].join(',')}\n`);
  graph.forEachNode((key, a) => {
    const attributes = a as unknown as Record<string, unknown>;
    const type: unknown = a.type;
    const labels = typeof type === 'string' && type && type !== 'Entity' ? ['Entity', type] : ['Entity'];
    const row = [quote(key), joinArray(labels)];
    for (const c of model.nodeColumns) row.push(csvValue(c.type, attributes[c.name]));
    nodes.push(`${row.join(',')}\n`);
  });
  const edgeColumns = model.edgeColumns;
  const relationships = new ChunkedText(sinks?.relationships);
  relationships.push(`${[':START_ID', ':END_ID', ':TYPE', 'key', ...header(edgeColumns), ...header([...EVIDENCE_COLUMNS])].join(',')}\n`);
  graph.forEachEdge((key, a, source, target) => {
    const attributes = a as unknown as Record<string, unknown>;
    const row = [quote(source), quote(target), relationshipType(String(a.predicate)), quote(key)];
    for (const c of edgeColumns) row.push(csvValue(c.type, attributes[c.name]));
    for (const c of EVIDENCE_COLUMNS) row.push(csvValue(c.type, evidenceValue(c.name, attributes)));
    relationships.push(`${row.join(',')}\n`);
  });
  return { nodes: nodes.end(), relationships: relationships.end() };
}
