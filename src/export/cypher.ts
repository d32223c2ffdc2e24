// A Cypher script of idempotent MERGE statements for Neo4j 5 (`cypher-shell -f graph.cypher`): running it twice
// leaves the database as running it once. Nodes are matched on `id` (the node key) under the label `Entity`,
// which a uniqueness constraint indexes; relationships on their edge `key` between their two nodes. Rows go in
// batches through UNWIND, one statement per entity type or predicate and batch, because labels and relationship
// types cannot be parameters. `SET n = row` replaces every property, so a re-export after a rebuild updates the
// database instead of piling up stale values. The same model as the CSV export: labels `Entity` + type, types in
// upper case (csv.ts), `evidence` as a JSON string plus `evidence_count` and `evidence_text`.
import type { NewsGraph } from '../store/graph-file.js';
import { relationshipType } from './csv.js';
import { EVIDENCE_COLUMNS, evidenceValue, graphModel, type Column } from './model.js';

export const CYPHER_BATCH_SIZE = 500;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPE = /[\\'\u0000-\u001f]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A Cypher string literal; unpaired surrogates cannot be encoded in UTF-8 and are removed. */
export function cypherString(s: string): string {
  const escaped = s
    .replace(LONE_SURROGATE, '')
    .replace(ESCAPE, (c) => ESCAPES[c] ?? '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  return `'${escaped}'`;
}

/** A name as a Cypher identifier: bare when it is a plain identifier, otherwise in backticks. */
export const cypherName = (name: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : '`' + name.replace(/`/g, '``') + '`');

/** A value of a typed column as a Cypher literal; doubles keep a decimal point so Neo4j stores a Float. */
export function cypherValue(column: Column, value: unknown): string {
  switch (column.type) {
    case 'string':
      return cypherString(value as string);
    case 'liststring':
      return '[' + (value as string[]).map(cypherString).join(', ') + ']';
    case 'json':
      return cypherString(JSON.stringify(value));
    case 'double': {
      const s = String(value);
      return /[.eE]/.test(s) ? s : s + '.0';
    }
    default:
      return String(value);
  }
}

function cypherMap(entries: [string, string][]): string {
  return '{' + entries.map(([k, v]) => `${cypherName(k)}: ${v}`).join(', ') + '}';
}

/** Groups items by a name, keeping first-seen order, and cuts each group into batches. */
function batches<T>(items: Iterable<[string, T]>): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const [name, item] of items) {
    let g = groups.get(name);
    if (!g) groups.set(name, (g = []));
    g.push(item);
  }
  const out: [string, T[]][] = [];
  for (const [name, g] of groups) for (let i = 0; i < g.length; i += CYPHER_BATCH_SIZE) out.push([name, g.slice(i, i + CYPHER_BATCH_SIZE)]);
  return out;
}

export function toCypher(graph: NewsGraph): string {
  const model = graphModel(graph);
  const out: string[] = [
    `// newsgraph knowledge graph: ${graph.order} entities, ${graph.size} relations.\n`,
    '// Load into Neo4j 5 with: cypher-shell -u neo4j -p PASSWORD -f graph.cypher (idempotent: safe to run again)\n',
    'CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n',
  ];
  const nodeRows: [string, string][] = [];
  graph.forEachNode((key, a) => {
    const attributes = a as unknown as Record<string, unknown>;
    const entries: [string, string][] = [['id', cypherString(key)]];
    for (const c of model.nodeColumns) {
      const v = attributes[c.name];
      if (v !== undefined && v !== null && c.name !== 'id') entries.push([c.name, cypherValue(c, v)]);
    }
    nodeRows.push([typeof a.type === 'string' && a.type ? a.type : 'Entity', cypherMap(entries)]);
  });
  for (const [type, rows] of batches(nodeRows)) {
    out.push(
      `UNWIND [\n  ${rows.join(',\n  ')}\n] AS row\n`,
      `MERGE (n:Entity {id: row.id}) SET n = row${type === 'Entity' ? '' : ` SET n:${cypherName(type)}`};\n`,
    );
  }
  const edgeRows: [string, string][] = [];
  graph.forEachEdge((key, a, source, target) => {
    const attributes = a as unknown as Record<string, unknown>;
    const props: [string, string][] = [['key', cypherString(key)]];
    for (const c of model.edgeColumns) {
      const v = attributes[c.name];
      if (v !== undefined && v !== null && c.name !== 'key') props.push([c.name, cypherValue(c, v)]);
    }
    for (const c of EVIDENCE_COLUMNS) {
      const v = evidenceValue(c.name, attributes);
      if (v !== undefined) props.push([c.name, cypherValue(c, v)]);
    }
    const row = cypherMap([['source', cypherString(source)], ['target', cypherString(target)], ['props', cypherMap(props)]]);
    edgeRows.push([relationshipType(String(a.predicate)), row]);
  });
  for (const [type, rows] of batches(edgeRows)) {
    out.push(
      `UNWIND [\n  ${rows.join(',\n  ')}\n] AS row\n`,
      'MATCH (a:Entity {id: row.source}) MATCH (b:Entity {id: row.target})\n',
      `MERGE (a)-[r:${cypherName(type)} {key: row.props.key}]->(b) SET r = row.props;\n`,
    );
  }
  return out.join('');
}
