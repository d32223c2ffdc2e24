// Worker threads change where the per-document stages run, never what comes out: the graph of a corpus built
// with several workers is byte for byte the graph built in one thread.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateNewsText } from '../../src/bench/news-text.js';
import { extract, graphOf } from '../../src/index.js';
import { extractParallel, parseStats, WorkerPool } from '../../src/parallel/index.js';
import { defaultRecognizers } from '../../src/pipeline/recognizers.js';
import type { SourceDocument } from '../../src/pipeline/types.js';
import { serializeGraph } from '../../src/store/graph-file.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const seeds = readdirSync(join(ROOT, 'seeds')).map((name): SourceDocument => {
  const text = readFileSync(join(ROOT, 'seeds', name), 'utf8');
  return { id: name, path: `seeds/${name}`, title: name, text, sha256: name };
});
// generated stories (several names, roles, recalls and accusations each), dated so the time stage has work
const generated = Array.from(
  { length: 12 },
  (_, i): SourceDocument => ({
    id: `gen-${String(i).padStart(2, '0')}`,
    path: `gen-${i}`,
    title: `story ${i}`,
    text: generateNewsText(1500, 100 + i),
    sha256: `gen-${i}`,
    date: `2024-03-${String(10 + i).padStart(2, '0')}`,
  }),
);
// a headline whose names in capitals resolving drops ("AEK", "PAO"): the workers parse it ahead with the names as
// recognised, then again with its resolved names
const headline: SourceDocument = {
  id: 'gen-headline',
  path: 'gen-headline',
  title: 'headline',
  text: 'SOCCER - AEK BEAT PAO IN ATHENS DERBY .\nATHENS 1996-08-30\nAEK Athens beat Panathinaikos 2-1 on Friday , coach Dusan Bajevic said .',
  sha256: 'gen-headline',
};
const corpus = [...generated, headline, ...seeds, { ...seeds[0]!, id: 'zz-duplicate.txt' }];

describe('extraction over worker threads', () => {
  // worker threads load their own models: on a busy machine these tests take minutes
  it('gives the graph of one thread, byte for byte, with 2 and 3 workers', { timeout: 300_000 }, async () => {
    const one = serializeGraph(graphOf(extract(corpus, { recognizers: defaultRecognizers() })).graph);
    for (const jobs of [2, 3]) {
      const many = await extractParallel(corpus, { jobs });
      expect(many.duplicates).toEqual(['zz-duplicate.txt']);
      expect(parseStats.again).toBe(1);
      expect(serializeGraph(graphOf(many).graph)).toBe(one);
    }
  });

  it('runs a small corpus in one thread unless told otherwise', async () => {
    const started = performance.now();
    const r = await extractParallel(seeds);
    expect(r.documents).toHaveLength(2);
    // no worker (each would load the models): the models of this thread are loaded already
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('reports progress and keeps a pool it is given open for the next call', { timeout: 300_000 }, async () => {
    const pool = new WorkerPool(2);
    try {
      await pool.warm();
      const stages: string[] = [];
      await extractParallel(generated.slice(0, 4), { jobs: 2, pool, onStage: (stage, done, total) => done === total && stages.push(`${stage} ${total}`) });
      expect(stages).toEqual(['recognizing 4', 'parsing 4']);
      const again = await extractParallel(generated.slice(0, 4), { jobs: 2, pool });
      expect(again.relations.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });

  it('newsgraph build --jobs 1 and --jobs 2 write the same files; a bad --jobs is refused', { timeout: 300_000 }, () => {
    const work = mkdtempSync(join(tmpdir(), 'newsgraph-jobs-'));
    const inputs = ['seeds', 'test/fixtures/feeds/row.jsonl', 'test/fixtures/feeds/row.csv', 'test/fixtures/feeds/boilerplate.html'];
    for (const jobs of ['1', '2']) expect(runCli(['build', ...inputs, '--out', join(work, jobs), '--jobs', jobs]).code).toBe(0);
    for (const file of ['graph.json', 'graph.gexf']) expect(readFileSync(join(work, '2', file))).toEqual(readFileSync(join(work, '1', file)));
    const bad = runCli(['build', 'seeds', '--out', join(work, 'bad'), '--jobs', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("newsgraph: build: --jobs takes a whole number of threads from 1 up, not '0' (e.g. --jobs 2)");
  });
});
