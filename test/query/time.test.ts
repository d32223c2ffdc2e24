// Time in the query language over a dated graph (test/fixtures/query-dated.json: the graph `newsgraph build`
// made of seeds/ and the feed fixtures of test/fixtures/feeds/, a made-up row between Norway and Iran in March
// 2024): timeline, --since/--until, dates in why and in MATCH.
import { describe, expect, it } from 'vitest';
import { QueryError, runQuery, type QueryResult } from '../../src/query/index.js';
import { compareTimeValues } from '../../src/pipeline/time/calendar.js';
import { edgePeriod, inRange, rangeBound } from '../../src/query/time.js';
import { readGraphFile } from '../../src/store/graph-file.js';

const graph = readGraphFile('test/fixtures/query-dated.json');
const run = (q: string) => runQuery(graph, q);
const column = (r: QueryResult, name: string, t = 0) => {
  const table = r.tables[t]!;
  expect(table.columns).toContain(name);
  return table.rows.map((row) => row[table.columns.indexOf(name)]);
};

describe('time ranges', () => {
  it.each([
    ['since', '2024', '2024-01-01'],
    ['until', '2024', '2024-12-31'],
    ['since', '2024-02', '2024-02-01'],
    ['until', '2024-02', '2024-02-29'],
    ['until', '2024-03-14', '2024-03-14'],
  ] as const)('--%s %s is %s', (flag, value, day) => expect(rangeBound(flag, value)).toBe(day));

  it.each(['2024-13', 'March', '2024-03-04/2024-03-10', ''])('refuses "%s"', (value) => expect(() => rangeBound('since', value)).toThrow(QueryError));

  it('an edge is at its event date, else over the days it was reported; without either it is in no range', () => {
    const base = { predicate: 'met_with' as const, label: 'met', confidence: 1, evidence: [], ruleId: 'x' };
    expect(edgePeriod({ ...base, date: '1994', firstSeen: '2024-03-01', lastSeen: '2024-03-09' })).toEqual(['1994-01-01', '1994-12-31']);
    expect(edgePeriod({ ...base, firstSeen: '2024-03-01', lastSeen: '2024-03-09' })).toEqual(['2024-03-01', '2024-03-09']);
    expect(inRange({ ...base, firstSeen: '2024-03-01', lastSeen: '2024-03-09' }, { since: '2024-03-05' })).toBe(true);
    expect(inRange({ ...base, firstSeen: '2024-03-01', lastSeen: '2024-03-09' }, { since: '2024-03-10' })).toBe(false);
    expect(inRange(base, { until: '2030-01-01' })).toBe(false);
    expect(inRange(base, undefined)).toBe(true);
  });
});

describe('timeline', () => {
  it("lists an entity's relations in date order, with dates and sources", () => {
    const r = run('timeline Norway');
    expect(r.command).toBe('timeline');
    expect(r.tables[0]!.columns).toEqual(['date', 'reported', 'subject', 'relation', 'object', 'details', 'sources', 'edge']);
    const when = r.tables[0]!.rows.map((row) => (row[0] ?? String(row[1]).slice(0, 10)) as string);
    expect([...when].sort(compareTimeValues)).toEqual(when);
    const events = r.tables[0]!.rows.filter((row) => row[0]).map((row) => `${row[0]} ${row[2]} ${row[3]} ${row[4]}`);
    expect(events).toEqual(
      expect.arrayContaining([
        '2024-03-11 Iran summoned ambassador of Norway',
        '2024-03-14 Norway recalled ambassador from Iran',
        '2024-03-15 Iran expelled diplomats of Norway',
      ]),
    );
    expect(events.indexOf('2024-03-11 Iran summoned ambassador of Norway')).toBeLessThan(events.indexOf('2024-03-14 Norway recalled ambassador from Iran'));
    const recall = r.tables[0]!.rows.find((row) => row[3] === 'recalled ambassador from')!;
    expect(recall[1]).toBe('2024-03-15 – 2024-03-21');
    expect(recall[6]).toEqual(['The Fjord Herald', 'Nordic Wire']);
  });

  it('takes --since, --until and --predicate', () => {
    const r = run('timeline Iran --since 2024-03-16 --predicate recalled_ambassador');
    expect(r.tables[0]!.rows.map((row) => [row[0], row[2], row[4]])).toEqual([['2024-03-20', 'Iran', 'Sweden']]);
    expect(run('timeline Iran --until 1990').text).toEqual(['no relations in that time']);
  });
});

describe('--since and --until on the relation commands', () => {
  it.each([
    ['recalls --until 2024-03-14', [['Norway', 'Iran']]],
    ['recalls --since 2024-03-15', [['Iran', 'Sweden']]],
    [
      'recalls --since 2024-03',
      [
        ['Iran', 'Sweden'],
        ['Norway', 'Iran'],
      ],
    ],
  ])('%s', (q, rows) => expect(run(q).tables[0]!.rows.map((r) => r.slice(0, 2))).toEqual(rows));

  it('accusations and roles take a range too', () => {
    expect(column(run('accusations --since 2024-03-20'), 'charge')).toEqual(['espionage']);
    expect(column(run('accusations --until 2024-03-16'), 'charge')).toEqual(['interference']);
    // a role is at the days it was reported
    expect(column(run('roles Norway --until 2024-03-12'), 'person')).toEqual(['Anders Lund', 'Kari Berg']);
    expect(column(run('roles Sweden --until 2024-03-12'), 'person')).toEqual([]);
  });

  it('roles show since and until', () => {
    const r = run('roles "Kari Berg"');
    expect(column(r, 'since')).toEqual(['2021']);
    expect(column(r, 'until')).toEqual([null]);
  });

  it('show, neighbors and path leave out edges outside the range', () => {
    const all = run('show Sweden')
      .tables.slice(1)
      .flatMap((t) => t.rows);
    const early = run('show Sweden --until 2024-03-18')
      .tables.slice(1)
      .flatMap((t) => t.rows);
    expect(early.length).toBeGreaterThan(0);
    expect(early.length).toBeLessThan(all.length);
    expect(column(run('neighbors Sweden'), 'neighbor')).toContain('Lena Strand');
    expect(column(run('neighbors Sweden --until 2024-03-17'), 'neighbor')).not.toContain('Lena Strand');
    expect(run('path Norway Sweden --until 2024-03-10').text).toEqual(['no path between Norway and Sweden']);
  });

  it('refuses a bad date or an empty range with one line', () => {
    expect(() => run('recalls --since yesterday')).toThrow('--since takes a date such as 2024-03-14, 2024-03 or 2024, got "yesterday"');
    expect(() => run('recalls --since 2024-04 --until 2024-03')).toThrow('--since 2024-04 is after --until 2024-03: nothing can be in that range');
    expect(() => run('find norway --since 2024')).toThrow('find takes no --since');
  });
});

describe('dates in why and MATCH', () => {
  it('why gives each sentence its source, date and event date, and the edge its dates', () => {
    const r = run('why norway recalled_ambassador iran');
    expect(column(r, 'details')[0]).toBe('date: 2024-03-14; reported: 2024-03-15 to 2024-03-21');
    expect(r.tables[1]!.columns).toEqual(['doc', 'source', 'date', 'event', 'start', 'end', 'text']);
    expect(r.tables[1]!.rows.map((row) => row.slice(0, 4))).toEqual([
      ['boilerplate.html', 'The Fjord Herald', '2024-03-21', null],
      ['https://news.example/world/norway-recalls-envoy', 'Nordic Wire', '2024-03-15', '2024-03-14 (on Thursday)'],
    ]);
  });

  it('MATCH reads r.date, r.firstSeen and r.lastSeen', () => {
    const r = run(
      'MATCH (a)-[r:recalled_ambassador]->(b) WHERE r.date >= "2024-03-01" AND r.lastSeen <= "2024-03-21" RETURN a.label, b.label, r.date, r.firstSeen, r.lastSeen ORDER BY r.date',
    );
    expect(r.tables[0]!.rows).toEqual([
      ['Norway', 'Iran', '2024-03-14', '2024-03-15', '2024-03-21'],
      ['Iran', 'Sweden', '2024-03-20', '2024-03-20', '2024-03-20'],
    ]);
    expect(run('MATCH (a)-[r]->(b) WHERE r.date IS NULL AND r.firstSeen IS NULL RETURN count(*) AS n').tables[0]!.rows[0]![0]).toBeGreaterThan(0);
  });
});
