import { describe, expect, it } from 'vitest';
import { formatCsv, formatJson, formatTable, formatText, parseFormat } from '../../src/cli/format.js';
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
    const out = formatTable({ columns: ['doc', 'text'], rows: [['d1.txt', text]] }, 60);
    const lines = out.split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(lines.filter((l) => l.startsWith('|')).map((l) => l.split('|')[2]!.trim()).slice(1).join(' ')).toBe(text);
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
