// Countries, their names, codes, demonyms and capitals, from the world-countries data package.
import worldCountriesData, { type Country } from 'world-countries';
import { slugify } from '../text/slug.js';

export interface CountryInfo {
  /** node key, e.g. country:united-states */
  key: string;
  /** canonical label: the data package's common English name */
  label: string;
  cca2: string;
  demonyms: string[];
  capitals: string[];
}

// Common English names that the data package does not list among a country's spellings. A short list of
// names in everyday news use, kept here because no maintained package carries them.
const EXTRA_NAMES: Record<string, string[]> = {
  US: ['US', 'America', 'United States of America', 'U.S.A.', 'the States'],
  GB: ['Britain', 'Great Britain', 'U.K.'],
  TR: ['Turkey'],
  CZ: ['Czech Republic'],
  // (and its name from 1971 to 1997, which news of those years uses)
  CD: ['Congo-Kinshasa', 'Democratic Republic of the Congo', 'Zaire'],
  KR: ['Korea'],
  VA: ['Holy See'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  CV: ['Cape Verde'],
  TL: ['East Timor'],
};

// Adjectives news writes that the package's demonyms do not give (it has older or noun forms: "Filipino",
// "Kirghiz", "Tadzhik", "Uzbekistani", "Saudi Arabian", "Ecuadorean")
const EXTRA_DEMONYMS: Record<string, string[]> = {
  PH: ['Philippine'],
  KG: ['Kyrgyz'],
  TJ: ['Tajik'],
  UZ: ['Uzbek'],
  CV: ['Cape Verdean'],
  SA: ['Saudi'],
  EC: ['Ecuadorian'],
  CD: ['Zairean', 'Zairian'],
  TL: ['Timorese'],
};

// Two-letter codes that are also English words are only read as countries when written in capitals in
// ordinary (not all-capitals) text; see lexicon use in mentions/lexicon.ts.
export const countries: CountryInfo[] = [];
/** surface form (exact case) → country */
export const countryByName = new Map<string, CountryInfo>();
/** lower-cased surface form → country, for names of three characters or more */
export const countryByLowerName = new Map<string, CountryInfo>();
export const countryByDemonym = new Map<string, CountryInfo>();
export const countryByCapital = new Map<string, CountryInfo>();
export const countryByKey = new Map<string, CountryInfo>();
/** The part of official names before "of", of two words or more: "Islamic Republic" → [Iran], "People's Republic" → [China] */
export const countriesByOfficialTitle = new Map<string, CountryInfo[]>();

// the package ships ESM with a default-exported array, but its typings are read as CommonJS under NodeNext
const worldCountries = worldCountriesData as unknown as Country[];

const isLatin = (s: string) => /^[\p{Script=Latin}\s.'’,()-]+$/u.test(s);

// Where several entries share a name or demonym ("American": the United States, American Samoa, …) the
// first one added keeps it, so independent countries come first, larger before smaller.
const byPrecedence = [...worldCountries].sort(
  (a, b) => Number(b.independent === true) - Number(a.independent === true) || b.area - a.area || a.cca2.localeCompare(b.cca2),
);

for (const c of byPrecedence) {
  const label = c.name.common;
  // (a country of two parts has one for each: "Bosnian, Herzegovinian", "Kittitian or Nevisian")
  const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])].flatMap((d) => (d ? d.split(/, | or /) : [])))];
  // "Washington D.C." is also written "Washington, D.C." and, for the government, plain "Washington"
  const capitals = (c.capital ?? []).flatMap((cap: string) => {
    const bare = cap.replace(/,?\s+D\.?C\.?$/, '');
    return bare === cap ? [cap] : [cap, bare, `${bare}, D.C.`];
  });
  const info: CountryInfo = { key: `country:${slugify(label)}`, label, cca2: c.cca2, demonyms, capitals };
  countries.push(info);
  countryByKey.set(info.key, info);
  const names = [label, c.name.official, ...(c.altSpellings ?? []), ...(EXTRA_NAMES[c.cca2] ?? [])].filter(isLatin);
  for (const raw of names) {
    // "Congo, the Democratic Republic of the" and similar index forms are not how text names a country
    if (raw.includes(',')) continue;
    // ISO codes are not names in prose ("PA" is the Palestinian Authority, not Panama); the few that are
    // ("US") are listed in EXTRA_NAMES
    if (raw === c.cca2 && !EXTRA_NAMES[c.cca2]?.includes(raw)) continue;
    const name = raw.replace(/^The\s+/, '');
    if (!countryByName.has(name)) countryByName.set(name, info);
    if (name.length >= 2 && /^[A-Z]{2}$/.test(name)) {
      const dotted = `${name[0]}.${name[1]}.`;
      if (!countryByName.has(dotted)) countryByName.set(dotted, info);
    }
    if (name.length >= 3 && !/^[A-Z]{3}$/.test(name) && !countryByLowerName.has(name.toLowerCase())) countryByLowerName.set(name.toLowerCase(), info);
  }
  for (const d of demonyms) if (!countryByDemonym.has(d)) countryByDemonym.set(d, info);
  const title = /^(.+?) of /.exec(c.name.official)?.[1];
  if (title?.includes(' ') && isLatin(title)) countriesByOfficialTitle.set(title, [...(countriesByOfficialTitle.get(title) ?? []), info]);
  for (const cap of capitals) if (!countryByCapital.has(cap)) countryByCapital.set(cap, info);
}

// "Bosnia" for Bosnia and Herzegovina, "Trinidad" for Trinidad and Tobago: the first part of an independent
// country's name "X and Y", where it names nothing else
for (const c of byPrecedence) {
  if (c.independent !== true) continue;
  const first = /^(.+?) and /.exec(c.name.common)?.[1];
  if (first && isLatin(first) && !countryByName.has(first) && !countryByCapital.has(first) && !countryByDemonym.has(first))
    countryByName.set(first, countryByKey.get(`country:${slugify(c.name.common)}`)!);
}

/**
 * Names news gives two countries alike: "Congo" and "Congolese" for either Congo. The data package gives each to
 * one of them; a story that names one of the two otherwise ("Democratic Republic of Congo", "Kinshasa") means
 * that one (src/pipeline/mentions/index.ts).
 */
export const SHARED_COUNTRY_NAMES: ReadonlyMap<string, CountryInfo[]> = new Map(
  Object.entries({ Congo: ['CD', 'CG'], Congolese: ['CD', 'CG'] }).map(([name, codes]) => [name, codes.map((code) => countries.find((c) => c.cca2 === code)!)]),
);

export function countryOf(key: string): CountryInfo | undefined {
  return countryByKey.get(key);
}
