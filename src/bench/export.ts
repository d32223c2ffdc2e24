// Bench section `export`: time and size of every export format for a generated graph of 100,000 nodes and
// 300,000 edges (target: under 5 s a format, under 2 GB of memory). Each run is what `newsgraph export -o` does
// once the graph is loaded: exportToPath, which formats and writes chunk by chunk to a temporary directory.
// It runs in a child node process with V8's default heap settings, so the peak RSS it reports is the section's
// own (the graph plus the exports) and nothing is tuned for the bench. The graph comes from a seeded generator,
// so every run writes the same bytes. Times are medians of RUNS runs, wall clock and process CPU time (CPU
// includes the GC's threads; wall depends on what else the machine runs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPORT_FORMATS, exportToPath } from '../export/index.js';
import { ENTITY_TYPES, PREDICATE_NAMES, SCHEMA_VERSION, type EntityType } from '../graph/schema.js';
import { createGraph, type NewsGraph } from '../store/graph-file.js';
import { median, type BenchSection } from './section.js';
import { seededRandom } from '../random.js';

export const BENCH_NODES = 100_000;
export const BENCH_EDGES = 300_000;
const RUNS = 3;

const WORDS =
  'the president said on thursday that talks with russia would continue despite sanctions imposed by washington after the ambassador was recalled to moscow for consultations'.split(
    ' ',
  );

/** A news-shaped graph: typed entities with aliases and positions, predicates with one to three cited sentences. */
export function generateGraph(nodes = BENCH_NODES, edges = BENCH_EDGES, seed = 20210317): NewsGraph {
  const rnd = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const sentence = () => {
    const n = 12 + Math.floor(rnd() * 20);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(pick(WORDS));
    return `${words.join(' ')}.`;
  };
  const graph = createGraph();
  const documents = Array.from({ length: 1000 }, (_, i) => ({
    id: `doc-${i}.txt`,
    path: `corpus/doc-${i}.txt`,
    title: `Article ${i}`,
    sha256: i.toString(16).padStart(64, '0'),
    chars: 4000,
  }));
  graph.replaceAttributes({ schemaVersion: SCHEMA_VERSION, documents });
  const keys: string[] = [];
  for (let i = 0; i < nodes; i++) {
    const type: EntityType = pick(ENTITY_TYPES);
    const key = `${type.toLowerCase()}:entity-${i}`;
    keys.push(key);
    graph.addNode(key, {
      label: `Entity ${i}`,
      type,
      aliases: [`Entity ${i}`, `E${i}`, ...(rnd() < 0.3 ? [`the ${type.toLowerCase()} ${i}`] : [])],
      mentions: 1 + Math.floor(rnd() * 50),
      docs: [pick(documents).id, pick(documents).id],
      x: Math.round((rnd() - 0.5) * 1e6) / 100,
      y: Math.round((rnd() - 0.5) * 1e6) / 100,
    });
  }
  for (let i = 0; i < edges; i++) {
    const predicate = pick(PREDICATE_NAMES);
    const evidence = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
      const text = sentence();
      const start = Math.floor(rnd() * 3000);
      return { doc: pick(documents).id, start, end: start + text.length, text };
    });
    graph.addEdgeWithKey(`e${i}`, pick(keys), pick(keys), {
      predicate,
      label: predicate.replace(/_/g, ' '),
      confidence: Math.round(rnd() * 100) / 100,
      evidence,
      ruleId: `${predicate}.rule-${i % 7}`,
      ...(predicate === 'holds_role' ? { role: pick(['president', 'ambassador', 'foreign minister']), former: rnd() < 0.1 } : {}),
      ...(predicate === 'accused_of' ? { by: [pick(keys)] } : {}),
      ...(rnd() < 0.05 ? { negated: true } : {}),
    });
  }
  return graph;
}

const CHILD_FLAG = '--newsgraph-export-bench';

interface FormatFigures {
  medianMs: number;
  runsMs: number[];
  medianCpuMs: number;
  vsBaseline: number;
  bytes: number;
  underTarget: boolean;
}

/** The measurement itself, run in a child process. */
async function measure(log: (line: string) => void): Promise<Record<string, unknown>> {
  let t = performance.now();
  const graph = generateGraph();
  const generateMs = Math.round(performance.now() - t);
  log(`export: generated ${graph.order} nodes, ${graph.size} edges in ${generateMs} ms`);
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-export-'));
  const formats: Record<string, Omit<FormatFigures, 'vsBaseline'> & { vsBaseline?: number }> = {};
  try {
    for (const format of EXPORT_FORMATS) {
      const runsMs: number[] = [];
      const cpuMs: number[] = [];
      let bytes = 0;
      for (let r = 0; r < RUNS; r++) {
        t = performance.now();
        const cpu = process.cpuUsage();
        const written = exportToPath(graph, format, join(dir, format));
        runsMs.push(Math.round(performance.now() - t));
        const used = process.cpuUsage(cpu);
        cpuMs.push(Math.round((used.user + used.system) / 1000));
        bytes = written.reduce((n, path) => n + statSync(path).size, 0);
      }
      const medianMs = median(runsMs);
      formats[format] = { medianMs, runsMs, medianCpuMs: median(cpuMs), bytes, underTarget: medianMs < 5000 };
      log(`export: ${format.padEnd(8)} median ${medianMs} ms (runs ${runsMs.join(', ')}; CPU ${median(cpuMs)} ms), ${(bytes / 1e6).toFixed(1)} MB`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  log(`export: peak RSS ${peakRssMb} MB, the generated graph included (target < 2048 MB)`);
  // a native baseline on the same graph, last (it is not part of the memory figure): on a busy machine the
  // ratio to it says more than milliseconds
  const baselineRuns: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    t = performance.now();
    JSON.stringify(graph.export());
    baselineRuns.push(Math.round(performance.now() - t));
  }
  const baselineMs = median(baselineRuns);
  for (const f of Object.values(formats)) f.vsBaseline = Math.round((f.medianMs / Math.max(1, baselineMs)) * 10) / 10;
  log(
    `export: baseline JSON.stringify(graph.export()) median ${baselineMs} ms; exports at ${Object.entries(formats)
      .map(([k, f]) => `${k} ${f.vsBaseline}×`)
      .join(', ')}`,
  );
  return { nodes: graph.order, edges: graph.size, runs: RUNS, generateMs, formats, peakRssMb, memoryUnderTarget: peakRssMb < 2048, baselineMs };
}

export const exportBench: BenchSection = {
  key: 'export',
  async run({ log }) {
    // a child process, so the peak memory is this section's alone
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), CHILD_FLAG], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = child.stdout.trim().split('\n');
    for (const line of lines.slice(0, -1)) log(line);
    if (child.status !== 0) {
      log(
        `export: the measuring process failed (exit ${child.status}${child.signal ? `, ${child.signal}` : ''}): ${child.stderr.trim().split('\n').slice(-3).join(' / ')}`,
      );
      return { failed: true, exitCode: child.status, memoryUnderTarget: false };
    }
    return JSON.parse(lines.at(-1)!) as Record<string, unknown>;
  },
};

if (process.argv[2] === CHILD_FLAG && process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measure((line) => console.log(line));
  console.log(JSON.stringify(result));
}
