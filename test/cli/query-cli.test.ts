import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGraphFile, serializeGraph } from '../../src/store/graph-file.js';
import { FIXTURE, newsgraph, tempDir } from './helpers.js';

describe('newsgraph query', () => {
  it('prints a table by default', () => {
    const r = newsgraph(['query', 'roles russia', '--graph', FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(/^\| person +\| role +\| of +\| former \| since \| until \| negated \| docs +\|$/);
    expect(r.stdout).toMatch(/\| Vladimir Putin +\| president +\| Russia +\| false +\| +\| +\| false +\|/);
    expect(r.stdout).toContain('2 rows');
  });

  it('keeps edge keys out of tables unless --keys; JSON and CSV always have them', () => {
    const key = 'person:vladimir-putin|holds_role|country:russia';
    expect(newsgraph(['query', 'roles russia', '--graph', FIXTURE]).stdout).not.toContain(key);
    const keyed = newsgraph(['query', 'roles russia', '--graph', FIXTURE, '--keys']);
    expect(keyed.stdout.split('\n')[1]).toMatch(/\| docs +\| edge +\|$/);
    expect(keyed.stdout).toContain(key);
    expect(newsgraph(['query', 'roles russia', '--graph', FIXTURE, '--format', 'csv']).stdout).toContain(key);
    expect(JSON.parse(newsgraph(['query', 'roles russia', '--graph', FIXTURE, '--format', 'json']).stdout).tables[0].columns).toContain('edge');
  });

  it('does not wrap rows when stdout is a pipe, so grep sees whole rows; COLUMNS sets a width', () => {
    const sentence = "Dmitry Peskov, Putin's spokesman, called the remarks very bad.";
    const piped = newsgraph(['query', 'why peskov holds_role putin', '--graph', FIXTURE], undefined, { COLUMNS: '' });
    expect(piped.stdout.split('\n').filter((l) => l.includes(sentence))).toHaveLength(1);
    const narrow = newsgraph(['query', 'why peskov holds_role putin', '--graph', FIXTURE], undefined, { COLUMNS: '100' });
    for (const line of narrow.stdout.split('\n').filter((l) => /^[|+]/.test(l))) expect(line.length, line).toBeLessThanOrEqual(100);
    expect(narrow.stdout).not.toContain(sentence);
  });

  it('--graph takes the directory build --out wrote, and NEWSGRAPH_GRAPH names the default graph', () => {
    const dir = tempDir('graphdir');
    writeFileSync(join(dir, 'graph.json'), readFileSync(FIXTURE));
    for (const r of [
      newsgraph(['query', 'show alvarez', '--graph', dir]),
      newsgraph(['query', 'show alvarez'], undefined, { NEWSGRAPH_GRAPH: dir }),
      newsgraph(['query', 'show alvarez'], undefined, { NEWSGRAPH_GRAPH: join(dir, 'graph.json') }),
      newsgraph(['shell'], 'show alvarez\n', { NEWSGRAPH_GRAPH: dir }),
      newsgraph(['shell', '--graph', FIXTURE], `load ${dir}\nshow alvarez\n`),
    ]) {
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('| key       | person:jose-alvarez');
    }
    const exported = newsgraph(['export', '--format', 'json'], undefined, { NEWSGRAPH_GRAPH: dir });
    expect(exported.stdout).toBe(serializeGraph(readGraphFile(FIXTURE)));
    // an explicit --graph wins over the variable
    expect(newsgraph(['query', 'stats', '--graph', FIXTURE], undefined, { NEWSGRAPH_GRAPH: '/nonexistent' }).code).toBe(0);
    const empty = tempDir('nograph');
    expect(newsgraph(['query', 'stats', '--graph', empty]).stderr).toBe(
      `newsgraph: graph file not found: ${join(empty, 'graph.json')} (build one with 'newsgraph build ARTICLES --out ${empty}', or pass --graph FILE or DIR)\n`,
    );
  });

  it('prints the documented JSON', () => {
    const r = newsgraph([
      'query',
      'MATCH (a:Person)-[r:holds_role]->(c:Country) WHERE c.label = "Russia" RETURN a.label, r.role',
      '--graph',
      FIXTURE,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      command: 'match',
      tables: [
        {
          title: null,
          columns: ['a.label', 'r.role'],
          rows: [
            { 'a.label': 'Vladimir Putin', 'r.role': 'president' },
            { 'a.label': 'Anatoly Antonov', 'r.role': 'ambassador' },
          ],
        },
      ],
      text: [],
    });
  });

  it('JSON keeps lists, numbers, booleans and titles', () => {
    const r = newsgraph(['query', 'show norway', '--graph', FIXTURE, '--format', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out.tables[0]).toEqual({
      title: 'Norway',
      columns: ['property', 'value'],
      rows: [
        { property: 'key', value: 'country:norway' },
        { property: 'type', value: 'Country' },
        { property: 'aliases', value: ['Oslo'] },
        { property: 'mentions', value: 1 },
        { property: 'documents', value: ['004_79d0d36076e4f9ea.txt'] },
      ],
    });
    expect(out.tables[1].rows[0].relation).toBe('NOT recalled ambassador from');
  });

  it('prints CSV (RFC 4180, lists joined with "; ")', () => {
    const r = newsgraph(['query', 'why putin accused_of killer', '--graph', FIXTURE, '--format', 'csv']);
    expect(r.code).toBe(0);
    const blocks = r.stdout.split('\r\n\r\n');
    expect(blocks[0]).toBe(
      '# edges\r\nedge,subject,predicate,object,negated,details,rule,confidence\r\n' +
        'person:vladimir-putin|accused_of|charge:killer,Vladimir Putin,accused_of,killer,false,by: Joe Biden,test.accused_of,0.9',
    );
    expect(blocks[1]).toMatch(
      /^# Vladimir Putin —accused of→ killer .*\r\ndoc,source,date,event,start,end,text\r\n000_e3404a2dcdf563c6\.txt,,,,380,421,Biden said he thought Putin was a killer\.\r\n$/,
    );
    const csv = newsgraph([
      'query',
      'MATCH (a)-[r:holds_role]->(b) WHERE a.label = "Dmitry Peskov" RETURN a.aliases, r.evidence',
      '--graph',
      FIXTURE,
      '--format',
      'csv',
    ]);
    expect(csv.stdout).toBe(`a.aliases,r.evidence\r\nPeskov,"Dmitry Peskov, Putin's spokesman, called the remarks very bad."\r\n`);
  });

  it.each([
    [['query', 'show Putn', '--graph', FIXTURE], `newsgraph: no entity named "Putn" in ${FIXTURE}: did you mean "Vladimir Putin"?`],
    [['query', 'show Macron', '--graph', FIXTURE], `newsgraph: no entity named "Macron" in ${FIXTURE}: try 'find TEXT'`],
    [
      ['query', 'show smith', '--graph', FIXTURE],
      `newsgraph: "smith" matches 2 entities in ${FIXTURE}: Jane Smith (person:jane-smith), John Smith (person:john-smith); use the key or a fuller name`,
    ],
    [['query', 'MATCH (a RETURN a', '--graph', FIXTURE], "newsgraph: syntax error at column 10: expected ':', '{' or ')', found 'RETURN'"],
    [
      ['query', 'stats', '--graph', 'no/such/graph.json'],
      "newsgraph: graph file not found: no/such/graph.json (build one with 'newsgraph build ARTICLES --out no/such', or pass --graph FILE or DIR)",
    ],
    [
      ['query', 'stats', '--graph', 'package.json'],
      "newsgraph: package.json is not a newsgraph graph (no nodes/edges arrays): build one with 'newsgraph build'",
    ],
    [['query', 'stats', '--graph', 'src/cli/main.ts'], /^newsgraph: src\/cli\/main\.ts is not JSON \(.*\): pass a graph\.json written by 'newsgraph build'$/],
    [['query', 'stats', '--graph', FIXTURE, '--format', 'xml'], 'newsgraph: --format must be one of table, json, csv, got "xml"'],
  ])('%j fails with one line on stderr', (args, message) => {
    const r = newsgraph(args);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    if (typeof message === 'string') expect(lines[0]).toBe(message);
    else expect(lines[0]).toMatch(message);
  });
});

describe('newsgraph shell with stdin not a terminal', () => {
  it('runs one query per line, errors on stderr, keeps going, exit 1 if a line failed', () => {
    const r = newsgraph(['shell', '--graph', FIXTURE], 'find smith\nshw putin\n\n# a comment\nroles alvarez\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('| person:jane-smith');
    expect(r.stdout).toContain('| José Álvarez | foreign minister | Spain');
    expect(r.stderr).toBe('error: line 2: unknown command "shw": did you mean show? (type help for the list)\n');
  });

  it('exits 0 when every line worked, and stops at exit', () => {
    const r = newsgraph(['shell', '--graph', FIXTURE, '--format', 'json'], 'stats\nrecalls;\nexit\nshow nobody\n');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).command)).toEqual(['stats', 'recalls']);
  });

  it('an ambiguous name lists the candidates and fails that line', () => {
    const r = newsgraph(['shell', '--graph', FIXTURE], 'show georgia\nshow country:georgia\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: line 1: "georgia" matches 2 entities in ${FIXTURE}: Georgia (country:georgia), Georgia (location:georgia)`);
    expect(r.stdout).toContain('| key       | country:georgia');
  });

  it('a missing graph is one line; the shell keeps running and load fixes it', () => {
    const r = newsgraph(['shell', '--graph', 'missing.json'], `show putin\nhelp why\nload ${FIXTURE}\nshow putin\n`);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual([
      "error: graph file not found: missing.json (build one with 'newsgraph build ARTICLES --out DIR', or pass --graph FILE or DIR)",
      "error: line 1: no graph loaded (graph file not found: missing.json (build one with 'newsgraph build ARTICLES --out DIR', or pass --graph FILE or DIR)): use load FILE",
      '',
    ]);
    expect(r.stdout).toContain('why A PREDICATE B | why EDGE-KEY');
    expect(r.stdout).toContain(`loaded ${FIXTURE}: 16 entities, 15 relations`);
    expect(r.stdout).toContain('| key       | person:vladimir-putin');
  });

  it('a failed load keeps the graph that was loaded', () => {
    const dir = tempDir('load');
    writeFileSync(join(dir, 'bad.json'), '{"nodes": [');
    const r = newsgraph(['shell', '--graph', FIXTURE], `load ${dir}/bad.json\nstats\n`);
    expect(r.stderr).toMatch(/^error: line 1: .*bad\.json is not JSON/);
    expect(r.stdout).toContain('| 16    | 15    | 2');
  });

  it('export FORMAT FILE writes the loaded graph through the export module; unknown formats are refused', () => {
    const dir = tempDir('export');
    const out = join(dir, 'copy.json');
    const r = newsgraph(['shell', '--graph', FIXTURE], `export json ${out}\nexport gexf ${dir}/g.gexf\nexport pdf ${dir}/x.pdf\nexport json\n`);
    expect(r.stdout).toContain(`wrote json to ${out}`);
    expect(readFileSync(out, 'utf8')).toBe(serializeGraph(readGraphFile(FIXTURE)));
    expect(r.stdout).toContain(`wrote gexf to ${dir}/g.gexf`);
    expect(readFileSync(join(dir, 'g.gexf'), 'utf8')).toContain('<gexf');
    expect(r.stderr.split('\n')).toEqual([
      'error: line 3: unknown export format "pdf": use one of gexf, graphml, csv, cypher, turtle, json',
      'error: line 4: usage: export FORMAT FILE (formats: gexf, graphml, csv, cypher, turtle, json)',
      '',
    ]);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });
});

describe('shell history file', () => {
  it('keeps the newest 1000 lines, newest first, and trims a file grown past 2000', async () => {
    const { readHistory } = await import('../../src/cli/shell.js');
    const dir = tempDir('history');
    const file = join(dir, 'history');
    expect(readHistory(file)).toEqual([]);
    writeFileSync(file, `${Array.from({ length: 2500 }, (_, i) => `show ${i}`).join('\n')}\n`);
    const history = readHistory(file);
    expect(history).toHaveLength(1000);
    expect(history[0]).toBe('show 2499');
    expect(history[999]).toBe('show 1500');
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(1001);
  });
});
