// JSON: the graph file itself (graphology's export of the MultiDirectedGraph, see ../store/graph-file.ts), byte
// for byte what serializeGraph gives and `newsgraph build` writes, so `newsgraph export --format json` copies
// and normalises a graph and its output is a valid --graph input. Written node by node and edge by edge in
// chunks rather than as one string (see chunks.ts); the tests check the bytes agree.
import { graphJsonChunks, type NewsGraph } from '../store/graph-file.js';
import type { ChunkSink } from './chunks.js';

export const jsonChunks = (graph: NewsGraph, sink?: ChunkSink): string[] => graphJsonChunks(graph, sink);

export const toJson = (graph: NewsGraph): string => jsonChunks(graph).join('');
