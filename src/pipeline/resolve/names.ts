// Stage 3: proper names → entities, inside and across documents.
//   persons: "Scholz" joins the "Olaf Scholz" mentioned last in the same document, else the only full
//   name with that surname in the corpus; countries come keyed from the word lists; capitals stand for
//   their country where they act ("Moscow said"); names that are both a country and a US state are typed
//   by the document ("Georgia" in a story about Washington with nothing Georgian in it is the US state).
import { countryByKey } from '../../lexicon/countries.js';
import { COUNTRY_BODIES } from '../../lexicon/organizations.js';
import { US_STATE_NAMES } from '../../lexicon/us-states.js';
import { foldDiacritics, slugify } from '../../text/slug.js';
import type { AnalyzedDocument, Mention } from '../types.js';

export interface DocumentMentions {
  analyzed: AnalyzedDocument;
  mentions: Mention[];
}

// A capital is the place after a preposition or a verb of travel ("in Moscow", "back to Moscow",
// "visited Washington"); elsewhere it is the government acting or acted upon ("Moscow said", "warned Taipei",
// "a tougher line with Moscow than Washington did").
const PLACE_CONTEXT = new Set(
  ('in at to from into near across toward towards outside around via through inside within of visited visit ' +
    'visits visiting toured left leaving reached arrive arrived flew travelled traveled').split(' '),
);

const US = 'country:united-states';

// a name's words with diacritics folded, so "Albares" is the "José Manuel Albarés" of another sentence
const wordsOf = (a: AnalyzedDocument, m: Mention) =>
  a.tokens.slice(m.first, m.last).map((t) => foldDiacritics(t.text)).filter((w) => w !== '.');

export function resolveNames(docs: DocumentMentions[]): DocumentMentions[] {
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
  for (const { analyzed, mentions } of docs)
    for (const m of mentions) {
      if (m.type !== 'Person' || m.kind !== 'name' || m.untyped || m.weak) continue;
      const words = withLongestName(wordsOf(analyzed, m));
      if (words.length < 2) continue;
      const surname = words[words.length - 1]!;
      const key = personKey(words);
      if (!fullNamesBySurname.has(surname)) fullNamesBySurname.set(surname, new Set());
      fullNamesBySurname.get(surname)!.add(key);
    }

  // organisation names that differ only in spacing or case are one organisation ("Downing street")
  const orgKeyByCompact = new Map<string, string>();
  const orgKey = (label: string, given?: string) => {
    const compact = slugify(label).replace(/-/g, '');
    if (!orgKeyByCompact.has(compact)) orgKeyByCompact.set(compact, given ?? `organization:${slugify(label)}`);
    return orgKeyByCompact.get(compact)!;
  };
  for (const { mentions } of docs)
    for (const m of mentions) if (m.type === 'Organization' && m.entity) orgKey(m.canonical ?? m.text, m.entity);

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
    for (const m of mentions) {
      if (m.type === 'Person' && m.kind === 'name' && !m.untyped && !m.weak) {
        const words = wordsOf(analyzed, m);
        if (words.length >= 2) for (const w of [words[words.length - 1]!]) knownPersonWords.set(w, personKey(words));
      }
    }
    for (const original of mentions) {
      const m: Mention = { ...original };
      const words = wordsOf(analyzed, m);
      // a single word typed as a place or organisation that is the surname of a person of this document
      // is that person ("Indian Prime Minister Narendra Modi … Modi met …")
      if (m.kind === 'name' && !m.entity && m.type !== 'Person' && words.length === 1 && knownPersonWords.has(words[0]!)) m.weak = true;
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
          lastPersonBySurname.set(words[words.length - 1]!, m.entity);
        } else if (words.length === 1) {
          const w = words[0]!;
          const corpus = fullNamesBySurname.get(w);
          m.entity =
            lastPersonBySurname.get(w) ?? knownPersonWords.get(w) ?? (corpus?.size === 1 ? [...corpus][0] : undefined);
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
        if (!PLACE_CONTEXT.has(prev) && next !== ',' && !next.startsWith('-')) {
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
    resolved.forEach((m, i) => (m.id = i));
    return { analyzed, mentions: resolved };
  });
}
