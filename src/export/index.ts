// The exports: one table of formats; `exportGraph` (pure: graph → files in memory), `exportToStream` (a
// one-file format to stdout) and `exportToPath` (straight to disk, atomically, chunk by chunk, so a large export
// never sits in memory). Each format lives in its own file.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { writeFilesAtomic } from '../store/atomic.js';
import type { NewsGraph } from '../store/graph-file.js';
import type { ChunkSink } from './chunks.js';
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
  /** the files it writes, in order (one unless `directory`) */
  fileNames: readonly string[];
  /** writes the graph's text to one sink per file, chunk by chunk */
  write(graph: NewsGraph, sinks: ChunkSink[]): void;
}

export const FORMAT_INFO: Readonly<Record<ExportFormat, FormatInfo>> = {
  gexf: { description: 'GEXF 1.3 for Gephi', directory: false, fileNames: ['graph.gexf'], write: (g, [sink]) => void gexfChunks(g, sink) },
  graphml: {
    description: 'GraphML with typed keys (networkx, igraph, yEd)',
    directory: false,
    fileNames: ['graph.graphml'],
    write: (g, [sink]) => void graphmlChunks(g, sink),
  },
  csv: {
    description: 'nodes.csv + relationships.csv for neo4j-admin database import',
    directory: true,
    fileNames: ['nodes.csv', 'relationships.csv'],
    write: (g, [nodes, relationships]) => void neo4jCsvChunks(g, { nodes: nodes!, relationships: relationships! }),
  },
  cypher: {
    description: 'idempotent MERGE script for cypher-shell',
    directory: false,
    fileNames: ['graph.cypher'],
    write: (g, [sink]) => void cypherChunks(g, sink),
  },
  turtle: {
    description: 'RDF Turtle, relations reified with their evidence',
    directory: false,
    fileNames: ['graph.ttl'],
    write: (g, [sink]) => void turtleChunks(g, sink),
  },
  json: {
    description: "graphology JSON, the same as 'newsgraph build' writes",
    directory: false,
    fileNames: ['graph.json'],
    write: (g, [sink]) => void jsonChunks(g, sink),
  },
};

export const isExportFormat = (name: string): name is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(name);

function formatInfo(format: ExportFormat): FormatInfo {
  if (!isExportFormat(format)) throw new UserError(`unknown export format '${String(format)}': choose one of ${EXPORT_FORMATS.join(', ')}`, 2);
  return FORMAT_INFO[format];
}

/** The graph in a format, as files in memory. Deterministic: the same graph gives the same bytes. */
export function exportGraph(graph: NewsGraph, format: ExportFormat): ExportOutput {
  const info = formatInfo(format);
  const files: ExportFile[] = info.fileNames.map((name) => ({ name, chunks: [] }));
  info.write(
    graph,
    files.map((file) => (chunk) => void file.chunks.push(chunk)),
  );
  return { format, files };
}

/** Streams a one-file format to `write` (e.g. stdout), chunk by chunk, never holding the whole text. */
export function exportToStream(graph: NewsGraph, format: ExportFormat, write: ChunkSink): void {
  const info = formatInfo(format);
  if (info.directory) throw new UserError(`the ${format} export is several files (${info.fileNames.join(', ')}): write it to a directory`, 2);
  info.write(graph, [write]);
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
 * Where an export goes: a one-file format to `path` (or into `path` when it is an existing directory, under the
 * format's file name), a directory format into the directory `path` (created when missing).
 */
function exportTargets(format: ExportFormat, path: string): string[] {
  const info = FORMAT_INFO[format];
  const exists = existsSync(path);
  const isDirectory = exists && statSync(path).isDirectory();
  let targets: string[];
  if (info.directory) {
    if (exists && !isDirectory)
      throw new UserError(`${path} is a file: the ${format} export writes ${info.fileNames.join(' and ')} into a directory, pass -o DIR`, 2);
    targets = info.fileNames.map((name) => join(path, name));
  } else targets = [isDirectory ? join(path, info.fileNames[0]!) : path];
  for (const t of targets) if (existsSync(t) && statSync(t).isDirectory()) throw new UserError(`${t} is a directory: remove it or choose another -o path`, 2);
  return targets;
}

/**
 * Exports the graph straight to `path`, each chunk written as soon as it is made, so memory holds the graph and
 * one chunk, not the export (what `newsgraph export -o` and the shell's `export` use).
 */
export function exportToPath(graph: NewsGraph, format: ExportFormat, path: string): string[] {
  const info = formatInfo(format);
  const targets = exportTargets(format, path);
  // files appear only once all are written: a failure leaves neither a partial file nor a half-written set
  const failure = (code: string) =>
    `cannot write ${resolve(path)} (${WRITE_ERRORS[code] ? `${WRITE_ERRORS[code]}, ${code}` : code}): choose a writable output path`;
  writeFilesAtomic(targets, (sinks) => info.write(graph, sinks), failure);
  return targets;
}
