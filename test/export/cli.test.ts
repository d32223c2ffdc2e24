// `newsgraph export` end to end (the compiled CLI, as `npm test` builds it first) and exportToPath (its atomic
// write is tested in test/store/atomic.test.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, FORMAT_INFO, exportGraph, exportToPath, type ExportFormat } from '../../src/export/index.js';
import { toJson } from '../../src/export/json.js';
import { createGraph, serializeGraph } from '../../src/store/graph-file.js';
import { ROOT, graphsUnderTest, loadFixture } from './readers.js';

const CLI = join(ROOT, 'dist/cli/main.js');
const SMALL = join(ROOT, 'test/fixtures/export-small.json');
const run = (...args: string[]) => spawnSync('node', [CLI, 'export', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
const tmp = () => mkdtempSync(join(tmpdir(), 'newsgraph-export-cli-'));
const oneLine = (s: string) => s.trim().split('\n').length === 1;

describe('newsgraph export', () => {
  it('is built (npm test compiles first)', () => expect(existsSync(CLI), `${CLI} missing: run npx tsc -p tsconfig.json`).toBe(true));

  const single = EXPORT_FORMATS.filter((f) => !FORMAT_INFO[f].directory);
  it.each(single)('--format %s writes to stdout without -o', (format) => {
    const r = run('--format', format, '--graph', SMALL);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(exportGraph(loadFixture('export-small.json'), format).files[0]!.chunks.join(''));
  });

  it.each(single)('--format %s -o FILE writes the file, -o DIR writes DIR/graph.EXT', (format) => {
    const dir = tmp();
    const file = join(dir, 'sub', `out.${format}`);
    const r = run('-f', format, '--graph', SMALL, '-o', file);
    expect(r.status, r.stderr).toBe(0);
    const expected = exportGraph(loadFixture('export-small.json'), format).files[0]!;
    expect(readFileSync(file, 'utf8')).toBe(expected.chunks.join(''));
    expect(run('-f', format, '--graph', SMALL, '-o', dir).status).toBe(0);
    expect(readFileSync(join(dir, expected.name), 'utf8')).toBe(expected.chunks.join(''));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--format csv -o DIR writes nodes.csv and relationships.csv', () => {
    const dir = join(tmp(), 'neo4j');
    const r = run('--format', 'csv', '--graph', SMALL, '-o', dir);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['nodes.csv', 'relationships.csv']);
    expect(readFileSync(join(dir, 'nodes.csv'), 'utf8')).toMatch(/^id:ID,:LABEL,/);
  });

  it.each<[string, string[], number, RegExp]>([
    ['unknown format', ['--format', 'dot', '--graph', SMALL, '-o'], 2, /unknown format 'dot': choose one of gexf, graphml, csv, cypher, turtle, json/],
    ['missing format', ['--graph', SMALL, '-o'], 2, /missing --format/],
    ['csv without -o', ['--format', 'csv', '--graph', SMALL], 2, /pass -o DIR/],
    ['missing graph file', ['--format', 'gexf', '--graph', '/nonexistent/graph.json', '-o'], 1, /graph file not found: \/nonexistent\/graph.json/],
    ['graph file that is not a newsgraph graph', ['--format', 'gexf', '--graph', join(ROOT, 'package.json'), '-o'], 1, /is not a newsgraph graph/],
    ['unknown option', ['--format', 'gexf', '--frobnicate', '-o'], 2, /export: .*frobnicate/],
  ])('%s: one clear line and a non-zero exit', (_case, args, code, message) => {
    const dir = tmp();
    // a trailing -o gets a path inside a fresh directory, which must stay empty
    const r = spawnSync('node', [CLI, 'export', ...args, ...(args.at(-1) === '-o' ? [join(dir, 'out')] : [])], { encoding: 'utf8', cwd: dir });
    expect(r.status, r.stderr).toBe(code);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an unwritable output path: one line, exit 1, nothing left behind', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a-file'), 'x');
    const r = run('--format', 'gexf', '--graph', SMALL, '-o', join(dir, 'a-file', 'graph.gexf'));
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toMatch(/cannot write .*a-file\/graph.gexf \(a parent is a file, (EEXIST|ENOTDIR)\): choose a writable output path/);
    expect(readdirSync(dir)).toEqual(['a-file']);
  });

  it('a non-graph input leaves an existing output untouched', () => {
    const dir = tmp();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"nodes": "no"}');
    writeFileSync(join(dir, 'graph.gexf'), 'old');
    const r = run('--format', 'gexf', '--graph', bad, '-o', join(dir, 'graph.gexf'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad.json is not a newsgraph graph/);
    expect(readFileSync(join(dir, 'graph.gexf'), 'utf8')).toBe('old');
  });
});

describe('exportToPath', () => {
  const graph = loadFixture('export-small.json');

  it('writes none of a csv pair when one target cannot be replaced', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'relationships.csv'));
    expect(() => exportToPath(graph, 'csv', dir)).toThrow(/relationships.csv is a directory/);
    expect(readdirSync(dir)).toEqual(['relationships.csv']);
  });

  it('refuses a file where the csv directory should be', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'f'), '');
    expect(() => exportToPath(graph, 'csv', join(dir, 'f'))).toThrow(/is a file: .* into a directory, pass -o DIR/);
  });

  it.each(EXPORT_FORMATS)('exportToPath streams %s to the same bytes exportGraph makes', (format) => {
    const dir = tmp();
    const written = exportToPath(graph, format, join(dir, 'out'));
    const files = exportGraph(graph, format).files;
    expect(written.map((p) => readFileSync(p, 'utf8'))).toEqual(files.map((f) => f.chunks.join('')));
    expect(readdirSync(FORMAT_INFO[format].directory ? join(dir, 'out') : dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('rejects an unknown format name from library callers too', () => {
    expect(() => exportGraph(graph, 'dot' as ExportFormat)).toThrow(/unknown export format 'dot'/);
  });

  it.each(graphsUnderTest())('json of %s is byte for byte serializeGraph', (_name, g) => {
    expect(exportGraph(g, 'json').files[0]!.chunks.join('')).toBe(serializeGraph(g));
  });

  it('json of an empty graph is serializeGraph', () => expect(toJson(createGraph())).toBe(serializeGraph(createGraph())));
});
