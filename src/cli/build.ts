// newsgraph build [PATH…] [--out DIR]: documents → graph/graph.json and graph/graph.gexf.
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { ChunkSink } from '../export/chunks.js';
import { gexfChunks } from '../export/gexf.js';
import { graphOf, type BuildResult } from '../index.js';
import { assignLayout } from '../layout/index.js';
import { extractParallel } from '../parallel/index.js';
import { writeFilesAtomic } from '../store/atomic.js';
import { graphJsonChunks, graphPathOf } from '../store/graph-file.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';
import { readInputs, reportInputs, type InputReport } from './inputs.js';

const PROGRESS_ABOVE = 5;

export function progressPrinter(label: string): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY && process.env.NEWSGRAPH_PROGRESS !== '1') return undefined;
  let last = 0;
  return (done, total) => {
    if (total <= PROGRESS_ABOVE) return;
    const now = Date.now();
    if (done < total && now - last < 200) return;
    last = now;
    process.stderr.write(`\r${label} ${done}/${total} documents${done === total ? '\n' : ''}`);
  };
}

/** The --jobs option: a whole number of worker threads, at least 1; undefined when not given (see extractParallel). */
export function jobsOption(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new UserError(`${command}: --jobs takes a whole number of threads from 1 up, not '${value}' (e.g. --jobs 2)`, 2);
  return n;
}

/** Progress lines of the per-document stages (recognizing, parsing) and the relation stage. */
export const stagePrinters = () => {
  const recognizing = progressPrinter('recognizing');
  const parsing = progressPrinter('parsing');
  return {
    onStage: (stage: 'recognizing' | 'parsing', done: number, total: number) => (stage === 'recognizing' ? recognizing : parsing)?.(done, total),
    onProgress: progressPrinter('extracting'),
  };
};

/** Reads, builds and writes; the files appear only when everything has succeeded. */
export async function buildToDirectory(paths: string[], outDir: string, jobs?: number): Promise<{ result: BuildResult; inputs: InputReport; seconds: number }> {
  const started = performance.now();
  const inputs = await readInputs(paths, progressPrinter('reading'));
  reportInputs(inputs);
  if (!inputs.documents.length) throw new UserError(`nothing to build: none of ${paths.join(', ')} could be read (see the warnings above)`);
  const result = graphOf(await extractParallel(inputs.documents, { jobs, ...stagePrinters() }), { layout: false });
  // the graph holds all that is written: the lists of mentions and relations go before the layout and the files
  result.mentions.length = 0;
  result.relations.length = 0;
  assignLayout(result.graph);
  // each file is written chunk by chunk as it is made: the text of a large graph never sits in memory whole
  writeAll(outDir, [
    ['graph.json', (sink) => void graphJsonChunks(result.graph, sink)],
    ['graph.gexf', (sink) => void gexfChunks(result.graph, sink)],
  ]);
  return { result, inputs, seconds: (performance.now() - started) / 1000 };
}

/** Writes every file of `dir` atomically (src/store/atomic.ts): they appear only once all are written. */
export function writeAll(dir: string, files: [string, (sink: ChunkSink) => void][]): void {
  writeFilesAtomic(
    files.map(([name]) => join(dir, name)),
    (sinks) => {
      files.forEach(([, fill], i) => {
        fill(sinks[i]!);
      });
    },
    (code) => `cannot write to ${dir} (${code}): pass a writable directory with --out DIR`,
  );
}

export function summaryLines(result: BuildResult, inputs: InputReport, seconds: number, outDir: string): string[] {
  const count = (values: string[]) => {
    const m = new Map<string, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  };
  const g = result.graph;
  const docs = g.getAttribute('documents').length;
  return [
    `newsgraph: built ${join(outDir, 'graph.json')} from ${docs} document${docs === 1 ? '' : 's'}` +
      (result.duplicates.length ? ` (${result.duplicates.length} duplicate${result.duplicates.length === 1 ? '' : 's'} ingested once)` : '') +
      (inputs.skipped.length ? `, ${inputs.skipped.length} skipped` : '') +
      ` in ${seconds.toFixed(2)} s`,
    `  entities  ${g.order}: ${count(g.mapNodes((_, a) => a.type)) || 'none'}`,
    `  relations ${g.size}: ${count(g.mapEdges((_, a) => a.predicate)) || 'none'}`,
  ];
}

/** A word as a POSIX shell reads it back: bare when safe, else in single quotes. */
export const shellWord = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

/**
 * The commands that read the graph just written, to copy and paste: without --graph when it is the one they
 * read by default ($NEWSGRAPH_GRAPH, else graph/graph.json), with `--graph DIR` otherwise.
 */
export function nextStepLines(outDir: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const cli = env.npm_command ? 'npx newsgraph' : 'newsgraph'; // run through npm (npx, npm start): not on PATH
  const isDefault = resolve(graphPathOf(undefined, env)) === resolve(join(outDir, 'graph.json'));
  const graph = isDefault ? '' : ` --graph ${shellWord(outDir)}`;
  return [
    `  query it  ${cli} query stats${graph}`,
    `            ${cli} shell${graph}`,
    `            ${cli} view${graph} --open`,
    ...(isDefault ? [] : [`            (or export NEWSGRAPH_GRAPH=${shellWord(outDir)} to make it the default and leave out --graph)`]),
  ];
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'read news articles and write the knowledge graph',
  usage: [
    'usage: newsgraph build [PATH…] [--out DIR] [--jobs N]',
    '',
    'Reads .txt, .md, .html and .pdf files, and .jsonl and .csv feeds of one article a row (directories are',
    'walked in sorted order) and writes DIR/graph.json and DIR/graph.gexf, then prints the commands that read',
    'that graph. Defaults: PATH seeds/, DIR graph/. --jobs N spreads the documents over N worker threads',
    '(default: the available cores, one thread for less than 200 kB of text); the graph is the same whatever N.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseCommandArgs('build', argv, { out: { type: 'string', short: 'o' }, jobs: { type: 'string', short: 'j' } });
    const out = values.out ?? 'graph';
    const { result, inputs, seconds } = await buildToDirectory(positionals.length ? positionals : ['seeds'], out, jobsOption('build', values.jobs));
    for (const line of [...summaryLines(result, inputs, seconds, out), ...nextStepLines(out)]) console.log(line);
    return 0;
  },
};
