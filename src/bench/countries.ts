// The countries generated news draws from, by name; demonym and capital come from the word lists' data
// (world-countries), so every one is a word the recogniser knows and no table is typed twice.
import { countryByName } from '../lexicon/countries.js';

/** [name, demonym, capital] of each named country, in the order given (generators pick from it by index). */
export function benchCountries(names: readonly string[]): [string, string, string][] {
  return names.map((name) => {
    const info = countryByName.get(name);
    if (!info?.demonyms[0] || !info.capitals[0]) throw new Error(`newsgraph bench: no demonym or capital for "${name}" in the country data`);
    return [name, info.demonyms[0], info.capitals[0]];
  });
}
