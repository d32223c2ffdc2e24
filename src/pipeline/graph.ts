// Stage 6: entities and relations → the graph of the contract (src/graph/schema.ts). Several mentions of
// one fact add evidence to one edge; keys and orders are sorted so the same input gives the same bytes. Every
// edge gets the span of its evidence's publication days (firstSeen, lastSeen) and its earliest event date
// (date); a role the text dates keeps the earliest `from` and the latest `until` its sentences give.
//
// With a base graph (`newsgraph add`), its edges are where the new ones start (new evidence is appended) and
// its positions are kept; the entity table given then starts from its nodes (entityTableOf).
import { PREDICATES, SCHEMA_VERSION, type DocumentRecord, type EdgeAttributes, type Evidence } from '../graph/schema.js';
import { countryByKey } from '../lexicon/countries.js';
import { createGraph, type NewsGraph } from '../store/graph-file.js';
import type { EntityTable } from './resolve/entities.js';
import { compareTimeValues, earliestAndLatest } from './time/index.js';
import type { Relation } from './types.js';

const round = (x: number) => Math.round(x * 1000) / 1000;

export function edgeKey(r: Pick<Relation, 'predicate' | 'source' | 'target' | 'negated' | 'attributes'>): string {
  const qualifier = r.predicate === 'holds_role' ? `#${r.attributes.role}` : r.predicate === 'accuses' ? `#${r.attributes.charge}` : '';
  return `${r.predicate}:${r.source}->${r.target}${qualifier}${r.negated ? '!negated' : ''}`;
}

type MergedEdge = { attrs: EdgeAttributes; source: string; target: string; confidences: number[] };

export function assembleGraph(documents: DocumentRecord[], entities: EntityTable, relations: Relation[], base?: NewsGraph): NewsGraph {
  const graph = createGraph();
  const allDocuments = base ? [...base.getAttribute('documents'), ...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) : documents;
  graph.replaceAttributes({ schemaVersion: SCHEMA_VERSION, documents: allDocuments });
  const merged = new Map<string, MergedEdge>();
  const positions = new Map<string, { x: number; y: number }>();
  if (base) seedFromBase(base, merged, positions);

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
    for (const key of [r.source, r.target, r.attributes.posted_to, r.predicate === 'annexed' ? r.attributes.from : undefined] as (string | undefined)[]) {
      const country = key ? countryByKey.get(key) : undefined;
      if (country && !entities.has(key!))
        entities.set(key!, {
          key: key!,
          label: country.label,
          type: 'Country',
          aliases: new Set(),
          mentions: 0,
          docs: new Set([r.evidence.doc]),
          labelRank: 1000,
        });
    }

  for (const key of [...entities.keys()].sort()) {
    const e = entities.get(key)!;
    const aliases = [...e.aliases].filter((a) => a !== e.label).sort();
    graph.addNode(key, { label: e.label, type: e.type, aliases, mentions: e.mentions, docs: [...e.docs].sort(), ...positions.get(key) });
  }

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
    if (!a.evidence.some((e) => e.doc === r.evidence.doc && e.start === r.evidence.start && e.trigger?.[0] === r.evidence.trigger?.[0]))
      a.evidence.push(r.evidence);
    if (r.predicate === 'accused_of') a.by = [...new Set([...(a.by ?? []), ...((r.attributes.by as string[]) ?? [])])].sort();
    if (r.predicate === 'holds_role' && !r.attributes.former) a.former = false;
    if (r.attributes.ambassador && !a.ambassador) a.ambassador = r.attributes.ambassador as string;
    if (r.attributes.posted_to && !a.posted_to) a.posted_to = r.attributes.posted_to as string;
    // a role's span: the earliest start and the latest end its sentences give
    if (r.predicate === 'holds_role') {
      const from = r.attributes.from as string | undefined;
      const until = r.attributes.until as string | undefined;
      if (from && (!a.from || compareTimeValues(from, a.from) < 0)) a.from = from;
      if (until && (!a.until || compareTimeValues(until, a.until) > 0)) a.until = until;
    }
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
    graph.addDirectedEdgeWithKey(key, source, target, withDates(attrs));
  }
  return graph;
}

/**
 * The edge's attributes with its dates last, in one order whatever order its evidence came in: a role's
 * from/until, then firstSeen/lastSeen (publication days of its evidence) and date (its earliest event date).
 */
function withDates(attrs: EdgeAttributes): EdgeAttributes {
  const { from, until, firstSeen: _f, lastSeen: _l, date: _d, ...rest } = attrs;
  const out: EdgeAttributes = rest;
  if (from !== undefined) out.from = from;
  if (until !== undefined) out.until = until;
  const seen = earliestAndLatest(attrs.evidence.map((e) => e.date));
  if (seen) [out.firstSeen, out.lastSeen] = seen;
  const events = earliestAndLatest(attrs.evidence.map((e) => e.eventDate));
  if (events) out.date = events[0];
  return out;
}

/**
 * A graph's entities as the entity table starts when documents are added to it (`newsgraph add`): new mentions
 * then add to them (addMention), and a fuller name met later still becomes the label.
 */
export function entityTableOf(base: NewsGraph): EntityTable {
  const entities: EntityTable = new Map();
  base.forEachNode((key, a) => {
    // the rank addMention gives a surface of that length (a canonical name from the data ranks above any)
    const labelRank =
      a.type === 'Charge' || countryByKey.get(key)?.label === a.label ? 1000 : a.label.split(' ').length * 10 + Math.min(a.label.length, 9) / 10;
    entities.set(key, { key, label: a.label, type: a.type, aliases: new Set([a.label, ...a.aliases]), mentions: a.mentions, docs: new Set(a.docs), labelRank });
  });
  return entities;
}

/** The base graph's edges and positions, as the merged edges start. */
function seedFromBase(base: NewsGraph, merged: Map<string, MergedEdge>, positions: Map<string, { x: number; y: number }>): void {
  base.forEachNode((key, a) => {
    if (typeof a.x === 'number' && typeof a.y === 'number') positions.set(key, { x: a.x, y: a.y });
  });
  base.forEachEdge((key, a, source, target) => {
    const { evidence, rules, ...rest } = a;
    merged.set(key, { source, target, confidences: [a.confidence], attrs: { ...rest, evidence: [...evidence], rules: [...(rules ?? [a.ruleId])] } });
  });
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

const compareEvidence = (x: Evidence, y: Evidence) =>
  x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start || (x.trigger?.[0] ?? 0) - (y.trigger?.[0] ?? 0);

/** A recall without a named ambassador gets the one known to hold that post ("Russia recalled its ambassador"). */
function linkAmbassadors(merged: Map<string, MergedEdge>): void {
  const envoys = [...merged.values()].filter((m) => m.attrs.predicate === 'holds_role' && (m.attrs.role === 'ambassador' || m.attrs.role === 'envoy'));
  for (const entry of merged.values()) {
    if (entry.attrs.predicate !== 'recalled_ambassador' || entry.attrs.ambassador) continue;
    const envoy = envoys.filter((e) => e.target === entry.source && e.attrs.posted_to === entry.target && !e.attrs.former);
    if (envoy.length === 1) entry.attrs.ambassador = envoy[0]!.source;
  }
}
