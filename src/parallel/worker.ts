// An extraction worker (a worker thread): runs the per-document stages of src/index.ts on the documents the
// main thread sends, a batch of tasks at a time, with the default recognisers and the committed models (loaded
// once, on the first task). It keeps nothing between tasks: a parse task tokenises its document again (a few
// percent of the parse's cost), so no document's tokens are held twice across the corpus.
import { parentPort } from 'node:worker_threads';
import { parseDocument, parsePlan, recognizeDocument } from '../index.js';
import { messageBuffers, packAnalysisMessage, packSyntaxMessage } from '../pipeline/packed.js';
import { defaultRecognizers } from '../pipeline/recognizers.js';
import { analyzeDocument } from '../pipeline/text/analyze.js';
import type { DocumentResult, DocumentTask, Task, TaskResult } from './protocol.js';
import { gcWatch, threadStats } from './thread-stats.js';

const port = parentPort;
if (!port) throw new Error('newsgraph: src/parallel/worker.js runs as a worker thread (see src/parallel/pool.ts)');
let recognizers: ReturnType<typeof defaultRecognizers> | undefined;
gcWatch();

function run(task: DocumentTask): DocumentResult {
  try {
    if (task.kind === 'recognize') {
      recognizers ??= defaultRecognizers();
      const d = recognizeDocument(task.doc, recognizers);
      // (the plan first: the analysis's arrays move with the message)
      const plan = parsePlan(d);
      return { kind: 'recognize', index: task.index, plan, analysis: packAnalysisMessage(d.analyzed), mentions: d.mentions };
    }
    const analyzed = analyzeDocument(task.doc);
    return { kind: 'parse', index: task.index, syntax: packSyntaxMessage(parseDocument({ analyzed, mentions: [] }, task.plan)) };
  } catch (e) {
    return { kind: 'error', index: task.index, message: (e as Error).message, ...((e as Error).stack ? { stack: (e as Error).stack } : {}) };
  }
}

port.on('message', (task: Task) => {
  if (task.kind === 'stats') return port.postMessage({ kind: 'stats', stats: threadStats() } satisfies TaskResult);
  const results = task.tasks.map(run);
  // the packed arrays move to the main thread, not copied
  const transfer = results.flatMap((r) => (r.kind === 'recognize' ? messageBuffers(r.analysis) : r.kind === 'parse' ? messageBuffers(r.syntax) : []));
  port.postMessage({ kind: 'batch', results } satisfies TaskResult, transfer);
});
