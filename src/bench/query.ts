// Query latency on a generated graph of 100,000 entities and 300,000 relations (seeded, so every run
// measures the same graph): the time to load the file, to index it once, and median/p99 of show,
// neighbors --depth 2, path and a one-hop MATCH, each including rendering the result as a table.
// Targets: p99 under 20 ms for each query, load under 3 s. Each load is timed in a fresh node process, as
// `newsgraph shell` starts: loading inside this process would also count collecting the generator's garbage
// and scanning a heap the generated graph has made larger.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { formatResult } from '../cli/format.js';
import { PREDICATE_NAMES, type EdgeAttributes, type EntityType } from '../graph/schema.js';
import { graphIndex, runQuery } from '../query/index.js';
import { createGraph, readGraphFile, writeGraphFile, type NewsGraph } from '../store/graph-file.js';
import { median, percentile, type BenchSection } from './section.js';
import { seededRandom } from '../random.js';

const NODES = 100_000;
const EDGES = 300_000;
const RUNS = 200;
const LOAD_RUNS = 5;
const CHILD_FLAG = '--newsgraph-load-bench';

const SYLLABLES = ['ka', 'lo', 'mi', 're', 'va', 'to', 'su', 'ne', 'ri', 'da', 'po', 'le', 'an', 'or', 'es', 'ul', 'vi', 'ch', 'ko', 'zu'];
// about as many countries as the world has; the rest split like news entities
const COUNTRIES = 200;
const TYPES: [EntityType, number][] = [
  ['Person', 0.5],
  ['Organization', 0.2],
  ['Location', 0.2],
  ['Charge', 0.1],
];
/** The type a uniform draw `r` falls on, by the shares of TYPES. */
function drawType(r: number): EntityType {
  for (const [type, share] of TYPES) {
    r -= share;
    if (r < 0) return type;
  }
  return 'Person';
}

export function generateGraph(nodes = NODES, edges = EDGES, seed = 42): NewsGraph {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const word = () => {
    const w = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const graph = createGraph();
  graph.replaceAttributes({
    schemaVersion: 1,
    documents: Array.from({ length: 1000 }, (_, i) => ({
      id: `doc${i}.txt`,
      path: `docs/doc${i}.txt`,
      title: `Document ${i}`,
      sha256: '0'.repeat(64),
      chars: 5000,
    })),
  });
  const keys: string[] = [];
  const byType = new Map<EntityType, string[]>();
  for (let i = 0; i < nodes; i++) {
    const type: EntityType = i < COUNTRIES ? 'Country' : drawType(random());
    const first = word();
    const last = word();
    // a serial number keeps labels unique (ambiguity would open the picker, not measure a query)
    const label = `${first} ${last} ${i}`;
    const key = `${type.toLowerCase()}:${first.toLowerCase()}-${last.toLowerCase()}-${i}`;
    graph.addNode(key, {
      label,
      type,
      aliases: [last, `${first[0]}. ${last}`],
      mentions: 1 + Math.floor(random() * 20),
      docs: [`doc${Math.floor(random() * 1000)}.txt`],
    });
    keys.push(key);
  }
  for (const key of keys) {
    const type = graph.getNodeAttribute(key, 'type');
    let list = byType.get(type);
    if (!list) {
      list = [];
      byType.set(type, list);
    }
    list.push(key);
  }
  for (let i = 0; i < edges; i++) {
    // the core relations keep their shape (person → country, someone → charge); the rest join anyone
    const predicate = pick(PREDICATE_NAMES);
    const source = pick(predicate === 'holds_role' ? byType.get('Person')! : keys);
    let target = pick(predicate === 'holds_role' ? byType.get('Country')! : predicate === 'accused_of' ? byType.get('Charge')! : keys);
    if (target === source) target = keys[(keys.indexOf(source) + 1) % keys.length]!;
    const start = Math.floor(random() * 4000);
    const text = `${graph.getNodeAttribute(source, 'label')} and ${graph.getNodeAttribute(target, 'label')} were in the news (${predicate}).`;
    const attributes: EdgeAttributes = {
      predicate,
      label: predicate.replace(/_/g, ' '),
      confidence: 0.8,
      evidence: [{ doc: `doc${Math.floor(random() * 1000)}.txt`, start, end: start + text.length, text }],
      ruleId: `bench.${predicate}`,
    };
    if (predicate === 'holds_role') attributes.role = pick(['president', 'minister', 'ambassador', 'spokesperson']);
    if (predicate === 'accused_of') attributes.by = [pick(keys)];
    graph.addEdgeWithKey(`e${i}`, source, target, attributes);
  }
  return graph;
}

/** One load of `file` in a fresh node process: wall and CPU milliseconds of readGraphFile. */
function loadInChild(file: string): { wallMs: number; cpuMs: number } {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), CHILD_FLAG, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.status !== 0) throw new Error(`the load process failed (exit ${child.status}): ${child.stderr.trim().split('\n').slice(-3).join(' / ')}`);
  return JSON.parse(child.stdout) as { wallMs: number; cpuMs: number };
}

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const round = (x: number) => Math.round(x * 100) / 100;

export const querySection: BenchSection = {
  key: 'query',
  async run({ log }) {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
    try {
      const file = join(dir, 'graph.json');
      writeGraphFile(file, generateGraph());
      const megabytes = statSync(file).size / 1e6;
      collectGarbage();
      const loads: number[] = [];
      const loadCpu: number[] = [];
      for (let i = 0; i < LOAD_RUNS; i++) {
        const { wallMs, cpuMs } = loadInChild(file);
        loads.push(wallMs);
        loadCpu.push(cpuMs);
      }
      const graph: NewsGraph = readGraphFile(file);
      // start the timed queries with the generator's garbage collected, so that a pause to collect it is not
      // counted against a query
      collectGarbage();
      // every table the four queries use, built once per loaded graph
      const indexMs = time(() => {
        const index = graphIndex(graph);
        for (const table of [index.byName, index.byType, index.byPredicate]) void table.size;
      });
      log(
        `query: ${graph.order} entities, ${graph.size} relations, ${megabytes.toFixed(1)} MB; load median ${median(loads).toFixed(0)} ms ` +
          `(${LOAD_RUNS} fresh processes; ${median(loadCpu).toFixed(0)} ms CPU; runs ${loads.map((x) => x.toFixed(0)).join(', ')}), index ${indexMs.toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)}`,
      );

      const random = seededRandom(7);
      const nodes = graph.nodes();
      const label = () => graph.getNodeAttribute(nodes[Math.floor(random() * nodes.length)]!, 'label');
      const countries = graphIndex(graph).byType.get('Country')!;
      const queries: Record<string, () => string> = {
        show: () => `show ${label()}`,
        neighbors_depth2: () => `neighbors ${label()} --depth 2`,
        path: () => `path "${label()}" "${label()}"`,
        match_one_hop: () =>
          `MATCH (a:Person)-[r:holds_role]->(c:Country) WHERE c.label = "${graph.getNodeAttribute(countries[Math.floor(random() * countries.length)]!, 'label')}" RETURN a.label, r.role`,
      };
      const figures: Record<string, unknown> = {
        nodes: graph.order,
        edges: graph.size,
        file_mb: round(megabytes),
        load_ms: { median: round(median(loads)), runs: loads.map(round), cpu_median: round(median(loadCpu)) },
        // the machine's load when measured: other processes on two cores stretch wall-clock times
        loadavg_1m: round(loadavg()[0]!),
        index_ms: round(indexMs),
      };
      for (const [name, make] of Object.entries(queries)) {
        for (let i = 0; i < 20; i++) formatResult(runQuery(graph, make()), 'table'); // warm-up
        const samples: number[] = [];
        // the same query run twice more, the fastest of three kept: its cost without another process
        // taking the core away mid-query (on a shared two-core machine that decides the raw p99)
        const best: number[] = [];
        let rows = 0;
        for (let i = 0; i < RUNS; i++) {
          const q = make();
          const once = () =>
            time(() => {
              const result = runQuery(graph, q);
              rows += result.tables.reduce((s, t) => s + t.rows.length, 0);
              formatResult(result, 'table');
            });
          const first = once();
          samples.push(first);
          best.push(Math.min(first, once(), once()));
        }
        rows /= 3;
        figures[name] = {
          median_ms: round(median(samples)),
          p99_ms: round(percentile(samples, 99)),
          best_of_3_p99_ms: round(percentile(best, 99)),
          runs: RUNS,
          mean_rows: round(rows / RUNS),
        };
        log(
          `query: ${name.padEnd(16)} median ${median(samples).toFixed(2)} ms, p99 ${percentile(samples, 99).toFixed(2)} ms, ` +
            `best-of-3 p99 ${percentile(best, 99).toFixed(2)} ms (${RUNS} queries, ${(rows / RUNS).toFixed(1)} rows)`,
        );
      }
      return figures;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

if (process.argv[2] === CHILD_FLAG && process.argv[1] === fileURLToPath(import.meta.url)) {
  const cpu = process.cpuUsage();
  const wallMs = time(() => readGraphFile(process.argv[3]!));
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ wallMs: round(wallMs), cpuMs: round((used.user + used.system) / 1000) }));
}
