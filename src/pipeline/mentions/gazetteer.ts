// Finds names from word lists in a token stream: countries, demonyms, capitals, seats of government and
// US states. Longest match wins; names are matched with their case, as written in running text, and with
// their diacritics folded ("Chisinau" is the list's "Chișinău", "Bogota" its "Bogotá").
import { countries, countryByDemonym, countryByName } from '../../lexicon/countries.js';
import { SEATS_OF_GOVERNMENT } from '../../lexicon/organizations.js';
import { US_STATE_NAMES } from '../../lexicon/us-states.js';
import { foldDiacritics, slugify } from '../../text/slug.js';
import type { EntityType } from '../../graph/schema.js';
import { tokenize, type Token } from '../text/tokenize.js';

export interface GazetteerEntry {
  type: Exclude<EntityType, 'Charge'>;
  kind: 'country' | 'demonym' | 'capital' | 'seat' | 'us-state';
  /** country key for countries, demonyms, capitals and seats */
  country?: string;
  /** node key for seats of government */
  key?: string;
  canonical: string;
}

interface Phrase {
  /** the name's words as the list writes them, and folded */
  written: string[];
  words: string[];
  entry: GazetteerEntry;
}

// Names that, without their diacritics, are ordinary English words: "Male" is not Malé, the capital of the
// Maldives, nor "Reunion" the island of Réunion. They match only as the list writes them.
const FOLDED_FORMS_THAT_ARE_WORDS = new Set(['Male', 'Reunion']);

export interface GazetteerMatch {
  first: number;
  last: number;
  entry: GazetteerEntry;
}

function buildIndex(): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  const add = (name: string, entry: GazetteerEntry) => {
    const written = tokenize(name).map((t) => t.text);
    if (!written.length) return;
    const words = written.map(foldDiacritics);
    const list = index.get(words[0]!) ?? [];
    if (list.some((p) => p.words.join(' ') === words.join(' '))) return;
    list.push({ written, words, entry });
    list.sort((a, b) => b.words.length - a.words.length);
    index.set(words[0]!, list);
  };
  // earlier additions win on identical names: countries before demonyms before capitals
  for (const [name, c] of countryByName) add(name, { type: 'Country', kind: 'country', country: c.key, canonical: c.label });
  for (const [demonym, c] of countryByDemonym) add(demonym, { type: 'Country', kind: 'demonym', country: c.key, canonical: c.label });
  for (const c of countries)
    for (const cap of c.capitals) add(cap, { type: 'Location', kind: 'capital', country: c.key, canonical: cap.replace(/,? D\.C\.$/, '') });
  const seatKeys = new Map<string, string>();
  for (const seat of SEATS_OF_GOVERNMENT) {
    const compact = slugify(seat.name).replace(/-/g, '');
    // one building, one key: "Élysée" and "Elysee", "Elysee Palace" and "Elysee"
    const shorter = [...seatKeys.entries()].find(([k]) => compact.startsWith(k) && slugify(seat.name).startsWith(`${slugify(seatKeys.get(k)!)}-`));
    if (!seatKeys.has(compact)) seatKeys.set(compact, shorter ? shorter[1] : seat.name);
    const label = seatKeys.get(compact)!;
    const country = countries.find((c) => c.cca2 === seat.country)?.key;
    const entry: GazetteerEntry = { type: 'Organization', kind: 'seat', country, key: `organization:${slugify(label)}`, canonical: label };
    add(seat.name, entry);
    // building names are also written run together in one word ("Downingstreet")
    const words = seat.name.split(' ');
    if (words.length > 1) add(words[0] + words.slice(1).join('').toLowerCase(), entry);
  }
  for (const state of US_STATE_NAMES) add(state, { type: 'Location', kind: 'us-state', canonical: state });
  return index;
}

const index = buildIndex();

/** Two-letter codes ("US", "IT") are words in all-capitals headlines; only read them in ordinary text. */
const isShortCode = (p: Phrase) => p.words.length === 1 && /^[A-Z]{2}$/.test(p.words[0]!);

export function matchGazetteer(tokens: Token[], from: number, to: number, allCaps: boolean): GazetteerMatch[] {
  const matches: GazetteerMatch[] = [];
  for (let i = from; i < to; i++) {
    const candidates = index.get(foldDiacritics(tokens[i]!.text));
    if (!candidates) continue;
    for (const phrase of candidates) {
      const n = phrase.words.length;
      if (i + n > to) continue;
      if (allCaps && isShortCode(phrase)) continue;
      let ok = true;
      let folded = false;
      for (let k = 0; k < n && ok; k++) {
        const text = tokens[i + k]!.text;
        if (text === phrase.written[k]) continue;
        ok = foldDiacritics(text) === phrase.words[k];
        folded = true;
      }
      if (!ok || (folded && FOLDED_FORMS_THAT_ARE_WORDS.has(phrase.words.join(' ')))) continue;
      matches.push({ first: i, last: i + n, entry: phrase.entry });
      i += n - 1;
      break;
    }
  }
  return matches;
}
