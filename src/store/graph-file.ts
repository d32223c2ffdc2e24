// Reading and writing graph/graph.json: graphology's export of a MultiDirectedGraph (see graph/schema.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { UserError } from '../errors.js';
import type { EdgeAttributes, GraphAttributes, GraphExport, NodeAttributes } from '../graph/schema.js';
import { useDictionaryAdjacency } from './adjacency.js';
import { writeFileAtomic } from './atomic.js';

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createGraph(): NewsGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  useDictionaryAdjacency(graph);
  return graph;
}

/**
 * The exact bytes of graph.json, as pieces (one per node and edge, so a large graph never becomes one huge
 * string): the same graph always gives the same bytes. One node or edge a line: compact enough to parse
 * fast (indented JSON is about twice the size), and a diff still shows which entities and relations changed.
 */
export function graphJsonChunks(graph: NewsGraph): string[] {
  const data = graph.export();
  const chunks = [`{"options":${JSON.stringify(data.options)},"attributes":${JSON.stringify(data.attributes)},\n`];
  const list = (name: string, items: unknown[], last: boolean) => {
    chunks.push(`"${name}":[`);
    items.forEach((item, i) => chunks.push(`${i ? ',' : ''}\n${JSON.stringify(item)}`));
    chunks.push(items.length ? '\n]' : ']', last ? '}\n' : ',\n');
  };
  list('nodes', data.nodes, false);
  list('edges', data.edges, true);
  return chunks;
}

export const serializeGraph = (graph: NewsGraph): string => graphJsonChunks(graph).join('');

/** Checks that parsed JSON is a newsgraph graph and loads it; `source` names the file in errors. */
export function graphFromExport(data: unknown, source: string): NewsGraph {
  const d = data as Partial<GraphExport> | null;
  if (!d || typeof d !== 'object' || !Array.isArray(d.nodes) || !Array.isArray(d.edges))
    throw new UserError(`${source} is not a newsgraph graph (no nodes/edges arrays): build one with 'newsgraph build'`);
  if (typeof d.attributes?.schemaVersion !== 'number')
    throw new UserError(`${source} is not a newsgraph graph (no schemaVersion): build one with 'newsgraph build'`);
  const graph = createGraph();
  try {
    graph.import(d as GraphExport);
  } catch (e) {
    throw new UserError(`${source} is not a valid graph (${(e as Error).message}): rebuild it with 'newsgraph build'`);
  }
  return graph;
}

export function readGraphFile(path: string): NewsGraph {
  if (!existsSync(path)) throw new UserError(`graph file not found: ${path} (run 'newsgraph build' first or pass --graph FILE)`);
  if (statSync(path).isDirectory()) throw new UserError(`${path} is a directory: pass the graph file, e.g. ${path}/graph.json`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UserError(`${path} is not JSON (${(e as Error).message}): pass a graph.json written by 'newsgraph build'`);
  }
  return graphFromExport(data, path);
}

export function writeGraphFile(path: string, graph: NewsGraph): void {
  writeFileAtomic(path, serializeGraph(graph));
}
