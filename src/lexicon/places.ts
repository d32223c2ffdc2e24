// Words for kinds of place that a name may carry or leave out: "the Gaza Strip" is also "Gaza", "the Golan
// Heights" "the Golan", "New York City" "New York".
export const PLACE_FEATURE_WORDS = new Set([
  'strip', 'heights', 'city', 'valley', 'peninsula', 'island', 'islands', 'region', 'province', 'desert',
  'mountains', 'hills', 'plateau', 'basin', 'delta', 'coast', 'district', 'county', 'prefecture', 'governorate',
]);
