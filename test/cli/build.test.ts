// newsgraph build and extract as processes: outputs, determinism, the committed graph, and every kind of
// bad input (one line naming the file and the fix, the right exit code, nothing lost).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfOf } from '../helpers/pdf.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const SEEDS = join(ROOT, 'seeds');
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'newsgraph-build-'));
});

const oneLine = (stderr: string) => {
  const lines = stderr.trim().split('\n');
  expect(stderr).not.toMatch(/^\s+at /m); // no stack trace
  return lines;
};

describe('newsgraph build', () => {
  it('builds the seeds into graph.json and graph.gexf and prints a summary', () => {
    const out = join(work, 'seeds-graph');
    const r = runCli(['build', 'seeds', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/built .*graph\.json from 2 documents/);
    expect(r.stdout).toMatch(/entities\s+\d+: .*Person \d+/);
    expect(r.stdout).toMatch(/relations\s+\d+: .*holds_role \d+/);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect(graph.attributes.schemaVersion).toBe(1);
    expect(graph.attributes.documents.map((d: { id: string }) => d.id)).toEqual(['000_e3404a2dcdf563c6.txt', '004_79d0d36076e4f9ea.txt']);
    expect(readFileSync(join(out, 'graph.gexf'), 'utf8')).toMatch(/<gexf[^>]*version="1.3"/);
  });

  it('is deterministic: two builds give byte-identical files', () => {
    const [a, b] = ['det-a', 'det-b'].map((d) => join(work, d));
    expect(runCli(['build', 'seeds', '--out', a]).code).toBe(0);
    expect(runCli(['build', 'seeds', '--out', b]).code).toBe(0);
    expect(readFileSync(join(a, 'graph.json'))).toEqual(readFileSync(join(b, 'graph.json')));
    expect(readFileSync(join(a, 'graph.gexf'))).toEqual(readFileSync(join(b, 'graph.gexf')));
    // two whole builds as processes, models loaded each time: slow on a shared machine running other tests
  }, 240_000);

  it('the committed graph/graph.json is what building seeds/ gives today (run npm start to refresh it)', () => {
    const out = join(work, 'fresh');
    expect(runCli(['build', 'seeds', '--out', out]).code).toBe(0);
    expect(readFileSync(join(ROOT, 'graph', 'graph.json'), 'utf8')).toBe(readFileSync(join(out, 'graph.json'), 'utf8'));
  });

  it('ingests the same content once, and reads Markdown and HTML', () => {
    const dir = join(work, 'mixed');
    mkdirSync(dir);
    copyFileSync(join(SEEDS, '000_e3404a2dcdf563c6.txt'), join(dir, 'a.txt'));
    copyFileSync(join(SEEDS, '000_e3404a2dcdf563c6.txt'), join(dir, 'b.txt'));
    writeFileSync(join(dir, 'c.md'), '# Visit\n\n**Indian Prime Minister Narendra Modi** visited [Washington](https://example.org) on Friday.\n');
    writeFileSync(join(dir, 'd.html'), '<title>Row</title><p>Lithuania recalled its ambassador to China on Tuesday.</p><script>x()</script>');
    const out = join(work, 'mixed-out');
    const r = runCli(['build', dir, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/from 3 documents \(1 duplicate ingested once\)/);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    const predicates = graph.edges.map((e: { attributes: { predicate: string } }) => e.attributes.predicate);
    expect(predicates).toContain('recalled_ambassador');
    expect(predicates).toContain('travels_to');
    const md = readFileSync(join(dir, 'c.md'), 'utf8');
    const travel = graph.edges.find((e: { attributes: { predicate: string } }) => e.attributes.predicate === 'travels_to');
    const ev = travel.attributes.evidence[0];
    expect(md.slice(ev.start, ev.end).replace(/[*[\]]|\(https:\/\/example.org\)/g, '')).toContain('visited Washington');
  });
});

describe('PDFs and Markdown front matter', () => {
  it('reads PDFs (evidence offsets point into the extracted text); an unreadable one is named and counted as skipped', () => {
    const dir = join(work, 'pdfs');
    mkdirSync(dir);
    writeFileSync(join(dir, 'recall.pdf'), pdfOf([['Lithuania recalled its ambassador to China on Tuesday.'], ['Beijing said it regretted the decision.']]));
    writeFileSync(join(dir, 'broken.pdf'), pdfOf([['Norway expelled two Russian diplomats.']]).subarray(0, 150));
    const out = join(work, 'pdfs-out');
    const r = runCli(['build', dir, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^newsgraph: warning: skipped .*broken\.pdf: is a PDF whose text cannot be read \(.+\): convert it to text, or remove it$/),
    ]);
    expect(r.stdout).toMatch(/from 1 document, 1 skipped/);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect(graph.attributes.documents).toEqual([
      expect.objectContaining({ id: 'recall.pdf', title: 'Lithuania recalled its ambassador to China on Tuesday.' }),
    ]);
    const recall = graph.edges.find((e: { attributes: { predicate: string } }) => e.attributes.predicate === 'recalled_ambassador');
    expect(recall).toMatchObject({ source: 'country:lithuania', target: 'country:china' });
    const ev = recall.attributes.evidence[0];
    expect([ev.start, ev.text]).toEqual([0, 'Lithuania recalled its ambassador to China on Tuesday.']);
  });

  it('a folder of only unreadable PDFs says why there is nothing to build', () => {
    const dir = join(work, 'bad-pdfs');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.pdf'), 'not a pdf');
    const r = runCli(['build', dir, '--out', join(work, 'bad-pdfs-out')]);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toEqual([expect.stringMatching(/skipped .*a\.pdf: is not a PDF/), expect.stringMatching(/^newsgraph: nothing to build/)]);
  });

  it('Markdown front matter gives the title and is never cited as evidence', () => {
    const dir = join(work, 'front');
    mkdirSync(dir);
    const md =
      '---\ntitle: Kyiv envoy row\nsummary: Ukraine recalled its ambassador to Hungary.\n---\n# Row over envoy\n\nPoland recalled its ambassador to Belarus on Monday.\n';
    writeFileSync(join(dir, 'row.md'), md);
    const out = join(work, 'front-out');
    expect(runCli(['build', dir, '--out', out]).code).toBe(0);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect(graph.attributes.documents[0].title).toBe('Kyiv envoy row');
    const recalls = graph.edges.filter((e: { attributes: { predicate: string } }) => e.attributes.predicate === 'recalled_ambassador');
    expect(recalls.map((e: { source: string; target: string }) => `${e.source}->${e.target}`)).toEqual(['country:poland->country:belarus']);
    expect(md.slice(recalls[0].attributes.evidence[0].start, recalls[0].attributes.evidence[0].end)).toBe(
      'Poland recalled its ambassador to Belarus on Monday.',
    );
  });
});

describe('bad input', () => {
  const existingGraph = () => {
    const out = join(work, `keep-${Math.random().toString(36).slice(2)}`);
    mkdirSync(out);
    writeFileSync(join(out, 'graph.json'), 'OLD GRAPH');
    return out;
  };
  /** Writes a file and gives its path. */
  const written = (path: string, data: string | Uint8Array) => {
    writeFileSync(path, data);
    return path;
  };

  it.each([
    ['a missing path', () => [join(work, 'no-such-dir')], /no such file or directory: .*no-such-dir/],
    [
      'a directory with no documents',
      () => [mkdirSync(join(work, 'emptydir'), { recursive: true }) ?? join(work, 'emptydir')],
      /holds no \.txt, \.md, \.html, \.pdf, \.jsonl or \.csv documents/,
    ],
    ['an empty file', () => [written(join(work, 'empty.txt'), '')], /empty\.txt: is empty/],
    ['a binary file', () => [written(join(work, 'img.txt'), Buffer.from([0x89, 0x50, 0, 0, 1, 2]))], /img\.txt: is a binary file/],
    ['invalid UTF-8', () => [written(join(work, 'latin.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9]))], /latin\.txt: is not valid UTF-8/],
    [
      'a file over 50 MB',
      () => {
        const big = join(work, 'big.txt');
        writeFileSync(big, '');
        truncateSync(big, 51 * 1024 * 1024);
        return [big];
      },
      /big\.txt: is over 50 MB/,
    ],
  ])('%s: one clear line, exit 1, the existing graph survives', (_, paths, message) => {
    const out = existingGraph();
    const r = runCli(['build', ...paths(), '--out', out]);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr).join('\n')).toMatch(message);
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe('OLD GRAPH');
  });

  it('a bad file among good ones is skipped with a warning and counted', () => {
    const dir = join(work, 'one-bad');
    mkdirSync(dir);
    copyFileSync(join(SEEDS, '004_79d0d36076e4f9ea.txt'), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 3]));
    const r = runCli(['build', dir, '--out', join(work, 'one-bad-out')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: skipped .*bad\.txt: is a binary file/);
    expect(r.stdout).toMatch(/from 1 document, 1 skipped/);
  });

  it('an output directory that cannot be written: one line, exit 1, no temporary files left', () => {
    const blocker = join(work, 'a-file');
    writeFileSync(blocker, 'x');
    const r = runCli(['build', 'seeds', '--out', join(blocker, 'sub')]);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toEqual([expect.stringMatching(/cannot write to .*a-file\/sub \(ENOTDIR\): pass a writable directory with --out DIR/)]);
  });

  it('an unknown option or command is a usage error (exit 2)', () => {
    expect(runCli(['build', '--frobnicate']).code).toBe(2);
    expect(runCli(['frobnicate']).code).toBe(2);
  });

  it.each([
    ['qurey', 'query'],
    ['shel', 'shell'],
    ['biuld', 'build'],
    ['exprot', 'export'],
  ])('a command typo %s suggests %s', (typo, command) => {
    const r = runCli([typo]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`newsgraph: unknown command '${typo}': did you mean '${command}'? (run 'newsgraph --help' for the list)\n`);
  });

  it('after building elsewhere, prints the commands that read that graph', () => {
    const out = join(work, 'my graph');
    const r = runCli(['build', 'seeds', '--out', out], { env: { NEWSGRAPH_GRAPH: '', npm_command: '' } });
    expect(r.code).toBe(0);
    const quoted = `'${out}'`;
    expect(r.stdout).toContain(`newsgraph query stats --graph ${quoted}\n`);
    expect(r.stdout).toContain(`newsgraph shell --graph ${quoted}\n`);
    expect(r.stdout).toContain(`newsgraph view --graph ${quoted} --open\n`);
    expect(r.stdout).toContain(`export NEWSGRAPH_GRAPH=${quoted}`);
    // and they work as printed
    expect(runCli(['query', 'show Trump', '--graph', out]).stdout).toContain('Donald Trump');
    // the default graph needs no --graph; run through npm (npx), the commands say npx
    const home = runCli(['build', 'seeds', '--out', out], { env: { NEWSGRAPH_GRAPH: out, npm_command: 'exec' } });
    expect(home.stdout).toContain('npx newsgraph query stats\n');
    expect(home.stdout).not.toContain('--graph');
  });
});

describe('newsgraph extract', () => {
  it('prints mentions as JSON lines with offsets into the document', () => {
    const r = runCli(['extract', 'seeds/004_79d0d36076e4f9ea.txt', '--format', 'mentions']);
    expect(r.code).toBe(0);
    const text = readFileSync(join(SEEDS, '004_79d0d36076e4f9ea.txt'), 'utf8');
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(20);
    for (const m of rows) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(rows).toContainEqual(expect.objectContaining({ text: 'Anatoly Antonov', type: 'Person', entity: 'person:anatoly-antonov' }));
  });

  it('prints triples with labels, predicate and evidence', () => {
    const r = runCli(['extract', 'seeds', '--format', 'triples']);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const recall = rows.find((t) => t.predicate === 'recalled_ambassador');
    expect(recall).toMatchObject({ source: { label: 'Russia', type: 'Country' }, target: { label: 'United States' } });
    expect(recall.evidence.length).toBeGreaterThan(0);
  });

  it('refuses an unknown format', () => {
    const r = runCli(['extract', 'seeds', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown --format 'xml': use mentions or triples/);
  });
});

it('the seeds directory mirrors ../shared/seeds when it is present', () => {
  const shared = join(ROOT, '..', 'shared', 'seeds');
  if (!existsSync(shared)) return;
  for (const name of ['000_e3404a2dcdf563c6.txt', '004_79d0d36076e4f9ea.txt'])
    expect(readFileSync(join(SEEDS, name))).toEqual(readFileSync(join(shared, name)));
});
