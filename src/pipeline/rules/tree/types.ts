// The fields of a rule over the dependency tree. A rule names its trigger (a class of lemmas, with the parts of
// speech and particles it needs) and how to reach each argument from it (a path, see paths.ts), with what the
// argument must be. What a match means is the predicate's builder (builders.ts); compiling a rule checks that
// its builder reads every argument it names and that the arguments it needs are there.
//
// Arguments, by name (each builder lists the ones it reads):
//   source      who acts: recalls, expels, summons, accuses (as the accused: see accused_of), criticises,
//               threatens, sanctions, offers or rejects talks, meets, speaks, signs, travels, annexes;
//               for holds_role, the person
//   target      whom or what it is done to: the host of a recalled envoy, the country of expelled diplomats or
//               of a summoned envoy, the criticised, threatened or sanctioned, the other party of talks, a
//               meeting, a call or an agreement, the place travelled to, the territory annexed; for
//               holds_role, the country, organisation or person the role is held for
//   by          accused_of: the accuser
//   charge      accused_of: what is alleged (a phrase)
//   ambassador  recalled_ambassador: the envoy, when named
//   role        holds_role: the role noun (a phrase, normalised by the roles lexicon)
//   post        holds_role of envoys: where they are posted
//   from        annexed: the country a territory was taken from
//   agreement   signed_agreement: what was signed (a phrase)
import type { Predicate } from '../../../graph/schema.js';
import type { Upos } from '../../syntax/lexical.js';

export type ArgType = 'Person' | 'Country' | 'Organization' | 'Location';

export interface ArgSpec {
  /** how to reach the argument from the trigger (paths.ts) */
  path: string;
  /** the entity types it may resolve to; absent for phrases */
  types?: readonly ArgType[];
  /** the argument word's lemma must be in this class (an envoy noun, an agreement noun) */
  lemmas?: ReadonlySet<string>;
  /**
   * the argument is a phrase, not an entity: 'words' the words of its subtree (without its own case marker),
   * 'predicate' the words of its clause without the subject ("sheltered the militants"),
   * 'role' a role noun with the role words before it ("deputy prime minister"), 'former' whether a role noun is
   * qualified as former ("former", "ex-", "then"); 'title' and 'former-title' the same read from the words
   * before a title's head rather than from the tree; 'agent-noun' the role a verb of leading names ("leads" →
   * leader, "heads" → head)
   */
  phrase?: 'words' | 'predicate' | 'role' | 'former' | 'title' | 'former-title' | 'agent-noun';
  /** the match stands without it */
  optional?: boolean;
  /** coordinated words are not separate arguments ("the Saudi and Emirati envoys" stays one) */
  noConjuncts?: boolean;
  /**
   * when the path reaches nothing, the country the story's context gives the sentence (its dateline, the one
   * country acting in it): the relation then takes the rule's id with "+context" and a lower confidence;
   * 'counterparty': the one country the sentence (else the sentence before it) names that acts in none of its
   * clauses and is not the source, for a recall that leaves its host unsaid ("Bolivia broke off relations with
   * Israel, while Chile called its ambassador home": Israel), with the same mark
   */
  fallback?: 'context-country' | 'counterparty';
}

export interface TreeRule {
  id: string;
  predicate: Predicate;
  trigger: {
    /** lemmas, lower case */
    lemmas: ReadonlySet<string>;
    /** parts of speech the trigger may have (default: any) */
    upos?: readonly Upos[];
    /** one of these must be among the trigger's particles or adverbs ("back" of "called back") */
    particles?: ReadonlySet<string>;
    /** none of these may be ("summoned … back" is a recall, not a summons) */
    notParticles?: ReadonlySet<string>;
    /** a child with one of these lemmas must hang on the trigger by one of these relations */
    child?: { rels: readonly string[]; lemmas: ReadonlySet<string> };
  };
  args: Record<string, ArgSpec>;
  /** words that must be there without being arguments: a path, and the lemmas the word must have (a recall needs its envoy) */
  requires?: Record<string, { path: string; lemmas?: ReadonlySet<string>; upos?: readonly string[] }>;
  /** paths that must reach nothing ("summoned … back for consultations" is a recall, not a summons) */
  unless?: Record<string, { path: string; lemmas?: ReadonlySet<string>; upos?: readonly string[] }>;
  /**
   * how far up the tree the event's assertion is read: 'clause' (default) through the clauses and the verb that
   * govern the trigger ("demanded the recall" asserts none); 'own' only the trigger's own modifiers, for nouns
   * whose existence is the fact ("dismissed Netanyahu's accusation that …" still reports an accusation);
   * 'intent' the rule reads a stated intention: it fires only where the event is put in the future ("said he
   * would hold talks with …" offers talks); 'plan' the event as done or as set for the future ("is scheduled to
   * travel to Georgia", "will fly to Kyiv"), never as wished or demanded
   */
  factuality?: 'clause' | 'own' | 'intent' | 'plan';
  /** 0..1, how often the rule is right */
  confidence: number;
  /** extra attributes written on the edge, e.g. sanctions `status` */
  attributes?: Record<string, string | boolean>;
  /** sentences of news English the rule must fire on (tested), with the triples expected when given */
  examples: string[];
  /** sentences it must not fire on (tested) */
  negatives?: string[];
}
