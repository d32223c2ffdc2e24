// newsgraph build [PATH…] [--out DIR]: documents → graph/graph.json and graph/graph.gexf.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { toGexf } from '../export/gexf.js';
import { build, type BuildResult } from '../index.js';
import { defaultRecognizers } from '../pipeline/recognizers.js';
import { serializeGraph } from '../store/graph-file.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';
import { readInputs, type InputReport } from './inputs.js';

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

/** Reads, builds and writes; the files appear only when everything has succeeded. */
export function buildToDirectory(paths: string[], outDir: string): { result: BuildResult; inputs: InputReport; seconds: number } {
  const started = performance.now();
  const inputs = readInputs(paths, progressPrinter('reading'));
  for (const line of inputs.skipped) console.error(`newsgraph: warning: skipped ${line}`);
  if (!inputs.documents.length)
    throw new UserError(`nothing to build: none of ${paths.join(', ')} could be read (see the warnings above)`);
  const result = build(inputs.documents, { recognizers: defaultRecognizers(), onProgress: progressPrinter('extracting') });
  const files: [string, string][] = [
    ['graph.json', serializeGraph(result.graph)],
    ['graph.gexf', toGexf(result.graph)],
  ];
  writeAll(outDir, files);
  return { result, inputs, seconds: (performance.now() - started) / 1000 };
}

/** Writes every file to a temporary name first and renames them into place only when all are written. */
function writeAll(dir: string, files: [string, string][]): void {
  const written: string[] = [];
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of files) {
      const tmp = join(dir, `.${name}.${process.pid}.tmp`);
      written.push(tmp);
      writeFileSync(tmp, content);
    }
    files.forEach(([name], i) => renameSync(written[i]!, join(dir, name)));
  } catch (e) {
    for (const tmp of written) rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new UserError(`cannot write to ${dir} (${code}): pass a writable directory with --out DIR`);
  }
}

export function summaryLines(result: BuildResult, inputs: InputReport, seconds: number, outDir: string): string[] {
  const count = (values: string[]) => {
    const m = new Map<string, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ');
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

export const buildCommand: Command = {
  name: 'build',
  summary: 'read news articles and write the knowledge graph',
  usage: [
    'usage: newsgraph build [PATH…] [--out DIR]',
    '',
    'Reads .txt, .md and .html files (directories are walked in sorted order) and writes DIR/graph.json',
    'and DIR/graph.gexf. Defaults: PATH seeds/, DIR graph/.',
  ].join('\n'),
  run(argv) {
    const { values, positionals } = parseCommandArgs('build', argv, { out: { type: 'string', short: 'o' } });
    const out = values.out ?? 'graph';
    const { result, inputs, seconds } = buildToDirectory(positionals.length ? positionals : ['seeds'], out);
    for (const line of summaryLines(result, inputs, seconds, out)) console.log(line);
    return 0;
  },
};
