// How nodes and edges read in result tables.
import { PREDICATES, isPredicate, type EdgeAttributes } from '../graph/schema.js';
import type { NewsGraph } from '../store/graph-file.js';

export const nodeLabel = (graph: NewsGraph, key: string | undefined): string =>
  key && graph.hasNode(key) ? (graph.getNodeAttribute(key, 'label') ?? key) : (key ?? '');

/** "accused of", prefixed "NOT " when the text denies the fact. */
export function relationText(a: EdgeAttributes): string {
  const label = a.label || (isPredicate(a.predicate) ? PREDICATES[a.predicate].label : String(a.predicate));
  return (a.negated ? 'NOT ' : '') + label;
}

/** The predicate-specific attributes of an edge, in words: "role: president, former". */
export function edgeDetails(graph: NewsGraph, a: EdgeAttributes): string {
  const parts: string[] = [];
  if (a.role) parts.push(`role: ${a.role}`);
  if (a.former) parts.push('former');
  if (a.posted_to) parts.push(`posted to: ${nodeLabel(graph, a.posted_to)}`);
  if (a.ambassador) parts.push(`ambassador: ${nodeLabel(graph, a.ambassador)}`);
  if (Array.isArray(a.by) && a.by.length) parts.push(`by: ${a.by.map((k) => nodeLabel(graph, k)).join(', ')}`);
  // accuses: the charge is the Charge node's key
  if (a.predicate === 'accuses' && a.charge) parts.push(`charge: ${graph.hasNode(a.charge) ? nodeLabel(graph, a.charge) : (a.chargeLabel ?? a.charge)}`);
  if (a.status) parts.push(`status: ${a.status}`);
  // a role's from/until are dates; annexed's from is the country the territory was taken from
  if (a.from) parts.push(a.predicate === 'holds_role' ? `since: ${a.from}` : `from: ${nodeLabel(graph, a.from)}`);
  if (a.until) parts.push(`until: ${a.until}`);
  if (a.agreement) parts.push(`agreement: ${a.agreement}`);
  if (a.negated) parts.push('negated');
  return parts.join('; ');
}

/** Distinct document ids of an edge's evidence, in order of first appearance. */
export const edgeDocs = (a: EdgeAttributes): string[] => [...new Set((a.evidence ?? []).map((e) => e.doc))];
