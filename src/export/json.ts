// JSON: the graph file itself (graphology's export of the MultiDirectedGraph, see ../store/graph-file.ts), byte
// for byte what `newsgraph build` writes, so `newsgraph export --format json` copies and normalises a graph and
// its output is a valid --graph input.
import { serializeGraph, type NewsGraph } from '../store/graph-file.js';

export const toJson = (graph: NewsGraph): string => serializeGraph(graph);
