import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/pipeline/text/analyze.js';
import { analyzeSyntax } from '../../src/pipeline/syntax/index.js';
import { addDays, compareTimeValues, overlaps, periodOf, weekdayOf, weekOf } from '../../src/pipeline/time/calendar.js';
import { dateRelations, documentDating, findTimeMentions, parsePublicationDate, PUBLICATION_DATE_FORMS, TIME_RULES } from '../../src/pipeline/time/index.js';
import type { Relation } from '../../src/pipeline/types.js';

describe('calendar', () => {
  it('does day arithmetic in UTC, across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(weekdayOf('2024-03-14')).toBe(3); // a Thursday
    expect(weekOf('2024-03-14', -1)).toBe('2024-03-04/2024-03-10');
  });

  it.each([
    ['1994', ['1994-01-01', '1994-12-31']],
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['2024-03-14', ['2024-03-14', '2024-03-14']],
    ['2024-03-04/2024-03-10', ['2024-03-04', '2024-03-10']],
    ['2024-13', undefined],
    ['2024-02-30', undefined],
    ['last week', undefined],
  ])('period of %s', (value, period) => expect(periodOf(value)).toEqual(period));

  it('orders values by their first day, the coarser first on a tie', () => {
    expect(['2024-03-14', '1994', '2024-03', '1994-01-01', '2024-03-04/2024-03-10'].sort(compareTimeValues)).toEqual([
      '1994',
      '1994-01-01',
      '2024-03',
      '2024-03-04/2024-03-10',
      '2024-03-14',
    ]);
  });

  it('tells whether a value meets a range', () => {
    expect(overlaps('1994', '1994-06-01', '1994-06-30')).toBe(true);
    expect(overlaps('2024-03-14', '2024-03-15')).toBe(false);
    expect(overlaps('2024-03-14', undefined, '2024-03-14')).toBe(true);
  });
});

describe('publication dates', () => {
  it.each(PUBLICATION_DATE_FORMS.map((f) => [f.id, ...f.example]))('%s: %s → %s', (id, written, day) => {
    expect(parsePublicationDate(written)).toEqual({ ok: true, date: day, ruleId: id });
  });

  it.each([
    ['2024-03-14T23:30:00-05:00', '2024-03-14'], // the day where it was published, not UTC's
    ['Thursday, March 14, 2024 9:30 AM', '2024-03-14'],
    ['14th March 2024', '2024-03-14'],
    [1710408600, '2024-03-14'],
  ])('%s → %s', (written, day) => expect(parsePublicationDate(written)).toMatchObject({ ok: true, date: day }));

  it.each([['03/04/2024'], ['next Tuesday'], ['2024-02-30'], [''], [null], [['2024-03-14']]])('refuses %j with a reason', (written) => {
    const parsed = parsePublicationDate(written);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.length).toBeGreaterThan(10);
  });
});

describe('time expressions (TIME_RULES)', () => {
  const examples = TIME_RULES.flatMap((rule) => rule.examples.map(([sentence, date, value]) => [rule.id, sentence, date ?? null, value ?? null] as const));

  it.each(examples)('%s: "%s" (document of %s) → %s', (id, sentence, date, value) => {
    const found = findTimeMentions(sentence, date ?? undefined).filter((m) => m.ruleId === id);
    // an example's value is what its rule's last expression in the sentence resolves to
    expect(found.at(-1)?.value ?? null).toBe(value);
  });

  it('every rule has an id of its own and examples that date something', () => {
    expect(new Set(TIME_RULES.map((r) => r.id)).size).toBe(TIME_RULES.length);
    for (const rule of TIME_RULES) expect(rule.examples.some(([, , value]) => value !== undefined)).toBe(true);
  });

  // a table of sentences written for the tests, each with a document date and the expressions expected
  it.each([
    ['Norway recalled its ambassador to Iran on Thursday, the ministry said.', '2024-03-15', [['on Thursday', '2024-03-14', 'at']]],
    ['The decision followed the arrest of a Norwegian citizen in Tehran last week.', '2024-03-14', [['last week', '2024-03-04/2024-03-10', 'at']]],
    ['Kenya has had no ambassador in Somalia since 2019.', '2024-03-14', [['since 2019', '2019', 'since']]],
    ['He was ambassador until last month.', '2024-03-14', [['until last month', '2024-02', 'until']]],
    [
      'On Monday, Iran summoned the envoy; a day later Norway recalled its own.',
      '2024-03-15',
      [
        ['On Monday', '2024-03-11', 'at'],
        ['a day later', '2024-03-12', 'at'],
      ],
    ],
    [
      'The talks, first held in May 2019, will resume on Tuesday.',
      '2024-03-15',
      [
        ['in May 2019', '2019-05', 'at'],
        ['on Tuesday', '2024-03-19', 'at'],
      ],
    ],
    ['Russia annexed Crimea from Ukraine in 2014.', undefined, [['in 2014', '2014', 'at']]],
    [
      'MINSK 1996-08-30 A senior politician accused President Lukashenko on Friday.',
      '1996-08-30',
      [
        ['1996-08-30', '1996-08-30', 'at'],
        ['on Friday', '1996-08-30', 'at'],
      ],
    ],
    [
      'The two sides met on Dec. 28 and again on Jan. 3.',
      '2024-01-05',
      [
        ['on Dec. 28', '2023-12-28', 'at'],
        ['on Jan. 3', '2024-01-03', 'at'],
      ],
    ],
    [
      'Yesterday the embassy closed; today it reopened.',
      '2024-03-01',
      [
        ['Yesterday', '2024-02-29', 'at'],
        ['today', '2024-03-01', 'at'],
      ],
    ],
    ['Theresa May met Emmanuel Macron in Paris.', '2019-03-01', []],
    ['The deal covers 2014 to 2019 and 300 jets.', '2024-03-01', [['to 2019', '2019', 'to']]],
  ] as const)('"%s" (of %s)', (sentence, date, expected) => {
    expect(findTimeMentions(sentence, date).map((m) => [m.text, m.value, m.relation])).toEqual(expected);
  });

  it('gives offsets into the text, shifted by the offset given', () => {
    const [m] = findTimeMentions('Iran acted on Friday.', '2024-03-15', 100);
    expect(m).toMatchObject({ start: 111, end: 120, text: 'on Friday' });
  });
});

describe('documentDating', () => {
  it.each([
    ['MINSK 1996-08-30\nA senior politician spoke.', {}, { date: '1996-08-30', place: 'Minsk' }],
    ['STOCKHOLM (Reuters) - Saudi Arabia has recalled its ambassador.', {}, { source: 'Reuters', place: 'Stockholm' }],
    ['WASHINGTON, March 17 (Reuters) - The envoy left.', {}, { source: 'Reuters', place: 'Washington' }],
    ['PARIS (AP) — The minister resigned on Monday.', { date: '2024-03-14', source: 'Le Monde' }, { date: '2024-03-14', source: 'Le Monde', place: 'Paris' }],
    ['Norway recalled its envoy.', { date: '2024-03-14' }, { date: '2024-03-14' }],
  ])('%s', (text, meta, expected) => expect(documentDating({ text, ...meta })).toEqual(expected));
});

describe('dateRelations', () => {
  const relationIn = (text: string, date: string | undefined, trigger: string, predicate: Relation['predicate'] = 'recalled_ambassador', parse = true) => {
    const doc = { id: 'd', path: 'd', title: 't', text, sha256: 'x' };
    const a = analyzeDocument(doc);
    const syntax = parse ? analyzeSyntax(a.tokens, a.sentences) : undefined;
    const at = text.indexOf(trigger);
    const s = a.sentences.find((x) => x.start <= at && at < x.end)!;
    const r: Relation = {
      predicate,
      source: 'country:norway',
      target: 'country:iran',
      ruleId: 'test',
      confidence: 0.9,
      attributes: predicate === 'holds_role' ? { role: 'ambassador' } : {},
      evidence: { doc: 'd', start: s.start, end: s.end, text: text.slice(s.start, s.end), trigger: [at, at + trigger.length] },
    };
    return dateRelations([r], [{ id: 'd', text, ...(date ? { date } : {}), sentences: a.sentences, ...(syntax ? { syntax } : {}) }])[0]!;
  };

  it("gives the evidence its document date and the event date of the trigger's clause", () => {
    const r = relationIn('Norway recalled its ambassador to Iran on Thursday, the ministry said.', '2024-03-15', 'recalled');
    expect(r.evidence).toMatchObject({ date: '2024-03-15', eventDate: '2024-03-14', eventText: 'on Thursday', eventRule: 'time.weekday' });
  });

  it('takes a date of the verb of saying that reports the event', () => {
    const r = relationIn('Saudi Arabia has recalled its ambassador to Sweden, officials in both countries said on Wednesday.', '2015-03-12', 'recalled');
    expect(r.evidence.eventDate).toBe('2015-03-11');
  });

  it('leaves a date of another clause to that clause', () => {
    const r = relationIn('Norway, which expelled two diplomats last week, recalled its ambassador to Iran.', '2024-03-15', 'recalled');
    expect(r.evidence.date).toBe('2024-03-15');
    expect(r.evidence.eventDate).toBeUndefined();
    const e = relationIn('Norway, which expelled two diplomats last week, recalled its ambassador to Iran.', '2024-03-15', 'expelled', 'expelled_diplomats');
    expect(e.evidence.eventDate).toBe('2024-03-04/2024-03-10');
  });

  it('without a tree, takes the first expression after the trigger', () => {
    const r = relationIn(
      'Iran summoned the envoy on Monday and Norway recalled its ambassador on Thursday.',
      '2024-03-15',
      'recalled',
      'recalled_ambassador',
      false,
    );
    expect(r.evidence.eventText).toBe('on Thursday');
  });

  it('gives roles from and until, and no event date', () => {
    const r = relationIn('Kari Berg, ambassador to Iran since 2019, was recalled.', '2024-03-15', 'ambassador', 'holds_role');
    expect(r.attributes).toMatchObject({ role: 'ambassador', from: '2019' });
    expect(r.evidence.eventDate).toBeUndefined();
    const u = relationIn('Kari Berg was ambassador to Iran until last month.', '2024-03-15', 'ambassador', 'holds_role');
    expect(u.attributes.until).toBe('2024-02');
  });

  it('dates nothing relative without a document date, but absolute dates still', () => {
    expect(relationIn('Norway recalled its ambassador on Thursday.', undefined, 'recalled').evidence).not.toHaveProperty('eventDate');
    expect(relationIn('Norway recalled its ambassador on March 3, 2021.', undefined, 'recalled').evidence.eventDate).toBe('2021-03-03');
  });
});
