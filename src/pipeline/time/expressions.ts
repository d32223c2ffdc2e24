// Time expressions of news as data: each rule is a pattern over the text with an id, how it resolves against
// the document's date (or against the date the story gave last, for "a day later"), and example sentences
// with a document date and the value they must give (test/pipeline/time.test.ts runs them all).
//
// Values are time values (calendar.ts): a day "2024-03-14", a month "2024-03", a year "1994", or a span of
// days "2024-03-04/2024-03-10". Relative words follow the conventions of news writing: a weekday alone is the
// last such day up to the publication date ("said on Thursday" in Friday's paper is yesterday), unless the
// clause speaks of the future ("will meet on Thursday": the next one); a month and day without a year is the
// nearest such date before (or, in the future tense, after) the publication date.
import { addDays, makeDay, monthOf, monthValue, weekdayOf, weekOf, yearOf, type Day } from './calendar.js';
import { MONTH_NUMBERS } from './publication.js';

/** What a rule resolves against. */
export interface TimeAnchor {
  /** the document's publication day */
  document?: Day;
  /** the last day the story named before this expression ("a day later" counts from it) */
  previous?: Day;
  /** the clause speaks of the future ("will", "is due to") */
  future: boolean;
}

export interface TimeRule {
  id: string;
  /** a regular expression over the text with the macros below; named groups feed `resolve` */
  pattern: string;
  resolve(g: Record<string, string | undefined>, at: TimeAnchor): string | undefined;
  /** [sentence, document date, the value of its expression] (undefined: nothing is dated) */
  examples: [sentence: string, documentDate: Day | undefined, value: string | undefined][];
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** A word that may start a sentence: "last" → "[Ll]ast". */
const cap = (words: string) =>
  words
    .split('|')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');

/** Words before an expression that say how the event relates to it; `at` when none. */
export const PREPOSITIONS = cap('on|in|since|until|till|by|from|to|during|before|after|through|as of|as early as|as late as');

export const MACROS: Record<string, string> = {
  PREP: `(?:(?<prep>${PREPOSITIONS})\\s+)?`,
  PREP1: `(?:(?<prep>${PREPOSITIONS})\\s+)`,
  REL: `(?<mod>${cap('last|this|next|past|coming|earlier this|later this|early|late|mid|the|the same|that')})`,
  WEEKDAY: `(?<weekday>${WEEKDAYS.join('|')})`,
  MONTH: `(?<month>${MONTHS_FULL.join('|')}|(?:${MONTHS_SHORT.join('|')})\\.?)`,
  MONTH_FULL: `(?<month>${MONTHS_FULL.join('|')})`,
  DAY: '(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?',
  YEAR: '(?<year>1[89]\\d\\d|20\\d\\d)',
  NUM: `(?<n>\\d{1,2}|${cap(Object.keys(NUMBER_WORDS).join('|'))})`,
  UNIT: '(?<unit>days?|weeks?|months?|years?)',
};

const month = (g: Record<string, string | undefined>) => MONTH_NUMBERS.get(g.month!.toLowerCase().replace(/\.$/, ''))!;
const number = (g: Record<string, string | undefined>) => NUMBER_WORDS[g.n!.toLowerCase()] ?? +g.n!;
const modOf = (g: Record<string, string | undefined>) => g.mod?.toLowerCase();

/** The weekday nearest the document's date: the last one up to it, or in the future tense the next after it. */
function weekday(g: Record<string, string | undefined>, at: TimeAnchor): Day | undefined {
  if (!at.document) return undefined;
  const wd = WEEKDAYS.indexOf(g.weekday!);
  const today = weekdayOf(at.document);
  const mod = modOf(g);
  const back = (today - wd + 7) % 7;
  const ahead = (wd - today + 7) % 7;
  if (mod === 'last' || mod === 'past') return addDays(at.document, -(back || 7));
  if (mod === 'next' || mod === 'coming') return addDays(at.document, ahead || 7);
  if (mod === 'this') return addDays(at.document, wd - today);
  return at.future ? addDays(at.document, ahead || 7) : addDays(at.document, -back);
}

/** A month and day without a year: the nearest such date before the document's date (after, in the future tense). */
function monthDay(monthNumber: number, day: number, at: TimeAnchor): Day | undefined {
  if (!at.document) return undefined;
  const y = yearOf(at.document);
  const candidates = [y - 1, y, y + 1].map((year) => makeDay(year, monthNumber, day)).filter((d): d is Day => !!d);
  if (at.future) return candidates.find((d) => d >= at.document!);
  // a date a few days after publication is still this year's ("talks on March 17" in a paper of March 14)
  const limit = addDays(at.document, 14);
  return candidates.filter((d) => d <= limit).pop();
}

/** A month without a year: the last one up to the document's month (the next one in the future tense). */
function monthAlone(monthNumber: number, mod: string | undefined, at: TimeAnchor): string | undefined {
  if (!at.document) return undefined;
  const y = yearOf(at.document);
  const m = monthOf(at.document);
  if (mod === 'this' || mod === 'earlier this' || mod === 'later this') return monthValue(y, monthNumber);
  if (mod === 'last' || mod === 'past') return monthValue(monthNumber < m ? y : y - 1, monthNumber);
  if (mod === 'next' || mod === 'coming') return monthValue(monthNumber > m ? y : y + 1, monthNumber);
  if (at.future) return monthValue(monthNumber >= m ? y : y + 1, monthNumber);
  return monthValue(monthNumber <= m ? y : y - 1, monthNumber);
}

const shift = (mod: string | undefined) =>
  mod === 'last' ? -1 : mod === 'next' || mod === 'coming' ? 1 : mod === 'this' || mod === 'earlier this' || mod === 'later this' ? 0 : undefined;

/** Every rule, tried together over the text; where matches overlap the longest wins (see findTimeMentions). */
export const TIME_RULES: readonly TimeRule[] = [
  {
    id: 'time.iso-day',
    pattern: '{PREP}(?<year>\\d{4})-(?<mm>\\d{2})-(?<dd>\\d{2})',
    resolve: (g) => makeDay(+g.year!, +g.mm!, +g.dd!),
    examples: [['BEIJING 1996-08-22 China said on 1996-08-20 it had recalled its envoy.', undefined, '1996-08-20']],
  },
  {
    id: 'time.month-day-year',
    pattern: '{PREP}(?:{WEEKDAY},? )?{MONTH} {DAY},? {YEAR}',
    resolve: (g) => makeDay(+g.year!, month(g), +g.day!),
    examples: [
      ['Norway recalled its ambassador on March 17, 2021.', '2024-01-10', '2021-03-17'],
      ['The treaty was signed on Sept. 3, 1994, in Geneva.', undefined, '1994-09-03'],
    ],
  },
  {
    id: 'time.day-month-year',
    pattern: '{PREP}(?:{WEEKDAY},? )?(?:the )?{DAY} (?:of )?{MONTH},? {YEAR}',
    resolve: (g) => makeDay(+g.year!, month(g), +g.day!),
    examples: [['Iran expelled two diplomats on 4 November 2019.', '2024-01-10', '2019-11-04']],
  },
  {
    id: 'time.month-day',
    pattern: '{PREP}(?:{WEEKDAY},? )?{MONTH} {DAY}(?![\\d:]|,? \\d{4})',
    resolve: (g, at) => monthDay(month(g), +g.day!, at),
    examples: [
      ['Norway recalled its ambassador on March 17.', '2024-03-20', '2024-03-17'],
      ['The envoy was expelled on Dec. 28, officials said.', '2024-01-05', '2023-12-28'],
      ['The ministers will meet on January 3.', '2024-12-28', '2025-01-03'],
      ['Talks are set for March 17.', undefined, undefined],
    ],
  },
  {
    id: 'time.day-month',
    pattern: '{PREP}(?:{WEEKDAY},? )?(?:the )?{DAY} (?:of )?{MONTH}(?!,? \\d{4})',
    resolve: (g, at) => monthDay(month(g), +g.day!, at),
    examples: [['Sweden summoned the envoy on 12 February.', '2024-03-01', '2024-02-12']],
  },
  {
    id: 'time.month-year',
    pattern: '{PREP}(?:{REL} )?{MONTH_FULL},? {YEAR}',
    resolve: (g) => monthValue(+g.year!, month(g)),
    examples: [['Relations broke down in May 2019.', undefined, '2019-05']],
  },
  {
    id: 'time.month',
    pattern: `(?:{PREP1}(?:{REL} )?|(?<mod2>${cap('last|next|early|late|mid')})[ -]){MONTH_FULL}(?! \\d)`,
    resolve: (g, at) => monthAlone(month(g), modOf(g) ?? g.mod2?.toLowerCase(), at),
    examples: [
      ['Kenya recalled its envoy in March.', '2024-05-02', '2024-03'],
      ['Kenya recalled its envoy in November.', '2024-05-02', '2023-11'],
      ['The two presidents will meet in June.', '2024-08-02', '2025-06'],
      ['Prime Minister Theresa May said it was a mistake.', '2019-03-01', undefined],
    ],
  },
  {
    id: 'time.year',
    pattern: `{PREP1}(?:(?:${cap('early|late|mid')})[ -])?{YEAR}(?![\\d/-]| percent|%)`,
    resolve: (g) => g.year,
    examples: [
      ['Russia annexed Crimea in 2014.', undefined, '2014'],
      ['Kenya has not recalled an ambassador since 1994.', '2024-01-01', '1994'],
      ['The company sold 2014 cars.', '2024-01-01', undefined],
    ],
  },
  {
    id: 'time.weekday',
    pattern: "{PREP}(?:{REL} )?{WEEKDAY}(?:'s)?(?: (?:morning|afternoon|evening|night))?",
    resolve: weekday,
    examples: [
      ['Norway recalled its ambassador on Thursday.', '2024-03-15', '2024-03-14'],
      ['Norway said Friday it recalled its ambassador.', '2024-03-15', '2024-03-15'],
      ['Iran summoned the envoy last Friday.', '2024-03-15', '2024-03-08'],
      ['The ministers will meet on Tuesday.', '2024-03-15', '2024-03-19'],
      ['Norway recalled its ambassador on Thursday.', undefined, undefined],
    ],
  },
  {
    id: 'time.today',
    pattern: `{PREP}(?:${cap('today|tonight|this morning|this afternoon|this evening|earlier today')})`,
    resolve: (_g, at) => at.document,
    examples: [['Norway recalled its ambassador today.', '2024-03-15', '2024-03-15']],
  },
  {
    id: 'time.yesterday',
    pattern: `{PREP}(?:${cap('yesterday|last night')})`,
    resolve: (_g, at) => (at.document ? addDays(at.document, -1) : undefined),
    examples: [['Norway recalled its ambassador yesterday.', '2024-03-01', '2024-02-29']],
  },
  {
    id: 'time.tomorrow',
    pattern: `{PREP}(?:${cap('tomorrow')})`,
    resolve: (_g, at) => (at.document ? addDays(at.document, 1) : undefined),
    examples: [['The envoy will leave tomorrow.', '2024-12-31', '2025-01-01']],
  },
  {
    id: 'time.week',
    pattern: `{PREP}(?:{REL}) week`,
    resolve: (g, at) => {
      if (!at.document) return undefined;
      const mod = modOf(g);
      if (mod === 'past') return `${addDays(at.document, -7)}/${at.document}`;
      const n = shift(mod);
      return n === undefined ? undefined : weekOf(at.document, n);
    },
    examples: [
      ['Iran arrested a Norwegian citizen last week.', '2024-03-14', '2024-03-04/2024-03-10'],
      ['The envoy left earlier this week.', '2024-03-14', '2024-03-11/2024-03-17'],
    ],
  },
  {
    id: 'time.month-relative',
    pattern: `{PREP}(?:{REL}) month`,
    resolve: (g, at) => {
      const n = shift(modOf(g));
      return at.document && n !== undefined ? monthValue(yearOf(at.document), monthOf(at.document) + n) : undefined;
    },
    examples: [
      ['Kenya recalled its envoy last month.', '2024-01-10', '2023-12'],
      ['He was ambassador until last month.', '2024-03-10', '2024-02'],
    ],
  },
  {
    id: 'time.year-relative',
    pattern: `{PREP}(?:{REL}) year`,
    resolve: (g, at) => {
      const n = shift(modOf(g));
      return at.document && n !== undefined ? String(yearOf(at.document) + n) : undefined;
    },
    examples: [['Kenya recalled its envoy last year.', '2024-01-10', '2023']],
  },
  {
    id: 'time.ago',
    pattern: '{PREP}{NUM} {UNIT} ago',
    resolve: (g, at) => {
      if (!at.document) return undefined;
      const n = number(g);
      const unit = g.unit!.replace(/s$/, '');
      if (unit === 'day') return addDays(at.document, -n);
      if (unit === 'week') return weekOf(at.document, -n);
      if (unit === 'month') return monthValue(yearOf(at.document), monthOf(at.document) - n);
      return String(yearOf(at.document) - n);
    },
    examples: [
      ['Kenya recalled its envoy two days ago.', '2024-03-01', '2024-02-28'],
      ['Kenya recalled its envoy three years ago.', '2024-03-01', '2021'],
    ],
  },
  {
    id: 'time.later',
    pattern: `{PREP}(?:{NUM} (?<unit>days?|weeks?) (?:later|afterwards)|(?<next>${cap('the next day|the following day|the day after|a day after that')}))`,
    resolve: (g, at) => (at.previous ? addDays(at.previous, g.next ? 1 : number(g) * (g.unit!.startsWith('week') ? 7 : 1)) : undefined),
    examples: [
      ['Iran summoned the envoy on Monday. A day later Norway recalled its ambassador.', '2024-03-15', '2024-03-12'],
      ['Norway recalled its ambassador a day later.', '2024-03-15', undefined],
    ],
  },
  {
    id: 'time.earlier',
    pattern: `{PREP}(?:{NUM} (?<unit>days?|weeks?) (?:earlier|before that)|(?<prev>${cap('the previous day|the day before|the preceding day')}))`,
    resolve: (g, at) => (at.previous ? addDays(at.previous, -(g.prev ? 1 : number(g) * (g.unit!.startsWith('week') ? 7 : 1))) : undefined),
    examples: [['Norway recalled its ambassador on Friday. Two days earlier Iran had expelled a diplomat.', '2024-03-15', '2024-03-13']],
  },
];

/** A rule's pattern with its macros expanded. */
export function expandTimePattern(pattern: string): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => MACROS[name] ?? whole);
}
