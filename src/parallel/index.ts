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
  type Prior,
} from '../index.js';
import type { Relation } from '../pipeline/types.js';
import { defaultRecognizers } from '../pipeline/recognizers.js';
import type { DocumentMentions } from '../pipeline/resolve/names.js';
import { compactMentions } from '../pipeline/compact.js';
import { DocumentPacker, type PackedAnalysis } from '../pipeline/packed.js';
import type { DocumentResult, DocumentTask } from './protocol.js';
import { WorkerPool } from './pool.js';

export { WorkerPool } from './pool.js';

/** The default number of extraction threads: the cores this process may use. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

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
    await pool.run<Extract<DocumentResult, { kind: 'recognize' }>>(
      unique.map((doc, index): DocumentTask => ({ kind: 'recognize', index, doc })),
      (done, total) => options.onStage?.('recognizing', done, total),
      (r) => {
        packed[r.index] = packer.packMessage(unique[r.index]!, r.analysis);
        recognized[r.index] = {
          analyzed: packed[r.index]!,
          mentions: compactMentions(r.mentions, packer.strings.intern),
        };
      },
    );
    const named = resolveCorpus(recognized, prior);
    recognized.length = 0;
    // the roles of each document are read here as soon as its trees arrive, while the workers parse the others
    const state = relationState(named, prior);
    const roles: Relation[][] = new Array(named.length);
    await pool.run<Extract<DocumentResult, { kind: 'parse' }>>(
      named.map((d, index): DocumentTask => ({ kind: 'parse', index, doc: d.analyzed.doc, plan: parsePlan(d) })),
      (done, total) => options.onStage?.('parsing', done, total),
      (r) => {
        packed[r.index]!.setSyntaxMessage(r.syntax);
        roles[r.index] = rolesOf(named[r.index]!, r.index, state);
      },
    );
    // the workers are done: their models and heaps go before the corpus passes, which need the memory most
    if (!options.pool) await pool.close();
    return finishExtraction(unique, duplicates, named, options, prior, state, roles);
  } finally {
    if (!options.pool) await pool.close();
  }
}

type SourceDocumentList = Parameters<typeof extract>[0];
