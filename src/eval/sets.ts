// npm run eval:sets [-- --verbose | --explain]
// Builds and scores every evaluation set of news in ../shared/eval/sets (each a folder with docs/ and gold.json)
// with ../shared/eval/sets.mjs, which runs `newsgraph build` on each and prints per set and summed: entities,
// the core relations and all relations. Extra arguments go to the script. Skips with a message when ../shared
// is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageFile } from '../paths.js';

function main(): number {
  const script = packageFile('../shared/eval/sets.mjs');
  const root = packageFile('../shared/eval/sets');
  if (!existsSync(script) || !existsSync(root)) {
    console.log(`eval:sets: skipped: ${existsSync(script) ? root : script} is not there (../shared beside the project holds the sets and their scorer)`);
    return 0;
  }
  const sets = readdirSync(root)
    .sort()
    .map((name) => join(root, name))
    .filter((dir) => statSync(dir).isDirectory() && existsSync(join(dir, 'gold.json')));
  const result = spawnSync(process.execPath, [script, ...sets, ...process.argv.slice(2)], { stdio: 'inherit', cwd: packageFile('.') });
  return result.status ?? 1;
}

process.exitCode = main();
