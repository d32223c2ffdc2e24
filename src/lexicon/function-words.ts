// Capitalised words that do not start a name: sentence-initial function words, days and months, and
// interjections. Used to tell "The" or "Thursday" from a name.
export const NOT_NAMES = new Set(
  (
    'a an the this that these those there here it its he she they we i you his her their our my your ' +
    'and or but if when while as at by for from in into of on to with without after before since until ' +
    'although though because so also however meanwhile still yet then later earlier now today tomorrow ' +
    'yesterday what who whom whose which where why how all any some many most more other such no not ' +
    'one two three four five six seven eight nine ten first second third last next both each every ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december mr mrs ms dr sir madam oh yes please thanks ' +
    'according asked speaking despite during under over about against between among through'
  ).split(' '),
);
