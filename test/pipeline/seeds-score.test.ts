// The seed graph against the careful annotation in ../shared/eval (skipped, with a message, without it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const EVAL = join(ROOT, '..', 'shared', 'eval');
const present = existsSync(join(EVAL, 'score.mjs'));

describe.skipIf(!present)('seed graph score (../shared/eval/score.mjs)', () => {
  it('reaches entities F1 ≥ 0.95, core F1 ≥ 0.95, all F1 ≥ 0.85, no split entity, all evidence valid', () => {
    const r = spawnSync(
      process.execPath,
      [
        join(EVAL, 'score.mjs'),
        '--gold',
        join(EVAL, 'gold', 'seeds.gold.json'),
        '--graph',
        join(ROOT, 'graph', 'graph.json'),
        '--docs',
        join(ROOT, 'seeds'),
        '--json',
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    // --json prints the JSON report, then the one-line summary
    const score = JSON.parse(r.stdout.slice(0, r.stdout.lastIndexOf('\nscore:')));
    expect(score.entities.F1).toBeGreaterThanOrEqual(0.95);
    expect(score.core.F1).toBeGreaterThanOrEqual(0.95);
    expect(score.all.F1).toBeGreaterThanOrEqual(0.85);
    expect(score.entities.split).toBe(0);
    expect(score.evidence.ok).toBe(score.evidence.of);
  });
});

it.skipIf(present)('seed score skipped: ../shared/eval is not beside the project', () => {
  console.warn('seed score skipped: ../shared/eval/score.mjs is absent');
});
