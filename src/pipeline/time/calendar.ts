// Days on the calendar as ISO 8601 strings, with UTC arithmetic only: a date here is a day as the text names
// it, never an instant, so no time zone (and no clock) is ever involved and the same input gives the same
// dates on every machine.
//
// A time value is one of (ISO 8601, at the precision the words give):
//   "2024-03-14"              a day
//   "2024-03"                 a month
//   "1994"                    a year
//   "2024-03-04/2024-03-10"   a span of days (a week: "last week")
// `periodOf` turns any of them into its first and last day; their string order is the order of their first
// days (a shorter value first on a tie: "1994" before "1994-01-01").

export type Day = string; // YYYY-MM-DD

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const SPAN = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The day of a UTC timestamp (milliseconds). */
export const dayOfTime = (ms: number): Day => {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** The day a year, month (1–12) and day of the month name, or undefined when no such day exists (31 April). */
export function makeDay(year: number, month: number, day: number): Day | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const timeOf = (day: Day) => {
  const m = DAY.exec(day)!;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
};

export const isDay = (value: string): boolean => {
  const m = DAY.exec(value);
  return !!m && makeDay(+m[1]!, +m[2]!, +m[3]!) === value;
};

export const addDays = (day: Day, n: number): Day => dayOfTime(timeOf(day) + n * 86_400_000);

/** Days from a to b (b − a). */
export const daysBetween = (a: Day, b: Day): number => Math.round((timeOf(b) - timeOf(a)) / 86_400_000);

/** 0 = Monday … 6 = Sunday (ISO 8601). */
export const weekdayOf = (day: Day): number => (new Date(timeOf(day)).getUTCDay() + 6) % 7;

export const yearOf = (day: Day): number => +day.slice(0, 4);
export const monthOf = (day: Day): number => +day.slice(5, 7);

export const monthValue = (year: number, month: number): string => {
  // months counted past December or before January roll the year
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${pad(y, 4)}-${pad(m)}`;
};

/** The Monday-to-Sunday week a day lies in, `weeks` weeks later (negative: earlier), as a span. */
export function weekOf(day: Day, weeks = 0): string {
  const monday = addDays(day, -weekdayOf(day) + weeks * 7);
  return `${monday}/${addDays(monday, 6)}`;
}

/** Whether a string is a time value of one of the four forms above. */
export function isTimeValue(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (YEAR.test(value)) return true;
  const month = MONTH.exec(value);
  if (month) return +month[2]! >= 1 && +month[2]! <= 12;
  if (isDay(value)) return true;
  const span = SPAN.exec(value);
  return !!span && isDay(span[1]!) && isDay(span[2]!) && span[1]! <= span[2]!;
}

/** First and last day of a time value; undefined for anything else. */
export function periodOf(value: string): [Day, Day] | undefined {
  if (!isTimeValue(value)) return undefined;
  if (YEAR.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  const month = MONTH.exec(value);
  if (month) return [`${value}-01`, `${value}-${pad(daysInMonth(+month[1]!, +month[2]!))}`];
  const span = SPAN.exec(value);
  if (span) return [span[1]!, span[2]!];
  return [value, value];
}

/** The precision of a time value, for people and for formats that type dates (RDF, GEXF). */
export function precisionOf(value: string): 'day' | 'span' | 'month' | 'year' | undefined {
  if (!isTimeValue(value)) return undefined;
  return YEAR.test(value) ? 'year' : MONTH.test(value) ? 'month' : SPAN.test(value) ? 'span' : 'day';
}

/** Order of time values: by first day, then the shorter value (the coarser period) first. */
export const compareTimeValues = (a: string, b: string): number => {
  const [pa, pb] = [periodOf(a)?.[0] ?? a, periodOf(b)?.[0] ?? b];
  return pa < pb ? -1 : pa > pb ? 1 : a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
};

/** Whether a time value's period meets the range [since, until] (either end open when undefined). */
export function overlaps(value: string, since?: Day, until?: Day): boolean {
  const p = periodOf(value);
  if (!p) return false;
  return (since === undefined || p[1] >= since) && (until === undefined || p[0] <= until);
}
