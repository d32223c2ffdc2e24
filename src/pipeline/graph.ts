// Stage 6: entities and relations → the graph of the contract (src/graph/schema.ts). Several mentions of
// one fact add evidence to one edge; keys and orders are sorted so the same input gives the same bytes.
import { PREDICATES, SCHEMA_VERSION, type DocumentRecord, type EdgeAttributes, type Evidence } from '../graph/schema.js';
import { countryByKey } from '../lexicon/countries.js';
import { createGraph, type NewsGraph } from '../store/graph-file.js';
import type { EntityTable } from './resolve/entities.js';
import type { Relation } from './types.js';

const round = (x: number) => Math.round(x * 1000) / 1000;

export function edgeKey(r: Pick<Relation, 'predicate' | 'source' | 'target' | 'negated' | 'attributes'>): string {
  const qualifier = r.predicate === 'holds_role' ? `#${r.attributes.role}` : r.predicate === 'accuses' ? `#${r.attributes.charge}` : '';
  return `${r.predicate}:${r.source}->${r.target}${qualifier}${r.negated ? '!negated' : ''}`;
}

export function assembleGraph(documents: DocumentRecord[], entities: EntityTable, relations: Relation[]): NewsGraph {
  const graph = createGraph();
  graph.replaceAttributes({ schemaVersion: SCHEMA_VERSION, documents });

  // charges become nodes of their own
  for (const r of relations) {
    if (r.predicate !== 'accused_of') continue;
    const label = r.attributes.charge as string;
    let rec = entities.get(r.target);
    if (!rec) {
      rec = { key: r.target, label, type: 'Charge', aliases: new Set(), mentions: 0, docs: new Set(), labelRank: 1000 };
      entities.set(r.target, rec);
    }
    rec.mentions++;
    rec.docs.add(r.evidence.doc);
    rec.aliases.add(r.attributes.surface as string);
  }

  // countries reached only through a capital or a posting ("ambassador in Ankara") still get their node
  for (const r of relations)
    for (const key of [r.source, r.target, r.attributes.posted_to, r.attributes.from] as (string | undefined)[]) {
      const country = key ? countryByKey.get(key) : undefined;
      if (country && !entities.has(key!))
        entities.set(key!, { key: key!, label: country.label, type: 'Country', aliases: new Set(), mentions: 0, docs: new Set([r.evidence.doc]), labelRank: 1000 });
    }

  for (const key of [...entities.keys()].sort()) {
    const e = entities.get(key)!;
    const aliases = [...e.aliases].filter((a) => a !== e.label).sort();
    graph.addNode(key, { label: e.label, type: e.type, aliases, mentions: e.mentions, docs: [...e.docs].sort() });
  }

  const merged = new Map<string, { attrs: EdgeAttributes; source: string; target: string; confidences: number[] }>();
  const add = (r: Relation) => {
    if (!graph.hasNode(r.source) || !graph.hasNode(r.target)) return;
    const key = edgeKey(r);
    const info = PREDICATES[r.predicate] as { label: string; cameo?: string };
    let entry = merged.get(key);
    if (!entry) {
      const { surface: _surface, ...attributes } = r.attributes as Record<string, unknown>;
      const label = r.predicate === 'holds_role' ? `${attributes.role} of` : info.label;
      entry = {
        source: r.source,
        target: r.target,
        confidences: [],
        attrs: {
          predicate: r.predicate,
          label,
          confidence: 0,
          evidence: [],
          ruleId: r.ruleId,
          rules: [],
          ...(info.cameo ? { cameo: info.cameo } : {}),
          ...(r.negated ? { negated: true } : {}),
          ...(attributes as Partial<EdgeAttributes>),
        },
      };
      merged.set(key, entry);
    }
    const a = entry.attrs;
    entry.confidences.push(r.confidence);
    if (!a.rules!.includes(r.ruleId)) a.rules!.push(r.ruleId);
    if (!a.evidence.some((e) => e.doc === r.evidence.doc && e.start === r.evidence.start && e.trigger?.[0] === r.evidence.trigger?.[0])) a.evidence.push(r.evidence);
    if (r.predicate === 'accused_of') a.by = [...new Set([...(a.by ?? []), ...((r.attributes.by as string[]) ?? [])])].sort();
    if (r.predicate === 'holds_role' && !r.attributes.former) a.former = false;
    if (r.attributes.ambassador && !a.ambassador) a.ambassador = r.attributes.ambassador as string;
    if (r.attributes.posted_to && !a.posted_to) a.posted_to = r.attributes.posted_to as string;
  };
  for (const r of relations) add(r);
  // the accuser's side of every accusation: an edge accuser → accused, beside accused → Charge
  for (const r of relations) if (r.predicate === 'accused_of') for (const mirror of accusesOf(r, graph)) add(mirror);

  linkAmbassadors(merged);

  for (const key of [...merged.keys()].sort()) {
    const { attrs, source, target, confidences } = merged.get(key)!;
    // independent pieces of evidence make a fact more likely: 1 - Π(1 - c)
    attrs.confidence = round(1 - confidences.reduce((p, c) => p * (1 - c), 1));
    attrs.evidence.sort(compareEvidence);
    attrs.rules!.sort();
    attrs.ruleId = attrs.rules![0]!;
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
  }
  return graph;
}

/**
 * One `accuses` relation per accuser an accused_of relation names (none when it names none): the same
 * sentence as evidence, the same rule and confidence, and the charge as the Charge node's key and label.
 */
function accusesOf(r: Relation, graph: NewsGraph): Relation[] {
  const by = (r.attributes.by as string[] | undefined) ?? [];
  if (!by.length || !graph.hasNode(r.target)) return [];
  const chargeLabel = graph.getNodeAttribute(r.target, 'label');
  return by
    .filter((accuser) => accuser !== r.source)
    .map((accuser) => ({
      predicate: 'accuses',
      source: accuser,
      target: r.source,
      ruleId: r.ruleId,
      confidence: r.confidence,
      evidence: r.evidence,
      ...(r.negated ? { negated: true } : {}),
      attributes: { charge: r.target, chargeLabel },
    }));
}

const compareEvidence = (x: Evidence, y: Evidence) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start || (x.trigger?.[0] ?? 0) - (y.trigger?.[0] ?? 0));

/** A recall without a named ambassador gets the one known to hold that post ("Russia recalled its ambassador"). */
function linkAmbassadors(merged: Map<string, { attrs: EdgeAttributes; source: string; target: string }>): void {
  const envoys = [...merged.values()].filter((m) => m.attrs.predicate === 'holds_role' && (m.attrs.role === 'ambassador' || m.attrs.role === 'envoy'));
  for (const entry of merged.values()) {
    if (entry.attrs.predicate !== 'recalled_ambassador' || entry.attrs.ambassador) continue;
    const envoy = envoys.filter((e) => e.target === entry.source && e.attrs.posted_to === entry.target && !e.attrs.former);
    if (envoy.length === 1) entry.attrs.ambassador = envoy[0]!.source;
  }
}
