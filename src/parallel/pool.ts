// A pool of extraction workers. `run` hands out tasks as workers become free (two batches in flight per worker,
// so none waits for the main thread between batches) and returns the results in task order.
import { Worker } from 'node:worker_threads';
import { packageFile } from '../paths.js';
import type { DocumentResult, DocumentTask, Task, TaskResult } from './protocol.js';
import type { ThreadStats } from './thread-stats.js';

/** The compiled worker: tests run src/ through vitest, but a worker thread needs JavaScript (npm test compiles first). */
export const WORKER_FILE = packageFile('dist/parallel/worker.js');

const IN_FLIGHT = 2;

// A worker's heap holds its models and the one document it works on; nearly all it allocates (the tagger's and
// parser's states, a document's tokens and trees) is garbage by the end of the document. V8's default young
// generation (16 MB semi-spaces, 34 MB in all here) fills every few documents, and each scavenge copies what is
// still alive, the document in hand among it. With 64 MB the workers collect their young objects about a fifth
// as often (on CoNLL eng.train 10 scavenges a run against 35-55) and spent 5-20% less CPU (README "All cores").
// 128 MB was no better. It is memory taken only while the workers run (they end before the corpus passes).
export const WORKER_YOUNG_GENERATION_MB = 64;

// Documents go to a worker in batches of about this much text, one message each way: a message costs each thread
// a fixed share of CPU besides its content (on this 2-core machine, under load, most of a millisecond to send a
// CoNLL document's trees, whose parse takes about 2 ms), and CoNLL's documents are short (1.2 KB on average).
export const BATCH_CHARS = 16_000;
// Towards the end of a run batches get smaller (at most a 1/BATCH_SHARE of the documents left per worker), so
// that no worker is left with a long batch while the others are idle.
const BATCH_SHARE = 4;

export class WorkerPool {
  private readonly workers: Worker[];

  constructor(
    readonly size: number,
    /** the young generation of each worker's heap, MB (default WORKER_YOUNG_GENERATION_MB) */
    youngGenerationMb = WORKER_YOUNG_GENERATION_MB,
  ) {
    this.workers = Array.from({ length: size }, () => new Worker(WORKER_FILE, { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } }));
  }

  /** Each worker's CPU seconds and collections so far, in worker order (between runs). */
  stats(): Promise<ThreadStats[]> {
    return Promise.all(
      this.workers.map(
        (w) =>
          new Promise<ThreadStats>((resolve, reject) => {
            const onMessage = (r: TaskResult) => {
              w.off('message', onMessage);
              w.off('error', reject);
              if (r.kind === 'stats') resolve(r.stats);
              else reject(new Error(`newsgraph: a worker answered ${r.kind} to stats`));
            };
            w.on('message', onMessage);
            w.on('error', reject);
            w.postMessage({ kind: 'stats' } satisfies Task);
          }),
      ),
    );
  }

  /** Loads the models in every worker (the first task of each would otherwise pay for it). */
  async warm(): Promise<void> {
    const doc = {
      id: 'warm',
      path: 'warm',
      title: 'warm',
      text: "President Anna Berg of Norway met Iran's foreign minister in Oslo on Monday.",
      sha256: 'warm',
    };
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const onMessage = (r: TaskResult) => {
              const first = r.kind === 'batch' ? r.results[0] : undefined;
              if (first?.kind === 'recognize')
                return w.postMessage({ kind: 'batch', tasks: [{ kind: 'parse', index: 0, doc, plan: { sentences: [0], names: [] } }] } satisfies Task);
              w.off('message', onMessage);
              w.off('error', reject);
              if (first?.kind === 'error') reject(new Error(first.message));
              else resolve();
            };
            w.on('message', onMessage);
            w.on('error', reject);
            w.postMessage({ kind: 'batch', tasks: [{ kind: 'recognize', index: 0, doc }] } satisfies Task);
          }),
      ),
    );
  }

  /**
   * Runs every task; results by their tasks' index, or, with `onResult`, handed to it as they arrive (and not
   * kept). A task that throws rejects the whole run. `upfront` sends every batch at once, in turn to each worker:
   * for a run the main thread will not attend to for a while (it resolves names while the workers parse ahead).
   */
  run<R extends DocumentResult>(
    tasks: DocumentTask[],
    onDone?: (done: number, total: number) => void,
    onResult?: (result: R) => void,
    { upfront = false } = {},
  ): Promise<R[]> {
    const results: R[] = new Array(tasks.length);
    let next = 0;
    let done = 0;
    return new Promise<R[]>((resolve, reject) => {
      if (!tasks.length) return resolve(results);
      const listeners: [Worker, (r: TaskResult) => void, (e: Error) => void][] = [];
      const finish = (error?: Error) => {
        for (const [w, onMessage, onError] of listeners) {
          w.off('message', onMessage);
          w.off('error', onError);
        }
        if (error) reject(error);
        else resolve(results);
      };
      const senders: Array<() => void> = [];
      for (const worker of this.workers) {
        const send = () => {
          if (next >= tasks.length) return;
          const most = Math.max(1, Math.ceil((tasks.length - next) / (this.size * BATCH_SHARE)));
          const batch: DocumentTask[] = [];
          let chars = 0;
          while (next < tasks.length && batch.length < most && chars < BATCH_CHARS) {
            chars += tasks[next]!.doc.text.length;
            batch.push(tasks[next++]!);
          }
          worker.postMessage({ kind: 'batch', tasks: batch } satisfies Task);
        };
        const onMessage = (message: TaskResult) => {
          if (message.kind !== 'batch') return;
          for (const r of message.results) if (!onDocument(r)) return;
          send();
        };
        // false when the run is over
        const onDocument = (r: DocumentResult): boolean => {
          if (r.kind === 'error') {
            const error = new Error(`newsgraph: a worker failed on document ${r.index} (${tasks.find((t) => t.index === r.index)?.doc.id}): ${r.message}`);
            if (r.stack) error.stack = r.stack;
            finish(error);
            return false;
          }
          if (onResult) {
            try {
              onResult(r as R);
            } catch (e) {
              finish(e as Error);
              return false;
            }
          } else results[r.index] = r as R;
          done++;
          onDone?.(done, tasks.length);
          if (done < tasks.length) return true;
          finish();
          return false;
        };
        const onError = (e: Error) => finish(e);
        worker.on('message', onMessage);
        worker.on('error', onError);
        listeners.push([worker, onMessage, onError]);
        senders.push(send);
      }
      if (upfront) while (next < tasks.length) for (const send of senders) send();
      else for (let i = 0; i < IN_FLIGHT; i++) for (const send of senders) send();
    });
  }

  private closed = false;

  /** Ends the workers (again: nothing). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
