// Paths from a trigger word to its arguments, written as short strings in the rule tables (in the spirit of
// Odin's dependency paths and Semgrex):
//
//   agent            the logical subject (subject, "by" agent of a passive, controller, shared subject)
//   patient          the logical object (object, subject of a passive, the noun a relative clause modifies)
//   poss             the possessor ("Norway's" of "Norway's recall", "its" of "its envoy"); poss-name: not a pronoun
//   >rel             a child by relation: >obj, >obl, >nmod, >appos, >xcomp (a bare relation takes its subtypes)
//   >rel[to,in]      … whose case marker is one of these words: >obl[from], >nmod[to,in]
//   <                the head; <rel: the head, when the word hangs on it by rel
//   >>[of,for]       the phrases below the word (not inside its subject or object) marked by one of these words:
//                    "accused Pakistan on Thursday of planning …" wherever the parser hung "of planning"
//   self             the trigger itself
//   of-after-patient the phrase "of …" right after the patient, past a time phrase ("accused Benin on Friday of …")
//   called-off       a verb joined to the word's clause that calls it off ("…, but he called off the trip")
//   name-after       the name that starts right after the word ("Minister" → "Ali Fallahiyan"): titles are
//                    written before names, a surface pattern the parser of web text often misses
//   appositive-after, appositive-before
//                    the name set off by commas after or before the word's phrase ("Iran's envoy to the UN,
//                    Majid Ravanchi," / "Gyaicain Norbu, chairman of …"), read on the surface
//   title-qualifier  the name within the title before the word ("EU" of "EU Farm Commissioner")
//   reporter         the verb that reports the word's clause ("says" in "Egypt says Sudan sheltered …")
//   named, named-as  who a verb of naming names, and as what ("branded Lukashenko a terrorist")
//   left-not-country what diplomats are told to leave when it is not a country ("the building")
//   clause           what the word's clause says: the word and its nominal objects, obliques and complement
//
// Steps are separated by spaces and run left to right over sets of words; alternatives are separated by " | "
// and tried in order: the first that reaches a word gives the argument (for an entity argument, the first that
// reaches an entity of a type the argument allows).
import { CANCEL_VERBS, LEAVE_VERBS, PUT_OFF_VERBS, REPORT_OR_ALLEGE_VERBS } from '../../../lexicon/triggers.js';
import type { TreeSentence } from '../../grammar/tree.js';
import { COUNTRY_NOUNS } from '../../../lexicon/places.js';

type Step = (t: TreeSentence, from: number) => number[];

const one = (w: number | undefined) => (w === undefined ? [] : [w]);

const NAMED_STEPS: Record<string, Step> = {
  agent: (t, w) => one(t.agent(w)),
  patient: (t, w) => one(t.patient(w)),
  poss: (t, w) => one(t.possessorOf(w)),
  // a possessor named, not a pronoun ("Russia's aggression", not "its aggression", whose antecedent is a guess)
  'poss-name': (t, w) => t.kids(w, 'nmod:poss').filter((p) => t.words[p]!.upos !== 'PRON'),
  self: (_, w) => [w],
  '<': (t, w) => one(t.head(w) >= 0 ? t.head(w) : undefined),
  'name-after': (t, w) => one(t.nameAfter(w)),
  // the phrase "of …" written right after the patient, past a time phrase, wherever the parser hung it: "accused
  // Benin on Friday of hosting French troops" (the word "of" marks)
  'of-after-patient': (t, w) => {
    let p = t.patient(w);
    if (p === undefined || p < w) return [];
    while (p + 1 < t.length && t.head(p + 1) === p && t.rel(p + 1) === 'flat') p++;
    for (let k = p + 1; k < Math.min(t.length - 1, p + 6); k++) {
      if (t.lower(k) === 'of') {
        const marked = t.head(k);
        if (marked <= k) return [];
        // a verb the parser made a modifier of its own object ("of hosting French troops") stands for the phrase
        return [t.rel(marked) === 'amod' && t.head(marked) > marked ? t.head(marked) : marked];
      }
      if (t.words[k]!.upos === 'VERB' || t.words[k]!.upos === 'PUNCT') return [];
    }
    return [];
  },
  // a plan called off in the clause joined to it: "had been due to fly to Moscow, but he called off the trip"
  'called-off': (t, w) =>
    [w, t.head(w)]
      .filter((k) => k >= 0)
      .flatMap((k) => t.kids(k, 'conj'))
      .filter((c) => c !== w && (CANCEL_VERBS.has(t.lemma(c)) || (PUT_OFF_VERBS.has(t.lemma(c)) && c + 1 < t.length && t.lower(c + 1) === 'off'))),
  'appositive-after': (t, w) => one(t.appositiveName(w, 'after')),
  'appositive-before': (t, w) => one(t.appositiveName(w, 'before')),
  'title-qualifier': (t, w) => one(t.titleQualifier(w)),
  reporter: (t, w) => one(t.reporterOf(w, REPORT_OR_ALLEGE_VERBS)),
  // a verb of naming: who is named ("branded him a killer": him, whether parsed as object or indirect object)
  // and what they are named (a second object, a predicate complement, an "as" phrase)
  named: (t, w) => one(t.kids(w, 'iobj')[0] ?? t.patient(w)),
  'named-as': (t, w) => {
    const objects = t.kids(w, 'obj');
    const second = t.kids(w, 'iobj').length ? objects[0] : objects[1];
    // …or an oblique with no preposition after the object, as a parser may read 'branded the Dutch "Nazi remnants"'
    const bare = t.kids(w, 'obl').find((o) => !t.caseOf(o) && objects.some((b) => b < o));
    // …or a noun with no preposition hung on the object itself: 'branded the Israeli offensive a massacre'
    const onObject = objects.length === 1 ? t.kids(objects[0]!, 'nmod').find((o) => !t.caseOf(o) && o > objects[0]! && t.words[o]!.upos === 'NOUN') : undefined;
    // (not the name of a titled object the parser split off: 'called Venezuelan leader Nicolas Maduro a "dictator"')
    const complement = t.kids(w, 'xcomp').find((x) => !objects.some((o) => t.nameAfter(o) === x));
    return one(complement ?? t.withCase(w, ['as'], ['obl', 'xcomp', 'advcl'])[0] ?? second ?? bare ?? onObject);
  },
  clause: (t, w) => t.predicateHeads(w),
  // what the diplomats are told to leave, when it is not a country: "to leave the building" is no expulsion
  'left-not-country': (t, w) => {
    const leave = [...t.kids(w, 'xcomp', 'advcl'), ...(t.patient(w) !== undefined ? t.kids(t.patient(w)!, 'acl') : [])].filter((k) =>
      LEAVE_VERBS.has(t.lemma(k)),
    );
    return leave
      .flatMap((k) => t.kids(k, 'obj'))
      .filter((o) => !COUNTRY_NOUNS.has(t.lemma(o)) && !['Country', 'Location'].includes(t.mentionOf[o]?.type ?? ''));
  },
};

function compileStep(step: string): Step {
  const named = NAMED_STEPS[step];
  if (named) return named;
  const marked = /^>>\[([^\]]+)\]$/.exec(step);
  if (marked) {
    const markers = new Set(marked[1]!.split(','));
    return (t, w) => t.markedDescendants(w, markers);
  }
  const child = /^>([a-z:,]+)(?:\[([^\]]+)\])?$/.exec(step);
  if (child) {
    const rels = child[1]!.split(',');
    const cases = child[2]?.split(',');
    return cases ? (t, w) => t.withCase(w, cases, rels) : (t, w) => t.kids(w, ...rels);
  }
  const up = /^<([a-z:,]+)$/.exec(step);
  if (up) {
    const rels = up[1]!.split(',');
    return (t, w) => (t.head(w) >= 0 && rels.includes(t.rel(w)) ? [t.head(w)] : []);
  }
  throw new Error(`newsgraph: unknown step "${step}" in a rule path`);
}

/** A compiled path: from a trigger word to the words each alternative reaches, in order. */
export type CompiledPath = (t: TreeSentence, trigger: number) => number[][];

export function compilePath(path: string): CompiledPath {
  const alternatives = path.split('|').map((alt) => alt.trim().split(/\s+/).map(compileStep));
  return (t, trigger) =>
    alternatives.map((steps) => {
      let at = [trigger];
      for (const step of steps) {
        at = at.flatMap((w) => step(t, w));
        if (!at.length) break;
      }
      return [...new Set(at)];
    });
}

/** The words of the first alternative that reaches any. */
export const firstReached = (reached: number[][]): number[] => reached.find((r) => r.length) ?? [];
