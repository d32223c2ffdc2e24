// JSON: the graph file itself (graphology's export of the MultiDirectedGraph, see ../store/graph-file.ts), byte
// for byte what serializeGraph gives and `newsgraph build` writes, so `newsgraph export --format json` copies
// and normalises a graph and its output is a valid --graph input. Written node by node and edge by edge in
// chunks rather than as one JSON.stringify of the whole graph (see chunks.ts); the tests check the bytes agree.
import type { NewsGraph } from '../store/graph-file.js';
import { ChunkedText } from './chunks.js';

// JSON strings never hold a raw newline, so every newline in JSON.stringify's output is indentation
const indented = (json: string, pad: string) => json.replace(/\n/g, '\n' + pad);

export function jsonChunks(graph: NewsGraph): string[] {
  const data = graph.export() as unknown as Record<string, unknown>;
  const out = new ChunkedText();
  out.push('{\n');
  const keys = Object.keys(data).filter((k) => data[k] !== undefined);
  keys.forEach((key, i) => {
    const value = data[key];
    const comma = i < keys.length - 1 ? ',\n' : '\n';
    if (Array.isArray(value) && value.length) {
      out.push(` ${JSON.stringify(key)}: [\n`);
      const last = value.length - 1;
      value.forEach((item, j) => out.push('  ', indented(JSON.stringify(item, null, 1) ?? 'null', '  '), j < last ? ',\n' : '\n'));
      out.push(' ]', comma);
    } else out.push(` ${JSON.stringify(key)}: `, indented(JSON.stringify(value, null, 1), ' '), comma);
  });
  out.push('}\n');
  return out.end();
}

export const toJson = (graph: NewsGraph): string => jsonChunks(graph).join('');
