/** Words for natural features that only end names of places ("Manchester City" and "Orange County Council" are not). */
export const NATURAL_FEATURE_WORDS = new Set([
  'strip',
  'heights',
  'valley',
  'peninsula',
  'island',
  'islands',
  'desert',
  'mountains',
  'hills',
  'plateau',
  'basin',
  'delta',
  'coast',
  'plains',
]);

// Words for kinds of place that a name may carry or leave out: "the Gaza Strip" is also "Gaza", "the Golan
// Heights" "the Golan", "New York City" "New York": the natural features, and the kinds of town and region.
export const PLACE_FEATURE_WORDS = new Set([...NATURAL_FEATURE_WORDS, 'city', 'region', 'province', 'district', 'county', 'prefecture', 'governorate']);

/** words of direction or position before a kind of place: "North Island" is not "the North" */
export const DIRECTION_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower']);

// A capital is the place after a preposition or a verb of travel ("in Moscow", "back to Moscow",
// "visited Washington"); elsewhere it is the government acting or acted upon ("Moscow said", "warned Taipei",
// "a tougher line with Moscow than Washington did").
export const CAPITAL_PLACE_CONTEXT = new Set(
  (
    'in at to from into near across toward towards outside around via through inside within of visited visit ' +
    'visits visiting toured left leaving reached arrive arrived flew travelled traveled ' +
    // a capital after an article qualifies a noun: "the Cairo episode", "a Moscow court"
    'the a an ' +
    // a capital named as one: "the Croatian capital Zagreb", "the port city Aden"
    'capital city town port'
  ).split(' '),
);

/** nouns for a country, which is left, not expelled from: "ordered to leave the country" */
export const COUNTRY_NOUNS = new Set(['country', 'territory', 'kingdom', 'nation', 'state', 'republic']);
