// Time in queries: the --since/--until range of the relation commands, and when an edge happened.
// An edge's time is its event date when a sentence dates the event ("on Thursday"), else the span of the
// publication days of its evidence (firstSeen to lastSeen); an edge with neither has no time, and a command
// with a range leaves it out.
import type { EdgeAttributes } from '../graph/schema.js';
import { periodOf } from '../pipeline/time/calendar.js';
import { QueryError } from './errors.js';

export interface TimeRange {
  /** first day of the range (inclusive) */
  since?: string;
  /** last day of the range (inclusive) */
  until?: string;
}

/** A --since/--until value: a day, a month or a year ("2024-03-14", "2024-03", "2024"); since takes its first day, until its last. */
export function rangeBound(flag: 'since' | 'until', value: string): string {
  const period = periodOf(value.trim());
  if (!period || value.includes('/')) throw new QueryError(`--${flag} takes a date such as 2024-03-14, 2024-03 or 2024, got "${value}"`);
  return flag === 'since' ? period[0] : period[1];
}

/** The first and last day of an edge's time, if it has one. */
export function edgePeriod(a: EdgeAttributes): [string, string] | undefined {
  if (a.date) return periodOf(a.date);
  if (a.firstSeen) return [a.firstSeen, a.lastSeen ?? a.firstSeen];
  return undefined;
}

/** Whether an edge's time meets the range; every edge does when there is no range. */
export function inRange(a: EdgeAttributes, range: TimeRange | undefined): boolean {
  if (!range || (range.since === undefined && range.until === undefined)) return true;
  const p = edgePeriod(a);
  return !!p && (range.since === undefined || p[1] >= range.since) && (range.until === undefined || p[0] <= range.until);
}
