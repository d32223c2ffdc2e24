// The one atomic write (src/store/atomic.ts) that build, add, export, view --html, the graph store and the shell's
// history use: its failures, in one place. The commands' one-line messages are tested with each command.
import type * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/errors.js';
import { temporaryPathOf, writeFileAtomic, writeFilesAtomic, type WriteSink } from '../../src/store/atomic.js';

// the file system calls in order, to check that each file reaches the disk before any is renamed
const calls: string[] = [];
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    fsyncSync: (fd: number) => {
      calls.push('fsync');
      real.fsyncSync(fd);
    },
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      calls.push('rename');
      real.renameSync(from, to);
    },
  };
});
beforeEach(() => {
  calls.length = 0;
});

const tmp = () => mkdtempSync(join(tmpdir(), 'newsgraph-atomic-'));
const failure = (code: string) => `could not write (${code})`;

describe('writeFilesAtomic', () => {
  it('writes every file, flushed to disk before any is renamed, and leaves no temporary file', () => {
    const dir = tmp();
    const paths = [join(dir, 'a.json'), join(dir, 'b.gexf')];
    const fill = ([a, b]: WriteSink[]) => {
      a!('one ');
      b!('two');
      a!(new TextEncoder().encode('bytes'));
    };
    writeFilesAtomic(paths, fill, failure);
    expect(paths.map((p) => readFileSync(p, 'utf8'))).toEqual(['one bytes', 'two']);
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.gexf']);
    expect(calls).toEqual(['fsync', 'fsync', 'rename', 'rename']);
  });

  it('writes the temporary file beside its target, hidden', () => {
    expect(temporaryPathOf('/x/y/graph.json')).toBe(`/x/y/.graph.json.${process.pid}.tmp`);
  });

  it('creates the missing folders of its targets', () => {
    const dir = tmp();
    writeFilesAtomic([join(dir, 'a', 'b', 'c.txt')], ([s]) => s!('x'), failure);
    expect(readFileSync(join(dir, 'a', 'b', 'c.txt'), 'utf8')).toBe('x');
  });

  it('keeps the old file and leaves no temporary file when filling fails half-way; the error is rethrown as it is', () => {
    const dir = tmp();
    const target = join(dir, 'graph.json');
    writeFileSync(target, 'the previous version');
    const bug = new TypeError('Do not know how to serialize a BigInt');
    expect(() =>
      writeFilesAtomic(
        [target],
        ([s]) => {
          s!('half of the new ');
          throw bug;
        },
        failure,
      ),
    ).toThrow(bug);
    expect(readFileSync(target, 'utf8')).toBe('the previous version');
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it('replaces none of a set when one file fails', () => {
    const dir = tmp();
    const paths = [join(dir, 'nodes.csv'), join(dir, 'relationships.csv')];
    for (const p of paths) writeFileSync(p, 'old');
    const fill = ([nodes]: WriteSink[]) => {
      nodes!('new');
      throw new UserError('the second file cannot be made');
    };
    expect(() => writeFilesAtomic(paths, fill, failure)).toThrow(UserError);
    expect(paths.map((p) => readFileSync(p, 'utf8'))).toEqual(['old', 'old']);
    expect(readdirSync(dir).sort()).toEqual(['nodes.csv', 'relationships.csv']);
    expect(calls).toEqual([]);
  });

  it('a folder that cannot be made: the failure message with its code, and the folders it created removed', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'f'), '');
    expect(() => writeFilesAtomic([join(dir, 'f', 'x', 'graph.gexf')], ([s]) => s!('x'), failure)).toThrow(new UserError('could not write (ENOTDIR)'));
    expect(readdirSync(dir)).toEqual(['f']);
    const made = join(dir, 'made');
    mkdirSync(join(made, 'dir', 'out.txt'), { recursive: true });
    const writeBoth = ([a, b]: WriteSink[]) => {
      a!('a');
      b!('b');
    };
    // the rename fails (the target is a folder): the folders made for it go too, an existing one stays
    expect(() => writeFilesAtomic([join(dir, 'new', 'a.txt'), join(made, 'dir', 'out.txt')], writeBoth, failure)).toThrow(
      /could not write \((EISDIR|EEXIST|ENOTEMPTY)\)/,
    );
    expect(readdirSync(dir).sort()).toEqual(['f', 'made']);
    expect(readdirSync(join(made, 'dir'))).toEqual(['out.txt']);
  });
});

describe('writeFileAtomic', () => {
  it('writes text or bytes', () => {
    const dir = tmp();
    writeFileAtomic(join(dir, 'a.txt'), 'text');
    writeFileAtomic(join(dir, 'b.bin'), new Uint8Array([0, 1, 2, 255]));
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('text');
    expect([...readFileSync(join(dir, 'b.bin'))]).toEqual([0, 1, 2, 255]);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.bin']);
  });

  it('a path it cannot write: a one-line UserError naming the path and what to do; the old file stays', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'f'), 'old');
    expect(() => writeFileAtomic(join(dir, 'f', 'g.json'), 'x')).toThrow(/^cannot write .*\/f\/g\.json \((EEXIST|ENOTDIR)\): choose a writable location/);
    expect(readFileSync(join(dir, 'f'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['f']);
  });
});
