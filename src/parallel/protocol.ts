// The messages between the main thread and the extraction workers. A task names one document by its index in
// the corpus; its result comes back with that index, so results are put in corpus order whatever order the
// workers finish in, and the output is the same as in one thread.
import type { ParsePlan } from '../index.js';
import type { ParsedSentence } from '../pipeline/syntax/index.js';
import type { Sentence, Token } from '../pipeline/text/tokenize.js';
import type { Mention, SourceDocument } from '../pipeline/types.js';

export type Task =
  /** stages 1–2: tokens, sentences and name mentions of a document */
  | { kind: 'recognize'; index: number; doc: SourceDocument }
  /** stage 3c: the dependency trees of the sentences of a document its plan names, read with its resolved names */
  | { kind: 'parse'; index: number; doc: SourceDocument; plan: ParsePlan };

export type TaskResult =
  | { kind: 'recognize'; index: number; tokens: Token[]; sentences: Sentence[]; sentenceOfToken: Int32Array; mentions: Mention[] }
  | { kind: 'parse'; index: number; syntax: Array<ParsedSentence | undefined> }
  | { kind: 'error'; index: number; message: string; stack?: string };
