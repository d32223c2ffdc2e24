// From an argument word to the entity it stands for: the name (or description, demonym, resolved pronoun)
// covering it; a government noun qualified by its country ("the Dutch government", "Iran's authorities"); or a
// pronoun of a state ("Norway said it was withdrawing …", "its ambassador") resolved to the state or body it
// stands for: the subject of the clause that reports it, else the nearest state or body before it in the
// sentence, else the first one acting in the sentence before.
import { GOVERNMENT_WORDS, STATE_ACTOR_NOUNS, PERSONAL_GOVERNMENT } from '../../../lexicon/organizations.js';
import { ROLE_HEAD_NOUNS } from '../../../lexicon/roles.js';
import type { EntityType } from '../../../graph/schema.js';
import type { TreeSentence } from '../../grammar/tree.js';
import type { Mention } from '../../types.js';
import { STATE_PRONOUNS, PLURAL_PRONOUNS } from '../../../lexicon/function-words.js';
import { DEED_NOUN_VERBS, LEAD_VERBS, NEIGHBOUR_NOUNS, STANCE_NOUNS, WRONGDOING_NOUNS } from '../../../lexicon/triggers.js';

export interface Resolved {
  /** node key */
  key: string;
  type: Exclude<EntityType, 'Charge'>;
  /** the word it was read from */
  word: number;
  mention?: Mention;
  /** for a plural pronoun standing for a coordination ("Chile and Peru … their ambassadors"), the others */
  others?: Resolved[];
  /** how it was found: a name, a description or pronoun mention, a qualified government noun, a state pronoun */
  via: 'mention' | 'government' | 'state-pronoun' | 'context';
}

const STATE_TYPES = new Set(['Country', 'Organization']);

function fromMention(m: Mention | undefined, word: number): Resolved | undefined {
  if (!m) return undefined;
  if (m.kind === 'demonym') return m.country ? { key: m.country, type: 'Country', word, mention: m, via: 'mention' } : undefined;
  if (!m.entity || m.untyped) return undefined;
  return { key: m.entity, type: m.type, word, mention: m, via: 'mention' };
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
/** how many sentences back a deed named again is looked for */
const DEED_REACH = 4;

/** The state or person that did, in this sentence before word w or in the few before it, a deed one of `verbs` names. */
function earlierDoer(t: TreeSentence, w: number, verbs: ReadonlySet<string>, scope: ResolveScope): Resolved | undefined {
  for (let i = t.index; i >= Math.max(0, t.index - DEED_REACH); i--) {
    const tree = i === t.index ? t : scope.trees[i];
    if (!tree) continue;
    for (let v = (i === t.index ? w : tree.length) - 1; v >= 0; v--) {
      if (tree.words[v]!.upos !== 'VERB' || !verbs.has(tree.lemma(v))) continue;
      const agent = tree.agent(v);
      const doer = agent === undefined ? undefined : resolveWord(tree, agent, scope, 1);
      if (doer && doer.type !== 'Location') return doer;
    }
  }
  return undefined;
}

/** The sentences of a document, for pronouns that reach back one sentence. */
export interface ResolveScope {
  /** indexed by sentence; sentences not parsed are absent */
  trees: ReadonlyArray<TreeSentence | undefined>;
  /** what "the government" or "the ministry" stands for in a sentence (context/) */
  body?: (sentence: number, noun: string) => string | undefined;
  /**
   * the other party of a story about two countries, given the country acting: of the two countries the story
   * names most, the one not acting, when it is named clearly more than any third (context/)
   */
  storyCounterparty?: (acting: ReadonlySet<string | undefined>) => string | undefined;
}

export function resolveWord(t: TreeSentence, w: number, scope: ResolveScope, depth = 0): Resolved | undefined {
  const direct = fromMention(t.mentionOf[w], w);
  if (direct) return direct;
  if (depth > 3) return undefined;
  const lemma = t.lemma(w);
  if (STATE_PRONOUNS.has(t.lower(w))) return statePronoun(t, w, scope, depth);
  if (!t.isNominal(w)) return undefined;
  // a title or noun set beside a name: "Iran's intelligence minister Ali Fallahiyan", "foreign forces, notably the United States"
  // an apposition stands for the name it is set beside: "Tim Guldimann, the Swiss diplomat who heads …"
  if (t.rel(w) === 'appos' && t.head(w) >= 0 && t.mentionOf[t.head(w)]?.kind === 'name') {
    const r = fromMention(t.mentionOf[t.head(w)], t.head(w));
    if (r) return { ...r, word: w };
  }
  const modifier = ['compound', 'amod', 'flat'].includes(t.rel(w));
  const named = modifier ? undefined : (t.nameAfter(w) ?? t.kids(w, 'appos')[0] ?? (ROLE_HEAD_NOUNS.has(lemma) ? t.appositiveName(w, 'after') : undefined));
  if (named !== undefined) {
    const r = fromMention(t.mentionOf[named], named);
    if (r) return { ...r, word: w };
  }
  // "a Kremlin spokesman", "the Iranian foreign minister" without a name: the body or state they speak for
  if (ROLE_HEAD_NOUNS.has(lemma) && !STATE_ACTOR_NOUNS.has(lemma)) {
    for (const q of t.kids(w, 'amod', 'compound', 'nmod:poss')) {
      const r = resolveWord(t, q, scope, depth + 1);
      if (r && STATE_TYPES.has(r.type)) return { ...r, word: w, via: 'government' };
    }
  }
  // (a wrongdoing too: "condemned the coup by Pierre Buyoya", "the Israeli bombing")
  if ((STANCE_NOUNS.has(lemma) || WRONGDOING_NOUNS.has(lemma)) && depth === 0) {
    for (const q of [...t.withCase(w, ['by'], ['nmod']).flatMap((b) => t.conjuncts(b)), ...t.kids(w, 'nmod:poss', 'amod', 'compound')]) {
      const r = resolveWord(t, q, scope, depth + 1);
      if (r) return { ...r, word: w, via: 'government' };
    }
  }
  // a deed named again, with nothing saying whose: whoever the story said did it, a few sentences before at most
  // ("Poland expelled a Belarusian diplomat … Belarus denounced the move as unfriendly")
  const deedVerbs = DEED_NOUN_VERBS.get(lemma);
  if (deedVerbs && depth === 0 && t.kids(w, 'det').some((d) => DEFINITE.has(t.lower(d))) && !t.kids(w, 'nmod:poss', 'amod').length) {
    const doer = earlierDoer(t, w, deedVerbs, scope);
    if (doer) return { ...doer, word: w, via: 'context' };
  }
  // a broadcaster or paper speaks for whoever runs it: "the PUK-run radio", "a Hamas-owned newspaper"
  if (MEDIA_NOUNS.has(lemma)) {
    for (const run of t.kids(w, 'amod', 'acl').filter((a) => RUN_VERBS.has(t.lemma(a))))
      for (const owner of t.children[run]!) {
        // (before the verb in "the PUK-run radio", its agent in "a radio station run by the PUK")
        const r = owner < run || t.rel(owner) === 'obl:agent' || t.caseOf(owner) === 'by' ? fromMention(t.mentionOf[owner], owner) : undefined;
        if (r) return { ...r, word: w, via: 'government' };
      }
  }
  // a group named by who leads it: "the opposition, led by Maria Corina Machado," stands for her
  for (const led of t.kids(w, 'acl')) {
    if (!LEAD_VERBS.has(t.lemma(led))) continue;
    const leader = t.kids(led, 'obl:agent')[0] ?? t.withCase(led, ['by'], ['obl'])[0];
    const r = leader === undefined ? undefined : fromMention(t.mentionOf[leader], leader);
    if (r?.type === 'Person') return { ...r, word: w, via: 'government' };
  }
  // "the country" alone: the country named last before it, in its sentence or the one before ("Norway recalled
  // its envoy. Anna Berg, the country's foreign minister, said …")
  if (THE_COUNTRY_NOUNS.has(lemma) && t.kids(w, 'det').some((d) => t.lower(d) === 'the') && !t.kids(w, 'amod', 'compound', 'nmod:poss', 'nmod').length) {
    const named = lastCountryBefore(t, w, scope);
    if (named) return { ...named, word: w, via: 'context' };
  }
  if (NEIGHBOUR_NOUNS.has(lemma) && depth === 0) {
    const neighbour = neighbourOf(t, w, scope);
    if (neighbour) return neighbour;
  }
  if (STATE_ACTOR_NOUNS.has(lemma) || STATE_ACTOR_NOUNS.has(t.lower(w))) {
    // "the Dutch government", "Iran's government", "the government of Peru", "Iraqi government forces", "the Clinton administration"
    for (const q of [...t.kids(w, 'amod', 'compound', 'nmod:poss'), ...t.withCase(w, ['of'], ['nmod'])]) {
      const r = resolveWord(t, q, scope, depth + 1);
      if (r?.type === 'Country' || (r?.type === 'Person' && PERSONAL_GOVERNMENT.has(lemma))) return { ...r, word: w, via: 'government' };
      // an organisation's people and craft act for it: "United Nations arms inspectors", "NATO jets", "OSCE monitors"
      if (r?.type === 'Organization' && !GOVERNMENT_WORDS.includes(lemma) && t.rel(q) !== 'amod') return { ...r, word: w, via: 'government' };
    }
    // "the government", "the authorities" alone (nothing qualifying them): the body the story's context gives
    const form = t.lower(w);
    if (
      (GOVERNMENT_WORDS.includes(lemma) || GOVERNMENT_WORDS.includes(form)) &&
      t.kids(w, 'det').some((d) => t.lemma(d) === 'the') &&
      !t.kids(w, 'amod', 'compound', 'nmod:poss').length
    ) {
      const key = scope.body?.(t.index, GOVERNMENT_WORDS.includes(form) ? form : lemma);
      if (key) return { key, type: key.startsWith('country:') ? 'Country' : 'Organization', word: w, via: 'context' };
    }
  }
  return undefined;
}

const THE_COUNTRY_NOUNS = new Set(['country', 'nation']);
/** Media that speak for whoever runs them, and the verbs that say who does ("PUK-run radio", "state-owned"). */
const MEDIA_NOUNS = new Set(['radio', 'television', 'tv', 'newspaper', 'paper', 'daily', 'agency', 'channel', 'broadcaster', 'station', 'website', 'outlet']);
const RUN_VERBS = new Set(['run', 'own', 'control', 'back', 'operate', 'fund']);

/** The country named last before word w by its name (not a demonym: "two Iranian diplomats"): in its sentence, else in the sentence before. */
function lastCountryBefore(t: TreeSentence, w: number, scope: ResolveScope): Resolved | undefined {
  const before = scope.trees[t.index - 1];
  for (const [tree, from] of [[t, w - 1], ...(before ? [[before, before.length - 1]] : [])] as Array<[TreeSentence, number]>)
    for (let k = from; k >= 0; k--) {
      const m = tree.mentionOf[k];
      const r = m?.kind === 'name' ? fromMention(m, k) : undefined;
      if (r?.type === 'Country') return r;
    }
  return undefined;
}

/**
 * "its neighbour": the country named last before it in the sentence that is not the possessor's ("Algeria broke
 * off relations with Morocco, accusing its neighbour of …": Morocco).
 */
function neighbourOf(t: TreeSentence, w: number, scope: ResolveScope): Resolved | undefined {
  const possessor = t.kids(w, 'nmod:poss')[0];
  if (possessor === undefined) return undefined;
  const own = resolveWord(t, possessor, scope, 1)?.key;
  for (let k = w - 1; k >= 0; k--) {
    const r = fromMention(t.mentionOf[k], k);
    if (r?.type === 'Country' && r.key !== own) return { ...r, word: w, via: 'government' };
  }
  return undefined;
}

function isState(r: Resolved | undefined): r is Resolved {
  return !!r && STATE_TYPES.has(r.type);
}

function statePronoun(t: TreeSentence, w: number, scope: ResolveScope, depth: number): Resolved | undefined {
  // the subject of the clause that reports or governs this one: "Turkey said it would …", "Norway, which said its …"
  // (a subject written in the clause: one a clause borrows by control is too often the wrong state, "Iran asked
  // Germany to extradite its former president")
  for (let c = t.head(w), steps = 0; c >= 0 && steps < 4; c = t.head(c), steps++) {
    const subject = t.kids(c, 'nsubj')[0];
    if (subject !== undefined && subject !== w && subject < w) {
      const r = resolveWord(t, subject, scope, depth + 1);
      if (isState(r)) {
        // "they", "their" stand for every state of a coordinated subject
        const others = PLURAL_PRONOUNS.has(t.lower(w))
          ? t
              .conjuncts(subject)
              .slice(1)
              .map((k) => resolveWord(t, k, scope, depth + 1))
              .filter(isState)
          : [];
        return { ...r, word: w, via: 'state-pronoun', ...(others.length ? { others } : {}) };
      }
    }
  }
  // the state the sentence opens with as a subject, where the parse gave the pronoun's clause none ("Algeria severed
  // relations with Morocco, the minister said, accusing its neighbour of hostile actions")
  for (let k = 0; k < w; k++) {
    if (!t.rel(k).startsWith('nsubj')) continue;
    const r = fromMention(t.mentionOf[k], k);
    if (isState(r)) return { ...r, word: w, via: 'state-pronoun' };
    break;
  }
  // the nearest state or body before it in the sentence
  for (let k = w - 1; k >= 0; k--) {
    const r = fromMention(t.mentionOf[k], k);
    if (isState(r)) return { ...r, word: w, via: 'state-pronoun' };
  }
  // the first state or body acting in the sentence before
  const previous = scope.trees[t.index - 1];
  if (previous && previous.index === t.index - 1) {
    for (let k = 0; k < previous.length; k++) {
      if (!previous.rel(k).startsWith('nsubj')) continue;
      const r = fromMention(previous.mentionOf[k], k);
      if (isState(r)) return { ...r, word: w, via: 'state-pronoun' };
    }
  }
  return undefined;
}
