// Adding documents to a graph without reading the old ones again (`newsgraph add`). What the graph already
// knows stands in for the old documents: its entities (new names resolve against them and keep their keys),
// its roles and organisations' countries (for descriptions and envoys), the countries it names (for ties).
// New facts merge into existing edges, their evidence appended; existing positions are kept and new nodes
// placed near their neighbours. Nothing here reads or writes files.
//
// What a rebuild of all the documents could give differently (README "Adding articles") comes from reading the
// old documents again, which this does not do: a name of an old document is not resolved again in the light
// of a new one, and the old documents' sentences are not read again with the roles the new ones teach.
import { uniqueDocuments, type Extraction, type Prior } from './index.js';
import { placeNewNodes } from './layout/index.js';
import { extractParallel, type ParallelOptions } from './parallel/index.js';
import { assembleGraph, entityTableOf } from './pipeline/graph.js';
import { addMention } from './pipeline/resolve/entities.js';
import type { KnownEntity } from './pipeline/resolve/known.js';
import { emptyRoleFacts } from './pipeline/relations.js';
import type { SourceDocument } from './pipeline/types.js';
import type { NewsGraph } from './store/graph-file.js';

/** What a graph knows, as the stages read it when documents are added. */
export function priorOf(graph: NewsGraph): Prior {
  const entities: KnownEntity[] = [];
  const countries: string[] = [];
  graph.forEachNode((key, a) => {
    if (a.type !== 'Charge') entities.push({ key, type: a.type, label: a.label, aliases: a.aliases, docs: a.docs, mentions: a.mentions });
    if (a.type === 'Country' && a.mentions > 0) countries.push(key);
  });
  const facts = emptyRoleFacts();
  graph.forEachEdge((_key, a, source, target) => {
    if (a.negated) return;
    if (a.predicate === 'holds_role' && a.role) {
      const list = facts.byPerson.get(source) ?? [];
      if (!list.some((x) => x.role === a.role && x.target === target))
        list.push({ role: a.role, target, ...(a.posted_to ? { postedTo: a.posted_to } : {}), doc: a.evidence[0]?.doc ?? '' });
      facts.byPerson.set(source, list);
    }
    // a body named after its country ("the Kenyan Foreign Ministry") belongs to it
    if (a.predicate === 'part_of' && a.rules?.includes('part_of.country-body') && !facts.orgCountry.has(source)) facts.orgCountry.set(source, target);
  });
  return { entities, facts, countries };
}

export interface AddResult {
  graph: NewsGraph;
  /** ids of the documents added */
  added: string[];
  /** documents left out: already in the graph (same content), or repeated among those given */
  skipped: { id: string; reason: string }[];
  /** documents whose id was taken in the graph by other content, with the id they got */
  renamed: { from: string; to: string }[];
  extraction: Extraction;
  /** nodes that are new, with their positions placed near their neighbours */
  placed: string[];
}

/** Adds documents to a graph (which is left unchanged): a new graph with the old one's nodes, edges and positions. */
export async function addDocuments(base: NewsGraph, documents: SourceDocument[], options: ParallelOptions = {}): Promise<AddResult> {
  const records = base.getAttribute('documents');
  const bySha = new Map(records.map((d) => [d.sha256, d.id]));
  const ids = new Set(records.map((d) => d.id));
  const skipped: AddResult['skipped'] = [];
  const renamed: AddResult['renamed'] = [];
  const fresh: SourceDocument[] = [];
  const { unique, duplicates } = uniqueDocuments(documents);
  for (const id of duplicates) skipped.push({ id, reason: 'its content repeats another document given' });
  for (const d of unique) {
    const known = bySha.get(d.sha256);
    if (known !== undefined) {
      skipped.push({ id: d.id, reason: `already in the graph (same content as ${known})` });
      continue;
    }
    // an id the graph gives other content gets a number: evidence must name one document
    let id = d.id;
    for (let n = 2; ids.has(id); n++) id = `${d.id}#${n}`;
    if (id !== d.id) renamed.push({ from: d.id, to: id });
    ids.add(id);
    fresh.push(id === d.id ? d : { ...d, id });
  }
  const extraction = await extractParallel(fresh, options, priorOf(base));
  if (!fresh.length) return { graph: base, added: [], skipped, renamed, extraction, placed: [] };
  const entities = entityTableOf(base);
  for (const m of extraction.mentions) addMention(entities, m);
  const graph = assembleGraph(extraction.records, entities, extraction.relations, base);
  const placed = placeNewNodes(graph);
  return { graph, added: extraction.documents.map((d) => d.id), skipped, renamed, extraction, placed };
}
