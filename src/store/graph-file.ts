// Reading and writing graph/graph.json: graphology's export of a MultiDirectedGraph (see graph/schema.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { UserError } from '../errors.js';
import { ChunkedText, type ChunkSink } from '../export/chunks.js';
import type { EdgeAttributes, GraphAttributes, GraphExport, NodeAttributes } from '../graph/schema.js';
import { useDictionaryAdjacency } from './adjacency.js';
import { writeFileAtomic } from './atomic.js';

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createGraph(): NewsGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  useDictionaryAdjacency(graph);
  return graph;
}

const isEmpty = (o: object) => {
  for (const _ in o) return false;
  return true;
};

/**
 * The exact bytes of graph.json, in chunks of about a megabyte (so a large graph never becomes one huge
 * string, and with a sink never sits in memory whole): the same graph always gives the same bytes. One node or
 * edge a line: compact enough to parse fast (indented JSON is about twice the size), and a diff still shows
 * which entities and relations changed. Items are written one at a time as graphology's export() writes them
 * (no `attributes` when there are none), so the text is JSON.stringify(graph.export()) with line breaks, without
 * export()'s copy of every attribute object.
 */
export function graphJsonChunks(graph: NewsGraph, sink?: ChunkSink): string[] {
  const out = new ChunkedText(sink);
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  out.push(`{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},\n"nodes":[`);
  let first = true;
  graph.forEachNode((key, attributes) => {
    out.push(first ? '\n' : ',\n', JSON.stringify(isEmpty(attributes) ? { key } : { key, attributes }));
    first = false;
  });
  out.push(first ? ']' : '\n]', ',\n"edges":[');
  first = true;
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const item: Record<string, unknown> = { key, source, target };
    if (!isEmpty(attributes)) item.attributes = attributes;
    if (graph.type === 'mixed' && undirected) item.undirected = true;
    out.push(first ? '\n' : ',\n', JSON.stringify(item));
    first = false;
  });
  out.push(first ? ']' : '\n]', '}\n');
  return out.end();
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

/** The graph file the --graph argument of any command reads (or from the default path). */
export const DEFAULT_GRAPH_PATH = 'graph/graph.json';

/**
 * The graph file a command reads: `--graph PATH` (a graph.json, or the directory `build --out DIR` wrote it
 * to), else $NEWSGRAPH_GRAPH (the same), else graph/graph.json.
 */
export function graphPathOf(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return graphFileOf(option ?? (env.NEWSGRAPH_GRAPH || DEFAULT_GRAPH_PATH));
}

/** `path` itself, or DIR/graph.json for a directory (what `newsgraph build --out DIR` writes). */
export function graphFileOf(path: string): string {
  return existsSync(path) && statSync(path).isDirectory() ? join(path, 'graph.json') : path;
}

/** Reads a graph file (or the graph.json of a directory); every problem is a UserError naming the file. */
export function readGraphFile(given: string): NewsGraph {
  const path = graphFileOf(given);
  if (!existsSync(path)) {
    const dir = basename(path) === 'graph.json' ? dirname(path) : 'DIR';
    throw new UserError(`graph file not found: ${path} (build one with 'newsgraph build ARTICLES --out ${dir}', or pass --graph FILE or DIR)`);
  }
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
