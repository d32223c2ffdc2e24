// Lemmas: open-class words through wink-lemmatizer (WordNet's exception lists and suffix rules), and what the
// treebank teaches that WordNet does not (clitics "'s" → be, "'ve" → have, "n't" → not; modals stay
// themselves, "would" is not "will") from a table learnt in training: the lemma the training data gives a
// (lower-cased form, tag) pair most often, kept only where the rules would say otherwise.
import winkLemmatizer from 'wink-lemmatizer';
import type { Upos } from './lexical.js';

/** The lemma the rules give, before the learnt exceptions. */
export function ruleLemma(form: string, upos: Upos | string): string {
  switch (upos) {
    case 'PROPN':
      return form;
    case 'VERB':
    case 'AUX':
      return winkLemmatizer.lemmatizeVerb(form.toLowerCase());
    case 'NOUN':
      return winkLemmatizer.lemmatizeNoun(form.toLowerCase());
    case 'ADJ':
      return winkLemmatizer.lemmatizeAdjective(form.toLowerCase());
    case 'NUM':
    case 'SYM':
    case 'X':
      return form;
    default:
      return form.toLowerCase();
  }
}

/** The lemmas a lower-case word could have, whatever its part of speech: "recalled" → recall, "envoys" → envoy. */
export function lemmaCandidates(lower: string): string[] {
  return [winkLemmatizer.lemmatizeVerb(lower), winkLemmatizer.lemmatizeNoun(lower), winkLemmatizer.lemmatizeAdjective(lower)];
}

/** Key of the learnt exception table. */
export const lemmaKey = (form: string, upos: string) => `${form.toLowerCase()}\t${upos}`;

/** The lemma of a word: the learnt exception for its form and tag, else the rules. */
export function lemmatize(form: string, upos: Upos | string, exceptions: ReadonlyMap<string, string>): string {
  return exceptions.get(lemmaKey(form, upos)) ?? ruleLemma(form, upos);
}
