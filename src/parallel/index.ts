// Extraction over worker threads (`--jobs N`): the per-document stages of src/index.ts (recognizeDocument,
// parseDocument) run in N workers, the corpus stages (resolveCorpus, relateCorpus, dateCorpus) in this thread
// exactly as `extract` runs them, so the output is the same byte for byte (test/parallel/parallel.test.ts).
//
//   main thread                               workers
//   uniqueDocuments                      →    recognizeDocument (tokens, sentences, names), per document
//   resolveCorpus (names, entities)      →    parseDocument (trees), per document, with its parse plan (sentences, names)
//   relationState; rolesOf each document as its trees come back
//   relateCorpus (the rest), dateCorpus
import { availableParallelism } from 'node:os';
import {
  extract,
  finishExtraction,
  parsePlan,
  relationState,
  resolveCorpus,
  rolesOf,
  uniqueDocuments,
  type BuildOptions,
  type Extraction,
  type ParsePlan,
  type Prior,
  type RelationState,
} from '../index.js';
import type { Relation } from '../pipeline/types.js';
import { defaultRecognizers } from '../pipeline/recognizers.js';
import type { DocumentMentions } from '../pipeline/resolve/names.js';
import { compactMentions } from '../pipeline/compact.js';
import { DocumentPacker, type PackedAnalysis, type PackedSyntaxMessage } from '../pipeline/packed.js';
import type { DocumentResult, DocumentTask } from './protocol.js';
import { WorkerPool } from './pool.js';

export { WorkerPool } from './pool.js';

/** The default number of extraction threads: the cores this process may use. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

/** How many documents the last build over workers parsed again because resolving changed their names (the benchmark, the tests). */
export const parseStats = { again: 0 };

/** Below this much text a build runs in one thread unless told otherwise: starting workers costs more (their models). */
export const PARALLEL_MIN_CHARS = 200_000;

export interface ParallelOptions extends Omit<BuildOptions, 'recognizers'> {
  /**
   * worker threads for the per-document stages; 1 runs everything in this thread (default: defaultJobs(), or 1
   * for less than PARALLEL_MIN_CHARS of text)
   */
  jobs?: number;
  /** a pool to use (and leave open) instead of one made and closed for this call: the benchmark keeps one warm */
  pool?: WorkerPool;
  /** progress of the per-document stages: stage name, documents done, total */
  onStage?: (stage: 'recognizing' | 'parsing', done: number, total: number) => void;
}

/** `extract` with the default recognisers, the per-document stages spread over worker threads. */
export async function extractParallel(documents: SourceDocumentList, options: ParallelOptions = {}, prior?: Prior): Promise<Extraction> {
  const { unique, duplicates } = uniqueDocuments(documents);
  const small = unique.reduce((n, d) => n + d.text.length, 0) < PARALLEL_MIN_CHARS;
  const jobs = Math.max(1, Math.floor(options.jobs ?? (small ? 1 : defaultJobs())));
  // a pool costs a model load per worker: not worth it for one document or one job
  if (jobs === 1 || unique.length < 2) return extract(documents, { ...options, recognizers: defaultRecognizers() }, prior);
  const pool = options.pool ?? new WorkerPool(Math.min(jobs, unique.length));
  try {
    // held compactly from here on, each document as its result arrives: tokens, sentences and trees packed, one
    // copy of each string (src/pipeline/packed.ts)
    const packer = new DocumentPacker();
    const recognized: DocumentMentions[] = new Array(unique.length);
    // (resolveCorpus keeps each document's analysis, in order: the trees go to these)
    const packed: PackedAnalysis[] = new Array(unique.length);
    const early: ParsePlan[] = new Array(unique.length);
    await pool.run<Extract<DocumentResult, { kind: 'recognize' }>>(
      unique.map((doc, index): DocumentTask => ({ kind: 'recognize', index, doc })),
      (done, total) => options.onStage?.('recognizing', done, total),
      (r) => {
        packed[r.index] = packer.packMessage(unique[r.index]!, r.analysis);
        recognized[r.index] = {
          analyzed: packed[r.index]!,
          mentions: compactMentions(r.mentions, packer.strings.intern),
        };
        early[r.index] = r.plan;
      },
    );
    // The workers parse every document ahead with its names as recognised while this thread resolves them (the
    // batches all sent now: this thread does not answer until it is done). A parse reads only the sentences its
    // plan names and the names in them, so where resolving changed neither (nearly every document) the trees
    // are the ones a parse after resolving gives; the other documents are parsed again with their plans.
    let named: DocumentMentions[] = [];
    let state: RelationState | undefined;
    let plans: ParsePlan[] = [];
    const roles: Relation[][] = new Array(unique.length);
    const again: DocumentTask[] = [];
    let done = 0;
    const parsed = (index: number, syntax: PackedSyntaxMessage) => {
      packed[index]!.setSyntaxMessage(syntax);
      // the roles of each document are read here as soon as its trees arrive, while the workers parse the others
      roles[index] = rolesOf(named[index]!, index, state!);
      options.onStage?.('parsing', ++done, unique.length);
    };
    const ahead = pool.run<Extract<DocumentResult, { kind: 'parse' }>>(
      unique.map((doc, index): DocumentTask => ({ kind: 'parse', index, doc, plan: early[index]! })),
      undefined,
      // (called once this thread has resolved the names: it is busy until then)
      (r) => {
        if (samePlan(plans[r.index]!, early[r.index]!)) parsed(r.index, r.syntax);
        else again.push({ kind: 'parse', index: r.index, doc: unique[r.index]!, plan: plans[r.index]! });
      },
      { upfront: true },
    );
    try {
      named = resolveCorpus(recognized, prior);
      recognized.length = 0;
      state = relationState(named, prior);
      plans = named.map(parsePlan);
    } finally {
      // a failure here leaves the workers' run to end (and its own failure unheard)
      await ahead.catch(() => {});
    }
    await ahead;
    parseStats.again = again.length;
    await pool.run<Extract<DocumentResult, { kind: 'parse' }>>(again, undefined, (r) => parsed(r.index, r.syntax));
    // the workers are done: their models and heaps go before the corpus passes, which need the memory most
    if (!options.pool) await pool.close();
    return finishExtraction(unique, duplicates, named, options, prior, state, roles);
  } finally {
    if (!options.pool) await pool.close();
  }
}

type SourceDocumentList = Parameters<typeof extract>[0];

/** Whether two parse plans name the same sentences and the same names (a parse reads nothing else of the names). */
function samePlan(a: ParsePlan, b: ParsePlan): boolean {
  if (a.sentences.length !== b.sentences.length || a.names.length !== b.names.length) return false;
  for (let i = 0; i < a.sentences.length; i++) if (a.sentences[i] !== b.sentences[i]) return false;
  for (let i = 0; i < a.names.length; i++) if (a.names[i]!.start !== b.names[i]!.start || a.names[i]!.end !== b.names[i]!.end) return false;
  return true;
}
