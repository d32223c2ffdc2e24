// Extraction throughput over the text of CoNLL-2003 eng.train (prepared with ../shared/eval/conll.mjs):
// tokens and megabytes a second through the whole pipeline, on one core, median of 3 runs; and the same with
// the per-document stages on 2 worker threads (src/parallel/), each parallel run right after a one-thread run
// so both see the same load on a shared machine (NEWSGRAPH_BENCH_JOBS sets the number of workers).
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../index.js';
import { extractParallel, WorkerPool } from '../parallel/index.js';
import { PACKAGE_ROOT } from '../paths.js';
import { defaultRecognizers } from '../pipeline/recognizers.js';
import { tokenize } from '../pipeline/text/tokenize.js';
import type { SourceDocument } from '../pipeline/types.js';
import { median, type BenchSection } from './section.js';

export const SHARED = join(PACKAGE_ROOT, '..', 'shared');

/** Prepares a CoNLL file into documents (in a temporary folder, removed afterwards). */
export function prepareConll(file: string): SourceDocument[] {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-conll-'));
  try {
    execFileSync(process.execPath, [join(SHARED, 'eval', 'conll.mjs'), 'prepare', file, dir], { stdio: 'ignore' });
    return readdirSync(dir)
      .sort()
      .map((name) => {
        const text = readFileSync(join(dir, name), 'utf8');
        return { id: name, path: join(dir, name), title: name, text, sha256: name };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The CoNLL-2003 training file beside the project, or undefined (logged) when ../shared is absent. */
export function conllTrainFile(section: string, log: (line: string) => void): string | undefined {
  const train = join(SHARED, 'data', 'conll2003', 'eng.train');
  if (existsSync(train)) return train;
  log(`${section}: skipped: ${train} is absent (the benchmark reads ../shared beside the project)`);
  return undefined;
}

export const extractBench: BenchSection = {
  key: 'extract',
  async run({ log }) {
    const train = conllTrainFile('extract', log);
    if (!train) return undefined;
    const documents = prepareConll(train);
    const tokens = documents.reduce((n, d) => n + tokenize(d.text).length, 0);
    const bytes = documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    const recognizers = defaultRecognizers();
    extract(documents.slice(0, 20), { recognizers }); // load models and warm the JIT
    const jobs = Number(process.env.NEWSGRAPH_BENCH_JOBS) || 2;
    const pool = new WorkerPool(jobs);
    await pool.warm();
    await extractParallel(documents.slice(0, 40), { jobs, pool });
    const seconds: number[] = [];
    const cpuSeconds: number[] = [];
    const parallelSeconds: number[] = [];
    const parallelCpu: number[] = [];
    try {
      for (let run = 0; run < 3; run++) {
        let t0 = performance.now();
        let c0 = process.cpuUsage();
        extract(documents, { recognizers });
        let cpu = process.cpuUsage(c0);
        seconds.push((performance.now() - t0) / 1000);
        cpuSeconds.push((cpu.user + cpu.system) / 1e6);
        // process.cpuUsage counts every thread of the process, the workers' too
        t0 = performance.now();
        c0 = process.cpuUsage();
        await extractParallel(documents, { jobs, pool });
        cpu = process.cpuUsage(c0);
        parallelSeconds.push((performance.now() - t0) / 1000);
        parallelCpu.push((cpu.user + cpu.system) / 1e6);
      }
    } finally {
      await pool.close();
    }
    const s = median(seconds);
    // on a shared machine wall time includes waiting for a core; CPU time shows the work itself
    const cpuS = median(cpuSeconds);
    const result = {
      documents: documents.length,
      tokens,
      megabytes: +(bytes / 1e6).toFixed(2),
      seconds_median: +s.toFixed(3),
      tokens_per_s: Math.round(tokens / s),
      tokens_per_cpu_s: Math.round(tokens / cpuS),
      mb_per_s: +(bytes / 1e6 / s).toFixed(3),
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
      workers: {
        jobs,
        seconds_median: +median(parallelSeconds).toFixed(3),
        tokens_per_s: Math.round(tokens / median(parallelSeconds)),
        cpu_seconds_median: +median(parallelCpu).toFixed(3),
        speedup: +(s / median(parallelSeconds)).toFixed(2),
        speedup_per_run: seconds.map((x, i) => +(x / parallelSeconds[i]!).toFixed(2)),
        load_average: +loadavg()[0]!.toFixed(2),
      },
    };
    log(
      `extract: ${jobs} workers: ${result.workers.tokens_per_s.toLocaleString('en')} tokens/s (median of 3: ${result.workers.seconds_median} s, CPU ${result.workers.cpu_seconds_median} s in all threads), ` +
        `${result.workers.speedup}× one thread (per run: ${result.workers.speedup_per_run.join(', ')}; load average ${result.workers.load_average})`,
    );
    log(
      `extract: ${result.tokens_per_s.toLocaleString('en')} tokens/s (${result.tokens_per_cpu_s.toLocaleString('en')} per CPU-second), ${result.mb_per_s} MB/s over ${documents.length} documents (${tokens.toLocaleString('en')} tokens, median of 3: ${result.seconds_median} s), peak RSS ${result.peak_rss_mb} MB`,
    );
    return result;
  },
};
