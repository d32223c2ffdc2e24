// The one way a file is replaced: readers only ever see the old content or the new one. Each file is written
// to a temporary name in its own folder, flushed to disk (fsync), and renamed over its target only once every
// file of the set is written; on failure the temporary files, and the folders the write created, are removed
// and the targets are left as they were. Used by build, add, export, view --html, the graph store and the
// shell's history.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';

/** Receives a file's content piece by piece, in order. */
export type WriteSink = (chunk: string | Uint8Array) => void;

/** The one-line message for a write the file system refused, from its error code (e.g. 'EACCES'). */
export type WriteFailureMessage = (code: string) => string;

const defaultFailure =
  (path: string): WriteFailureMessage =>
  (code) =>
    `cannot write ${path} (${code}): choose a writable location, e.g. --out /tmp/newsgraph`;

/** The temporary name a file is written under, beside its target (hidden, and unique to this process). */
export const temporaryPathOf = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

function writeChunk(fd: number, chunk: string | Uint8Array): void {
  if (typeof chunk === 'string') writeSync(fd, chunk);
  else for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at);
}

/**
 * Writes the files `paths` through `fill`, which gets one sink per file (in the order of `paths`) and may write
 * to them in any order. A refusal of the file system becomes a UserError with `failure(code)` as its message; an
 * error thrown by `fill` (or a UserError) is rethrown as it is, after the same clean-up.
 */
export function writeFilesAtomic(paths: readonly string[], fill: (sinks: WriteSink[]) => void, failure: WriteFailureMessage): void {
  const temps = paths.map(temporaryPathOf);
  const fds: number[] = [];
  const created: string[] = [];
  try {
    for (const dir of new Set(paths.map((p) => dirname(p)))) {
      const first = mkdirSync(dir, { recursive: true });
      if (first) created.push(first);
    }
    for (const temp of temps) fds.push(openSync(temp, 'w'));
    fill(fds.map((fd) => (chunk) => writeChunk(fd, chunk)));
    for (const fd of fds) fsyncSync(fd);
    while (fds.length) closeSync(fds.pop()!);
    paths.forEach((path, i) => {
      renameSync(temps[i]!, path);
    });
  } catch (e) {
    for (const fd of fds) closeSync(fd);
    for (const path of [...temps, ...created]) {
      try {
        rmSync(path, { recursive: true, force: true });
      } catch {
        // nothing was written there (e.g. ENOTDIR: a parent is a file)
      }
    }
    // only the file system's errors are about the output path; anything else is rethrown as it is
    const code = (e as NodeJS.ErrnoException).code;
    if (e instanceof UserError || typeof code !== 'string') throw e;
    throw new UserError(failure(code));
  }
}

/** Writes one file atomically (see writeFilesAtomic). */
export function writeFileAtomic(path: string, data: string | Uint8Array, failure: WriteFailureMessage = defaultFailure(path)): void {
  writeFilesAtomic([path], ([sink]) => sink!(data), failure);
}
