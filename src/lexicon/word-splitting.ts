// How Universal Dependencies English writes a token as several syntactic words, from the UD English
// tokenisation guidelines (https://universaldependencies.org/en/tokenization.html): clitics are words of their
// own ("do" "n't", "it" "'s", "we" "'ve"), a few fused forms are split ("can" "not", "gon" "na"), and a
// hyphenated compound is split at its hyphens unless its first part is a bound prefix ("e-mail", "non-profit",
// "anti-war" stay whole).

/** Clitics written after the word they lean on; "n't" is handled apart because it takes a letter from its host. */
export const TRAILING_CLITICS = ["'s", "'re", "'ve", "'ll", "'d", "'m"];

/** Fused forms that are two words, and where they split: "cannot" → "can" + "not". */
export const FUSED_WORDS: ReadonlyMap<string, number> = new Map([
  ['cannot', 3],
  ['gonna', 3],
  ['wanna', 3],
  ['gotta', 3],
  ['gimme', 3],
  ['lemme', 3],
]);

/** Bound prefixes of English: a hyphenated word starting with one of them is a single word. */
export const HYPHEN_PREFIXES = new Set(
  (
    'ante anti auto bi bio co counter cross dis e ex extra hyper infra inter intra macro mega meta micro mid ' +
    'mini mis mono multi neo non omni over pan para poly post pre pro proto pseudo psycho quasi re retro semi socio ' +
    'sub super supra trans tri ultra un under uni vice'
  ).split(' '),
);
