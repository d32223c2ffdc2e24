// Whether a sentence asserts the event of a trigger word, read once from the tree for every rule: negated ("has
// not recalled", "refused to recall"), or not asserted at all: a modal or future ("could recall", "will
// recall"), a condition or question ("if it recalls", "whether to recall"), a demand, plan or threat over it
// ("urged Oslo to recall", "plans to recall", "called for the recall of"), a denial ("denied that it had
// recalled"). Walks up from the trigger through the clauses that embed it.
import { CONDITION_MARKERS, MODALS, NEGATIONS, NEGATIVE_VERBS, NON_FACTIVE_NOUNS, NON_FACTIVE_VERBS } from '../../lexicon/triggers.js';
import type { TreeSentence } from './tree.js';
import { FUTURE_AUXILIARIES, NEGATIVE_PRONOUNS } from '../../lexicon/function-words.js';

export interface Assertion {
  status: 'asserted' | 'negated' | 'unasserted';
  /** the word that decided it, for diagnostics */
  cue?: string;
}

const ASSERTED: Assertion = { status: 'asserted' };
/** how far up the tree embedding clauses are followed */
const MAX_DEPTH = 8;

export function assertionOf(t: TreeSentence, trigger: number, ownOnly = false, pastFuture = false): Assertion {
  let negated: string | undefined;
  let node = trigger;
  let modalsOnly = false;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    for (const c of t.children[node]!) {
      const rel = t.rel(c);
      const lemma = t.lemma(c);
      if ((rel === 'aux' || rel === 'aux:pass') && MODALS.has(lemma)) {
        // (read past the future that makes an intention: what its "would" leaves, negation or a denial above it)
        if (pastFuture && FUTURE_AUXILIARIES.has(t.lower(c))) continue;
        return { status: 'unasserted', cue: t.words[c]!.form };
      }
      if (modalsOnly) continue;
      if ((rel === 'advmod' || rel === 'det') && (NEGATIONS.has(lemma) || NEGATIONS.has(t.lower(c)))) negated ??= t.words[c]!.form;
      if (rel === 'mark' && CONDITION_MARKERS.has(lemma)) return { status: 'unasserted', cue: t.words[c]!.form };
      // a negative subject: "nobody accused Argentina", "no country recalled its envoy"
      if (rel.startsWith('nsubj') && (NEGATIVE_PRONOUNS.has(t.lower(c)) || t.kids(c, 'det').some((d) => t.lower(d) === 'no'))) negated ??= t.words[c]!.form;
    }
    const rel = t.rel(node);
    const h = t.head(node);
    if (h < 0 || ownOnly) break;
    const governor = t.lemma(h);
    // (an "of" or "from" clause too: "stopped short of recalling", "refrained from accusing")
    if (rel === 'xcomp' || rel === 'ccomp' || rel === 'csubj' || (rel === 'advcl' && ['to', 'of', 'from'].includes(t.caseOf(node) ?? ''))) {
      if (NEGATIVE_VERBS.has(governor) && rel !== 'ccomp') negated ??= t.words[h]!.form;
      else if (NON_FACTIVE_VERBS.has(governor)) return { status: 'unasserted', cue: t.words[h]!.form };
      // "had no plans to withdraw", "has a plan to recall": the plan is the governor's object
      const plan = t.kids(h, 'obj').find((o) => NON_FACTIVE_NOUNS.has(t.lemma(o)) || NON_FACTIVE_NOUNS.has(t.lower(o)));
      if (plan !== undefined && rel === 'xcomp') return { status: 'unasserted', cue: t.words[plan]!.form };
      // "there were rumours that …": the clause of a rumour or report the parser hung on "be" beside it
      const rumour =
        governor === 'be' ? t.kids(h, 'nsubj', 'obj').find((o) => NON_FACTIVE_NOUNS.has(t.lemma(o)) || NON_FACTIVE_NOUNS.has(t.lower(o))) : undefined;
      if (rumour !== undefined) return { status: 'unasserted', cue: t.words[rumour]!.form };
      node = h;
      modalsOnly = false;
      continue;
    }
    // "plans to withdraw", "no plans to withdraw", "calls for a visit": a plan or demand is no event
    if ((rel === 'acl' || rel === 'xcomp') && t.isNominal(h) && NON_FACTIVE_NOUNS.has(governor)) return { status: 'unasserted', cue: t.words[h]!.form };
    if (rel === 'conj') {
      // a bare verb shares the first conjunct's auxiliaries ("could recall or expel"), never its negation; a
      // verb in a tense of its own does not ("said Moscow would respond and accused Berlin of …")
      if (t.lower(node) !== t.lemma(node)) break;
      node = h;
      modalsOnly = true;
      continue;
    }
    // a noun trigger: the verb or noun that governs it ("demanded the recall", "calls for a visit", "cancelled the visit")
    if (t.isNominal(trigger) && node === trigger) {
      if (NON_FACTIVE_NOUNS.has(governor) && t.isNominal(h)) return { status: 'unasserted', cue: t.words[h]!.form };
      if (['obj', 'nsubj:pass', 'obl', 'nmod'].includes(rel.split(':')[0] === 'obl' ? 'obl' : rel)) {
        if (NEGATIVE_VERBS.has(governor)) negated ??= t.words[h]!.form;
        else if (NON_FACTIVE_VERBS.has(governor)) return { status: 'unasserted', cue: t.words[h]!.form };
        if (t.isVerbal(h)) {
          node = h;
          modalsOnly = false;
          continue;
        }
      }
    }
    break;
  }
  return negated ? { status: 'negated', cue: negated } : ASSERTED;
}

/** A question asserts nothing: the sentence ends in a question mark (before closing quotes). */
export function isQuestion(t: TreeSentence): boolean {
  for (let i = t.length - 1; i >= 0; i--) {
    const f = t.words[i]!.form;
    if (f === '?' || f.endsWith('?')) return true;
    if (!/^["'”’)\]]+$/.test(f)) return false;
  }
  return false;
}
