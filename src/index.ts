// The newsgraph library: documents in, graph out. Nothing here reads argv, touches files or prints.
import { appendAll } from './arrays.js';
import { assignLayout } from './layout/index.js';
import type { DocumentRecord } from './graph/schema.js';
import { assembleGraph } from './pipeline/graph.js';
import { recognizeMentions, type NameRecognizer } from './pipeline/mentions/index.js';
import { countryOfEntity, emptyRoleFacts, extractRelations, extractRoles, learnOrganizations, learnRoles, worthParsing } from './pipeline/relations.js';
import { addMention, type EntityTable } from './pipeline/resolve/entities.js';
import { resolveNames } from './pipeline/resolve/names.js';
import { unifyEntities } from './pipeline/resolve/unify.js';
import { tieRelations } from './pipeline/context/part-of.js';
import { contextMentions, documentContext } from './pipeline/context/index.js';
import { analyzeDocument } from './pipeline/text/analyze.js';
import { analyzeSomeSyntax } from './pipeline/syntax/index.js';
import type { Diagnostic, Mention, Relation, SourceDocument } from './pipeline/types.js';
import type { NewsGraph } from './store/graph-file.js';

export type { SourceDocument, Mention, Relation, Diagnostic } from './pipeline/types.js';
export type { NewsGraph } from './store/graph-file.js';

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

/** Extraction up to resolved mentions and relations, without building the graph. */
export function extract(documents: SourceDocument[], options: BuildOptions = {}) {
  // the same content given twice is ingested once (the first by id order)
  const seen = new Set<string>();
  const duplicates: string[] = [];
  const unique = [...documents]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((d) => (seen.has(d.sha256) ? (duplicates.push(d.id), false) : (seen.add(d.sha256), true)));

  // 1 tokens and sentences · 2 name mentions · 3 names resolved across the corpus · 3b one node per entity
  const analyzed = unique.map(analyzeDocument);
  const named = unifyEntities(resolveNames(analyzed.map((a) => ({ analyzed: a, mentions: recognizeMentions(a, options.recognizers) })))).docs;
  // 3c parts of speech and dependency trees of the sentences a rule may read, each name of several words read as
  // one word
  for (const d of named) {
    const perSentence = new Int32Array(d.analyzed.sentences.length);
    for (const m of d.mentions) perSentence[m.sentence]++;
    const names = d.mentions.filter((m) => m.kind === 'name');
    d.analyzed.syntax = analyzeSomeSyntax(d.analyzed.tokens, d.analyzed.sentences, (i) => worthParsing(d.analyzed, i, perSentence[i]!), undefined, names);
  }

  // 4 roles from names, for the whole corpus first: descriptions and envoys depend on them
  const facts = emptyRoleFacts();
  for (const d of named) learnOrganizations(facts, d.mentions);
  const contexts = named.map((d) => documentContext(d.analyzed, d.mentions, { countryOf: (k) => countryOfEntity(k, facts) }));
  const roles = named.map((d, i) => extractRoles(d.analyzed, d.mentions, facts, contexts[i]));
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
  const countriesNamed = new Set(mentions.map((m) => (m.type === 'Country' ? m.entity : m.ruleId === 'body-of-country' ? m.country : undefined)).filter((k): k is string => !!k));
  for (const d of named) appendAll(relations, tieRelations(d.analyzed, d.mentions, countriesNamed));
  options.onProgress?.(named.length, named.length);
  return { documents: unique, mentions, relations, diagnostics, duplicates };
}

/** Builds the knowledge graph of a set of documents. */
export function build(documents: SourceDocument[], options: BuildOptions = {}): BuildResult {
  const { documents: unique, mentions, relations, diagnostics, duplicates } = extract(documents, options);
  // 6 entities and merged edges
  const entities: EntityTable = new Map();
  for (const m of mentions) addMention(entities, m);
  const records: DocumentRecord[] = unique.map((d) => ({ id: d.id, path: d.path, title: d.title, sha256: d.sha256, chars: d.text.length }));
  const graph = assembleGraph(records, entities, relations);
  // 7 positions for viewers
  if (options.layout !== false) assignLayout(graph);
  return { graph, mentions, relations, diagnostics, duplicates };
}
