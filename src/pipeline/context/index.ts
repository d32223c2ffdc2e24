// Context a reader fills in: the place and country a story was filed from (its dateline), the country a
// sentence is about when it does not say ("OSLO - Prime Minister Anna Berg said …": Norway's), and what "the
// government" or "the ministry" stand for. Pure functions of one document's tokens and resolved mentions.
//
// For the relation rules:
//   const ctx = documentContext(analyzed, mentions);
//   ctx.dateline?.country                 country key of the dateline's place
//   ctx.countryForSentence(i)             {country, source, confidence} or undefined: the dateline's country,
//                                         else the only country acting in sentence i, else the story's
//   ctx.countriesForSentence(i)           every candidate, best first
//   ctx.bodyFor(i, 'government')          node key "the government" stands for in sentence i
import { COUNTRY_BODIES, GOVERNMENT_NOUNS, SPEAKS_FOR_GOVERNMENT } from '../../lexicon/organizations.js';
import { countryByKey, countryByName } from '../../lexicon/countries.js';
import { ENVOY_NOUNS } from '../../lexicon/triggers.js';
import type { AnalyzedDocument, Mention } from '../types.js';
import { findDateline, type DatelineParse } from './dateline.js';
import { placeInfo, type PlaceInfo } from './place.js';

export { findDateline, parseDatelineLine, type DatelineParse } from './dateline.js';
export { placeInfo, countryKeyOfCca2, type PlaceInfo } from './place.js';
export { citiesNamed, likeliestCity, seatOfGovernment, type City } from './cities.js';

export interface Dateline {
  /** the first place of the dateline, as the data names it ("La Paz"), and where the text writes it */
  place: string;
  start: number;
  end: number;
  /** country key of that place, when known */
  country?: string;
  /** every place of the dateline ("RIYADH/DUBAI"), with what is known of each */
  places: Array<{ text: string; start: number; end: number; info?: PlaceInfo }>;
  /** offsets of the whole dateline */
  span: [number, number];
  /** the date as written in it ("1996-08-22", "March 17"), and the news agency in its brackets ("Reuters") */
  date?: string;
  agency?: string;
  /** offsets of the agency's brackets: an outlet, not a name of the story */
  agencySpan?: [number, number];
}

export type ContextSource =
  | 'dateline' // the story's dateline
  | 'sentence' // the only country named or acting in the sentence
  | 'story'; // the country the story names most

export interface ContextCountry {
  country: string;
  source: ContextSource;
  /** how far to trust it, for the confidence of what is built on it */
  confidence: number;
}

/** Confidence of a country taken from context, by where it came from (a guess, never a statement). */
export const CONTEXT_CONFIDENCE: Record<ContextSource, number> = { dateline: 0.6, sentence: 0.5, story: 0.4 };

export interface DocumentContext {
  doc: string;
  dateline?: Dateline;
  /** country keys the story names (names, demonyms, capitals acting, bodies), most mentioned first */
  storyCountries: string[];
  /** how many times the story names each of them */
  storyCountryCounts: ReadonlyMap<string, number>;
  /** the country the context gives sentence i: the dateline's, else the one country acting in it, else the story's */
  countryForSentence(sentence: number): ContextCountry | undefined;
  /** every candidate for sentence i, best first */
  countriesForSentence(sentence: number): ContextCountry[];
  /**
   * The country sentence i opens with, when its first mention names or stands for one ("Israel's foreign
   * ministry denounced …", "On Friday the Spanish government said …"): the actor the sentence is about.
   */
  leadCountry(sentence: number): string | undefined;
  /** the first mention of sentence i, whose country leadCountry gives */
  leadMention(sentence: number): Mention | undefined;
  /** whether sentence i opens a paragraph (a line break before it) */
  opensParagraph(sentence: number): boolean;
  /**
   * The node key a bare "the government", "the ministry", "the foreign ministry", "the army" … (as `words`,
   * lower case, without the article) stands for in sentence i: the story's country (its dateline's, else the
   * one it names most) for the government and the authorities; for a body the one of that name the story
   * named last ("the Saudi Foreign Ministry … the ministry"), else, for a ministry, the story's country.
   */
  bodyFor(sentence: number, words: string): string | undefined;
}

export interface ContextOptions {
  /** the country an entity stands for (a person by role, an organisation by its country) */
  countryOf?: (entity: string) => string | undefined;
}

/** Country keys of a mention, if it names or stands for a country. */
function mentionCountry(m: Mention, options: ContextOptions): string | undefined {
  if (m.entity && countryByKey.has(m.entity) && m.type === 'Country') return m.entity;
  if (m.kind === 'demonym' && m.country) return m.country;
  if (m.type === 'Organization' && m.country) return m.country;
  if (m.type === 'Organization') return countryOrganizationIsNamedFor(m.text);
  if (m.entity && options.countryOf) return options.countryOf(m.entity);
  return undefined;
}

/**
 * The country an organisation is named for, when its name opens or ends with the country's name: "Global
 * Affairs Canada", "Bank of Canada", "China Daily", "Air France" stand for or speak from that country.
 */
export function countryOrganizationIsNamedFor(name: string): string | undefined {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const named = countryByName.get(words.slice(-n).join(' ')) ?? countryByName.get(words.slice(0, n).join(' '));
    if (named) return named.key;
  }
  return undefined;
}

/** Reads the dateline of a document; the places' countries are weighed by the countries the story names. */
export function readDateline(text: string, storyCountries: Iterable<string> = []): Dateline | undefined {
  const parse: DatelineParse | undefined = findDateline(text);
  if (!parse) return undefined;
  const region = parse.region ? placeInfo(parse.region.text.replace(/\.$/, ''), storyCountries) : undefined;
  const regionCountry = region?.kind === 'country' || region?.kind === 'us-state' ? region.country : undefined;
  const places = parse.places.map((p) => {
    let info = placeInfo(p.text, regionCountry ? [regionCountry] : storyCountries);
    // "NOVYE ATAGI, Russia": the region vouches for a place the data does not know
    if (regionCountry && info?.country !== regionCountry) info = { name: titleCase(p.text), kind: 'city', country: regionCountry, ruleId: region!.ruleId };
    return { ...p, ...(info ? { info } : {}) };
  });
  const first = places[0]!;
  // a place in capitals before a dash alone is a dateline only if it is a known place ("TENNIS - Sampras wins")
  if (parse.marker === 'dash' && !first.info) return undefined;
  return {
    place: first.info?.name ?? titleCase(first.text),
    start: first.start,
    end: first.end,
    ...(first.info ? { country: first.info.country } : {}),
    places,
    span: [parse.start, parse.end],
    ...(parse.date ? { date: parse.date.text } : {}),
    ...(parse.agency ? { agency: parse.agency, agencySpan: parse.agencySpan! } : {}),
  };
}

/** "LA PAZ" → "La Paz", "NOVYE ATAGI" → "Novye Atagi". */
export const titleCase = (caps: string) => caps.toLowerCase().replace(/(^|[\s\-/'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

export function documentContext(a: AnalyzedDocument, mentions: Mention[], options: ContextOptions = {}): DocumentContext {
  const counts = new Map<string, number>();
  const bySentence = new Map<number, Set<string>>();
  const firstMention = new Map<number, Mention>();
  for (const m of mentions) {
    const first = firstMention.get(m.sentence);
    if (!first || m.start < first.start) firstMention.set(m.sentence, m);
  }
  for (const m of mentions) {
    const c = mentionCountry(m, options);
    if (!c) continue;
    counts.set(c, (counts.get(c) ?? 0) + 1);
    if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, new Set());
    bySentence.get(m.sentence)!.add(c);
  }
  const storyCountries = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([c]) => c);
  const dateline = readDateline(a.doc.text, storyCountries);

  const countriesForSentence = (i: number): ContextCountry[] => {
    const out: ContextCountry[] = [];
    if (dateline?.country) out.push({ country: dateline.country, source: 'dateline', confidence: CONTEXT_CONFIDENCE.dateline });
    const inSentence = bySentence.get(i);
    const only = inSentence?.size === 1 ? [...inSentence][0]! : undefined;
    if (only && only !== dateline?.country) out.push({ country: only, source: 'sentence', confidence: CONTEXT_CONFIDENCE.sentence });
    const top = storyCountries[0];
    if (top && !out.some((c) => c.country === top)) out.push({ country: top, source: 'story', confidence: CONTEXT_CONFIDENCE.story });
    return out;
  };

  // the story's own country: its dateline's, else the one it names most
  const home = dateline?.country ?? storyCountries[0];
  const bodies = mentions.filter((m) => m.ruleId === 'body-of-country' && m.entity).sort((x, y) => x.start - y.start);
  const bodyFor = (sentence: number, words: string): string | undefined => {
    const w = words.toLowerCase().replace(/^the /, '');
    if (GOVERNMENT_NOUNS.has(w)) return home;
    const suffix = w === 'ministry' ? undefined : `-${w.replace(/ /g, '-')}`;
    if (suffix && !COUNTRY_BODIES.includes(w)) return undefined;
    // the body of that name the story named last ("the Saudi Foreign Ministry … the ministry said")
    const named = bodies.filter((m) => m.sentence <= sentence && (suffix ? m.entity!.endsWith(suffix) : /-(?:ministry|foreign-office)$/.test(m.entity!)));
    if (named.length) return named[named.length - 1]!.entity;
    // a ministry speaks for its government; an army, a court or an embassy the story never named stays unknown
    return SPEAKS_FOR_GOVERNMENT.has(w) ? home : undefined;
  };

  return {
    doc: a.doc.id,
    ...(dateline ? { dateline } : {}),
    storyCountries,
    storyCountryCounts: counts,
    countriesForSentence,
    countryForSentence: (i) => countriesForSentence(i)[0],
    leadMention: (i) => firstMention.get(i),
    leadCountry: (i) => {
      const first = firstMention.get(i);
      // (not an envoy's: "U.S. Ambassador MaryKay Carlson said …" speaks for a country abroad, not the one acting)
      const next = first && a.tokens[first.last];
      if (!first || (next && ENVOY_NOUNS.has(next.text.toLowerCase()))) return undefined;
      return mentionCountry(first, options);
    },
    opensParagraph: (i) => i === 0 || /\n/.test(a.doc.text.slice(a.sentences[i - 1]!.end, a.sentences[i]!.start)),
    bodyFor,
  };
}

const withCountry = (country: string | undefined) => (country ? { country } : {});

// "the government" and "the ministry" written in lower case stand for what the context gives
const BARE_BODY = new RegExp(`^(?:government|authorities|ministry|${COUNTRY_BODIES.map((b) => b.replace(/ /g, ' ')).join('|')})$`);

/**
 * Description mentions for "the government", "the authorities", "the ministry", "the foreign ministry" …
 * written in lower case and outside any name: each resolved by `ctx.bodyFor` (the story's country, or its
 * ministry of that name), kind 'description', rule `context.government` or `context.body`. "the government
 * of …" names its own country and is left to the rules.
 */
export function contextMentions(a: AnalyzedDocument, mentions: Mention[], ctx: DocumentContext): Mention[] {
  const covered = new Uint8Array(a.tokens.length);
  for (const m of mentions) covered.fill(1, m.first, m.last);
  const out: Mention[] = [];
  for (let i = 0; i + 1 < a.tokens.length; i++) {
    if (!/^the$/i.test(a.tokens[i]!.text) || covered[i + 1]) continue;
    for (const n of [2, 1]) {
      const words = a.tokens.slice(i + 1, i + 1 + n);
      if (words.length < n || words.some((t, k) => covered[i + 1 + k] || !/^\p{Ll}+$/u.test(t.text))) continue;
      const phrase = words.map((t) => t.text).join(' ');
      if (!BARE_BODY.test(phrase) || a.tokens[i + 1 + n]?.text === 'of') continue;
      const sentence = a.sentenceOfToken[i]!;
      const entity = ctx.bodyFor(sentence, phrase);
      if (!entity) break;
      const isCountry = entity.startsWith('country:');
      out.push({
        id: -1,
        doc: a.doc.id,
        first: i,
        last: i + 1 + n,
        start: a.tokens[i]!.start,
        end: words[words.length - 1]!.end,
        text: a.doc.text.slice(a.tokens[i]!.start, words[words.length - 1]!.end),
        type: isCountry ? 'Country' : 'Organization',
        kind: 'description',
        sentence,
        ruleId: isCountry ? 'context.government' : 'context.body',
        entity,
        // the node's name, should the story name it no other way
        canonical: isCountry ? (countryByKey.get(entity)?.label ?? phrase) : (mentions.find((x) => x.entity === entity)?.canonical ?? phrase),
        ...(isCountry ? {} : withCountry(mentions.find((x) => x.entity === entity)?.country ?? ctx.dateline?.country ?? ctx.storyCountries[0])),
      });
      i += n;
      break;
    }
  }
  return out;
}
