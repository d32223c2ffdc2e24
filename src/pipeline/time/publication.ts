// A document's publication date, from whatever a feed, a page or front matter writes: ISO 8601 dates and
// date-times, RSS's RFC 2822 dates, dates written out in English, Unix timestamps. The result is the day as
// its writer wrote it ("2024-03-14T23:30:00-05:00" is the 14th: the day where it was published), never
// converted through the local time zone. Ambiguous forms (03/04/2024) are refused rather than guessed.
import { dayOfTime, makeDay, type Day } from './calendar.js';

export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may', 'may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

const monthNumber = (word: string) => MONTH_NUMBERS.get(word.toLowerCase().replace(/\.$/, ''));

interface DateForm {
  id: string;
  pattern: RegExp;
  day(m: RegExpExecArray): Day | undefined;
  example: [written: string, day: Day];
}

const MONTH_WORD = '([A-Za-z]{3,9}\\.?)';
const WEEKDAY = '(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?';
const TIME_TAIL = '(?:[T\\s,]+\\d{1,2}:\\d{2}.*)?';

/** The forms read, each with an example; tried in order. */
export const PUBLICATION_DATE_FORMS: readonly DateForm[] = [
  {
    id: 'date.iso',
    pattern: /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i,
    day: (m) => makeDay(+m[1]!, +m[2]!, +m[3]!),
    example: ['2024-03-14T09:30:00+01:00', '2024-03-14'],
  },
  {
    id: 'date.iso-compact',
    pattern: /^(\d{4})(\d{2})(\d{2})(?:T\d{4,6}(?:Z|[+-]\d{4})?)?$/,
    day: (m) => makeDay(+m[1]!, +m[2]!, +m[3]!),
    example: ['20240314', '2024-03-14'],
  },
  {
    id: 'date.slashes',
    pattern: /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s.*)?$/,
    day: (m) => makeDay(+m[1]!, +m[2]!, +m[3]!),
    example: ['2024/03/14 09:30', '2024-03-14'],
  },
  {
    id: 'date.day-month-year',
    pattern: new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+(\\d{4})${TIME_TAIL}$`),
    day: (m) => (monthNumber(m[2]!) ? makeDay(+m[3]!, monthNumber(m[2]!)!, +m[1]!) : undefined),
    example: ['Thu, 14 Mar 2024 09:30:00 GMT', '2024-03-14'],
  },
  {
    id: 'date.month-day-year',
    pattern: new RegExp(`^${WEEKDAY}${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME_TAIL}$`),
    day: (m) => (monthNumber(m[1]!) ? makeDay(+m[3]!, monthNumber(m[1]!)!, +m[2]!) : undefined),
    example: ['March 14, 2024', '2024-03-14'],
  },
  {
    id: 'date.unix-seconds',
    pattern: /^(\d{9,10})$/,
    day: (m) => dayOfTime(+m[1]! * 1000),
    example: ['1710408600', '2024-03-14'],
  },
  {
    id: 'date.unix-milliseconds',
    pattern: /^(\d{12,13})$/,
    day: (m) => dayOfTime(+m[1]!),
    example: ['1710408600000', '2024-03-14'],
  },
];

export type DateParse = { ok: true; date: Day; ruleId: string } | { ok: false; error: string };

/** The publication day of a metadata value (a string or a number), or why it cannot be read. */
export function parsePublicationDate(value: unknown): DateParse {
  const written = typeof value === 'number' && Number.isFinite(value) ? String(Math.trunc(value)) : typeof value === 'string' ? value.trim() : undefined;
  if (written === undefined)
    return { ok: false, error: `a date must be text or a number, not ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}` };
  for (const form of PUBLICATION_DATE_FORMS) {
    const m = form.pattern.exec(written);
    if (!m) continue;
    const date = form.day(m);
    if (date) return { ok: true, date, ruleId: form.id };
    return { ok: false, error: `'${written}' is no day of the calendar` };
  }
  return { ok: false, error: `'${clip(written)}' is not a date this reads (write it as 2024-03-14, or 2024-03-14T09:30:00Z)` };
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
