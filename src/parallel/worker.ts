// An extraction worker (a worker thread): runs the per-document stages of src/index.ts on the documents the
// main thread sends, one task at a time, with the default recognisers and the committed models (loaded once,
// on the first task). It keeps nothing between tasks: a parse task tokenises its document again (a few
// percent of the parse's cost), so no document's tokens are held twice across the corpus.
import { parentPort } from 'node:worker_threads';
import { parseDocument, recognizeDocument } from '../index.js';
import { defaultRecognizers } from '../pipeline/recognizers.js';
import { analyzeDocument } from '../pipeline/text/analyze.js';
import type { Task, TaskResult } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('newsgraph: src/parallel/worker.js runs as a worker thread (see src/parallel/pool.ts)');
let recognizers: ReturnType<typeof defaultRecognizers> | undefined;

port.on('message', (task: Task) => {
  let result: TaskResult;
  try {
    if (task.kind === 'recognize') {
      recognizers ??= defaultRecognizers();
      const { analyzed, mentions } = recognizeDocument(task.doc, recognizers);
      result = {
        kind: 'recognize',
        index: task.index,
        tokens: analyzed.tokens,
        sentences: analyzed.sentences,
        sentenceOfToken: analyzed.sentenceOfToken,
        mentions,
      };
      port.postMessage(result, [analyzed.sentenceOfToken.buffer as ArrayBuffer]);
      return;
    }
    const analyzed = analyzeDocument(task.doc);
    result = { kind: 'parse', index: task.index, syntax: parseDocument({ analyzed, mentions: [] }, task.plan) };
  } catch (e) {
    result = { kind: 'error', index: task.index, message: (e as Error).message, ...((e as Error).stack ? { stack: (e as Error).stack } : {}) };
  }
  port.postMessage(result);
});
