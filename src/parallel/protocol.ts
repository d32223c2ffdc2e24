// The messages between the main thread and the extraction workers. A task names one document by its index in
// the corpus; its result comes back with that index, so results are put in corpus order whatever order the
// workers finish in, and the output is the same as in one thread.
import type { ParsePlan } from '../index.js';
import type { PackedAnalysisMessage, PackedSyntaxMessage } from '../pipeline/packed.js';
import type { Mention, SourceDocument } from '../pipeline/types.js';
import type { ThreadStats } from './thread-stats.js';

export type DocumentTask =
  /** stages 1–2: tokens, sentences and name mentions of a document */
  | { kind: 'recognize'; index: number; doc: SourceDocument }
  /** stage 3c: the dependency trees of the sentences of a document its plan names, read with its resolved names */
  | { kind: 'parse'; index: number; doc: SourceDocument; plan: ParsePlan };

export type DocumentResult =
  /**
   * tokens, sentences and trees packed in typed arrays, which move between threads without a copy
   * (src/pipeline/packed.ts); a recognised document comes with the parse plan of its names as recognised
   */
  | { kind: 'recognize'; index: number; analysis: PackedAnalysisMessage; mentions: Mention[]; plan: ParsePlan }
  | { kind: 'parse'; index: number; syntax: PackedSyntaxMessage }
  | { kind: 'error'; index: number; message: string; stack?: string };

export type Task =
  /** several documents' tasks in one message, answered in one message (src/parallel/pool.ts) */
  | { kind: 'batch'; tasks: DocumentTask[] }
  /** the worker's CPU seconds and collections so far (the benchmark), between runs */
  | { kind: 'stats' };

export type TaskResult = { kind: 'batch'; results: DocumentResult[] } | { kind: 'stats'; stats: ThreadStats };
