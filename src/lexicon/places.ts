// Words for kinds of place that a name may carry or leave out: "the Gaza Strip" is also "Gaza", "the Golan
// Heights" "the Golan", "New York City" "New York".
export const PLACE_FEATURE_WORDS = new Set([
  'strip',
  'heights',
  'city',
  'valley',
  'peninsula',
  'island',
  'islands',
  'region',
  'province',
  'desert',
  'mountains',
  'hills',
  'plateau',
  'basin',
  'delta',
  'coast',
  'plains',
  'district',
  'county',
  'prefecture',
  'governorate',
]);

/** Of those, the words that only end names of places ("Manchester City" and "Orange County Council" are not). */
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
