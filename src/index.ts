// The newsgraph library: documents in, graph out. Nothing here reads argv, touches files or prints.
//
// The pipeline has two kinds of stage (README "How extraction works"):
//   · per document, independent and expensive: recognizeDocument (tokens, sentences, names) and
//     parseDocument (dependency trees). `extractParallel` (src/parallel/) runs these in worker threads;
//   · over the corpus, in one thread and in document order: resolveCorpus (names, entities) and
//     relateCorpus (roles, descriptions, pronouns, relation rules, ties), then dateCorpus (time).
// `extract` and `extractParallel` differ only in where the per-document stages run, so their output is the
// same byte for byte (test/parallel/parallel.test.ts).
import { appendAll } from './arrays.js';
import { assignLayout } from './layout/index.js';
import type { DocumentRecord } from './graph/schema.js';
import { assembleGraph } from './pipeline/graph.js';
import { recognizeMentions, type NameRecognizer } from './pipeline/mentions/index.js';
import {
  countryOfEntity,
  emptyRoleFacts,
  extractRelations,
  extractRoles,
  learnOrganizations,
  learnRoles,
  worthParsing,
  type RoleFacts,
} from './pipeline/relations.js';
import { addMention, type EntityTable } from './pipeline/resolve/entities.js';
import type { KnownEntity } from './pipeline/resolve/known.js';
import { resolveNames, type DocumentMentions } from './pipeline/resolve/names.js';
import { unifyEntities } from './pipeline/resolve/unify.js';
import { tieRelations } from './pipeline/context/part-of.js';
import { contextMentions, documentContext } from './pipeline/context/index.js';
import { analyzeDocument } from './pipeline/text/analyze.js';
import { analyzeSomeSyntax, type NameSpan, type ParsedSentence } from './pipeline/syntax/index.js';
import { dateRelations, documentDating, type TimedDocument } from './pipeline/time/index.js';
import { DocumentPacker } from './pipeline/packed.js';
import type { Diagnostic, Mention, Relation, SourceDocument } from './pipeline/types.js';
import type { NewsGraph } from './store/graph-file.js';

export type { SourceDocument, Mention, Relation, Diagnostic } from './pipeline/types.js';
export type { NewsGraph } from './store/graph-file.js';
/** the syntax stage alone: `parse(text)` tokenises, splits and parses a text into Universal Dependencies trees */
export { parse, type ParsedSentence, type ParsedWord } from './pipeline/syntax/index.js';

export interface BuildOptions {
  /** statistical name recognisers to run beside the word lists and the rule-based chunker */
  recognizers?: NameRecognizer[];
  /** compute ForceAtlas2 positions (default true) */
  layout?: boolean;
  /** called as documents pass the relation stage, for progress lines */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  graph: NewsGraph;
  /** every mention, per document, resolved to its node key */
  mentions: Mention[];
  relations: Relation[];
  diagnostics: Diagnostic[];
  /** ids of documents left out because their content repeats an earlier one */
  duplicates: string[];
}

export interface Extraction {
  documents: SourceDocument[];
  mentions: Mention[];
  relations: Relation[];
  diagnostics: Diagnostic[];
  duplicates: string[];
  /** what each document's metadata and dateline say: publication date, outlet, place */
  records: DocumentRecord[];
}

/** What is already known when documents are added to a graph (`newsgraph add`): its entities and roles. */
export interface Prior {
  entities: KnownEntity[];
  /** role facts read back from the graph's holds_role and part_of edges */
  facts: RoleFacts;
  /** countries the graph's documents name (ties reach only those and the new documents' own) */
  countries: string[];
}

/** The same content given twice is ingested once: the first by id order. */
export function uniqueDocuments(documents: readonly SourceDocument[]): { unique: SourceDocument[]; duplicates: string[] } {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  const unique = [...documents]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((d) => {
      if (seen.has(d.sha256)) {
        duplicates.push(d.id);
        return false;
      }
      seen.add(d.sha256);
      return true;
    });
  return { unique, duplicates };
}

// ---- per-document stages: pure functions of one document (run in worker threads by src/parallel/) ----

/** Stages 1–2 for one document: tokens and sentences, then name mentions. */
export function recognizeDocument(doc: SourceDocument, recognizers?: NameRecognizer[]): DocumentMentions {
  const analyzed = analyzeDocument(doc);
  return { analyzed, mentions: recognizeMentions(analyzed, recognizers) };
}

/** What a document's parse needs from its resolved mentions: which sentences to read, and its names. */
export interface ParsePlan {
  /** the sentences a rule may read: a name and a word that may trigger a rule (src/pipeline/relations.ts) */
  sentences: number[];
  /** its names: proper nouns, and a name of several words read as one word */
  names: NameSpan[];
}

/** The parse plan of a document with its resolved mentions. */
export function parsePlan(d: DocumentMentions): ParsePlan {
  const perSentence = new Int32Array(d.analyzed.sentences.length);
  for (const m of d.mentions) perSentence[m.sentence]++;
  const sentences: number[] = [];
  for (let i = 0; i < perSentence.length; i++) if (worthParsing(d.analyzed, i, perSentence[i]!)) sentences.push(i);
  return { sentences, names: d.mentions.filter((m) => m.kind === 'name').map((m) => ({ start: m.start, end: m.end })) };
}

/** Stage 3c for one document: parts of speech and dependency trees of the sentences its plan names. */
export function parseDocument(d: DocumentMentions, plan: ParsePlan = parsePlan(d)): Array<ParsedSentence | undefined> {
  const wanted = new Set(plan.sentences);
  return analyzeSomeSyntax(d.analyzed.tokens, d.analyzed.sentences, (i) => wanted.has(i), undefined, plan.names);
}

// ---- corpus stages: one thread, documents in id order ----

/** Stages 3–3b: names resolved across the corpus, one node per entity (against the known entities, when adding). */
export function resolveCorpus(recognized: DocumentMentions[], prior?: Prior): DocumentMentions[] {
  return unifyEntities(resolveNames(recognized, prior?.entities), prior?.entities).docs;
}

/** What the relation passes share: the role facts and each document's context (4a, before any document's roles). */
export interface RelationState {
  facts: RoleFacts;
  contexts: ReturnType<typeof documentContext>[];
}

/** Stage 4a: organisations' countries for the whole corpus, and each document's context. */
export function relationState(named: DocumentMentions[], prior?: Prior): RelationState {
  const facts = prior?.facts ?? emptyRoleFacts();
  for (const d of named) learnOrganizations(facts, d.mentions);
  return { facts, contexts: named.map((d) => documentContext(d.analyzed, d.mentions, { countryOf: (k) => countryOfEntity(k, facts) })) };
}

/**
 * Stage 4b for one parsed document: roles from names. Reads the facts as 4a left them (no document's roles are
 * learnt before every document's are found), so documents may go in any order, as their trees come in.
 */
export const rolesOf = (d: DocumentMentions, i: number, state: RelationState): Relation[] =>
  extractRoles(d.analyzed, d.mentions, state.facts, state.contexts[i]);

/** Stages 4–5b over parsed documents: roles, descriptions, pronouns, every relation rule, then the ties. */
export function relateCorpus(
  named: DocumentMentions[],
  options: BuildOptions = {},
  prior?: Prior,
  state: RelationState = relationState(named, prior),
  roles: Relation[][] = named.map((d, i) => rolesOf(d, i, state)),
): Pick<Extraction, 'mentions' | 'relations' | 'diagnostics'> {
  // 4 roles from names, for the whole corpus first: descriptions and envoys depend on them
  const { facts, contexts } = state;
  for (const found of roles) learnRoles(facts, found);

  // 5 descriptions, pronouns and every relation rule
  const mentions: Mention[] = [];
  const relations: Relation[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [i, d] of named.entries()) {
    options.onProgress?.(i, named.length);
    const ctx = contexts[i]!;
    const out = extractRelations(d.analyzed, [...d.mentions, ...contextMentions(d.analyzed, d.mentions, ctx)], facts, roles[i], ctx);
    appendAll(mentions, out.mentions);
    appendAll(relations, out.relations);
    appendAll(diagnostics, out.diagnostics);
  }
  // 5b organisations and places tied to the countries the corpus names (part_of, located_in)
  // (a body named after its country names it: "the Kenyan Foreign Ministry")
  const countriesNamed = new Set(
    mentions.map((m) => (m.type === 'Country' ? m.entity : m.ruleId === 'body-of-country' ? m.country : undefined)).filter((k): k is string => !!k),
  );
  for (const c of prior?.countries ?? []) countriesNamed.add(c);
  for (const d of named) appendAll(relations, tieRelations(d.analyzed, d.mentions, countriesNamed));
  options.onProgress?.(named.length, named.length);
  return { mentions, relations, diagnostics };
}

/** Stage 5c: the documents' dates, outlets and places, and dated evidence (src/pipeline/time/). */
export function dateCorpus(named: DocumentMentions[], relations: Relation[]): { records: DocumentRecord[]; relations: Relation[] } {
  const dating = named.map((d) => documentDating(d.analyzed.doc));
  const records = named.map((d, i) => documentRecord(d.analyzed.doc, dating[i]!));
  // sentences and trees read through the analysis as the time stage comes to each document: a packed analysis
  // unpacks them only then (src/pipeline/packed.ts)
  const timed = named.map(
    ({ analyzed }, i): TimedDocument => ({
      id: analyzed.doc.id,
      text: analyzed.doc.text,
      ...(dating[i]!.date ? { date: dating[i]!.date } : {}),
      get sentences() {
        return analyzed.sentences;
      },
      get syntax() {
        return analyzed.syntax;
      },
    }),
  );
  return { records, relations: dateRelations(relations, timed) };
}

/** A document's record in the graph: what it is, and when, where and by whom it was published where known. */
export function documentRecord(d: SourceDocument, dating: ReturnType<typeof documentDating>): DocumentRecord {
  return {
    id: d.id,
    path: d.path,
    title: d.title,
    sha256: d.sha256,
    chars: d.text.length,
    ...(dating.date ? { date: dating.date } : {}),
    ...(d.url ? { url: d.url } : {}),
    ...(dating.source ? { source: dating.source } : {}),
    ...(d.author ? { author: d.author } : {}),
    ...(dating.place ? { place: dating.place } : {}),
  };
}

/** Extraction up to resolved mentions and dated relations, without building the graph. */
export function extract(documents: SourceDocument[], options: BuildOptions = {}, prior?: Prior): Extraction {
  const { unique, duplicates } = uniqueDocuments(documents);
  // 1 tokens and sentences · 2 name mentions · 3 names resolved across the corpus · 3b one node per entity
  // each document's analysis packed as soon as its names are found (src/pipeline/packed.ts)
  const packer = new DocumentPacker();
  const named = resolveCorpus(
    unique.map((d) => {
      const { analyzed, mentions } = recognizeDocument(d, options.recognizers);
      return { analyzed: packer.pack(analyzed), mentions };
    }),
    prior,
  );
  // 3c parts of speech and dependency trees of the sentences a rule may read
  for (const d of named) d.analyzed.syntax = parseDocument(d);
  return finishExtraction(unique, duplicates, named, options, prior);
}

/** Stages 4–5c, the same after either way of running the per-document stages (roles may come computed). */
export function finishExtraction(
  unique: SourceDocument[],
  duplicates: string[],
  named: DocumentMentions[],
  options: BuildOptions = {},
  prior?: Prior,
  state?: RelationState,
  roles?: Relation[][],
): Extraction {
  const { mentions, relations, diagnostics } = relateCorpus(named, options, prior, state, roles);
  const dated = dateCorpus(named, relations);
  return { documents: unique, mentions, relations: dated.relations, diagnostics, duplicates, records: dated.records };
}

/** The graph of an extraction: entities, merged edges and, unless options.layout is false, positions. */
export function graphOf(extraction: Extraction, options: BuildOptions = {}): BuildResult {
  const { mentions, relations, diagnostics, duplicates, records } = extraction;
  // 6 entities and merged edges
  const entities: EntityTable = new Map();
  for (const m of mentions) addMention(entities, m);
  const graph = assembleGraph(records, entities, relations);
  // 7 positions for viewers
  if (options.layout !== false) assignLayout(graph);
  return { graph, mentions, relations, diagnostics, duplicates };
}

/** Builds the knowledge graph of a set of documents. */
export function build(documents: SourceDocument[], options: BuildOptions = {}): BuildResult {
  return graphOf(extract(documents, options), options);
}
