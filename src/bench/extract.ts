// Extraction throughput over the text of CoNLL-2003 eng.train (prepared with ../shared/eval/conll.mjs):
// tokens and megabytes a second through the whole pipeline, on one core, median of 3 runs; and the same with
// the per-document stages on 2 worker threads (src/parallel/), each parallel run right after a one-thread run
// so both see the same load on a shared machine (NEWSGRAPH_BENCH_JOBS sets the number of workers,
// NEWSGRAPH_BENCH_RUNS the runs). Beside wall time, the CPU seconds of each thread (Linux): on a shared machine
// wall time includes waiting for a core, and the CPU of the main thread, of each worker and of V8's helper
// threads (concurrent garbage collection, compilation) shows where a build over workers spends more than one
// thread does.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../index.js';
import { extractParallel, parseStats, WorkerPool } from '../parallel/index.js';
import { gcWatch, threadStats, type ThreadStats } from '../parallel/thread-stats.js';
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
    gcWatch();
    const recognizers = defaultRecognizers();
    const jobs = Number(process.env.NEWSGRAPH_BENCH_JOBS) || 2;
    const runs = Number(process.env.NEWSGRAPH_BENCH_RUNS) || 3;
    const pool = new WorkerPool(jobs);
    const seconds: number[] = [];
    const cpuSeconds: number[] = [];
    const one: ThreadFigures[] = [];
    const parallelSeconds: number[] = [];
    const parallelCpu: number[] = [];
    const many: ThreadFigures[] = [];
    try {
      // load the models and warm the JIT over the whole corpus, both ways
      await pool.warm();
      extract(documents, { recognizers });
      await extractParallel(documents, { jobs, pool });
      for (let run = 0; run < runs; run++) {
        let before = await snapshot();
        let t0 = performance.now();
        extract(documents, { recognizers });
        seconds.push((performance.now() - t0) / 1000);
        one.push(figures(before, await snapshot()));
        cpuSeconds.push(one.at(-1)!.cpu);
        before = await snapshot(pool);
        t0 = performance.now();
        await extractParallel(documents, { jobs, pool });
        parallelSeconds.push((performance.now() - t0) / 1000);
        many.push(figures(before, await snapshot(pool)));
        parallelCpu.push(many.at(-1)!.cpu);
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
        // CPU seconds by thread, medians: with workers, and in one thread
        threads: medianFigures(many),
        one_thread: medianFigures(one),
        // documents parsed again because resolving changed their names (the workers parse ahead of it)
        parsed_again: parseStats.again,
        // all threads' CPU with workers over one thread's, run by run
        cpu_ratio_per_run: parallelCpu.map((x, i) => +(x / cpuSeconds[i]!).toFixed(2)),
      },
    };
    log(
      `extract: ${jobs} workers: ${result.workers.tokens_per_s.toLocaleString('en')} tokens/s (median of 3: ${result.workers.seconds_median} s, CPU ${result.workers.cpu_seconds_median} s in all threads), ` +
        `${result.workers.speedup}× one thread (per run: ${result.workers.speedup_per_run.join(', ')}; load average ${result.workers.load_average})`,
    );
    const t = result.workers.threads;
    const o = result.workers.one_thread;
    if (t.main !== undefined && o.main !== undefined)
      log(
        `extract: CPU seconds by thread (medians): one thread ${o.main} s in it (GC pauses ${o.gc_pauses}) + ${o.helpers} s in V8's helper threads; ` +
          `${jobs} workers ${t.main} s in the main thread + ${t.workers.join(' + ')} s in the workers (GC pauses ${t.worker_gc_pauses.join(', ')}) + ${t.helpers} s in helper threads`,
      );
    log(
      `extract: ${result.tokens_per_s.toLocaleString('en')} tokens/s (${result.tokens_per_cpu_s.toLocaleString('en')} per CPU-second), ${result.mb_per_s} MB/s over ${documents.length} documents (${tokens.toLocaleString('en')} tokens, median of 3: ${result.seconds_median} s), peak RSS ${result.peak_rss_mb} MB`,
    );
    return result;
  },
};

/** The CPU seconds so far of the whole process, of this thread and of each of a pool's workers, with their GC pauses. */
interface Snapshot {
  process: number;
  main: ThreadStats;
  workers: ThreadStats[];
}

async function snapshot(pool?: WorkerPool): Promise<Snapshot> {
  // the collections of a synchronous run are reported to this thread's observer a turn of the event loop later
  await new Promise((resolve) => setTimeout(resolve, 20));
  const c = process.cpuUsage();
  return { process: (c.user + c.system) / 1e6, main: threadStats(), workers: pool ? await pool.stats() : [] };
}

/** One run's CPU seconds: all threads, the main thread, each worker, and V8's helper threads (the rest). */
interface ThreadFigures {
  cpu: number;
  main?: number;
  mainGc: number;
  workers: number[];
  workerGc: number[];
  helpers?: number;
}

const gcSeconds = (s: ThreadStats) => (s.gcMs.minor + s.gcMs.major + s.gcMs.other) / 1000;

function figures(a: Snapshot, b: Snapshot): ThreadFigures {
  const cpu = b.process - a.process;
  const main = b.main.cpuSeconds === undefined ? undefined : b.main.cpuSeconds - a.main.cpuSeconds!;
  const workers = b.workers.map((w, i) => (w.cpuSeconds ?? 0) - (a.workers[i]!.cpuSeconds ?? 0));
  return {
    cpu,
    ...(main === undefined ? {} : { main, helpers: cpu - main - workers.reduce((x, y) => x + y, 0) }),
    mainGc: gcSeconds(b.main) - gcSeconds(a.main),
    workers,
    workerGc: b.workers.map((w, i) => gcSeconds(w) - gcSeconds(a.workers[i]!)),
  };
}

function medianFigures(runs: ThreadFigures[]) {
  const m = (f: (r: ThreadFigures) => number | undefined) => {
    const values = runs.map(f).filter((x): x is number => x !== undefined);
    return values.length ? +median(values).toFixed(2) : undefined;
  };
  const workers = runs[0]?.workers.map((_, i) => m((r) => r.workers[i]!)!) ?? [];
  return {
    all: m((r) => r.cpu),
    main: m((r) => r.main),
    gc_pauses: m((r) => r.mainGc),
    workers,
    worker_gc_pauses: runs[0]?.workerGc.map((_, i) => m((r) => r.workerGc[i]!)!) ?? [],
    helpers: m((r) => r.helpers),
  };
}
