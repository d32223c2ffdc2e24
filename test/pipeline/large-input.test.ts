// One large document: more mentions and relations than a call has room for arguments (issue 13: a 5 MB file
// crashed the build with "Maximum call stack size exceeded" from push(...mentions)). The 45 MB case runs as a
// process in `npm run bench -- --only large`, and here with NEWSGRAPH_SLOW_TESTS=1.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAll, maxOf } from '../../src/arrays.js';
import { generateNewsText } from '../../src/bench/news-text.js';
import { extract } from '../../src/index.js';
import { runCli } from '../helpers/run-cli.js';

describe('arrays of any length', () => {
  const big = Array.from({ length: 500_000 }, (_, i) => i);
  it('appendAll appends half a million items', () => expect(appendAll([-1], big)).toHaveLength(500_001));
  it('maxOf finds the largest of half a million', () => {
    expect(maxOf(big)).toBe(499_999);
    expect(maxOf([], 0)).toBe(0);
  });
});

describe('a document with 150,000 mentions', () => {
  it('is extracted whole (the stages join per-document results without spreading them)', () => {
    const text = 'France and Italy met Spain. '.repeat(50_000);
    const { mentions, relations } = extract([{ id: 'big.txt', path: 'big.txt', title: 'big', text, sha256: 'big' }]);
    expect(mentions).toHaveLength(150_000);
    expect(relations.length).toBeGreaterThanOrEqual(100_000);
    // 50,000 sentences through every stage, parsing included: minutes on a loaded machine
  }, 300_000);
});

describe('generated news text', () => {
  it('is the same for the same size and seed, reaches the size asked and names people and places', () => {
    const a = generateNewsText(20_000);
    expect(generateNewsText(20_000)).toBe(a);
    expect(generateNewsText(20_000, 14)).not.toBe(a);
    expect(Buffer.byteLength(a)).toBeGreaterThanOrEqual(20_000);
    expect(a).toMatch(/recalled its ambassador to/);
  });
});

describe.runIf(process.env.NEWSGRAPH_SLOW_TESTS === '1')('a generated 45 MB article, built as a process (slow)', () => {
  it('builds, exit 0, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-45mb-'));
    try {
      writeFileSync(join(dir, 'big.txt'), generateNewsText(45 * 1024 * 1024));
      const r = runCli(['build', join(dir, 'big.txt'), '--out', join(dir, 'out')], { timeout: 1_800_000 });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/built .* from 1 document/);
      expect(JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')).edges.length).toBeGreaterThan(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 1_800_000);
});
