// Stage 2: mentions of names. Three sources, merged so that the longest non-overlapping span wins:
// word lists (countries, demonyms, capitals, seats of government, US states), country-qualified bodies
// ("the Russian Foreign Ministry", "U.S. intelligence", "the Russian state"), and capitalised names typed by
// the recogniser or by context.
import { COUNTRY_BODIES, GOVERNMENT_WORDS, ADJECTIVE_BODIES } from '../../lexicon/organizations.js';
import { countryByKey, countryByDemonym, SHARED_COUNTRY_NAMES } from '../../lexicon/countries.js';
import { NOT_NAMES, AUXILIARIES } from '../../lexicon/function-words.js';
import type { AnalyzedDocument, Mention } from '../types.js';
import { matchGazetteer, type GazetteerEntry } from './gazetteer.js';
import { chunkProperNouns, roleLengthAt, type NameSpan } from './proper-nouns.js';

/** A recogniser of typed name spans over one sentence (the statistical tagger plugs in here). */
export type NameRecognizer = (analyzed: AnalyzedDocument) => NameSpan[];

interface Candidate {
  first: number;
  last: number;
  type: Mention['type'] | undefined;
  kind: Mention['kind'];
  ruleId: string;
  priority: number;
  canonical?: string;
  country?: string;
  entity?: string;
  weak?: boolean;
  block?: boolean;
}

const lowerWords = (a: AnalyzedDocument, first: number, last: number) =>
  a.tokens
    .slice(first, last)
    .map((t) => t.text.toLowerCase())
    .join(' ');

/** "Russian" + "Foreign Ministry" → "Russian Foreign Ministry"; bodies are keyed by country and body. */
function countryBodyAt(a: AnalyzedDocument, match: { first: number; last: number; entry: GazetteerEntry }, end: number): Candidate | undefined {
  let i = match.last;
  if (a.tokens[i]?.text === "'s" || a.tokens[i]?.text === '’s') i++;
  const country = countryByKey.get(match.entry.country!)!;
  for (let n = 3; n >= 1; n--) {
    if (i + n > end) continue;
    const words = lowerWords(a, i, i + n);
    const demonym = country.demonyms[0] ?? country.label;
    // a body is also "its <word> ministry" ("Iran's intelligence ministry", "the Russian energy ministry")
    const ministry = n === 2 && /^\p{L}+ (?:ministry|department)$/u.test(words) && !NOT_NAMES.has(words.split(' ')[0]!);
    if (COUNTRY_BODIES.includes(words) || ministry) {
      // "the Israeli military offensive": a body word used as an adjective names no body
      if (n === 1 && ADJECTIVE_BODIES.has(words) && isModifiedNoun(a.tokens[i + 1]?.text) && !roleLengthAt(a.tokens, i + 1, end)) return undefined;
      // "Iran's intelligence minister" is a portfolio, not the intelligence services
      if (roleLengthAt(a.tokens, i, end) > n || /^(?:minister|ministers|secretary)$/i.test(a.tokens[i + n]?.text ?? '')) return undefined;
      const written = a.tokens
        .slice(i, i + n)
        .map((t) => t.text)
        .join(' ');
      // one label whichever way the text puts it: "Russia's Foreign Ministry" → "Russian Foreign Ministry"
      const label =
        match.entry.kind === 'demonym' || /^\p{Lu}/u.test(written)
          ? `${demonym} ${written}`
          : a.doc.text.slice(a.tokens[match.first]!.start, a.tokens[i + n - 1]!.end);
      return {
        first: match.first,
        last: i + n,
        type: 'Organization',
        kind: 'name',
        ruleId: 'body-of-country',
        priority: 3,
        canonical: label,
        country: country.key,
        entity: `organization:${country.key.slice('country:'.length)}-${words.replace(/ /g, '-')}`,
      };
    }
    if (n === 1 && GOVERNMENT_WORDS.includes(words))
      return {
        first: match.first,
        last: i + 1,
        type: 'Country',
        kind: 'name',
        ruleId: 'government-of-country',
        priority: 3,
        canonical: country.label,
        country: country.key,
        entity: country.key,
      };
  }
  return undefined;
}

/** A lower-case word after the body that is not a verb or a role: "offensive" in "military offensive". */
const isModifiedNoun = (next: string | undefined) => !!next && /^\p{Ll}+$/u.test(next) && !AUXILIARIES.has(next) && !/(?:ed|s)$/.test(next);

const isAllCaps = (a: AnalyzedDocument, first: number, last: number) => {
  let letters = 0;
  let upper = 0;
  for (let i = first; i < last; i++) {
    const t = a.tokens[i]!.text;
    if (!/\p{L}/u.test(t)) continue;
    letters++;
    if (t === t.toUpperCase()) upper++;
  }
  return letters >= 3 && upper / letters > 0.8;
};

export function recognizeMentions(a: AnalyzedDocument, recognizers: NameRecognizer[] = []): Mention[] {
  const candidates: Candidate[] = [];
  for (const s of a.sentences) {
    const allCaps = isAllCaps(a, s.firstToken, s.lastToken);
    for (const m of matchGazetteer(a.tokens, s.firstToken, s.lastToken, allCaps)) {
      const e = m.entry;
      if (e.kind === 'country' || e.kind === 'demonym') {
        const body = countryBodyAt(a, m, s.lastToken);
        if (body) candidates.push(body);
      }
      candidates.push({
        first: m.first,
        last: m.last,
        type: e.type,
        kind: e.kind === 'demonym' ? 'demonym' : 'name',
        ruleId: `gazetteer-${e.kind}`,
        priority: 2,
        canonical: e.canonical,
        country: e.country,
        entity: e.key ?? (e.kind === 'country' || e.kind === 'demonym' ? e.country : undefined),
      });
    }
    if (!allCaps)
      for (const span of chunkProperNouns(a.tokens, s.firstToken, s.lastToken)) candidates.push({ ...span, type: span.type, kind: 'name', priority: 0 });
  }
  // the statistical recogniser's spans replace the chunker's wherever they overlap
  const recognized = new Uint8Array(a.tokens.length);
  for (const recognize of recognizers)
    for (const span of recognize(a)) {
      candidates.push({ ...span, type: span.type, kind: 'name', priority: 1 });
      recognized.fill(1, span.first, span.last);
    }
  const overlapsRecognized = (c: Candidate) => {
    for (let i = c.first; i < c.last; i++) if (recognized[i]) return true;
    return false;
  };

  // longest span first; on equal spans the more trusted source
  candidates.sort((x, y) => x.first - y.first || y.last - y.first - (x.last - x.first) || y.priority - x.priority);
  const chosen: Candidate[] = [];
  let covered = -1;
  // where the recogniser reads a listed place name as a person ("Jordan" scored 12) or a US state as an
  // organisation (a team: "Minnesota beat Texas"), its reading of the context wins over the list
  const recognizedAs = new Map<string, Candidate['type']>();
  for (const c of candidates) if (c.priority === 1 && c.type) recognizedAs.set(`${c.first}:${c.last}`, c.type);
  const overridden = (c: Candidate) => {
    const t = recognizedAs.get(`${c.first}:${c.last}`);
    return (t === 'Person' && /^gazetteer-(?:country|capital|us-state)$/.test(c.ruleId)) || (t === 'Organization' && c.ruleId === 'gazetteer-us-state');
  };
  for (const c of candidates) {
    if (c.first < covered) continue;
    if (c.priority === 2 && overridden(c)) continue;
    // with a statistical recogniser, the chunker only adds names that a title makes certain
    if (c.priority === 0 && recognizers.length && (overlapsRecognized(c) || c.ruleId !== 'propn-after-title')) continue;
    // a plural demonym inside a name ("Native Americans") marks a group of people, not an entity
    if (c.type === 'Person' && hasDemonym(a, c)) continue;
    chosen.push(c);
    covered = c.last;
  }
  return withSharedNamesResolved(
    chosen
      .filter((c) => !c.block)
      .map((c, id) => {
        const start = a.tokens[c.first]!.start;
        const end = a.tokens[c.last - 1]!.end;
        return {
          id,
          doc: a.doc.id,
          first: c.first,
          last: c.last,
          start,
          end,
          text: a.doc.text.slice(start, end),
          type: c.type ?? 'Person',
          kind: c.kind,
          sentence: a.sentenceOfToken[c.first]!,
          ruleId: c.ruleId,
          ...(c.type ? {} : { untyped: true as const }),
          ...(c.weak ? { weak: true as const } : {}),
          ...(c.entity ? { entity: c.entity } : {}),
          ...(c.canonical ? { canonical: c.canonical } : {}),
          ...(c.country ? { country: c.country } : {}),
        } satisfies Mention;
      }),
  );
}

/**
 * A country's name that two countries share ("Congo") names the one of them the document names otherwise
 * ("Democratic Republic of Congo", its capital Kinshasa); else the one its first shared name reads as by the data
 * package, so that "Congo" and "Congolese" in one story are one country.
 */
function withSharedNamesResolved(mentions: Mention[]): Mention[] {
  const shared = mentions.filter((m) => m.type === 'Country' && SHARED_COUNTRY_NAMES.has(m.text));
  if (!shared.length) return mentions;
  const namedOtherwise = new Set(
    mentions.filter((m) => (m.type === 'Country' || m.type === 'Location') && !SHARED_COUNTRY_NAMES.has(m.text)).map((m) => m.country ?? m.entity),
  );
  const byDefault = countryByKey.get(shared[0]!.entity!);
  return mentions.map((m) => {
    const sharers = shared.includes(m) ? SHARED_COUNTRY_NAMES.get(m.text)! : undefined;
    if (!sharers) return m;
    const named = sharers.filter((c) => namedOtherwise.has(c.key));
    const country = named.length === 1 ? named[0]! : byDefault;
    return !country || country.key === m.entity ? m : { ...m, entity: country.key, country: country.key, canonical: country.label };
  });
}

function hasDemonym(a: AnalyzedDocument, c: Candidate): boolean {
  for (let i = c.first; i < c.last; i++) {
    const w = a.tokens[i]!.text;
    if (countryByDemonym.has(w) || countryByDemonym.has(w.replace(/s$/, ''))) return true;
  }
  return false;
}
