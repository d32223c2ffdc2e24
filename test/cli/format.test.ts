import { describe, expect, it } from 'vitest';
import { formatCsv, formatJson, formatResult, formatTable, formatText, outputWidth, parseFormat } from '../../src/cli/format.js';
import type { QueryResult } from '../../src/query/index.js';

const result: QueryResult = {
  command: 'show',
  tables: [
    { title: 'one', columns: ['name', 'list', 'n', 'flag', 'none'], rows: [['Putin, Vladimir', ['a', 'b'], 3, true, null]] },
    { columns: ['text'], rows: [['He said "no"\nand left']] },
  ],
  text: ['a note'],
};

describe('formats', () => {
  it('csv quotes commas, quotes and line breaks, joins lists with "; ", titles several tables', () => {
    expect(formatCsv(result)).toBe('# one\r\nname,list,n,flag,none\r\n"Putin, Vladimir",a; b,3,true,\r\n\r\n# \r\ntext\r\n"He said ""no""\nand left"\r\n');
  });

  it('json rows are objects keyed by column; titles null when absent', () => {
    expect(JSON.parse(formatJson(result))).toEqual({
      command: 'show',
      tables: [
        { title: 'one', columns: ['name', 'list', 'n', 'flag', 'none'], rows: [{ name: 'Putin, Vladimir', list: ['a', 'b'], n: 3, flag: true, none: null }] },
        { title: null, columns: ['text'], rows: [{ text: 'He said "no"\nand left' }] },
      ],
      text: ['a note'],
    });
  });

  it('tables align columns, put list items on their own lines and count rows', () => {
    expect(formatTable(result.tables[0]!)).toBe(
      [
        'one',
        '+-----------------+------+---+------+------+',
        '| name            | list | n | flag | none |',
        '+-----------------+------+---+------+------+',
        '| Putin, Vladimir | a    | 3 | true |      |',
        '|                 | b    |   |      |      |',
        '+-----------------+------+---+------+------+',
        '1 row',
      ].join('\n'),
    );
  });

  it('long prose wraps at spaces to fit the width', () => {
    const text = 'Russian President Vladimir Putin fired back at American counterpart Joe Biden, saying it takes one to know one.';
    const out = formatTable({ columns: ['doc', 'text'], rows: [['d1.txt', text]] }, { width: 60 });
    const lines = out.split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(
      lines
        .filter((l) => l.startsWith('|'))
        .map((l) => l.split('|')[2]!.trim())
        .slice(1)
        .join(' '),
    ).toBe(text);
  });

  it('without a width (a pipe) never wraps: every row is one line', () => {
    const text = 'Russian President Vladimir Putin fired back at American counterpart Joe Biden, saying it takes one to know one. '.repeat(3);
    const out = formatTable({
      columns: ['doc', 'text'],
      rows: [
        ['d1.txt', text],
        ['d2.txt', 'short'],
      ],
    });
    const rows = out.split('\n').filter((l) => /^\| d\d/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(text.trim());
  });

  it.each([
    [{ isTTY: true, columns: 100 }, {}, 100],
    [{ isTTY: true, columns: 100 }, { COLUMNS: '72' }, 72],
    [{ isTTY: false }, {}, Infinity],
    [{ isTTY: false }, { COLUMNS: '80' }, 80],
    [{}, { COLUMNS: 'wide' }, Infinity],
    [{}, { COLUMNS: '0' }, Infinity],
  ])('output width of %j with %j: %s', (stream, env, width) => expect(outputWidth(stream, env)).toBe(width));

  it('key columns (edge keys) are left out of text tables unless asked for, and kept in JSON and CSV', () => {
    const keyed: QueryResult = {
      command: 'roles',
      tables: [{ columns: ['person', 'edge'], keyColumns: ['edge'], rows: [['Vladimir Putin', 'holds_role:person:vladimir-putin->country:russia#president']] }],
      text: [],
    };
    expect(formatText(keyed)).not.toContain('holds_role:');
    expect(formatText(keyed)).not.toMatch(/\bedge\b/);
    expect(formatText(keyed, { keys: true })).toContain('holds_role:person:vladimir-putin');
    expect(formatCsv(keyed)).toContain('holds_role:person:vladimir-putin');
    expect(JSON.parse(formatJson(keyed)).tables[0].rows[0].edge).toBe('holds_role:person:vladimir-putin->country:russia#president');
  });

  it('node references read as labels in tables and CSV, and as keys in JSON', () => {
    const refs: QueryResult = {
      command: 'match',
      tables: [
        {
          columns: ['r.by', 'r.ambassador'],
          rows: [
            [
              [
                { key: 'person:joe-biden', label: 'Joe Biden' },
                { key: 'country:united-states', label: 'United States' },
              ],
              { key: 'person:anatoly-antonov', label: 'Anatoly Antonov' },
            ],
          ],
        },
      ],
      text: [],
    };
    expect(formatResult(refs, 'table')).toMatch(/\| Joe Biden +\| Anatoly Antonov \|\n\| United States +\|/);
    expect(formatCsv(refs)).toBe('r.by,r.ambassador\r\nJoe Biden; United States,Anatoly Antonov\r\n');
    expect(JSON.parse(formatJson(refs)).tables[0].rows[0]).toEqual({
      'r.by': ['person:joe-biden', 'country:united-states'],
      'r.ambassador': 'person:anatoly-antonov',
    });
  });

  it('renders results of 300,000 rows', () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [`entity ${i}`]);
    expect(formatTable({ columns: ['a.label'], rows }).split('\n')).toHaveLength(300_005);
    const list = rows.map((r) => r[0]!);
    expect(formatTable({ columns: ['collect(a.label)'], rows: [[list]] }).split('\n')).toHaveLength(300_005);
  });

  it('text output joins tables and notes with blank lines', () => {
    expect(formatText({ command: 'path', tables: [], text: ['no path between A and B'] })).toBe('no path between A and B\n');
  });

  it.each([
    [undefined, 'table'],
    ['json', 'json'],
    ['csv', 'csv'],
  ])('--format %s', (value, format) => expect(parseFormat(value)).toBe(format));
  it('refuses an unknown format', () => expect(() => parseFormat('yaml')).toThrow('--format must be one of table, json, csv, got "yaml"'));
});
