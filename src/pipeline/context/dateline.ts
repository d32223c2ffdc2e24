// Datelines: the place a wire story was filed from, in capitals at the start of a line before the story or
// on a line of its own:
//   "OSLO - …", "STOCKHOLM (Reuters) - …", "WASHINGTON, March 17 (Reuters) - …",
//   "RIYADH/DUBAI, Jan 4 (Reuters) - …", "BEIJING 1996-08-22", "NABLUS, West Bank 1996-08-22",
//   "VENTURA, Calif. 1996-08-28"
// Pure functions over the text; where the place lies is decided in place.ts.

export interface DatelinePlace {
  /** the place as written ("LA PAZ") and its character offsets */
  text: string;
  start: number;
  end: number;
}

export interface DatelineParse {
  /** the places before the date, the first one first ("RIYADH/DUBAI" gives two) */
  places: DatelinePlace[];
  /** the region written after a comma ("West Bank", "Calif."), when there is one */
  region?: DatelinePlace;
  /** character offsets of the whole dateline, up to and including its dash when it has one */
  start: number;
  end: number;
  /** what made it a dateline: a date, a news agency in brackets, or only a dash (see parseDatelineLine) */
  marker: 'date' | 'agency' | 'dash';
  /** the date as written ("1996-08-22", "March 17", "Jan 4, 2024"), when it has one */
  date?: DatelinePlace;
  /** the news agency in brackets, without them ("Reuters", "AP"), and where the brackets are */
  agency?: string;
  agencySpan?: [number, number];
}

/** A story's dateline is looked for in its first lines only (headline, byline, dateline). */
export const DATELINE_MAX_LINE = 6;
const DATELINE_MAX_OFFSET = 1200;

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}.'’]*(?:[ -]\\p{Lu}[\\p{Lu}.'’]*){0,3}";
const DATELINE = new RegExp(
  `^(?<places>${CAPS_PLACE}(?:\\s*/\\s*${CAPS_PLACE})*)` +
    `(?:,\\s*(?!${MONTH}\\s+\\d)(?<region>\\p{Lu}[\\p{L}.'’]*(?: \\p{Lu}[\\p{L}.'’]*){0,2}))?` +
    `(?:,?\\s+(?<date>\\d{4}-\\d{2}-\\d{2}|${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?))?` +
    `\\s*(?<agency>\\((?:\\p{Lu}[\\p{L}.&]*)(?: \\p{Lu}[\\p{L}.&]*){0,3}\\))?` +
    `\\s*(?<dash>[-–—](?=\\s))?`,
  'u',
);

/**
 * Reads one line as a dateline. A line that is only a place and a date ("BEIJING 1996-08-22"), or a place and
 * an agency before a dash, is a dateline; a place with a dash alone ("OSLO - …") only when running text
 * follows, since a headline in capitals reads the same ("SOCCER - KNUP BACK IN SQUAD").
 */
export function parseDatelineLine(line: string, offset = 0): DatelineParse | undefined {
  const m = DATELINE.exec(line);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const rest = line.slice(m[0].length).trim();
  let marker: DatelineParse['marker'];
  if (g.date && (rest === '' || (g.dash && startsRunningText(rest)))) marker = 'date';
  else if (g.agency && g.dash && startsRunningText(rest)) marker = 'agency';
  else if (g.dash && !g.region && startsRunningText(rest)) marker = 'dash';
  else return undefined;
  if (!/\p{Lu}{2}/u.test(g.places!)) return undefined;
  const places: DatelinePlace[] = [];
  const placesRe = new RegExp(CAPS_PLACE, 'gu');
  for (const p of g.places!.matchAll(placesRe)) places.push({ text: p[0], start: offset + p.index, end: offset + p.index + p[0].length });
  const region = g.region
    ? (() => {
        const at = m[0].indexOf(g.region, g.places!.length);
        return { text: g.region, start: offset + at, end: offset + at + g.region.length };
      })()
    : undefined;
  const date = g.date
    ? (() => {
        const at = m[0].indexOf(g.date, g.places!.length);
        return { text: g.date, start: offset + at, end: offset + at + g.date.length };
      })()
    : undefined;
  const agency = g.agency?.slice(1, -1).trim();
  const agencyAt = g.agency ? m[0].indexOf(g.agency, g.places!.length) : -1;
  const agencySpan: [number, number] | undefined = agency ? [offset + agencyAt, offset + agencyAt + g.agency!.length] : undefined;
  return {
    places,
    ...(region ? { region } : {}),
    start: offset,
    end: offset + m[0].trimEnd().length,
    marker,
    ...(date ? { date } : {}),
    ...(agency ? { agency, agencySpan } : {}),
  };
}

/** Running text: a capitalised word followed by lower-case words, not a headline in capitals. */
const startsRunningText = (rest: string) =>
  /^["“‘']?[\p{Lu}\d][\p{L}\d'’.,-]*\s+(?:\S+\s+)*?\p{Ll}{2,}/u.test(rest) && !/^[^\p{Ll}]*$/u.test(rest.slice(0, 60));

/** The story's dateline: the first line among the first few that reads as one. */
export function findDateline(text: string): DatelineParse | undefined {
  let offset = 0;
  for (let line = 0; line < DATELINE_MAX_LINE && offset < Math.min(text.length, DATELINE_MAX_OFFSET); line++) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(offset, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) {
      const found = parseDatelineLine(raw.slice(lead), offset + lead);
      if (found) return found;
    } else line--; // blank lines do not count
    if (nl < 0) break;
    offset = nl + 1;
  }
  return undefined;
}
