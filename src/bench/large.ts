// Bench section `large`: one generated article of 45 MB (the README allows files up to 50 MB) built as a user
// builds it, `newsgraph build FILE --out DIR` in a child process with V8's default heap settings: wall and CPU
// time, the child's peak RSS, and what it built. NEWSGRAPH_BENCH_LARGE_MB=5 measures a smaller file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageFile } from '../paths.js';
import { generateNewsText } from './news-text.js';
import type { BenchSection } from './section.js';

const MEGABYTES = Number(process.env.NEWSGRAPH_BENCH_LARGE_MB) || 45;

export const largeBench: BenchSection = {
  key: 'large',
  async run({ log }) {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-large-'));
    try {
      const file = join(dir, 'large.txt');
      writeFileSync(file, generateNewsText(MEGABYTES * 1024 * 1024));
      const bytes = statSync(file).size;
      const out = join(dir, 'out');
      const started = performance.now();
      const child = spawnSync(
        process.execPath,
        ['--import', pathToFileURL(packageFile('dist/bench/rss-report.js')).href, packageFile('dist/cli/main.js'), 'build', file, '--out', out],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      );
      const seconds = (performance.now() - started) / 1000;
      const report = /^newsgraph-bench: (.*)$/m.exec(child.stderr);
      const usage = report ? (JSON.parse(report[1]!) as { maxRssKb: number; cpuMs: number }) : undefined;
      const stderr = child.stderr.replace(/^newsgraph-bench: .*\n?/m, '').trim();
      if (child.status !== 0 || !usage) {
        log(
          `large: the build of ${(bytes / 1048576).toFixed(1)} MB failed (exit ${child.status}${child.signal ? `, ${child.signal}` : ''}): ${stderr.split('\n').slice(-3).join(' / ')}`,
        );
        return { megabytes: +(bytes / 1048576).toFixed(1), failed: true, exitCode: child.status };
      }
      const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { nodes: unknown[]; edges: unknown[] };
      const result = {
        megabytes: +(bytes / 1048576).toFixed(1),
        seconds: +seconds.toFixed(1),
        cpu_seconds: +(usage.cpuMs / 1000).toFixed(1),
        peak_rss_mb: Math.round(usage.maxRssKb / 1024),
        mb_per_s: +(bytes / 1048576 / seconds).toFixed(3),
        entities: graph.nodes.length,
        relations: graph.edges.length,
        graph_json_mb: +(statSync(join(out, 'graph.json')).size / 1048576).toFixed(1),
        warnings: stderr ? stderr.split('\n').length : 0,
      };
      log(
        `large: newsgraph build of one ${result.megabytes} MB article: ${result.seconds} s (CPU ${result.cpu_seconds} s), peak RSS ${result.peak_rss_mb} MB; ` +
          `${result.entities.toLocaleString('en')} entities, ${result.relations.toLocaleString('en')} relations, graph.json ${result.graph_json_mb} MB`,
      );
      return result;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
