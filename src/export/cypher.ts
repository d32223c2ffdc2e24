// A Cypher script of idempotent MERGE statements for Neo4j 5 (`cypher-shell -f graph.cypher`): running it twice
// leaves the database as running it once. Nodes are matched on `id` (the node key) under the label `Entity`,
// which a uniqueness constraint indexes; relationships on their edge `key` between their two nodes. Rows go in
// batches through UNWIND, one statement per entity type or predicate and batch, because labels and relationship
// types cannot be parameters. `SET n = row` replaces every property, so a re-export after a rebuild updates the
// database instead of piling up stale values. The same model as the CSV export: labels `Entity` + type, types in
// upper case (csv.ts), `evidence` as a JSON string plus `evidence_count` and `evidence_text`.
import type { NewsGraph } from '../store/graph-file.js';
import { ChunkedText, type ChunkSink } from './chunks.js';
import { relationshipType } from './csv.js';
import { escapedLiteral } from './literal.js';
import { EVIDENCE_COLUMNS, evidenceValue, graphModel, type Column } from './model.js';

export const CYPHER_BATCH_SIZE = 500;

/** A Cypher string literal; unpaired surrogates cannot be encoded in UTF-8 and are removed. */
export const cypherString = (s: string): string => escapedLiteral(s, "'");

/** A name as a Cypher identifier: bare when it is a plain identifier, otherwise in backticks. */
export const cypherName = (name: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``);

// map keys are a handful of attribute names, each written once per node or edge: quoted once
const mapKeys = new Map<string, string>();
const mapKey = (name: string) => {
  let key = mapKeys.get(name);
  if (key === undefined) {
    key = `${cypherName(name)}: `;
    mapKeys.set(name, key);
  }
  return key;
};

/** A value of a typed column as a Cypher literal; doubles keep a decimal point so Neo4j stores a Float. */
export function cypherValue(column: Column, value: unknown): string {
  switch (column.type) {
    case 'string':
      return cypherString(value as string);
    case 'liststring':
      return `[${(value as string[]).map(cypherString).join(', ')}]`;
    case 'json':
      return cypherString(JSON.stringify(value));
    case 'double': {
      const s = String(value);
      return /[.eE]/.test(s) ? s : `${s}.0`;
    }
    default:
      return String(value);
  }
}

function cypherMap(entries: [string, string][]): string {
  // joined rather than built with +=, which makes a rope the chunk's join must walk and copy again
  return `{${entries.map(([k, v]) => mapKey(k) + v).join(', ')}}`;
}

/** A node's or edge's properties: its key under `keyName`, then each column it has a value for. */
function propertyEntries(keyName: string, key: string, columns: Column[], attributes: Record<string, unknown>): [string, string][] {
  const entries: [string, string][] = [[keyName, cypherString(key)]];
  for (const c of columns) {
    const v = attributes[c.name];
    if (v !== undefined && v !== null && c.name !== keyName) entries.push([c.name, cypherValue(c, v)]);
  }
  return entries;
}

/** Groups keys by a name, keeping first-seen order, and cuts each group into batches. */
function batches(items: Iterable<[string, string]>): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const [name, key] of items) {
    let g = groups.get(name);
    if (!g) {
      g = [];
      groups.set(name, g);
    }
    g.push(key);
  }
  const out: [string, string[]][] = [];
  for (const [name, g] of groups) for (let i = 0; i < g.length; i += CYPHER_BATCH_SIZE) out.push([name, g.slice(i, i + CYPHER_BATCH_SIZE)]);
  return out;
}

export const toCypher = (graph: NewsGraph): string => cypherChunks(graph).join('');

export function cypherChunks(graph: NewsGraph, sink?: ChunkSink): string[] {
  const model = graphModel(graph);
  const out = new ChunkedText(sink);
  out.push(
    `// newsgraph knowledge graph: ${graph.order} entities, ${graph.size} relations.\n`,
    '// Load into Neo4j 5 with: cypher-shell -u neo4j -p PASSWORD -f graph.cypher (idempotent: safe to run again)\n',
    'CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n',
  );
  // batches hold keys, and rows are written batch by batch, so the script is never in memory twice
  const nodeRow = (key: string) => cypherMap(propertyEntries('id', key, model.nodeColumns, graph.getNodeAttributes(key) as unknown as Record<string, unknown>));
  const nodeTypes = graph.mapNodes((key, a): [string, string] => [typeof a.type === 'string' && a.type ? a.type : 'Entity', key]);
  for (const [type, keys] of batches(nodeTypes)) {
    out.push('UNWIND [\n  ', keys.map(nodeRow).join(',\n  '), '\n] AS row\n');
    out.push(`MERGE (n:Entity {id: row.id}) SET n = row${type === 'Entity' ? '' : ` SET n:${cypherName(type)}`};\n`);
  }
  const edgeRow = (key: string) => {
    const attributes = graph.getEdgeAttributes(key) as unknown as Record<string, unknown>;
    const props = propertyEntries('key', key, model.edgeColumns, attributes);
    for (const c of EVIDENCE_COLUMNS) {
      const v = evidenceValue(c.name, attributes);
      if (v !== undefined) props.push([c.name, cypherValue(c, v)]);
    }
    const source = cypherString(graph.source(key));
    const target = cypherString(graph.target(key));
    return cypherMap([
      ['source', source],
      ['target', target],
      ['props', cypherMap(props)],
    ]);
  };
  const edgeTypes = graph.mapEdges((key, a): [string, string] => [relationshipType(String(a.predicate)), key]);
  for (const [type, keys] of batches(edgeTypes)) {
    out.push('UNWIND [\n  ', keys.map(edgeRow).join(',\n  '), '\n] AS row\n');
    out.push(
      'MATCH (a:Entity {id: row.source}) MATCH (b:Entity {id: row.target})\n',
      `MERGE (a)-[r:${cypherName(type)} {key: row.props.key}]->(b) SET r = row.props;\n`,
    );
  }
  return out.end();
}
