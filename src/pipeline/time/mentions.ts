// The engine that runs TIME_RULES over a text: every match, the longest where they overlap, resolved in text
// order (so that "a day later" counts from the day named before it).
import { precisionOf, type Day } from './calendar.js';
import { expandTimePattern, TIME_RULES, type TimeRule } from './expressions.js';

/** How the words before an expression relate an event to it: "on Thursday" (at), "since 2019", "until May". */
export type TimeRelation = 'at' | 'since' | 'until' | 'from' | 'to' | 'before' | 'after' | 'by';

export interface TimeMention {
  /** character offsets of the expression in the text (with its preposition), end exclusive */
  start: number;
  end: number;
  /** the words that gave the date, as written: "on Thursday", "last week", "since 2019" */
  text: string;
  /** the time value: "2024-03-14", "2024-03", "1994", "2024-03-04/2024-03-10" */
  value: string;
  ruleId: string;
  relation: TimeRelation;
}

const RELATION_OF: Record<string, TimeRelation> = {
  since: 'since',
  until: 'until',
  till: 'until',
  through: 'until',
  from: 'from',
  to: 'to',
  before: 'before',
  after: 'after',
  by: 'by',
};

const compiled: { rule: TimeRule; re: RegExp }[] = TIME_RULES.map((rule) => ({
  rule,
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${expandTimePattern(rule.pattern)})(?![\\p{L}\\p{N}])`, 'gu'),
}));

// a cheap test before the rules run: a text with none of these words has no time expression
const ANY_TIME_WORD =
  /\d|day|week|month|year|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|tonight|tomorrow|night|morning|afternoon|evening|later|earlier|before|previous|ago/i;

// the clause speaks of the future: "will meet on Tuesday", "is due to travel on May 3"
const FUTURE = /\b(?:will|'ll|shall|(?:is|are) (?:due|set|scheduled|expected|planning|going) to|(?:is|are) to|plans? to|intends? to|would like to)\b/i;
const CLAUSE_BOUNDARY = /[.!?;\n][^.!?;\n]*$/;

function isFuture(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 160), start);
  const cut = CLAUSE_BOUNDARY.exec(before);
  const clause = cut ? before.slice(cut.index + 1) : before;
  if (FUTURE.test(clause)) return true;
  // an expression that opens its sentence is read with what follows: "On Tuesday the ministers will meet"
  if (/^[\s"“'‘]*$/.test(clause)) {
    const after = text.slice(end, end + 80);
    const stop = after.search(/[.!?;\n]/);
    return FUTURE.test(stop < 0 ? after : after.slice(0, stop));
  }
  return false;
}

/**
 * Every time expression of a text with its value, resolved against the document's date: in text order, the
 * longest match wherever rules overlap, and only those that resolve (without a document date "on Thursday"
 * names no day). `offset` is added to the offsets (for a text that is a part of a document).
 */
export function findTimeMentions(text: string, documentDate: Day | undefined, offset = 0): TimeMention[] {
  if (!ANY_TIME_WORD.test(text)) return [];
  const found: { start: number; end: number; rule: TimeRule; groups: Record<string, string | undefined> }[] = [];
  for (const { rule, re } of compiled) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      found.push({ start: m.index, end: m.index + m[0].length, rule, groups: { ...m.groups } });
    }
  }
  // the longest match wins where matches overlap; then text order
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: typeof found = [];
  for (const f of found) if (!chosen.some((c) => c.start < f.end && f.start < c.end)) chosen.push(f);
  chosen.sort((a, b) => a.start - b.start);

  const out: TimeMention[] = [];
  let previous: Day | undefined;
  for (const c of chosen) {
    const value = c.rule.resolve(c.groups, { document: documentDate, previous, future: isFuture(text, c.start, c.end) });
    if (!value) continue;
    if (precisionOf(value) === 'day') previous = value;
    const prep = c.groups.prep?.toLowerCase();
    out.push({
      start: offset + c.start,
      end: offset + c.end,
      text: text.slice(c.start, c.end),
      value,
      ruleId: c.rule.id,
      relation: (prep && RELATION_OF[prep]) || 'at',
    });
  }
  return out;
}
