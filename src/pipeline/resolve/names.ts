// Stage 3: proper names → entities, inside and across documents.
//   persons: "Scholz" joins the "Olaf Scholz" mentioned last in the same document, else the only full
//   name with that surname in the corpus, in either order ("Turabi" before "Hassan al-Turabi"); a name that
//   is the first word of one full name of its story is that person ("Tang" for "Tang Shubei", "Saddam"),
//   except after a royal title ("King Hussein"); headlines in capitals are compared without case ("KNUP" is
//   "Adrian Knup"); honorifics are no part of a person's key or label ("Ayatollah Ali Khamenei").
//   countries come keyed from the word lists, and "the Islamic Republic" is the story's Iran; capitals stand
//   for their country where they act ("Moscow said"; "in Moscow", "the Moscow talks" are the place), also
//   where the recogniser took them for a person ("Ottawa said"); names that are both a country and a US
//   state are typed by the document ("Georgia" in a story about Washington with nothing Georgian in it is
//   the US state).
import { countriesByOfficialTitle, countryByCapital, countryByKey } from '../../lexicon/countries.js';
import { seatOfGovernment } from '../context/cities.js';
import { countryKeyOfCca2 } from '../context/place.js';
import { COUNTRY_BODIES } from '../../lexicon/organizations.js';
import { HONORIFICS, ROYAL_TITLES } from '../../lexicon/roles.js';
import { US_STATE_NAMES } from '../../lexicon/us-states.js';
import { foldDiacritics, slugify } from '../../text/slug.js';
import type { AnalyzedDocument, Mention } from '../types.js';
import { foldedWords, knownNames, type KnownEntity } from './known.js';
import { CAPITAL_PLACE_CONTEXT } from '../../lexicon/places.js';

export interface DocumentMentions {
  analyzed: AnalyzedDocument;
  mentions: Mention[];
}

const US = 'country:united-states';

// a name's words with diacritics folded, so "Albares" is the "José Manuel Albarés" of another sentence
const rawWordsOf = (a: AnalyzedDocument, m: Mention) =>
  a.tokens
    .slice(m.first, m.last)
    .map((t) => foldDiacritics(t.text))
    .filter((w) => w !== '.');
/** A mention's words; for a person, without honorifics before the name. */
const wordsOf = (a: AnalyzedDocument, m: Mention) => (m.type === 'Person' ? withoutHonorifics(rawWordsOf(a, m)) : rawWordsOf(a, m));

/** A person's name without the honorifics before it ("Crown Prince Mohammed bin Salman" → its last three words). */
const withoutHonorifics = (words: string[]) => {
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i]!.toLowerCase())) i++;
  return i ? words.slice(i) : words;
};

// Arabic articles written onto a surname: "al-Turabi" is also "Turabi"
const SURNAME_ARTICLE = /^(?:al|el|ul|ad|ar|as|ash|at|az|an)-(?=\p{Lu})/iu;

/** The forms a person's surname is met in alone, lower case: "al-Turabi" → ["al-turabi", "turabi"]. */
export function surnameForms(words: string[]): string[] {
  const last = words[words.length - 1]!;
  const bare = last.replace(SURNAME_ARTICLE, '');
  return bare === last ? [last.toLowerCase()] : [last.toLowerCase(), bare.toLowerCase()];
}

/** A single word as it is looked up among names: lower case, an article written onto it dropped too. */
const lookupForms = (w: string) => {
  const bare = w.replace(SURNAME_ARTICLE, '');
  return bare === w ? [w.toLowerCase()] : [w.toLowerCase(), bare.toLowerCase()];
};

const firstOf = <K, V>(map: Map<K, V>, keys: K[]) => {
  for (const k of keys) {
    const v = map.get(k);
    if (v !== undefined) return v;
  }
  return undefined;
};
const onlyOne = (set: Set<string> | undefined) => (set?.size === 1 ? [...set][0] : undefined);

/**
 * Resolves every document's names. `known` are the entities of a graph the documents are added to: their
 * names come first, so a new "Putin" or "Vladimir Putin" is the node already there.
 */
export function resolveNames(docs: DocumentMentions[], known: readonly KnownEntity[] = []): DocumentMentions[] {
  // every multi-word person name in the corpus, by surname, in document order
  const fullNamesBySurname = new Map<string, Set<string>>();
  const keyByFirstAndLast = new Map<string, string>();
  const personKey = (words: string[]) => {
    const pair = `${words[0]}|${words[words.length - 1]}`.toLowerCase();
    if (!keyByFirstAndLast.has(pair)) keyByFirstAndLast.set(pair, `person:${slugify(words.join(' '))}`);
    return keyByFirstAndLast.get(pair)!;
  };
  // "Lopez Obrador" is "Andres Manuel Lopez Obrador" when that longer name is known
  // the longest name known for each tail of two words or more: "Lopez Obrador" → the four-word name
  const longestByTail = new Map<string, string[]>();
  const withLongestName = (words: string[]) => (words.length >= 2 ? longestByTail.get(words.join(' ')) : undefined) ?? words;
  for (const { analyzed, mentions } of docs)
    for (const m of mentions)
      if (m.type === 'Person' && m.kind === 'name' && !m.untyped && !m.weak) {
        const words = wordsOf(analyzed, m);
        for (let k = 2; k < words.length; k++) {
          const tail = words.slice(-k).join(' ');
          const known = longestByTail.get(tail);
          if (!known || known.length < words.length) longestByTail.set(tail, words);
        }
      }
  const add = (map: Map<string, Set<string>>, word: string, key: string) => {
    if (!map.has(word)) map.set(word, new Set());
    map.get(word)!.add(key);
  };
  // the known persons first: their keys, surnames and longest names stand
  for (const e of known) {
    if (e.type !== 'Person') continue;
    for (const name of knownNames(e)) {
      const words = withoutHonorifics(foldedWords(name));
      if (words.length < 2) continue;
      const pair = `${words[0]}|${words[words.length - 1]}`.toLowerCase();
      if (!keyByFirstAndLast.has(pair)) keyByFirstAndLast.set(pair, e.key);
      for (const form of surnameForms(words)) add(fullNamesBySurname, form, e.key);
      for (let k = 2; k < words.length; k++) {
        const tail = words.slice(-k).join(' ');
        const longest = longestByTail.get(tail);
        if (!longest || longest.length < words.length) longestByTail.set(tail, words);
      }
    }
  }
  for (const { analyzed, mentions } of docs)
    for (const m of mentions) {
      if (m.type !== 'Person' || m.kind !== 'name' || m.untyped || m.weak) continue;
      const words = withLongestName(wordsOf(analyzed, m));
      if (words.length < 2) continue;
      const key = personKey(words);
      for (const form of surnameForms(words)) add(fullNamesBySurname, form, key);
    }

  // organisation names that differ only in spacing or case are one organisation ("Downing street")
  const orgKeyByCompact = new Map<string, string>();
  const orgKey = (label: string, given?: string) => {
    const compact = slugify(label).replace(/-/g, '');
    if (!orgKeyByCompact.has(compact)) orgKeyByCompact.set(compact, given ?? `organization:${slugify(label)}`);
    return orgKeyByCompact.get(compact)!;
  };
  for (const e of known) if (e.type === 'Organization') for (const name of [e.label, ...e.aliases]) orgKey(name, e.key);
  for (const { mentions } of docs) for (const m of mentions) if (m.type === 'Organization' && m.entity) orgKey(m.canonical ?? m.text, m.entity);

  return docs.map(({ analyzed, mentions }) => {
    const text = analyzed.doc.text;
    const usStateIsMeant = (m: Mention) => {
      const c = countryByKey.get(m.entity ?? '');
      if (!c || !US_STATE_NAMES.has(c.label)) return false;
      const mentionsCountryItself = [...c.demonyms, ...c.capitals].some((w) => new RegExp(`\\b${w}\\b`).test(text));
      return !mentionsCountryItself && mentions.some((o) => o.entity === US);
    };
    const resolved: Mention[] = [];
    const lastPersonBySurname = new Map<string, string>();
    const knownPersonWords = new Map<string, string>();
    const firstWordsInDoc = new Map<string, Set<string>>();
    const royalFirstWordsInDoc = new Map<string, Set<string>>();
    // after a royal title, written before the name or inside its span ("Crown Prince Mohammed bin Salman")
    const isRoyal = (m: Mention) =>
      ROYAL_TITLES.has(analyzed.tokens[m.first - 1]?.text.toLowerCase() ?? '') || ROYAL_TITLES.has(analyzed.tokens[m.first]!.text.toLowerCase());
    for (const m of mentions) {
      if (m.type === 'Person' && m.kind === 'name' && !m.untyped && !m.weak) {
        const words = wordsOf(analyzed, m);
        if (words.length < 2) continue;
        const key = personKey(withLongestName(words));
        for (const form of surnameForms(words)) knownPersonWords.set(form, key);
        add(firstWordsInDoc, words[0]!.toLowerCase(), key);
        if (isRoyal(m)) add(royalFirstWordsInDoc, words[0]!.toLowerCase(), key);
      }
    }
    /**
     * A one-word name as a person: by surname in this document, by first word in this document ("Saddam"),
     * by surname in the corpus. Not by first word across stories: first names are shared ("Arnold 70th" in a
     * football result is no Arnold Ruutel).
     */
    const personByWord = (w: string, givenName = false): string | undefined => {
      const forms = lookupForms(w);
      // royals are named by their given name: "King Hussein" is neither Saddam Hussein nor Hussein Khalaf,
      // only a royal of the same story whose full name it starts
      if (givenName) return onlyOne(royalFirstWordsInDoc.get(forms[0]!));
      const isSurname = forms.some((f) => fullNamesBySurname.has(f));
      return (
        firstOf(lastPersonBySurname, forms) ??
        firstOf(knownPersonWords, forms) ??
        (isSurname ? undefined : onlyOne(firstWordsInDoc.get(forms[0]!))) ??
        onlyOne(firstOf(fullNamesBySurname, forms))
      );
    };
    for (const original of mentions) {
      const m: Mention = { ...original };
      const words = wordsOf(analyzed, m);
      // a capital the recogniser took for a person ("Ottawa said") that names no person of the corpus is the
      // capital: the list's reading comes back, and with it the capital acting for its government
      const capitalOf = words.length === 1 && m.type === 'Person' && m.kind === 'name' && !m.entity ? countryByCapital.get(words[0]!) : undefined;
      if (capitalOf && !personByWord(words[0]!)) {
        Object.assign(m, { type: 'Location', ruleId: 'gazetteer-capital', country: capitalOf.key, canonical: words[0]! });
        delete m.weak;
        delete m.untyped;
      }
      // …and so is a seat of government the country data does not call its capital ("accused La Paz", "The Hague
      // summoned"), whatever the recogniser typed it
      const seat = m.kind === 'name' && !m.entity && m.type !== 'Location' && words.length <= 3 ? seatOfGovernment(words.join(' ')) : undefined;
      const seatCountry = seat ? countryKeyOfCca2(seat) : undefined;
      if (seatCountry) {
        Object.assign(m, { type: 'Location', ruleId: 'gazetteer-capital', country: seatCountry, canonical: words.join(' ') });
        delete m.weak;
        delete m.untyped;
      }
      // "the Islamic Republic" in a story that names Iran is Iran: the title of its official name
      const titled = m.kind === 'name' && !m.entity && words.length >= 2 ? countriesByOfficialTitle.get(words.join(' ')) : undefined;
      const titledCountry = titled?.filter((c) => mentions.some((o) => o.entity === c.key));
      if (titledCountry?.length === 1) {
        Object.assign(m, { type: 'Country', entity: titledCountry[0]!.key, canonical: titledCountry[0]!.label, ruleId: 'official-title-for-country' });
        delete m.weak;
        delete m.untyped;
        resolved.push(m);
        continue;
      }
      // a single word typed as a place or organisation that is the surname of a person of this document
      // is that person ("Indian Prime Minister Narendra Modi … Modi met …")
      if (m.kind === 'name' && !m.entity && m.type !== 'Person' && words.length === 1 && firstOf(knownPersonWords, lookupForms(words[0]!))) m.weak = true;
      // … and several words that end a known person's longer name ("Le Drian" of "Jean-Yves Le Drian")
      if (m.kind === 'name' && !m.entity && m.type !== 'Person' && words.length >= 2 && longestByTail.has(words.join(' '))) {
        m.type = 'Person';
        delete m.untyped;
        delete m.weak;
      }
      if (m.kind === 'name' && (m.type === 'Person' || m.untyped || m.weak) && !m.entity) {
        // persons, and names typed only weakly or not at all that turn out to be a known person's surname
        if (words.length >= 2 && !m.untyped && !m.weak && m.type === 'Person') {
          m.entity = personKey(withLongestName(words));
          // the label is the name without its honorific: "Ayatollah Ali Khamenei" is Ali Khamenei
          if (words.length < rawWordsOf(analyzed, m).length) m.canonical = analyzed.doc.text.slice(analyzed.tokens[m.last - words.length]!.start, m.end);
          for (const form of surnameForms(words)) lastPersonBySurname.set(form, m.entity);
        } else if (words.length === 1) {
          const w = words[0]!;
          m.entity = personByWord(w, isRoyal(m));
          if (m.entity) m.type = 'Person';
          else if (m.type === 'Person' && !m.untyped && !m.weak) m.entity = `person:${slugify(w)}`;
        }
        if (!m.entity && m.weak) m.entity = `location:${slugify(m.text)}`;
        if (!m.entity) continue; // an untyped capitalised word that names nothing known
        delete m.untyped;
        delete m.weak;
      } else if (m.type === 'Country' && m.kind === 'name' && usStateIsMeant(m)) {
        m.type = 'Location';
        m.canonical = countryByKey.get(m.entity!)!.label;
        m.entity = `location:${slugify(m.canonical)}-us`;
        m.ruleId = 'us-state-by-context';
      } else if (m.ruleId === 'gazetteer-capital' && m.country) {
        const sentenceStart = analyzed.sentences[m.sentence]!.firstToken;
        const prev = m.first > sentenceStart ? analyzed.tokens[m.first - 1]!.text.toLowerCase() : '';
        const next = analyzed.tokens[m.last]?.text ?? '';
        // "Moscow, Russia" and "Moscow-based" are places too
        if (!CAPITAL_PLACE_CONTEXT.has(prev) && next !== ',' && !next.startsWith('-')) {
          m.type = 'Country';
          m.entity = m.country;
          m.canonical = countryByKey.get(m.country)!.label;
          m.ruleId = 'capital-for-government';
        } else m.entity = `location:${slugify(m.canonical ?? m.text)}`;
      } else if (m.type === 'Organization') {
        const bare = m.text.replace(/^the /i, '').toLowerCase();
        // "the Foreign Ministry" is the country-qualified one of the same document, when there is one
        const qualified = COUNTRY_BODIES.includes(bare)
          ? mentions.find((o) => o.ruleId === 'body-of-country' && o.entity?.endsWith(`-${bare.replace(/ /g, '-')}`))
          : undefined;
        m.entity = qualified?.entity ?? orgKey(m.canonical ?? m.text.replace(/^the /i, ''), m.entity);
      } else if (m.type === 'Location' && !m.entity) m.entity = `location:${slugify(m.canonical ?? m.text)}`;
      if (m.entity) resolved.push(m);
    }
    resolved.forEach((m, i) => {
      m.id = i;
    });
    return { analyzed, mentions: resolved };
  });
}
