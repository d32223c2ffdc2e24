// Bench section `corpus`: a generated feed of many articles (src/bench/corpus.ts; 50 MB of JSON Lines by
// default, NEWSGRAPH_BENCH_CORPUS_MB to change it) built as a user builds it, `newsgraph build FEED --out DIR`
// in a child process (wall and CPU time, peak RSS of the process with its worker threads); then one more
// article added to that graph with `newsgraph add` against a full rebuild of the same articles. Each is run
// NEWSGRAPH_BENCH_CORPUS_RUNS times (default 1: a 50 MB build takes minutes) and the median reported.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageFile } from '../paths.js';
import { generateCorpus } from './corpus.js';
import { median, type BenchSection } from './section.js';

const MEGABYTES = Number(process.env.NEWSGRAPH_BENCH_CORPUS_MB) || 50;
const RUNS = Number(process.env.NEWSGRAPH_BENCH_CORPUS_RUNS) || 1;

interface Run {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  stdout: string;
}

/** Runs the newsgraph CLI as a child process, measured (see rss-report.ts). */
function newsgraph(args: string[]): Run {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(packageFile('dist/bench/rss-report.js')).href, packageFile('dist/cli/main.js'), ...args],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const report = /^newsgraph-bench: (.*)$/m.exec(child.stderr);
  if (child.status !== 0 || !report)
    throw new Error(
      `newsgraph ${args[0]} failed (exit ${child.status}${child.signal ? `, ${child.signal}` : ''}): ${child.stderr.split('\n').slice(-4).join(' / ')}`,
    );
  const usage = JSON.parse(report[1]!) as { maxRssKb: number; cpuMs: number };
  return { seconds, cpuSeconds: usage.cpuMs / 1000, peakRssMb: Math.round(usage.maxRssKb / 1024), stdout: child.stdout };
}

const summary = (runs: Run[]) => ({
  seconds: +median(runs.map((r) => r.seconds)).toFixed(1),
  cpu_seconds: +median(runs.map((r) => r.cpuSeconds)).toFixed(1),
  peak_rss_mb: Math.max(...runs.map((r) => r.peakRssMb)),
  runs: runs.map((r) => +r.seconds.toFixed(1)),
});

export const corpusBench: BenchSection = {
  key: 'corpus',
  async run({ log }) {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-corpus-'));
    try {
      // the feed and one article more, from the same cast of recurring people
      const lines = generateCorpus({ bytes: MEGABYTES * 1_000_000 })
        .trimEnd()
        .split('\n');
      const extra = lines.pop()!;
      const base = join(dir, 'feed.jsonl');
      const one = join(dir, 'one.jsonl');
      writeFileSync(base, `${lines.join('\n')}\n`);
      writeFileSync(one, `${extra}\n`);
      const bytes = statSync(base).size;
      const builds: Run[] = [];
      const adds: Run[] = [];
      const rebuilds: Run[] = [];
      let graph = { nodes: 0, edges: 0, mb: 0 };
      for (let run = 0; run < RUNS; run++) {
        const out = join(dir, `build-${run}`);
        builds.push(newsgraph(['build', base, '--out', out]));
        const counts = /entities +([\d,]+).*\n.*relations +([\d,]+)/.exec(builds.at(-1)!.stdout);
        log(
          `corpus: run ${run + 1}: build ${builds.at(-1)!.seconds.toFixed(1)} s, CPU ${builds.at(-1)!.cpuSeconds.toFixed(1)} s, peak RSS ${builds.at(-1)!.peakRssMb} MB${counts ? `, ${counts[1]} entities, ${counts[2]} relations` : ''}`,
        );
        if (run === 0) {
          const g = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { nodes: unknown[]; edges: unknown[] };
          graph = { nodes: g.nodes.length, edges: g.edges.length, mb: +(statSync(join(out, 'graph.json')).size / 1048576).toFixed(1) };
        }
        const added = join(dir, `add-${run}`);
        cpSync(out, added, { recursive: true });
        adds.push(newsgraph(['add', one, '--graph', added]));
        log(`corpus: run ${run + 1}: add of one article ${adds.at(-1)!.seconds.toFixed(1)} s, peak RSS ${adds.at(-1)!.peakRssMb} MB`);
        rebuilds.push(newsgraph(['build', base, one, '--out', join(dir, `rebuild-${run}`)]));
        log(`corpus: run ${run + 1}: rebuild ${rebuilds.at(-1)!.seconds.toFixed(1)} s, peak RSS ${rebuilds.at(-1)!.peakRssMb} MB`);
        for (const d of [out, added, join(dir, `rebuild-${run}`)]) rmSync(d, { recursive: true, force: true });
      }
      const build = summary(builds);
      const add = summary(adds);
      const rebuild = summary(rebuilds);
      const result = {
        megabytes: +(bytes / 1e6).toFixed(1),
        articles: lines.length,
        entities: graph.nodes,
        relations: graph.edges,
        graph_json_mb: graph.mb,
        build,
        add_one_article: add,
        rebuild_with_it: rebuild,
        rebuild_over_add: +(rebuild.seconds / add.seconds).toFixed(1),
      };
      log(
        `corpus: newsgraph build of ${result.megabytes} MB of JSON Lines (${result.articles.toLocaleString('en')} articles): ${build.seconds} s (CPU ${build.cpu_seconds} s), ` +
          `peak RSS ${build.peak_rss_mb} MB; ${result.entities.toLocaleString('en')} entities, ${result.relations.toLocaleString('en')} relations, graph.json ${result.graph_json_mb} MB`,
      );
      log(
        `corpus: add of one article to that graph ${add.seconds} s (peak RSS ${add.peak_rss_mb} MB) against a rebuild of all ${rebuild.seconds} s: ${result.rebuild_over_add}× (median of ${RUNS})`,
      );
      return result;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
