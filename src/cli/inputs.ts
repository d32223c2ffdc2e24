// Reading the documents named on the command line: files and directories (walked in sorted order), each
// checked and reduced to text by the library's ingest stage; feeds (JSON Lines, CSV) give a document a row,
// read as a stream. Bad files and rows are reported, not fatal.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { appendAll } from '../arrays.js';
import { UserError } from '../errors.js';
import { FEED_EXTENSIONS, FeedError, readCsv, readJsonLines, type FeedItem } from '../pipeline/feeds.js';
import { DOCUMENT_EXTENSIONS, ingestFile, MAX_DOCUMENT_BYTES } from '../pipeline/ingest.js';
import type { SourceDocument } from '../pipeline/types.js';

export interface InputReport {
  documents: SourceDocument[];
  /** one line per file skipped: "path: reason" */
  skipped: string[];
  /** one line per problem in a file that was read all the same: "path: problem" */
  warnings: string[];
}

/** Every kind of file a directory is searched for. */
export const INPUT_EXTENSIONS = [...DOCUMENT_EXTENSIONS, ...FEED_EXTENSIONS];

function listFiles(path: string): string[] {
  if (!existsSync(path)) throw new UserError(`no such file or directory: ${path} (check the path, or run from the project root)`);
  const stat = statSync(path);
  if (stat.isFile()) return [path];
  if (!stat.isDirectory()) throw new UserError(`${path} is not a file or directory: pass article files or a folder of them`);
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    if (name.startsWith('.')) continue;
    const child = join(path, name);
    const s = statSync(child);
    if (s.isDirectory()) appendAll(out, listFiles(child));
    else if (INPUT_EXTENSIONS.includes(extname(name).toLowerCase())) out.push(child);
  }
  return out;
}

export async function readInputs(paths: string[], onProgress?: (done: number, total: number) => void): Promise<InputReport> {
  const files = paths.flatMap((p) => {
    const listed = listFiles(p);
    if (!listed.length) throw new UserError(`${p} holds no .txt, .md, .html, .pdf, .jsonl or .csv documents: add articles or pass another folder`);
    return listed;
  });
  const documents: SourceDocument[] = [];
  const skipped: string[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  for (const [i, file] of files.entries()) {
    onProgress?.(i, files.length);
    const extension = extname(file).toLowerCase();
    if (FEED_EXTENSIONS.includes(extension)) {
      // a feed: one document a row, each id unique (a repeated id gets its row's FILE#ROW)
      const name = basename(file);
      const rows = extension === '.csv' ? readCsv(name, file, createReadStream(file)) : readJsonLines(name, file, createReadStream(file));
      try {
        for await (const item of rows as AsyncIterable<FeedItem>) {
          if ('warning' in item) warnings.push(item.warning);
          else {
            const doc = item.doc;
            if (ids.has(doc.id)) doc.id = `${name}#${doc.path.slice(doc.path.lastIndexOf('#') + 1)}`;
            ids.add(doc.id);
            documents.push(doc);
          }
        }
      } catch (e) {
        if (e instanceof FeedError) throw new UserError(e.message);
        const code = (e as NodeJS.ErrnoException).code;
        if (code) skipped.push(`${file}: cannot be read (${code}): check its permissions`);
        else throw e;
      }
      continue;
    }
    let bytes: Buffer;
    try {
      if (statSync(file).size > MAX_DOCUMENT_BYTES) {
        skipped.push(`${file}: is over 50 MB: split it into smaller articles`);
        continue;
      }
      bytes = readFileSync(file);
    } catch (e) {
      skipped.push(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code}): check its permissions`);
      continue;
    }
    // document ids are file names; a second file of the same name gets its parent folder as a prefix
    let id = basename(file);
    if (ids.has(id)) id = `${basename(join(file, '..'))}/${id}`;
    const result = await ingestFile(id, file, bytes);
    if (!result.ok) skipped.push(`${file}: ${result.reason}`);
    else {
      ids.add(id);
      documents.push(result.doc);
      for (const w of result.warnings ?? []) warnings.push(`${file}: ${w}`);
    }
  }
  onProgress?.(files.length, files.length);
  return { documents, skipped, warnings };
}

/** Prints what reading the inputs found wrong, one line each, on stderr. */
export function reportInputs(inputs: InputReport): void {
  for (const line of inputs.skipped) console.error(`newsgraph: warning: skipped ${line}`);
  for (const line of inputs.warnings) console.error(`newsgraph: warning: ${line}`);
}
