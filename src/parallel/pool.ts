// A pool of extraction workers. `run` hands out tasks as workers become free (two in flight per worker, so none
// waits for the main thread between tasks) and returns the results in task order.
import { Worker } from 'node:worker_threads';
import { packageFile } from '../paths.js';
import type { Task, TaskResult } from './protocol.js';

/** The compiled worker: tests run src/ through vitest, but a worker thread needs JavaScript (npm test compiles first). */
export const WORKER_FILE = packageFile('dist/parallel/worker.js');

const IN_FLIGHT = 2;

export class WorkerPool {
  private readonly workers: Worker[];

  constructor(readonly size: number) {
    this.workers = Array.from({ length: size }, () => new Worker(WORKER_FILE));
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
              if (r.kind === 'recognize') return w.postMessage({ kind: 'parse', index: 0, doc, plan: { sentences: [0], names: [] } } satisfies Task);
              w.off('message', onMessage);
              w.off('error', reject);
              if (r.kind === 'error') reject(new Error(r.message));
              else resolve();
            };
            w.on('message', onMessage);
            w.on('error', reject);
            w.postMessage({ kind: 'recognize', index: 0, doc } satisfies Task);
          }),
      ),
    );
  }

  /**
   * Runs every task; results in the order of `tasks`, or, with `onResult`, handed to it as they arrive (and not
   * kept). A task that throws rejects the whole run.
   */
  run<R extends TaskResult>(tasks: Task[], onDone?: (done: number, total: number) => void, onResult?: (result: R) => void): Promise<R[]> {
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
      for (const worker of this.workers) {
        const send = () => {
          if (next < tasks.length) worker.postMessage(tasks[next++]);
        };
        const onMessage = (r: TaskResult) => {
          if (r.kind === 'error') {
            const error = new Error(`newsgraph: a worker failed on document ${r.index} (${(tasks[r.index] as { doc: { id: string } }).doc.id}): ${r.message}`);
            if (r.stack) error.stack = r.stack;
            return finish(error);
          }
          if (onResult) {
            try {
              onResult(r as R);
            } catch (e) {
              return finish(e as Error);
            }
          } else results[r.index] = r as R;
          done++;
          onDone?.(done, tasks.length);
          if (done === tasks.length) return finish();
          send();
        };
        const onError = (e: Error) => finish(e);
        worker.on('message', onMessage);
        worker.on('error', onError);
        listeners.push([worker, onMessage, onError]);
        for (let i = 0; i < IN_FLIGHT; i++) send();
      }
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
