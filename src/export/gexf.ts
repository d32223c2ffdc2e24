// GEXF 1.3 for Gephi (and networkx ≥ 3.6, graphology-gexf), valid against ../shared/spec/gexf-1.3/gexf.rng.
//
// Written by hand rather than with graphology-gexf's writer, whose `version: '1.3'` output (0.13.2) does not
// validate: it writes every graph attribute as an element of <meta> (e.g. <schemaVersion>, not in the grammar),
// passes characters XML 1.0 forbids through (the file is then not even well-formed), lets newlines in attribute
// values be normalised to spaces, throws on object-valued attributes such as `evidence`, and infers attribute
// types from values (a confidence of 1 everywhere would be declared an integer).
//
// Multigraph-safe: every edge has its own id, and `kind` is the predicate, because Gephi merges parallel edges
// of the same kind. Two edges with the same source, target and predicate (e.g. two roles of one person in one
// country) get kinds `holds_role`, `holds_role#2`, … so Gephi keeps both; the `predicate` attribute is always
// the plain predicate. The output depends only on the graph (no date of writing), so `newsgraph build` stays
// byte-identical.
//
// Time: where edges are dated the graph is `mode="dynamic"` with `timeformat="date"`, so Gephi's timeline plays
// it. An edge lives over the days of its evidence (`start` to `end`): each sentence at its event date where it
// dates the event (a year or a week spans its days), else at its document's publication day; an edge with
// several such periods also gets one <spell> each. A node lives from its first edge's start to its last
// edge's end. Undated edges and nodes carry no time and are always shown.
import type { NewsGraph } from '../store/graph-file.js';
import { EVIDENCE_COLUMNS, evidenceValue, graphModel, sizeForDegree, type Column, type ValueType } from './model.js';
import { ChunkedText, type ChunkSink } from './chunks.js';
import { removeXmlForbidden, xmlAttribute, xmlQuotedAttribute } from './xml.js';
import { periodOf } from '../pipeline/time/calendar.js';
import { colorOfType, rgbOf } from '../graph/styles.js';

const GEXF_TYPE: Record<ValueType, string> = {
  boolean: 'boolean',
  integer: 'integer',
  long: 'long',
  double: 'double',
  string: 'string',
  liststring: 'liststring',
  json: 'string',
};

/** GEXF 1.3 list syntax as Gephi writes it and graphology-gexf reads it: ["a", "b"], items JSON-quoted. */
const gexfList = (items: string[]) => `[${items.map((s) => JSON.stringify(removeXmlForbidden(s))).join(', ')}]`;

/** An attribute value as GEXF text (before XML escaping). */
export function gexfValue(type: ValueType, value: unknown): string {
  switch (type) {
    case 'liststring':
      return gexfList(value as string[]);
    case 'json':
      return JSON.stringify(value);
    default:
      return String(value);
  }
}

function declarations(cls: 'node' | 'edge', columns: Column[]): string {
  if (!columns.length) return '';
  const lines = columns.map((c) => `      <attribute id="${xmlAttribute(c.name)}" title="${xmlAttribute(c.name)}" type="${GEXF_TYPE[c.type]}"/>\n`);
  return `    <attributes class="${cls}">\n${lines.join('')}    </attributes>\n`;
}

/** A column with the start of its <attvalue> element, escaped once rather than once per node or edge. */
interface AttvalueColumn extends Column {
  opening: string;
}

const attvalueColumns = (columns: Column[]): AttvalueColumn[] =>
  columns.map((c) => ({ ...c, opening: `          <attvalue for="${xmlAttribute(c.name)}" value=` }));

function attvalues(columns: AttvalueColumn[], attributes: Record<string, unknown>, derived: boolean): string {
  let out = '';
  for (const c of columns) {
    const value = derived && c.derived ? evidenceValue(c.name, attributes) : attributes[c.name];
    if (value === undefined || value === null) continue;
    out += `${c.opening}${xmlQuotedAttribute(gexfValue(c.type, value))}/>\n`;
  }
  return out ? `        <attvalues>\n${out}        </attvalues>\n` : '';
}

/** The periods an edge's evidence gives, in order, overlapping ones merged: [first day, last day]. */
export function edgeSpells(evidence: unknown): [string, string][] {
  const periods: [string, string][] = [];
  for (const e of Array.isArray(evidence) ? (evidence as { date?: unknown; eventDate?: unknown }[]) : []) {
    const p = typeof e.eventDate === 'string' ? periodOf(e.eventDate) : typeof e.date === 'string' ? periodOf(e.date) : undefined;
    if (p) periods.push(p);
  }
  periods.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const merged: [string, string][] = [];
  for (const p of periods) {
    const last = merged[merged.length - 1];
    if (last && p[0] <= last[1]) {
      if (p[1] > last[1]) last[1] = p[1];
    } else merged.push([p[0], p[1]]);
  }
  return merged;
}

/** The GEXF document as a string (what `newsgraph build` writes to graph/graph.gexf). */
export const toGexf = (graph: NewsGraph): string => gexfChunks(graph).join('');

// days are ISO dates (YYYY-MM-DD), so they compare as strings
const earlierDay = (a: string, b: string) => (a < b ? a : b);
const laterDay = (a: string, b: string) => (a > b ? a : b);

/** `viz:color` channels of an entity type: the viewer's colour (src/graph/styles.ts), parsed once per type. */
const typeRgb = new Map<string, [number, number, number]>();
function rgbOfType(type: string): [number, number, number] {
  let rgb = typeRgb.get(type);
  if (!rgb) {
    rgb = rgbOf(colorOfType(type));
    typeRgb.set(type, rgb);
  }
  return rgb;
}

export function gexfChunks(graph: NewsGraph, sink?: ChunkSink): string[] {
  const model = graphModel(graph);
  // label is the element's own attribute; x and y are the viz position
  const position = (name: string) => model.nodeColumns.some((c) => c.name === name && c.type === 'double');
  const nodeColumns = model.nodeColumns.filter((c) => c.name !== 'label' && !((c.name === 'x' || c.name === 'y') && position(c.name)));
  const edgeColumns = [...model.edgeColumns.filter((c) => c.name !== 'label'), ...(graph.size ? EVIDENCE_COLUMNS : [])];
  const documents = graph.getAttribute('documents');
  const nodeAttvalues = attvalueColumns(nodeColumns);
  const edgeAttvalues = attvalueColumns(edgeColumns);

  // the time of every edge, and of every node from its edges
  const spells = new Map<string, [string, string][]>();
  const nodeTime = new Map<string, [string, string]>();
  graph.forEachEdge((key, a, source, target) => {
    const list = edgeSpells(a.evidence);
    if (!list.length) return;
    spells.set(key, list);
    const [first, last] = [list[0]![0], list[list.length - 1]![1]];
    for (const n of [source, target]) {
      const t = nodeTime.get(n);
      nodeTime.set(n, t ? [earlierDay(first, t[0]), laterDay(last, t[1])] : [first, last]);
    }
  });
  const dynamic = spells.size > 0;
  const time = (t: [string, string] | undefined) => (t ? ` start="${t[0]}" end="${t[1]}"` : '');

  const out = new ChunkedText(sink);
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n',
    '  <meta>\n',
    '    <creator>newsgraph</creator>\n',
    `    <description>newsgraph knowledge graph: ${graph.order} entities, ${graph.size} relations` +
      `${Array.isArray(documents) ? ` from ${documents.length} documents` : ''}</description>\n`,
    '  </meta>\n',
    `  <graph defaultedgetype="directed" idtype="string"${dynamic ? ' mode="dynamic" timeformat="date" timerepresentation="interval"' : ''}>\n`,
    declarations('node', nodeColumns),
    declarations('edge', edgeColumns),
    `    <nodes count="${graph.order}">\n`,
  );
  graph.forEachNode((key, a) => {
    const attributes = a as unknown as Record<string, unknown>;
    const label = typeof a.label === 'string' ? ` label="${xmlAttribute(a.label)}"` : '';
    const [r, g, b] = rgbOfType(a.type);
    const hasPosition = typeof a.x === 'number' && typeof a.y === 'number' && position('x') && position('y');
    out.push(
      `      <node id="${xmlAttribute(key)}"${label}${time(nodeTime.get(key))}>\n`,
      attvalues(nodeAttvalues, attributes, false),
      `        <viz:color r="${r}" g="${g}" b="${b}"/>\n`,
      `        <viz:size value="${sizeForDegree(graph.degree(key))}"/>\n`,
      hasPosition ? `        <viz:position x="${a.x}" y="${a.y}"/>\n` : '',
      '      </node>\n',
    );
  });
  out.push('    </nodes>\n', `    <edges count="${graph.size}">\n`);
  const kinds = new Map<string, number>();
  graph.forEachEdge((key, a, source, target) => {
    const attributes = a as unknown as Record<string, unknown>;
    const predicate = String(a.predicate);
    const triple = `${source}\u0000${target}\u0000${predicate}`; // a (freak) collision would only misnumber a kind
    const n = (kinds.get(triple) ?? 0) + 1;
    kinds.set(triple, n);
    const kind = n === 1 ? predicate : `${predicate}#${n}`;
    const label = typeof a.label === 'string' ? ` label="${xmlAttribute(a.label)}"` : '';
    const weight = Math.max(1, Array.isArray(a.evidence) ? a.evidence.length : 0);
    const periods = spells.get(key);
    out.push(
      `      <edge id="${xmlAttribute(key)}" source="${xmlAttribute(source)}" target="${xmlAttribute(target)}" kind="${xmlAttribute(kind)}"${label} weight="${weight}"${time(periods && [periods[0]![0], periods[periods.length - 1]![1]])}>\n`,
      attvalues(edgeAttvalues, attributes, true),
      periods && periods.length > 1
        ? `        <spells>\n${periods.map(([start, end]) => `          <spell start="${start}" end="${end}"/>\n`).join('')}        </spells>\n`
        : '',
      a.negated === true ? '        <viz:shape value="dashed"/>\n' : '',
      '      </edge>\n',
    );
  });
  out.push('    </edges>\n', '  </graph>\n', '</gexf>\n');
  return out.end();
}
