// The data that flows between pipeline stages.
import type { EntityType, Evidence } from '../graph/schema.js';
import type { Sentence, Token } from './text/tokenize.js';
import type { ParsedSentence } from './syntax/index.js';

/** A document as read: its id (file name), where it came from and its text. */
export interface SourceDocument {
  id: string;
  path: string;
  title: string;
  text: string;
  sha256: string;
  /** a Markdown or text file's YAML front matter, parsed (metadata: never part of `text`) */
  frontMatter?: Record<string, unknown>;
  /** publication day (YYYY-MM-DD), URL, outlet and author, where the file, feed row or page says (metadata.ts) */
  date?: string;
  url?: string;
  source?: string;
  author?: string;
}

/** A document with its tokens and sentences. */
export interface AnalyzedDocument {
  doc: SourceDocument;
  tokens: Token[];
  sentences: Sentence[];
  /** sentence index of every token */
  sentenceOfToken: Int32Array;
  /**
   * each sentence's words with part of speech, lemma and dependency tree (stage 3c), parallel to sentences; a
   * sentence the relation rules cannot read anything from (no name, or no word that triggers a rule) is left
   * unparsed
   */
  syntax?: Array<ParsedSentence | undefined>;
}

export type MentionKind =
  | 'name' // a proper name: "Vladimir Putin", "Russia", "the Foreign Ministry"
  | 'demonym' // a country adjective: "Russian" in "Russian President"
  | 'description' // a definite description: "the Russian leader", "his American counterpart"
  | 'pronoun'; // he, she, him, his, her

export interface Mention {
  /** index in the document's mention list (ordered by position) */
  id: number;
  doc: string;
  /** token range, last exclusive */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  type: Exclude<EntityType, 'Charge'>;
  kind: MentionKind;
  sentence: number;
  /** the rule or recogniser that found it */
  ruleId: string;
  /** set when no recogniser gave the name a type: it is kept only if it resolves to a known entity */
  untyped?: boolean;
  /** typed from a weak cue only (a preposition before it); a known entity of another kind overrides it */
  weak?: boolean;
  /** node key, once resolved */
  entity?: string;
  /** canonical label proposed for the entity (e.g. the country's common name for "U.S.") */
  canonical?: string;
  /** for descriptions: the role ("president") and the country key they are qualified by */
  role?: string;
  country?: string;
}

/** A relation found in a sentence, before it is merged into the graph. */
export interface Relation {
  predicate: import('../graph/schema.js').Predicate;
  source: string;
  target: string;
  ruleId: string;
  confidence: number;
  evidence: Evidence;
  negated?: boolean;
  attributes: Record<string, unknown>;
}

/** A problem found in the text (not an error): an unresolved pronoun, an unknown role. */
export interface Diagnostic {
  doc: string;
  start: number;
  end: number;
  ruleId: string;
  message: string;
}
