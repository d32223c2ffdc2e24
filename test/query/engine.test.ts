import { describe, expect, it } from 'vitest';
import {
  AmbiguousEntityError,
  complete,
  findEntities,
  normalizeName,
  QueryError,
  QuerySyntaxError,
  resolveEntity,
  runQuery,
  UnknownEntityError,
  type QueryResult,
} from '../../src/query/index.js';
import { readGraphFile } from '../../src/store/graph-file.js';

const graph = readGraphFile('test/fixtures/query-small.json');
const run = (q: string, choices?: Map<string, string>) => runQuery(graph, q, { choices });
const table = (r: QueryResult, title?: string) => {
  const t = title === undefined ? r.tables[0] : r.tables.find((x) => x.title === title);
  if (!t) throw new Error(`no table ${title} in ${JSON.stringify(r.tables.map((x) => x.title))}`);
  return t;
};
const column = (r: QueryResult, name: string, title?: string) => {
  const t = table(r, title);
  const i = t.columns.indexOf(name);
  expect(i, `column ${name} in ${t.columns}`).toBeGreaterThanOrEqual(0);
  return t.rows.map((row) => row[i]);
};

describe('normalizeName', () => {
  it.each([
    ['Vladimir Putin', 'vladimir putin'],
    ['U.S.', 'us'],
    ["Putin's", 'putin'],
    ['the Kremlin', 'kremlin'],
    ['José  Álvarez', 'jose alvarez'],
    ['ÁLVAREZ', 'alvarez'],
    ['Jean-Luc', 'jean luc'],
    ['THE  Hague ', 'hague'],
    ['the', 'the'],
    ['vladimir putin', 'vladimir putin'],
  ])('%s → %s', (name, normal) => expect(normalizeName(name)).toBe(normal));
});

describe('resolveEntity: case-, accent-insensitive, by label, alias, key or whole words', () => {
  it.each([
    ['putin', 'person:vladimir-putin'],
    ['PUTIN', 'person:vladimir-putin'],
    ['Vladimir Putin', 'person:vladimir-putin'],
    ['the Russian President', 'person:vladimir-putin'],
    ['russian president', 'person:vladimir-putin'],
    ['Vladimir', 'person:vladimir-putin'],
    ['U.S.', 'country:united-states'],
    ['usa', undefined],
    ['us', 'country:united-states'],
    ['washington', 'country:united-states'],
    ['jose alvarez', 'person:jose-alvarez'],
    ['Alvarez', 'person:jose-alvarez'],
    ['person:joe-biden', 'person:joe-biden'],
    ['Jane Smith', 'person:jane-smith'],
  ])('%s → %s', (text, key) => {
    if (key) expect(resolveEntity(graph, text)).toBe(key);
    else expect(() => resolveEntity(graph, text)).toThrow(UnknownEntityError);
  });

  it.each([
    ['Smith', ['person:jane-smith', 'person:john-smith']],
    ['georgia', ['country:georgia', 'location:georgia']],
  ])('%s is ambiguous between %j', (text, keys) => {
    try {
      resolveEntity(graph, text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AmbiguousEntityError);
      expect((e as AmbiguousEntityError).candidates.map((c) => c.key).sort()).toEqual(keys);
    }
  });

  it('a choice settles an ambiguous name', () => {
    expect(resolveEntity(graph, 'SMITH', { choices: new Map([['smith', 'person:john-smith']]) })).toBe('person:john-smith');
  });

  it.each([
    ['Putn', 'Vladimir Putin'],
    ['Bidn', 'Joe Biden'],
    ['Rusia', 'Russia'],
  ])('unknown %s suggests %s', (text, label) => {
    expect(() => resolveEntity(graph, text)).toThrow(new RegExp(`no entity named "${text}": did you mean .*"${label}"`));
  });
});

describe('errors about entities name the graph file searched', () => {
  it.each([
    ['show Macron', 'no entity named "Macron" in mygraph/graph.json'],
    ['show Smith', '"Smith" matches 2 entities in mygraph/graph.json: '],
    ['path Macron Putin', 'no entity named "Macron" in mygraph/graph.json'],
  ])('%s', (q, message) => expect(() => runQuery(graph, q, { graphName: 'mygraph/graph.json' })).toThrow(message));
});

describe('edge keys are key columns: for programs, left out of text tables', () => {
  it.each(['show putin', 'roles', 'accusations', 'recalls', 'path biden russia', 'why Putin accused_of killer'])('%s', (q) => {
    const tables = run(q).tables.filter((t) => t.columns.includes('edge'));
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(t.keyColumns).toEqual(['edge']);
  });
});

describe('find ranks exact label, alias, prefix, word, substring, near misses', () => {
  it.each([
    ['putin', 'Vladimir Putin'],
    ['russ', 'Russia'],
    ['smith', 'Jane Smith'],
    ['kremlin', 'Russia'],
    ['peskof', 'Dmitry Peskov'],
    // near misses: a swap of two letters is one typo; case and accents never count; a typed word against
    // a word of the name
    ['Bidne', 'Joe Biden'],
    ['vladmir putni', 'Vladimir Putin'],
    ['ALVAERZ', 'José Álvarez'],
    ['Álvarz', 'José Álvarez'],
    ['Antnov', 'Anatoly Antonov'],
  ])('find %s → %s first', (text, label) => expect(column(run(`find ${text}`), 'label')[0]).toBe(label));

  it('near misses rank below every exact, prefix and substring match', () => {
    const hits = findEntities(graph, 'smth');
    expect(hits.map((h) => h.label)).toEqual(expect.arrayContaining(['Jane Smith', 'John Smith']));
    expect(Math.max(...hits.map((h) => h.score))).toBeLessThan(40);
  });
  it.each(['xi', 'zzzzzz', 'qwerty uiop'])('finds nothing for %s', (text) => expect(table(run(`find ${text}`)).rows).toEqual([]));

  it('lists every Smith, more mentions first', () => {
    expect(findEntities(graph, 'smith').map((h) => h.key)).toEqual(['person:jane-smith', 'person:john-smith']);
  });
  it('finds nothing for nonsense', () => expect(table(run('find zzzzzz')).rows).toEqual([]));
});

describe('show, roles, accusations, recalls', () => {
  it('show gives the entity and its relations grouped by predicate, in and out', () => {
    const r = run('show Vladimir Putin');
    expect(table(r, 'Vladimir Putin').rows).toContainEqual(['aliases', ['Putin', 'Mr Putin', 'the Russian President']]);
    expect(r.tables.map((t) => t.title)).toEqual(['Vladimir Putin', 'accused_of', 'holds_role', 'offered_talks']);
    expect(column(r, 'subject', 'holds_role')).toEqual(['Vladimir Putin', 'Dmitry Peskov']);
    expect(column(r, 'details', 'accused_of')).toEqual(['by: Joe Biden']);
  });

  it('show marks negated relations', () => {
    const r = run('show biden');
    expect(column(r, 'relation', 'accused_of')).toEqual(['NOT accused of']);
    expect(column(run('show norway'), 'relation', 'recalled_ambassador')).toEqual(['NOT recalled ambassador from']);
  });

  it.each([
    ['roles', 6],
    ['roles russia', 2],
    ['roles putin', 2],
    ['roles "Jane Smith"', 1],
  ])('%s has %i rows', (q, n) => expect(table(run(q)).rows).toHaveLength(n));

  it('roles shows role, target and former', () => {
    const r = run('roles alvarez');
    expect(table(r).rows[0]!.slice(0, 4)).toEqual(['José Álvarez', 'foreign minister', 'Spain', true]);
    expect(column(r, 'negated')).toEqual([false]);
  });

  it.each([
    ['accusations', ['Joe Biden', 'Russia', 'Vladimir Putin']],
    ['accusations of putin', ['Vladimir Putin']],
    ['accusations putin', ['Vladimir Putin']],
    ['accusations by biden', ['Vladimir Putin']],
    ['accusations by "United States"', ['Russia']],
    ['accusations of russia by biden', []],
  ])('%s → accused %j', (q, accused) => expect(column(run(q), 'accused')).toEqual(accused));

  it('accusations list the accusers and negation', () => {
    const r = run('accusations');
    const negated = table(r).columns.indexOf('negated');
    expect(table(r).rows.map((row) => [...row.slice(0, 3), row[negated]])).toEqual([
      ['Joe Biden', 'killer', [], true],
      ['Russia', 'election interference', ['United States'], false],
      ['Vladimir Putin', 'killer', ['Joe Biden'], false],
    ]);
  });

  it.each([
    [
      'recalls',
      [
        ['Norway', 'Russia', null, true],
        ['Russia', 'United States', 'Anatoly Antonov', false],
      ],
    ],
    ['recalls norway', [['Norway', 'Russia', null, true]]],
    ['recalls spain', []],
  ])('%s', (q, rows) => {
    const t = table(run(q));
    expect(t.rows.map((r) => [...r.slice(0, 3), r[t.columns.indexOf('negated')]])).toEqual(rows);
  });
});

describe('neighbors and path', () => {
  it.each([
    ['neighbors russia', 5],
    ['neighbors russia --depth 2', 9],
    ['neighbors russia --predicate holds_role', 2],
    ['neighbors russia --predicate holds-role --depth 3', 3],
    ['neighbors russia --depth 2 --limit 3', 3],
    ['neighbors killer', 2],
  ])('%s has %i rows', (q, n) => expect(table(run(q)).rows).toHaveLength(n));

  it('neighbors says how each was reached', () => {
    const r = run('neighbors peskov --depth 2');
    expect(table(r).rows.map((row) => row.slice(0, 5))).toContainEqual([2, 'Russia', 'Country', ['president of →'], 'Vladimir Putin']);
    expect(table(r).rows.map((row) => row.slice(0, 5))).toContainEqual([1, 'Vladimir Putin', 'Person', ['spokesperson of →'], 'Dmitry Peskov']);
  });

  it.each([
    ['path peskov "Jane Smith"', 4],
    ['path Dmitry Peskov Jane Smith', 4],
    ['path biden killer', 1],
    ['path biden killer --predicate accused_of', 1],
    ['path peskov russia --predicate holds_role', 2],
  ])('%s takes %i steps', (q, steps) => {
    const r = run(q);
    expect(table(r).rows).toHaveLength(steps);
    const [from, to] = [column(r, 'from'), column(r, 'to')];
    for (let i = 1; i < steps; i++) expect(from[i]).toBe(to[i - 1]);
  });

  it('path with --predicate only follows that predicate', () => {
    expect(run('path biden putin --predicate holds_role').text).toEqual(['no path between Joe Biden and Vladimir Putin']);
  });

  it('path shows each edge with its direction and predicate', () => {
    const r = run('path killer russia');
    expect(table(r).rows.map((row) => row.slice(1, 5))).toEqual([
      ['killer', '← accused of', 'Vladimir Putin', 'accused_of'],
      ['Vladimir Putin', 'president of →', 'Russia', 'holds_role'],
    ]);
  });

  it('path between unconnected entities says so', () => {
    const r = run('path "John Smith" spain');
    expect(r.tables).toEqual([]);
    expect(r.text).toEqual(['no path between John Smith and Spain']);
  });
});

describe('why', () => {
  it('gives the evidence of A PREDICATE B with document and offsets', () => {
    const r = run('why putin accused_of killer');
    expect(column(r, 'rule', 'edges')).toEqual(['test.accused_of']);
    const evidence = r.tables[1]!;
    expect(evidence.columns).toEqual(['doc', 'source', 'date', 'event', 'start', 'end', 'text']);
    expect(evidence.rows[0]![0]).toBe('000_e3404a2dcdf563c6.txt');
    expect(evidence.rows[0]![6]).toBe('Biden said he thought Putin was a killer.');
    expect((evidence.rows[0]![5] as number) - (evidence.rows[0]![4] as number)).toBe('Biden said he thought Putin was a killer.'.length);
  });

  it.each([
    ['why person:vladimir-putin|holds_role|country:russia', 'person:vladimir-putin|holds_role|country:russia'],
    ['why Vladimir Putin holds_role Russia', 'person:vladimir-putin|holds_role|country:russia'],
    ['why norway recalled_ambassador russia', 'country:norway|recalled_ambassador|country:russia'],
    ['why biden offered_talks putin', 'person:vladimir-putin|offered_talks|person:joe-biden'],
    ['why Vladimir Putin accused of killer', 'person:vladimir-putin|accused_of|charge:killer'],
    ['why russia recalled ambassador "United States"', 'country:russia|recalled_ambassador|country:united-states'],
  ])('%s', (q, edge) => expect(column(run(q), 'edge', 'edges')).toEqual([edge]));

  it('why marks a negated relation', () => expect(column(run('why biden accused_of killer'), 'negated', 'edges')).toEqual([true]));

  it.each([
    ['why putin sanctioned russia', /no sanctioned relation between Vladimir Putin and Russia \(they are joined by: holds_role\)/],
    ['why putin killer', /why needs A PREDICATE B/],
    ['why no-such-edge', /no edge with key "no-such-edge"/],
  ])('%s fails clearly', (q, message) => expect(() => run(q)).toThrow(message));
});

describe('stats and help', () => {
  it('counts by type and predicate, lists documents', () => {
    const r = run('stats');
    expect(table(r, 'graph').rows).toEqual([[16, 15, 2, 1]]);
    expect(table(r, 'entities by type').rows[0]).toEqual(['Person', 7]);
    expect(table(r, 'relations by predicate').rows).toContainEqual(['accused_of', 3, 1]);
    expect(column(r, 'id', 'documents')).toEqual(['000_e3404a2dcdf563c6.txt', '004_79d0d36076e4f9ea.txt']);
  });
  it('help lists every command; help COMMAND gives its usage', () => {
    expect(run('help').text.join('\n')).toMatch(/neighbors.*\n.*path/s);
    expect(run('help why').text[0]).toBe('why A PREDICATE B | why EDGE-KEY');
  });
});

describe('bad input: one clear line', () => {
  it.each([
    ['shw putin', /unknown command "shw": did you mean show\?/],
    ['show', /show needs an entity/],
    ['show Putn', /no entity named "Putn": did you mean "Vladimir Putin"\?/],
    ['neighbors putin --depth 9', /--depth must be a whole number from 1 to 4/],
    ['neighbors putin --predicate hold_role', /unknown predicate "hold_role": did you mean holds_role\?/],
    ['find putin --depth 2', /find takes no --depth/],
    ['path putin', /path needs two entities/],
    ['load x.json', /load is a shell command/],
  ])('%s', (q, message) => {
    expect(() => run(q)).toThrow(QueryError);
    expect(() => run(q)).toThrow(message);
  });
});

describe('MATCH', () => {
  it.each([
    [
      'MATCH (a:Person)-[r:holds_role]->(c:Country) WHERE c.label = "Russia" RETURN a.label, r.role',
      [
        ['Vladimir Putin', 'president'],
        ['Anatoly Antonov', 'ambassador'],
      ],
    ],
    ['match (a:Person)-[r:holds_role]->(c:Country {label: "Russia"}) return a.label ORDER BY a.label', [['Anatoly Antonov'], ['Vladimir Putin']]],
    ['MATCH (c:Country)<-[:holds_role]-(a) WHERE c.key = "country:spain" RETURN a.label, c.label', [['José Álvarez', 'Spain']]],
    [
      'MATCH (a)-[r:accused_of]->(c:Charge) WHERE NOT r.negated RETURN a.label, c.label ORDER BY a.label',
      [
        ['Russia', 'election interference'],
        ['Vladimir Putin', 'killer'],
      ],
    ],
    ['MATCH (a)-[r:accused_of]->(c) WHERE r.negated RETURN a.label', [['Joe Biden']]],
    [
      'MATCH (a:Person)-[r:holds_role]->(c) RETURN c.label, count(*) AS n ORDER BY n DESC, c.label LIMIT 2',
      [
        ['Russia', 2],
        ['United States', 2],
      ],
    ],
    ['MATCH (a:Person)-[r:holds_role]->(c) RETURN count(*)', [[6]]],
    ['MATCH(a:Person)-[r:holds_role]->(c)RETURN count(*)', [[6]]],
    ['MATCH (a:Person)-[r:holds_role]->(c) RETURN c.label AS country, count(*) AS n ORDER BY count(*) DESC, country LIMIT 1', [['Russia', 2]]],
    ['MATCH (a:Person)-[r:sanctioned]->(c) RETURN count(*)', [[0]]],
    ['MATCH (a:Person)-[r:holds_role]->(c) RETURN DISTINCT r.role ORDER BY r.role', [['ambassador'], ['foreign minister'], ['president'], ['spokesperson']]],
    ['MATCH (a:Person)-[r:holds_role]->(c) WHERE r.role CONTAINS "minister" OR r.former RETURN a.label', [['José Álvarez']]],
    ['MATCH (a:Person) WHERE a.label =~ "(?i)j.*" RETURN a.label ORDER BY a.label', [['Jane Smith'], ['Joe Biden'], ['John Smith'], ['José Álvarez']]],
    ['MATCH (a:Person) WHERE a.label =~ "J.*Smith" AND a.mentions > 1 RETURN a.label', [['Jane Smith']]],
    ['MATCH (a:Person) WHERE a.label STARTS WITH "Vlad" RETURN a.key, labels(a)', [['person:vladimir-putin', ['Person']]]],
    ['MATCH (a) WHERE "Oslo" IN a.aliases RETURN a.name', [['Norway']]],
    [
      'MATCH (a:Person)-[r]->(b) WHERE a.label = "Vladimir Putin" RETURN type(r), b.label ORDER BY type(r)',
      [
        ['accused_of', 'killer'],
        ['holds_role', 'Russia'],
        ['offered_talks', 'Joe Biden'],
      ],
    ],
    // two hops: who speaks for the president of Russia
    [
      'MATCH (s:Person)-[:holds_role {role: "spokesperson"}]->(p:Person)-[:holds_role]->(c:Country) RETURN s.label, p.label, c.label',
      [['Dmitry Peskov', 'Vladimir Putin', 'Russia']],
    ],
    // either direction; the same edge is not used twice in one match
    [
      'MATCH (a {key: "country:russia"})-[r]-(b)-[r2:holds_role]-(c) RETURN DISTINCT c.label ORDER BY c.label',
      [['Dmitry Peskov'], ['Jane Smith'], ['Joe Biden']],
    ],
    [
      'MATCH (a:Country)-[r:recalled_ambassador]->(b) RETURN a.label, r.ambassador, r.docs, size(r.evidence) ORDER BY a.label SKIP 1',
      [['Russia', { key: 'person:anatoly-antonov', label: 'Anatoly Antonov' }, ['004_79d0d36076e4f9ea.txt'], 1]],
    ],
    // property names after '.' and in maps are never keywords; node keys they hold come back as node references
    [
      'MATCH (a)-[r:accused_of]->(c) WHERE NOT r.negated RETURN a.label, r.by ORDER BY a.label',
      [
        ['Russia', [{ key: 'country:united-states', label: 'United States' }]],
        ['Vladimir Putin', [{ key: 'person:joe-biden', label: 'Joe Biden' }]],
      ],
    ],
    [
      'MATCH (a)-[r:accused_of]->(c) WHERE NOT r.negated RETURN a.label, r.`by` ORDER BY a.label LIMIT 1',
      [['Russia', [{ key: 'country:united-states', label: 'United States' }]]],
    ],
    ['MATCH (a)-[r:accused_of {by: ["person:joe-biden"]}]->(c) RETURN a.label', [['Vladimir Putin']]],
    ['MATCH (a)-[r:accused_of]->(c) WHERE "person:joe-biden" IN r.by RETURN a.label, size(r.by)', [['Vladimir Putin', 1]]],
    ['MATCH (a)-[r:accused_of]->(c) WHERE size(r.by) > 0 RETURN collect(r.by) AS accusers', [[['Joe Biden', 'United States']]]],
    [
      'MATCH (a)-[r:recalled_ambassador]->(b) RETURN a.label, r.ambassador ORDER BY r.ambassador',
      [
        ['Russia', { key: 'person:anatoly-antonov', label: 'Anatoly Antonov' }],
        ['Norway', null],
      ],
    ],
    [
      'MATCH (a)-[r:holds_role]->(b) WHERE r.posted_to IS NOT NULL RETURN a.label, r.posted_to',
      [['Anatoly Antonov', { key: 'country:united-states', label: 'United States' }]],
    ],
    [
      'MATCH (a)-[r:holds_role]->(b) RETURN collect(DISTINCT r.role) AS roles, count(DISTINCT b) AS places',
      [[['president', 'spokesperson', 'ambassador', 'foreign minister'], 4]],
    ],
    ['MATCH (a:Person)-[r:holds_role]->(c) RETURN a LIMIT 1', [['Vladimir Putin']]],
    ['MATCH (x:Person)-[:travels_to]->(y:Location) RETURN x.label, y.type, toUpper(y.label)', [['John Smith', 'Location', 'GEORGIA']]],
    ['MATCH (a:Person) WHERE a.label = "Nobody" RETURN a.label', []],
  ])('%s', (q, rows) => {
    const r = run(q);
    expect(r.command).toBe('match');
    expect(table(r).rows).toEqual(rows);
  });

  it('names columns by the expression as written or by AS', () => {
    expect(table(run('MATCH (a:Person)-[r:holds_role]->(c) RETURN a.label, r.role AS role, count(*)')).columns).toEqual(['a.label', 'role', 'count(*)']);
  });

  it.each([
    ['MATCH (a:Person-[r]->(c) RETURN a', 16, "'{' or ')'"],
    ['MATCH (a)-[r:holds_role]->(c) RETRUN a', 31, "a relationship '-[…]-', WHERE or RETURN"],
    ['MATCH (a)-[r:holds_role]-> RETURN a', 28, "a node pattern '('"],
    ['MATCH (a) WHERE a.label = RETURN a', 27, 'a variable, a value or a function call'],
    ['MATCH (a) RETURN a LIMIT x', 26, 'a number of rows'],
    ['MATCH (a) RETURN a.label "x"', 26, "',', AS, ORDER BY, SKIP, LIMIT or the end of the query"],
    ['MATCH (a) WHERE a.label = "x RETURN a', 27, 'a closing "'],
    ['MATCH (a)-[r*2]->(b) RETURN a', 13, "']' (variable-length relationships are not supported"],
    ['MATCH (a)-->(b)-->(c)-->(d) RETURN a', 22, 'WHERE or RETURN (patterns have at most 2 relationships)'],
  ])('%s: column %i, expected %s', (q, column, expected) => {
    try {
      run(q);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(QuerySyntaxError);
      expect((e as QuerySyntaxError).column).toBe(column);
      expect((e as QuerySyntaxError).expected).toContain(expected);
      expect((e as Error).message).toMatch(new RegExp(`^syntax error at column ${column}: expected `));
    }
  });

  it.each([
    ['MATCH (a:Persn) RETURN a', /unknown node label Persn at column 7: did you mean Person\?/],
    ['MATCH (a)-[r:hold_role]->(b) RETURN a', /unknown relationship type hold_role at column 10: did you mean holds_role\?/],
    ['MATCH (a) RETURN b.label', /unknown variable b at column 18/],
    ['MATCH (a) WHERE count(*) > 1 RETURN a', /count\(\) at column 17 is only allowed as a RETURN item/],
    ['MATCH (a) RETURN nope(a)', /unknown function nope\(\)/],
    ['MATCH (a) RETURN a.label, a.label', /names the column "a.label" twice/],
    ['MATCH (a) WHERE a.label =~ "(" RETURN a', /not a valid regular expression/],
    ['MATCH (a)-[r]->(b) RETURN a.label, count(*) ORDER BY b.label', /order by a returned column/],
  ])('%s', (q, message) => expect(() => run(q)).toThrow(message));
});

describe('completion', () => {
  it.each([
    ['sh', [['show '], 'sh']],
    ['show vlad', [['Vladimir Putin'], 'vlad']],
    ['show jose', [['José Álvarez'], 'jose']],
    ['path Joe Biden Vla', [['Vladimir Putin'], 'Vla']],
    ['show "Jane', [['"Jane Smith'], '"Jane']],
    ['why putin accused', [['accused_of'], 'accused']],
    ['neighbors putin --pre', [['--predicate'], '--pre']],
    ['neighbors putin --predicate rec', [['recalled_ambassador'], 'rec']],
    ['match (a:Pers', [['(a:Person'], '(a:Pers']],
    ['match (a)-[r:holds', [['(a)-[r:holds_role'], '(a)-[r:holds']],
    ['help ne', [['neighbors'], 'ne']],
    ['roles alv', [['José Álvarez'], 'alv']],
    ['show kreml', [['Russia'], 'kreml']],
    ['show smi', [['smi', 'Jane Smith', 'John Smith'], 'smi']],
    ['show zzz', [[], 'zzz']],
  ])('%s', (line, expected) => expect(complete(graph, line)).toEqual(expected));
});
