// RDF 1.1 Turtle. Vocabulary and resources live under https://newsgraph.example/ (the reserved `.example`
// domain: the names are stable identifiers, not pages to fetch):
//   ng:   https://newsgraph.example/vocab#       classes (ng:Entity, ng:Person…, ng:Relation, ng:Evidence,
//                                                ng:Document), properties, and one property per predicate
//   ent:  https://newsgraph.example/entity/      one IRI per node: ent:person:vladimir-putin
//   rel:  https://newsgraph.example/relation/    one IRI per edge (the edge key)
//   doc:  https://newsgraph.example/document/    one IRI per source document
// A relation is the triple `ent:a ng:holds_role ent:b` plus a reified rdf:Statement (rel:KEY) carrying its
// attributes (label, confidence, ruleId, role, by…) and its evidence, each an ng:Evidence resource (document,
// start, end, text). A negated relation ("has not recalled") is only reified, with ng:negated true: the bare
// triple would assert what the text denies. Node-key attributes (posted_to, ambassador, from, by) are links to
// entities. List attributes (aliases, docs, by) become repeated values, so RDF keeps them as sets. Attributes
// the schema does not name are typed literals (lists and objects as rdf:JSON).
//
// Serialised here rather than with n3's Writer: it took 6 s per million triples on this machine and the
// 100,000-node benchmark graph has about five million. n3's parser reads the output back in the tests.
import type { NewsGraph } from '../store/graph-file.js';
import { ChunkedText, type ChunkSink } from './chunks.js';
import { LONE_SURROGATE, escapedLiteral } from './literal.js';
import { isDateAttribute } from '../graph/schema.js';
import { precisionOf } from '../pipeline/time/calendar.js';
import { graphModel, isNodeReference, type Column } from './model.js';

export const NAMESPACES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  ng: 'https://newsgraph.example/vocab#',
  ent: 'https://newsgraph.example/entity/',
  rel: 'https://newsgraph.example/relation/',
  doc: 'https://newsgraph.example/document/',
} as const;

/** The resource that carries the graph's own attributes (schemaVersion). */
export const GRAPH_IRI = 'https://newsgraph.example/graph';

/** A Turtle string literal in double quotes; unpaired surrogates cannot be encoded and are removed. */
export const turtleString = (s: string): string => escapedLiteral(s, '"');

/** Percent-encodes a key for an IRI path segment, keeping `:` readable. */
const IRI_SAFE = /^[A-Za-z0-9_.:~-]*$/;
export const iriSegment = (key: string) => (IRI_SAFE.test(key) ? key : encodeURIComponent(key.replace(LONE_SURROGATE, '\uFFFD')).replace(/%3A/g, ':'));

// A conservative PN_LOCAL: when a segment fits it the prefixed name is written, otherwise the full IRI.
const LOCAL_NAME = /^[A-Za-z0-9_:](?:[A-Za-z0-9_:.-]*[A-Za-z0-9_:-])?$/;
const term = (prefix: keyof typeof NAMESPACES, segment: string) => (LOCAL_NAME.test(segment) ? `${prefix}:${segment}` : `<${NAMESPACES[prefix]}${segment}>`);

export const entityTerm = (key: string) => term('ent', iriSegment(key));
export const relationTerm = (key: string) => term('rel', iriSegment(key));
export const documentTerm = (id: string) => term('doc', iriSegment(id));
export const vocabTerm = (name: string) => term('ng', iriSegment(name));
const evidenceTerm = (key: string, i: number) => `<${NAMESPACES.rel}${iriSegment(key)}/evidence/${i}>`;

/**
 * A time value (src/pipeline/time/calendar.ts) as a typed literal: a day xsd:date, a month xsd:gYearMonth, a
 * year xsd:gYear; a span of days (a week) has no XSD type and stays a string ("2024-03-04/2024-03-10").
 */
export function turtleTime(value: string): string {
  const precision = precisionOf(value);
  if (precision === 'day') return `"${value}"^^xsd:date`;
  if (precision === 'month') return `"${value}"^^xsd:gYearMonth`;
  if (precision === 'year') return `"${value}"^^xsd:gYear`;
  return turtleString(value);
}

/** A value as a typed literal: integers bare (xsd:integer), doubles, booleans, strings; lists and objects rdf:JSON. */
export function turtleLiteral(type: Column['type'], value: unknown): string {
  switch (type) {
    case 'integer':
    case 'long':
      return String(value);
    case 'double':
      return `"${String(value)}"^^xsd:double`;
    case 'boolean':
      return String(value);
    case 'string':
      return turtleString(value as string);
    default:
      return `${turtleString(JSON.stringify(value))}^^rdf:JSON`;
  }
}

/** Writes one subject with its predicate-object list. */
function block(subject: string, pairs: [string, string][]): string {
  // joined rather than built with +=, which makes a rope the chunk's join must walk and copy again
  return `${subject} ${pairs.map(([p, o]) => `${p} ${o}`).join(' ;\n    ')} .\n`;
}

// schema attributes with a dedicated RDF term; others are ng:NAME
const NODE_TERMS: Record<string, string> = { label: 'rdfs:label', aliases: 'ng:alias', docs: 'ng:mentionedIn' };
const EDGE_TERMS: Record<string, string> = { label: 'rdfs:label' };

export const toTurtle = (graph: NewsGraph): string => turtleChunks(graph).join('');

export function turtleChunks(graph: NewsGraph, sink?: ChunkSink): string[] {
  const model = graphModel(graph);
  const out = new ChunkedText(sink);
  for (const [p, iri] of Object.entries(NAMESPACES)) out.push(`@prefix ${p}: <${iri}> .\n`);
  out.push('\n');
  const graphAttributes = graph.getAttributes() as unknown as Record<string, unknown>;
  const graphPairs: [string, string][] = [['a', 'ng:Graph']];
  for (const [name, value] of Object.entries(graphAttributes)) {
    if (name === 'documents' || value === undefined || value === null) continue;
    graphPairs.push([vocabTerm(name), typeof value === 'number' && Number.isInteger(value) ? String(value) : turtleLiteral('json', value)]);
  }
  out.push(block(`<${GRAPH_IRI}>`, graphPairs));
  const documents = Array.isArray(graphAttributes.documents) ? (graphAttributes.documents as Record<string, unknown>[]) : [];
  for (const d of documents) {
    const pairs: [string, string][] = [['a', 'ng:Document']];
    for (const [name, value] of Object.entries(d)) {
      if (value === undefined || value === null) continue;
      const literal =
        name === 'date' && typeof value === 'string'
          ? turtleTime(value)
          : typeof value === 'string'
            ? turtleString(value)
            : Number.isInteger(value)
              ? String(value)
              : turtleLiteral('json', value);
      pairs.push([name === 'title' ? 'rdfs:label' : vocabTerm(name), literal]);
    }
    out.push(block(documentTerm(String(d.id)), pairs));
  }

  // every node's term is used by each of its edges: computed once
  const entityTerms = new Map<string, string>();
  const entity = (key: string) => {
    let t = entityTerms.get(key);
    if (t === undefined) {
      t = entityTerm(key);
      entityTerms.set(key, t);
    }
    return t;
  };
  graph.forEachNode((key, a) => {
    const attributes = a as unknown as Record<string, unknown>;
    const pairs: [string, string][] = [
      ['a', typeof a.type === 'string' && a.type ? `ng:Entity, ${vocabTerm(a.type)}` : 'ng:Entity'],
      ['ng:key', turtleString(key)],
    ];
    for (const c of model.nodeColumns) {
      const value = attributes[c.name];
      if (value === undefined || value === null) continue;
      const p = NODE_TERMS[c.name] ?? vocabTerm(c.name);
      if (c.name === 'docs' && c.type === 'liststring') {
        for (const d of value as string[]) pairs.push([p, documentTerm(d)]);
      } else if (c.name === 'aliases' && c.type === 'liststring') {
        for (const alias of value as string[]) pairs.push([p, turtleString(alias)]);
      } else pairs.push([p, turtleLiteral(c.type, value)]);
    }
    out.push(block(entity(key), pairs));
  });

  graph.forEachEdge((key, a, source, target) => {
    const attributes = a as unknown as Record<string, unknown>;
    const predicate = vocabTerm(String(a.predicate));
    const s = entity(source);
    const o = entity(target);
    if (a.negated !== true) out.push(`${s} ${predicate} ${o} .\n`);
    const pairs: [string, string][] = [
      ['a', 'rdf:Statement, ng:Relation'],
      ['rdf:subject', s],
      ['rdf:predicate', predicate],
      ['rdf:object', o],
      ['ng:key', turtleString(key)],
    ];
    const evidence = Array.isArray(a.evidence) ? (a.evidence as unknown as Record<string, unknown>[]) : [];
    for (const c of model.edgeColumns) {
      const value = attributes[c.name];
      if (value === undefined || value === null) continue;
      if (c.name === 'evidence' && Array.isArray(value)) continue;
      const p = EDGE_TERMS[c.name] ?? vocabTerm(c.name);
      if (isNodeReference(a.predicate, c.name) && (c.type === 'string' || c.type === 'liststring')) {
        for (const k of c.type === 'string' ? [value as string] : (value as string[])) pairs.push([p, entity(k)]);
      } else if (isDateAttribute(a.predicate, c.name) && typeof value === 'string') pairs.push([p, turtleTime(value)]);
      else pairs.push([p, turtleLiteral(c.type, value)]);
    }
    for (let i = 0; i < evidence.length; i++) pairs.push(['ng:evidence', evidenceTerm(key, i)]);
    out.push(block(relationTerm(key), pairs));
    for (let i = 0; i < evidence.length; i++) out.push(evidenceBlock(evidenceTerm(key, i), i, evidence[i]!));
  });
  return out.end();
}

function evidenceBlock(subject: string, index: number, e: Record<string, unknown>): string {
  const pairs: [string, string][] = [
    ['a', 'ng:Evidence'],
    ['ng:index', String(index)],
  ];
  for (const [name, value] of Object.entries(e ?? {})) {
    if (value === undefined || value === null) continue;
    if (name === 'doc' && typeof value === 'string') pairs.push(['ng:document', documentTerm(value)]);
    else if (name === 'text' && typeof value === 'string') pairs.push(['ng:text', turtleString(value)]);
    else if ((name === 'start' || name === 'end') && Number.isSafeInteger(value)) pairs.push([`ng:${name}`, String(value)]);
    else if ((name === 'date' || name === 'eventDate') && typeof value === 'string') pairs.push([vocabTerm(name), turtleTime(value)]);
    else if ((name === 'eventText' || name === 'eventRule') && typeof value === 'string') pairs.push([vocabTerm(name), turtleString(value)]);
    else pairs.push([vocabTerm(name), turtleLiteral('json', value)]);
  }
  return block(subject, pairs);
}
