// The exports: one table of formats, `exportGraph` (pure: graph → files in memory) and `writeExport` (the only
// function here that touches the disk, atomically). Each format lives in its own file.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { NewsGraph } from '../store/graph-file.js';
import { neo4jCsvChunks } from './csv.js';
import { cypherChunks } from './cypher.js';
import { gexfChunks } from './gexf.js';
import { graphmlChunks } from './graphml.js';
import { jsonChunks } from './json.js';
import { turtleChunks } from './turtle.js';

export { toGexf } from './gexf.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'cypher', 'turtle', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** file name (no directory) */
  name: string;
  /** the file's text in order (see chunks.ts); fileText joins them */
  chunks: string[];
}

export const fileText = (file: ExportFile): string => file.chunks.join('');

export interface ExportOutput {
  format: ExportFormat;
  files: ExportFile[];
}

export interface FormatInfo {
  description: string;
  /** true when the format is several files, written into a directory */
  directory: boolean;
  files(graph: NewsGraph): ExportFile[];
}

export const FORMAT_INFO: Readonly<Record<ExportFormat, FormatInfo>> = {
  gexf: { description: 'GEXF 1.3 for Gephi', directory: false, files: (g) => [{ name: 'graph.gexf', chunks: gexfChunks(g) }] },
  graphml: { description: 'GraphML with typed keys (networkx, igraph, yEd)', directory: false, files: (g) => [{ name: 'graph.graphml', chunks: graphmlChunks(g) }] },
  csv: {
    description: 'nodes.csv + relationships.csv for neo4j-admin database import',
    directory: true,
    files: (g) => {
      const csv = neo4jCsvChunks(g);
      return [
        { name: 'nodes.csv', chunks: csv.nodes },
        { name: 'relationships.csv', chunks: csv.relationships },
      ];
    },
  },
  cypher: { description: 'idempotent MERGE script for cypher-shell', directory: false, files: (g) => [{ name: 'graph.cypher', chunks: cypherChunks(g) }] },
  turtle: { description: 'RDF Turtle, relations reified with their evidence', directory: false, files: (g) => [{ name: 'graph.ttl', chunks: turtleChunks(g) }] },
  json: { description: "graphology JSON, the same as 'newsgraph build' writes", directory: false, files: (g) => [{ name: 'graph.json', chunks: jsonChunks(g) }] },
};

export const isExportFormat = (name: string): name is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(name);

/** The graph in a format, as files in memory. Deterministic: the same graph gives the same bytes. */
export function exportGraph(graph: NewsGraph, format: ExportFormat): ExportOutput {
  if (!isExportFormat(format)) throw new UserError(`unknown export format '${String(format)}': choose one of ${EXPORT_FORMATS.join(', ')}`, 2);
  return { format, files: FORMAT_INFO[format].files(graph) };
}

function writeChunks(path: string, chunks: string[]): void {
  const fd = openSync(path, 'w');
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

const WRITE_ERRORS: Record<string, string> = {
  EEXIST: 'a parent is a file',
  ENOTDIR: 'a parent is a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left',
};

/**
 * Writes an export: a one-file format to `path` (or into `path` when it is an existing directory, under the
 * format's file name), a directory format into the directory `path` (created when missing). Every file is
 * first written beside its target under a temporary name and renamed only once all of them are written, so a
 * failure leaves neither a partial file nor a half-written set. Returns the paths written.
 */
export function writeExport(output: ExportOutput, path: string): string[] {
  const info = FORMAT_INFO[output.format];
  const exists = existsSync(path);
  const isDirectory = exists && statSync(path).isDirectory();
  let dir: string;
  let targets: string[];
  if (info.directory) {
    if (exists && !isDirectory)
      throw new UserError(`${path} is a file: the ${output.format} export writes ${output.files.map((f) => f.name).join(' and ')} into a directory, pass -o DIR`, 2);
    dir = path;
    targets = output.files.map((f) => join(path, f.name));
  } else {
    const file = isDirectory ? join(path, output.files[0]!.name) : path;
    dir = dirname(file);
    targets = [file];
  }
  for (const t of targets) if (existsSync(t) && statSync(t).isDirectory()) throw new UserError(`${t} is a directory: remove it or choose another -o path`, 2);
  const temps = targets.map((t) => join(dirname(t), `.${t.slice(dirname(t).length + 1)}.${process.pid}.tmp`));
  let created: string | undefined;
  try {
    created = mkdirSync(dir, { recursive: true });
    output.files.forEach((f, i) => writeChunks(temps[i]!, f.chunks));
    targets.forEach((t, i) => renameSync(temps[i]!, t));
  } catch (e) {
    for (const t of [...temps, ...(created ? [created] : [])]) {
      try {
        rmSync(t, { recursive: true, force: true });
      } catch {
        // nothing was written there (e.g. ENOTDIR: a parent is a file)
      }
    }
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    const why = WRITE_ERRORS[code] ? `${WRITE_ERRORS[code]}, ${code}` : code;
    throw new UserError(`cannot write ${resolve(path)} (${why}): choose a writable output path`);
  }
  return targets;
}
