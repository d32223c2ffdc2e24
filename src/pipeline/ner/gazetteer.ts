// Name lists the tagger consults as features (never as answers): countries, their demonyms and capitals from
// the world-countries package. A list hit only tells the model "this is in list K at part P"; the weights
// learnt on eng.train decide what that is worth next to the context.
import worldCountriesData, { type Country } from 'world-countries';
import type { Token } from '../text/tokenize.js';

export const GAZETTEER_KINDS = ['country', 'demonym', 'capital'] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

interface Entry {
  words: string[];
  kind: number;
}

export interface Gazetteer {
  /** entries by their first word, lower-cased; longest first */
  byFirst: Map<string, Entry[]>;
}

// "United States" → ["united", "states"]; the same tokeniser rules as the text (dots kept inside U.S.)
const words = (name: string) => name.toLowerCase().match(/(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? [];

export function buildGazetteer(lists: Record<GazetteerKind, Iterable<string>>): Gazetteer {
  const byFirst = new Map<string, Entry[]>();
  GAZETTEER_KINDS.forEach((kind, k) => {
    for (const name of lists[kind]) {
      const w = words(name);
      if (!w.length) continue;
      const list = byFirst.get(w[0]!) ?? [];
      if (!list.some((e) => e.kind === k && e.words.join(' ') === w.join(' '))) list.push({ words: w, kind: k });
      byFirst.set(w[0]!, list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

// the package is CommonJS: at run time its default import is the array itself
const countries = worldCountriesData as unknown as Country[];

let standard: Gazetteer | undefined;

/** The gazetteer from world-countries: common and official names, alternative spellings, demonyms, capitals. */
export function standardGazetteer(): Gazetteer {
  if (standard) return standard;
  const country: string[] = [];
  const demonym: string[] = [];
  const capital: string[] = [];
  for (const c of countries) {
    country.push(c.name.common, c.name.official);
    // alternative spellings include codes (US, GB) and long forms; codes of two letters are only used in caps
    for (const alt of c.altSpellings) if (alt.length > 1) country.push(alt);
    const eng = c.demonyms?.eng;
    if (eng) demonym.push(eng.m, eng.f);
    capital.push(...(c.capital ?? []));
  }
  standard = buildGazetteer({ country, demonym, capital });
  return standard;
}

/**
 * Marks list hits on a document's tokens: for each token, a bit set of (kind, part) where part is 0 single,
 * 1 first, 2 inside, 3 last. Only capitalised words start a match ("US" but not "us").
 */
export function markGazetteer(gaz: Gazetteer, tokens: Token[], lower: string[]): Uint16Array {
  const marks = new Uint16Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const c = tokens[i]!.text.charCodeAt(0);
    if (!(c >= 65 && c <= 90) && !(c > 127 && tokens[i]!.text[0]!.toLowerCase() !== tokens[i]!.text[0])) continue;
    const entries = gaz.byFirst.get(lower[i]!);
    if (!entries) continue;
    for (const e of entries) {
      const n = e.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = lower[i + k] === e.words[k];
      if (!ok) continue;
      if (n === 1) marks[i]! |= 1 << (e.kind * 4);
      else {
        marks[i]! |= 1 << (e.kind * 4 + 1);
        for (let k = 1; k < n - 1; k++) marks[i + k]! |= 1 << (e.kind * 4 + 2);
        marks[i + n - 1]! |= 1 << (e.kind * 4 + 3);
      }
    }
  }
  return marks;
}
