import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';

/**
 * Writes a file so that readers only ever see the old content or the new one: the data goes to a temporary
 * file in the same directory, which is then renamed over the target. On failure the temporary file is
 * removed and the target is left as it was.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new UserError(`cannot write ${path} (${code}): choose a writable location, e.g. --out /tmp/newsgraph`);
  }
}
