// Stage 3b: one entity, one node, across the corpus. Stage 3 (names.ts) gives every mention a node key from
// its own words; here the keys that name one entity are joined, by the rules of UNIFY_RULES (each join keeps
// the id of the rule that made it), then:
//   · every entity takes one type, by its mentions' vote (word lists and datelines count more than the
//     recogniser), and one key among its members;
//   · the dateline's place is a place ("STOCKHOLM (Reuters) -" is Stockholm, not an organisation);
//   · names in a headline in capitals only count when the story names the same entity in ordinary text;
//   · places that are not capitals get the country they lie in (GeoNames), so that "its ambassador in Tel
//     Aviv" has a host.
import { countryByKey, countryByName } from '../../lexicon/countries.js';
import { COMPANY_SUFFIXES, ORG_HEAD_WORDS } from '../../lexicon/organizations.js';
import { PLACE_FEATURE_WORDS, DIRECTION_WORDS } from '../../lexicon/places.js';
import { normalizeName as normalizeNameOnce, slugify } from '../../text/slug.js';
import { readDateline } from '../context/index.js';
import { placeInfo } from '../context/place.js';
import type { EntityType } from '../../graph/schema.js';
import type { AnalyzedDocument, Mention } from '../types.js';
import { acronymKey, acronymsOf } from './acronyms.js';
import { knownNames, type KnownEntity } from './known.js';
import type { DocumentMentions } from './names.js';
import { isSpellingVariant, soundex } from './variants.js';

export interface UnifyRule {
  id: string;
  /** what it joins */
  description: string;
  /** a text of our own and the two names it makes one entity */
  example: [text: string, a: string, b: string];
}

/** The rules that join two node keys into one entity. */
export const UNIFY_RULES: readonly UnifyRule[] = [
  {
    id: 'unify.acronym-definition',
    description: 'a name and the acronym or short name in brackets right after it',
    example: ['The Nordic Farmers Alliance (NFA) said on Monday it would appeal.', 'Nordic Farmers Alliance', 'NFA'],
  },
  {
    id: 'unify.acronym-initials',
    description: 'an acronym and the one long form in the corpus whose initials it is',
    example: ['The African Union met in Addis Ababa. The AU said it would send troops.', 'African Union', 'AU'],
  },
  {
    id: 'unify.known-as',
    description: '"X, better known as Y", "X, also known as Y"',
    example: ['Ali Hassan al-Majid, better known as Chemical Ali, was sentenced.', 'Ali Hassan al-Majid', 'Chemical Ali'],
  },
  {
    id: 'unify.head-word',
    description: 'the head word alone for the one organisation of the document it ends ("the Commission")',
    example: ['The Electoral Commission met. The Commission said the vote was fair.', 'Electoral Commission', 'Commission'],
  },
  {
    id: 'unify.qualified-name',
    description: 'a name and the same name after an acronym of the body it belongs to',
    example: ['The U.N. Human Rights Council met in Geneva. The Human Rights Council voted.', 'U.N. Human Rights Council', 'Human Rights Council'],
  },
  {
    id: 'unify.name-and-city',
    description: 'a club or company with and without the city it is named after, when only one name of the corpus starts so',
    example: ['Sparta Prague won 2-0. Sparta scored early.', 'Sparta Prague', 'Sparta'],
  },
  {
    id: 'unify.company-suffix',
    description: 'a company with and without its legal suffix',
    example: ['Nokia Corp said it would cut jobs. Shares of Nokia rose 3 percent.', 'Nokia Corp', 'Nokia'],
  },
  {
    id: 'unify.place-feature',
    description: 'a place with and without its kind ("Strip", "Heights", "City")',
    example: ['Shelling hit the Gaza Strip. Aid reached Gaza on Friday.', 'Gaza Strip', 'Gaza'],
  },
  {
    id: 'unify.same-name',
    description: 'names of one type that differ only in case, spacing or a leading article ("The Hague")',
    example: ['Talks opened in The Hague. Delegates left the Hague on Friday.', 'The Hague', 'Hague'],
  },
  {
    id: 'unify.spelling-variant',
    description: 'spellings of one name that sound alike and differ by an edit or two (one-word names within a document)',
    example: ['Envoy Tim Guldimann arrived. Tim Goldiman said talks would go on.', 'Tim Guldimann', 'Tim Goldiman'],
  },
];

export interface Join {
  a: string;
  b: string;
  ruleId: string;
}

export interface UnifyResult {
  docs: DocumentMentions[];
  /** every join made, for `why` questions and tests */
  joins: Join[];
}

/** How much a mention's type counts in the vote, by what found it: word lists and datelines are surer. */
const TYPE_WEIGHT = (m: Mention) => (/^(?:gazetteer-|body-of-country|government-of-country|capital-for-government|context\.)/.test(m.ruleId) ? 3 : 1);
/** A city so big that its name alone means it even where a state or province has the same name. */
const METROPOLIS_POPULATION = 1_000_000;

/** Whether "X City" (words) is what X alone names: X is that city, or X City is a city of millions. */
function cityNamedLikeIt(words: string[]): boolean {
  const base = placeInfo(words.slice(0, -1).join(' '));
  if (base?.kind === 'city' || base?.kind === 'capital') return true;
  const whole = placeInfo(words.join(' '));
  return whole?.kind === 'city' && (whole.city?.population ?? 0) >= METROPOLIS_POPULATION;
}

/** Cities big enough to name clubs and companies after ("Ajax Amsterdam"); smaller places are surnames as often. */
const CITY_NAME_MIN_POPULATION = 100_000;
/** Order among types on a tied vote. */
const TYPE_ORDER: EntityType[] = ['Country', 'Person', 'Organization', 'Location'];
/** A headline in capitals is a minority of a story's sentences; a story all in capitals is read as it is. */
const MAX_CAPS_SHARE = 1 / 3;

interface KeyInfo {
  key: string;
  /** name surfaces without a leading article, as token words */
  names: Map<string, string[]>;
  docs: Set<string>;
  mentions: number;
  type: EntityType;
}

const words = (a: AnalyzedDocument, m: Mention) => {
  const out = a.tokens.slice(m.first, m.last).map((t) => t.text);
  return /^the$/i.test(out[0] ?? '') && out.length > 1 ? out.slice(1) : out;
};

/** Whether more than four in five of a sentence's words are in capitals (a headline, a dateline). */
const isCapsSentence = (a: AnalyzedDocument, s: number) => {
  const sentence = a.sentences[s]!;
  let letters = 0;
  let upper = 0;
  for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
    const t = a.tokens[i]!.text;
    const c = t.charCodeAt(0);
    // ASCII fast path: a word starting with a lower-case letter is not in capitals
    if (c >= 97 && c <= 122) {
      letters++;
      continue;
    }
    if (c < 128 && !(c >= 65 && c <= 90) && !/\p{L}/u.test(t)) continue;
    if (c >= 128 && !/\p{L}/u.test(t)) continue;
    letters++;
    if (t === t.toUpperCase()) upper++;
  }
  return letters >= 3 && upper / letters > 0.8;
};

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): boolean {
    const x = this.find(a);
    const y = this.find(b);
    if (x === y) return false;
    // deterministic whichever order the joins come in
    if (x < y) this.parent.set(y, x);
    else this.parent.set(x, y);
    return true;
  }
}

const isCountryKey = (k: string) => countryByKey.has(k);

/**
 * One node per entity. `known` are the entities of a graph the documents are added to: new names join them by
 * the same rules, and a known entity keeps its key and type; two known entities are never joined (the graph's
 * nodes stay as they are).
 */
export function unifyEntities(input: DocumentMentions[], known: readonly KnownEntity[] = []): UnifyResult {
  const normalized = new Map<string, string>();
  const normalizeName = (name: string) => {
    let n = normalized.get(name);
    if (n === undefined) {
      n = normalizeNameOnce(name);
      normalized.set(name, n);
    }
    return n;
  };
  // 1 datelines: the place the story was filed from is a place
  const docs = input.map(placeDateline);

  // 2 what is known of every key; names in a headline in capitals are no names to compare ("YORK" is no acronym)
  const capsSentences = docs.map(({ analyzed }) => {
    const caps = new Set<number>();
    analyzed.sentences.forEach((_, i) => {
      if (isCapsSentence(analyzed, i)) caps.add(i);
    });
    return caps.size <= analyzed.sentences.length * MAX_CAPS_SHARE ? caps : new Set<number>();
  });
  const info = new Map<string, KeyInfo>();
  docs.forEach(({ analyzed, mentions }, d) => {
    for (const m of mentions) {
      if (!m.entity || m.kind !== 'name') continue;
      let k = info.get(m.entity);
      if (!k) {
        k = { key: m.entity, names: new Map(), docs: new Set(), mentions: 0, type: m.type };
        info.set(m.entity, k);
      }
      k.docs.add(m.doc);
      k.mentions++;
      if (capsSentences[d]!.has(m.sentence) && !m.ruleId.startsWith('context.')) continue;
      const written = m.text.replace(/^the\s+/i, '');
      if (!k.names.has(written)) k.names.set(written, words(analyzed, m));
    }
  });
  // the known entities, as if a document had named them
  const knownType = new Map<string, EntityType>();
  for (const e of known) {
    if (e.type === 'Charge') continue;
    knownType.set(e.key, e.type);
    let k = info.get(e.key);
    if (!k) {
      k = { key: e.key, names: new Map(), docs: new Set(), mentions: 0, type: e.type };
      info.set(e.key, k);
    }
    for (const d of e.docs) k.docs.add(d);
    k.mentions += e.mentions;
    k.type = e.type;
    for (const w of knownNames(e)) if (!k.names.has(w.join(' '))) k.names.set(w.join(' '), w);
  }
  const keysOf = (type: EntityType) => [...info.values()].filter((k) => k.type === type && !isCountryKey(k.key));

  const uf = new UnionFind();
  const joins: Join[] = [];
  // the known entity each group holds, if any: a group never holds two
  const knownIn = new Map<string, string>([...knownType.keys()].map((k) => [k, k]));
  const join = (a: string, b: string, ruleId: string) => {
    if (a === b || isCountryKey(a) || isCountryKey(b)) return;
    const [ka, kb] = [knownIn.get(uf.find(a)), knownIn.get(uf.find(b))];
    if (ka && kb && ka !== kb) return;
    if (uf.union(a, b)) {
      joins.push({ a: a < b ? a : b, b: a < b ? b : a, ruleId });
      if (ka ?? kb) knownIn.set(uf.find(a), (ka ?? kb)!);
    }
  };

  // 3 joins read in the text: "Long Form (LF)", "X, better known as Y"
  for (const { analyzed, mentions } of docs) {
    const names = mentions.filter((m) => m.kind === 'name' && m.entity).sort((x, y) => x.first - y.first);
    for (let i = 0; i + 1 < names.length; i++) {
      const a = names[i]!;
      const b = names[i + 1]!;
      const t = analyzed.tokens;
      if (
        a.type === 'Organization' &&
        t[a.last]?.text === '(' &&
        b.first === a.last + 1 &&
        t[b.last]?.text === ')' &&
        b.last - b.first === 1 &&
        b.type !== 'Country' &&
        b.type !== 'Person'
      ) {
        if (acronymKey(t[b.first]!.text) || b.type === 'Organization') join(a.entity!, b.entity!, 'unify.acronym-definition');
        continue;
      }
      const between = analyzed.doc.text.slice(a.end, b.start);
      if (a.type === b.type && a.type !== 'Country' && /^\s*,?\s*(?:(?:better|also|commonly|widely|popularly) )?known as\s*$/i.test(between))
        join(a.entity!, b.entity!, 'unify.known-as');
    }
  }

  // 4 joins between names: same name, a place's kind, a company's suffix, a body's acronym before a name
  const byNormalized = new Map<string, string>();
  for (const type of ['Organization', 'Location'] as const)
    for (const k of keysOf(type))
      for (const w of k.names.values()) {
        const n = `${type}|${normalizeName(w.join(' '))}`;
        const other = byNormalized.get(n);
        if (other) join(other, k.key, 'unify.same-name');
        else byNormalized.set(n, k.key);
      }
  const named = (type: EntityType, w: string[]) => byNormalized.get(`${type}|${normalizeName(w.join(' '))}`);
  for (const k of keysOf('Location'))
    for (const w of k.names.values()) {
      const feature = w[w.length - 1]!;
      if (w.length < 2 || !PLACE_FEATURE_WORDS.has(feature.toLowerCase()) || !/^\p{Lu}/u.test(feature)) continue;
      // "North Island" is not "the North"
      if (w.slice(0, -1).every((x) => DIRECTION_WORDS.has(x.toLowerCase()))) continue;
      // "X City" is X only where X is that city: "Gaza City", "New York City" (a city of millions named like
      // its state), not "Kansas City" or "Atlantic City"
      if (feature.toLowerCase() === 'city' && !cityNamedLikeIt(w)) continue;
      const base = named('Location', w.slice(0, -1));
      if (base) join(base, k.key, 'unify.place-feature');
    }
  for (const k of keysOf('Organization'))
    for (const w of k.names.values()) {
      if (w.length >= 2 && COMPANY_SUFFIXES.has(w[w.length - 1]!.toLowerCase().replace(/\.$/, ''))) {
        const base = named('Organization', w.slice(0, -1));
        if (base) join(base, k.key, 'unify.company-suffix');
      }
      // "U.N. Security Council" and "Security Council"; not "Russian Foreign Ministry" and "Foreign Ministry"
      if (w.length >= 3 && acronymKey(w[0]!) && !countryByName.has(w[0]!)) {
        const base = named('Organization', w.slice(1));
        if (base) join(base, k.key, 'unify.qualified-name');
      }
    }

  // "Ajax Amsterdam" and "Ajax": a one-word name and the one longer name of the corpus that adds a city to it
  const withCity = new Map<string, Set<string>>();
  for (const k of keysOf('Organization'))
    for (const w of k.names.values()) {
      if (w.length < 2 || w.length > 3 || !/^\p{Lu}/u.test(w[0]!)) continue;
      const place = placeInfo(w.slice(1).join(' '));
      if (!place || (place.kind !== 'city' && place.kind !== 'capital') || (place.city && place.city.population < CITY_NAME_MIN_POPULATION)) continue;
      const base = named('Organization', w.slice(0, 1));
      if (!base) continue;
      if (!withCity.has(base)) withCity.set(base, new Set());
      withCity.get(base)!.add(k.key);
    }
  for (const [base, longer] of withCity) if (longer.size === 1) join(base, [...longer][0]!, 'unify.name-and-city');

  // 5 the head word alone ("the Commission") for the one organisation of its document it ends
  for (const { mentions } of docs) {
    const orgs = mentions.filter((m) => m.type === 'Organization' && m.kind === 'name' && m.entity);
    for (const m of orgs) {
      const w = m.text.replace(/^the\s+/i, '');
      if (/\s/.test(w) || !ORG_HEAD_WORDS.has(w.toLowerCase()) || !/^\p{Lu}/u.test(w)) continue;
      const owners = new Set(
        orgs
          .filter((o) => o.entity !== m.entity && / /.test(o.text.trim()) && o.text.split(/\s+/).pop()!.toLowerCase() === w.toLowerCase())
          .map((o) => uf.find(o.entity!)),
      );
      if (owners.size === 1) join([...owners][0]!, m.entity!, 'unify.head-word');
    }
  }

  // 6 acronyms and the one long form whose initials they are (the same document's first)
  const longForms = new Map<string, KeyInfo[]>();
  for (const l of keysOf('Organization'))
    for (const w of l.names.values())
      for (const acronym of acronymsOf(w)) {
        const list = longForms.get(acronym) ?? [];
        if (!list.includes(l)) list.push(l);
        longForms.set(acronym, list);
      }
  // (an acronym that names a place, "HK", is no organisation's)
  for (const k of keysOf('Organization')) {
    const acronyms = [...k.names.values()].filter((w) => w.length === 1 && acronymKey(w[0]!)).map((w) => acronymKey(w[0]!)!);
    if (!acronyms.length || countryByName.has(acronyms[0]!)) continue;
    const root = uf.find(k.key);
    const fitting = [...new Set(acronyms.flatMap((a) => longForms.get(a) ?? []))];
    // already joined to its long form (by a definition in brackets)
    if (fitting.some((l) => uf.find(l.key) === root)) continue;
    const roots = (list: KeyInfo[]) => [...new Set(list.map((l) => uf.find(l.key)))];
    const sameDoc = roots(fitting.filter((l) => [...l.docs].some((d) => k.docs.has(d))));
    const all = roots(fitting);
    const pick = sameDoc.length === 1 ? sameDoc[0] : sameDoc.length === 0 && all.length === 1 ? all[0] : undefined;
    if (pick) join(pick, k.key, 'unify.acronym-initials');
  }

  // 7 spelling variants of persons: all words alike but one, which sounds alike and is an edit or two away
  const persons = keysOf('Person');
  const blocks = new Map<string, KeyInfo[]>();
  for (const p of persons) {
    const w = longestName(p);
    for (let i = 0; i < w.length; i++) {
      const block =
        [...w.slice(0, i).map((x) => x.toLowerCase()), soundex(w[i]!), ...w.slice(i + 1).map((x) => x.toLowerCase())].join(' ') +
        (w.length === 1 ? `|${[...p.docs].sort().join(',')}` : '');
      if (!blocks.has(block)) blocks.set(block, []);
      blocks.get(block)!.push(p);
    }
  }
  for (const list of blocks.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [longestName(list[i]!), longestName(list[j]!)];
        if (x.length !== y.length) continue;
        const differing = x.map((w, n) => [w, y[n]!] as const).filter(([a, b]) => a.toLowerCase() !== b.toLowerCase());
        if (differing.length === 1 && isSpellingVariant(differing[0]![0], differing[0]![1])) join(list[i]!.key, list[j]!.key, 'unify.spelling-variant');
      }

  // 8 one key and one type per entity
  const groups = new Map<string, string[]>();
  for (const key of info.keys()) {
    const root = uf.find(key);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(key);
  }
  const votes = new Map<string, Map<EntityType, number>>();
  for (const { mentions } of docs)
    for (const m of mentions) {
      if (!m.entity || m.kind !== 'name') continue;
      const root = uf.find(m.entity);
      if (!votes.has(root)) votes.set(root, new Map());
      const v = votes.get(root)!;
      v.set(m.type, (v.get(m.type) ?? 0) + TYPE_WEIGHT(m));
    }
  const target = new Map<string, { key: string; type: EntityType }>();
  const longestOf = new Map<string, number>();
  const wordsIn = (k: string) => {
    let n = longestOf.get(k);
    if (n === undefined) {
      n = longestName(info.get(k)!).length;
      longestOf.set(k, n);
    }
    return n;
  };
  for (const [root, keys] of groups) {
    // a group with a known entity is that entity, of its type
    const knownKey = knownIn.get(root);
    if (knownKey) {
      for (const k of keys) target.set(k, { key: knownKey, type: knownType.get(knownKey)! });
      continue;
    }
    const v = votes.get(root);
    if (!v) continue;
    const type = v.size === 1 ? v.keys().next().value! : [...v].sort((x, y) => y[1] - x[1] || TYPE_ORDER.indexOf(x[0]) - TYPE_ORDER.indexOf(y[0]))[0]![0];
    const prefix = `${type.toLowerCase()}:`;
    if (keys.length === 1 && keys[0]!.startsWith(prefix)) {
      target.set(keys[0]!, { key: keys[0]!, type });
      continue;
    }
    const members = keys
      .filter((k) => k.startsWith(prefix))
      .sort((x, y) => wordsIn(y) - wordsIn(x) || info.get(y)!.mentions - info.get(x)!.mentions || (x < y ? -1 : 1));
    const key = members[0] ?? `${prefix}${slugify(longestName(info.get([...keys].sort()[0]!)!).join(' '))}`;
    for (const k of keys) target.set(k, { key, type });
  }

  const typeOfKey = new Map([...target.values()].map((t) => [t.key, t.type]));

  // 9 rewrite the mentions; headline names only where the story names them in ordinary text
  const inText = new Set<string>(knownType.keys());
  const byNameInText = new Map<string, string>();
  for (const e of known) if (knownType.has(e.key)) for (const name of [e.label, ...e.aliases]) byNameInText.set(normalizeName(name), e.key);
  docs.forEach(({ mentions }, d) => {
    for (const m of mentions)
      if (m.entity && !capsSentences[d]!.has(m.sentence)) {
        const t = target.get(m.entity)?.key ?? m.entity;
        inText.add(t);
        if (m.kind === 'name') byNameInText.set(normalizeName(m.text), t);
      }
  });
  const out = docs.map(({ analyzed, mentions }, d) => {
    const storyCountries = [
      ...new Set(
        mentions
          .map((m) => (m.type === 'Country' ? m.entity : m.kind === 'demonym' ? m.country : undefined))
          .filter((c): c is string => !!c && isCountryKey(c)),
      ),
    ];
    const rewritten: Mention[] = [];
    for (const original of mentions) {
      const m = { ...original };
      const t = m.entity ? target.get(m.entity) : undefined;
      if (t) {
        m.entity = t.key;
        m.type = t.type as Mention['type'];
      }
      if (m.entity && capsSentences[d]!.has(m.sentence) && !m.ruleId.startsWith('context.') && !inText.has(m.entity)) {
        const known = byNameInText.get(normalizeName(m.text));
        if (!known) continue; // a word of a headline in capitals, not a name the story uses
        const k = typeOfKey.get(known);
        m.entity = known;
        if (k) m.type = k as Mention['type'];
        else if (isCountryKey(known)) m.type = 'Country';
      }
      // places get the country they lie in; capitals and US states already have theirs
      if (m.type === 'Location' && m.kind === 'name' && !m.country && !m.entity?.endsWith('-us')) {
        const place = placeInfo(m.canonical ?? m.text.replace(/^the\s+/i, ''), storyCountries);
        if (place && (place.kind === 'city' || place.kind === 'capital')) m.country = place.country;
      }
      rewritten.push(m);
    }
    rewritten.forEach((m, i) => {
      m.id = i;
    });
    return { analyzed, mentions: rewritten };
  });
  return { docs: out, joins };
}

function longestName(k: KeyInfo): string[] {
  let best: string[] = [];
  for (const w of k.names.values()) if (w.length > best.length || (w.length === best.length && w.join(' ') < best.join(' '))) best = w;
  return best;
}

/** The dateline's places become place mentions ("STOCKHOLM" a Location, "LA PAZ" La Paz); its agency is no mention. */
function placeDateline({ analyzed, mentions }: DocumentMentions): DocumentMentions {
  const storyCountries = mentions.filter((m) => m.type === 'Country' && m.entity).map((m) => m.entity!);
  const dateline = readDateline(analyzed.doc.text, storyCountries);
  if (!dateline) return { analyzed, mentions };
  // the agency of "OSLO (Nordic Wire) -" is the outlet that filed the story, no name in it
  const agency = dateline.agencySpan;
  let out = agency ? mentions.filter((m) => m.end <= agency[0] || m.start >= agency[1]) : mentions;
  for (const p of dateline.places) {
    if (!p.info) continue;
    const first = analyzed.tokens.findIndex((t) => t.start >= p.start);
    let last = first;
    while (last < analyzed.tokens.length && analyzed.tokens[last]!.end <= p.end) last++;
    if (first < 0 || last === first) continue;
    const isCountry = p.info.kind === 'country';
    const place: Mention = {
      id: -1,
      doc: analyzed.doc.id,
      first,
      last,
      start: p.start,
      end: p.end,
      text: analyzed.doc.text.slice(p.start, p.end),
      type: isCountry ? 'Country' : 'Location',
      kind: 'name',
      sentence: analyzed.sentenceOfToken[first]!,
      ruleId: 'context.dateline',
      entity: isCountry ? p.info.country : p.info.kind === 'us-state' ? `location:${slugify(p.info.name)}-us` : `location:${slugify(p.info.name)}`,
      canonical: p.info.name,
      country: p.info.country,
    };
    out = [...out.filter((m) => m.last <= first || m.first >= last), place];
  }
  out.sort((x, y) => x.first - y.first || y.last - x.last);
  out.forEach((m, i) => {
    m.id = i;
  });
  return { analyzed, mentions: out };
}
