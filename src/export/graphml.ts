// GraphML (networkx, igraph, yEd, Gephi, graphology-graphml) with typed keys. graphology-graphml only parses,
// so this is our own writer. GraphML has no list type: lists (aliases, docs, by) and `evidence` are JSON text
// in string keys. Key ids are d0, d1, … because GraphML ids must be
// NMTOKENs; attr.name carries the attribute's name. Graph attributes (schemaVersion, documents) are kept as
// graph data. Deterministic: the same graph always gives the same bytes.
import type { NewsGraph } from '../store/graph-file.js';
import { EVIDENCE_COLUMNS, columnsOf, evidenceValue, graphModel, type Column, type ValueType } from './model.js';
import { ChunkedText, type ChunkSink } from './chunks.js';
import { xmlAttribute, xmlText } from './xml.js';

const GRAPHML_TYPE: Record<ValueType, string> = {
  boolean: 'boolean',
  integer: 'int',
  long: 'long',
  double: 'double',
  string: 'string',
  liststring: 'string',
  json: 'string',
};

export function graphmlValue(type: ValueType, value: unknown): string {
  return type === 'liststring' || type === 'json' ? JSON.stringify(value) : String(value);
}

interface Key extends Column {
  id: string;
}

export const toGraphml = (graph: NewsGraph): string => graphmlChunks(graph).join('');

export function graphmlChunks(graph: NewsGraph, sink?: ChunkSink): string[] {
  const model = graphModel(graph);
  const graphColumns = columnsOf([graph.getAttributes() as unknown as Record<string, unknown>], []);
  let n = 0;
  const keyed = (columns: Column[]): Key[] => columns.map((c) => ({ ...c, id: `d${n++}` }));
  const graphKeys = keyed(graphColumns);
  const nodeKeys = keyed(model.nodeColumns);
  const edgeKeys = keyed(graph.size ? [...model.edgeColumns, ...EVIDENCE_COLUMNS] : model.edgeColumns);

  const out = new ChunkedText(sink);
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  );
  for (const [domain, keys] of [
    ['graph', graphKeys],
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const) {
    for (const k of keys) out.push(`  <key id="${k.id}" for="${domain}" attr.name="${xmlAttribute(k.name)}" attr.type="${GRAPHML_TYPE[k.type]}"/>\n`);
  }
  const data = (keys: Key[], attributes: Record<string, unknown>, indent: string, derived: boolean) => {
    let s = '';
    for (const k of keys) {
      const value = derived && k.derived ? evidenceValue(k.name, attributes) : attributes[k.name];
      if (value === undefined || value === null) continue;
      s += `${indent}<data key="${k.id}">${xmlText(graphmlValue(k.type, value))}</data>\n`;
    }
    return s;
  };
  out.push('  <graph id="newsgraph" edgedefault="directed">\n');
  out.push(data(graphKeys, graph.getAttributes() as unknown as Record<string, unknown>, '    ', false));
  graph.forEachNode((key, attributes) => {
    out.push(`    <node id="${xmlAttribute(key)}">\n`, data(nodeKeys, attributes as unknown as Record<string, unknown>, '      ', false), '    </node>\n');
  });
  graph.forEachEdge((key, attributes, source, target) => {
    out.push(
      `    <edge id="${xmlAttribute(key)}" source="${xmlAttribute(source)}" target="${xmlAttribute(target)}">\n`,
      data(edgeKeys, attributes as unknown as Record<string, unknown>, '      ', true),
      '    </edge>\n',
    );
  });
  out.push('  </graph>\n', '</graphml>\n');
  return out.end();
}
