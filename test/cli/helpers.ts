// Running the compiled CLI (dist/, built by `npm test` before vitest) as a process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const MAIN = join(ROOT, 'dist/cli/main.js');
export const FIXTURE = join(ROOT, 'test/fixtures/query-small.json');

if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run 'npx tsc -p tsconfig.json' (npm test does) first`);

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `newsgraph-${prefix}-`));

export function newsgraph(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NEWSGRAPH_HISTORY: join(tempDir('hist'), 'history'), ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
