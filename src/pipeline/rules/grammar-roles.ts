// holds_role over the dependency tree: a role noun ("minister", "ambassador", "spokesman") tied to a person by
// apposition in either order ("Anna Berg, Norway's foreign minister," / "Norway's foreign minister, Anna
// Berg,"), by a copula ("Berg is Norway's ambassador"), by "as" ("Berg, who as Norway's ambassador …"), or as a
// title before the name ("Norwegian Foreign Minister Anna Berg"). The role is held for what qualifies the noun:
// a possessor, a nationality, an organisation's name, "of/for …". A title with nothing qualifying it takes the
// country the story's context gives (its dateline, the one country acting in the sentence), under the rule's id
// with "+context" and a lower confidence: the country the story gave that role last ("… recalled its ambassador
// … The ambassador, Christian Masset,"), else its dateline (not for envoys, who serve abroad).
import { ROLE_HEAD_NOUNS } from '../../lexicon/roles.js';
import { LEAD_VERBS } from '../../lexicon/triggers.js';
import type { ArgSpec, TreeRule } from './tree/types.js';

/** what the role is held for */
const QUALIFIER: ArgSpec = {
  // "Norway's", "Norwegian", "NATO", "of the IMF", "of the al-Risala bookshop", "member of parliament for the NLD"
  path: 'poss | >amod | >compound | >nmod[of,for,at] | >compound poss | >nmod[of] >compound | >nmod[of] >nmod[for,of] | >nmod[of] poss-name',
  types: ['Country', 'Organization', 'Person'],
};
const ROLE: ArgSpec = { path: 'self', phrase: 'role' };
const FORMER: ArgSpec = { path: 'self', phrase: 'former', optional: true };
const POST: ArgSpec = { path: '>nmod[to,in,at]', types: ['Country', 'Location', 'Organization'], optional: true };
const TRIGGER = { lemmas: ROLE_HEAD_NOUNS, upos: ['NOUN', 'PROPN'] } as const;
/** a role word that only modifies another ("deputy" of "deputy representative") is no role of its own */
const NOT_A_MODIFIER = { modifier: { path: '<compound,amod,flat', lemmas: ROLE_HEAD_NOUNS } };
// a title written before a name is that name's ("… Mordechai and Israeli President Ezer Weizman"), whatever the
// parser hung it on
const NOT_A_TITLE = { ...NOT_A_MODIFIER, title: { path: 'name-after' } };
const PERSON = ['Person'] as const;

export const grammarRoleRules: TreeRule[] = [
  {
    // leading a body: "Di Maio, who leads the 5-Star Movement", "the diplomat who heads the OSCE mission"
    id: 'role.tree.leads',
    predicate: 'holds_role',
    factuality: 'own',
    trigger: { lemmas: LEAD_VERBS, upos: ['VERB'] },
    args: {
      source: { path: 'agent', types: PERSON },
      target: { path: 'patient | patient >compound | patient >nmod[of]', types: ['Organization', 'Country'] },
      role: { path: 'self', phrase: 'agent-noun' },
    },
    confidence: 0.8,
    examples: [
      'Giuseppe Conte, who leads the 5-Star Movement, met Emmanuel Macron in Paris.',
      'Tim Guldimann, the Swiss diplomat who heads the OSCE mission, left Grozny.',
      'Lars Holm, who leads the anti-immigration Progress Party, crossed into Sweden on Tuesday to meet farmers.',
    ],
    negatives: ['Giuseppe Conte led the crowd into the square.'],
  },
  {
    id: 'role.tree.apposition-after-name',
    predicate: 'holds_role',
    factuality: 'own',
    trigger: TRIGGER,
    unless: NOT_A_TITLE,
    args: {
      source: { path: '<appos | <conj <appos | appositive-before', types: PERSON },
      target: { ...QUALIFIER, fallback: 'context-country' },
      role: ROLE,
      former: FORMER,
      post: POST,
    },
    confidence: 0.9,
    examples: ['Anna Berg, Norway’s foreign minister, arrived in Oslo.', 'Kristalina Georgieva, the head of the International Monetary Fund, spoke on Monday.'],
    negatives: ['Schmidt hoped to meet his Danish counterpart Lars Holm and Danish Prime Minister Karen Lund in Copenhagen.'],
  },
  {
    id: 'role.tree.apposition-before-name',
    predicate: 'holds_role',
    factuality: 'own',
    trigger: TRIGGER,
    // a title with a name right after it is that name's, whatever else the parser hung on it as an apposition
    unless: NOT_A_TITLE,
    args: {
      source: { path: '>appos | appositive-after', types: PERSON },
      target: { ...QUALIFIER, fallback: 'context-country' },
      role: ROLE,
      former: FORMER,
      post: POST,
    },
    confidence: 0.9,
    examples: [
      "Norway's foreign minister, Anna Berg, arrived in Oslo.",
      "Iran's deputy representative to the United Nations, Majid Takht Ravanchi, made the allegations in a letter.",
      'The Danish army commander in the north, General Lars Holm, arrived in Aarhus.',
    ],
    negatives: [
      'Denmark recalled its ambassador to Iran on Friday, Foreign Minister Lars Holm said.',
      'The talks were started by then-Danish Prime Minister Lars Holm and the ex-Swedish Foreign Minister Karin Berg.',
    ],
  },
  {
    id: 'role.tree.copula',
    predicate: 'holds_role',
    factuality: 'own',
    unless: NOT_A_MODIFIER,
    trigger: { ...TRIGGER, child: { rels: ['cop'], lemmas: new Set(['be']) } },
    args: { source: { path: '>nsubj', types: PERSON }, target: QUALIFIER, role: ROLE, former: FORMER, post: POST },
    confidence: 0.85,
    examples: ["Rabinovich is Israel's ambassador to Washington."],
    negatives: ["Rabinovich is not Israel's ambassador to Washington."],
  },
  {
    // an office taken: "Olaf Scholz became German chancellor", "Lars Holm was named Norway's ambassador",
    // "parliament elected Raisi president"
    id: 'role.tree.became',
    predicate: 'holds_role',
    unless: NOT_A_MODIFIER,
    trigger: TRIGGER,
    requires: { taken: { path: '<obj,xcomp', lemmas: new Set(['become', 'appoint', 'name', 'elect', 're-elect', 'reelect', 'nominate', 'install', 'swear']) } },
    args: {
      source: { path: '<obj,xcomp patient | <obj,xcomp agent', types: PERSON },
      target: { ...QUALIFIER, fallback: 'context-country' },
      role: ROLE,
      former: FORMER,
      post: POST,
    },
    confidence: 0.8,
    examples: [
      'Olaf Scholz became German chancellor in 2021.',
      "Lars Holm was named Norway's ambassador to Sweden.",
      "Ebrahim Raisi was elected Iran's president in 2021.",
    ],
    negatives: ['Olaf Scholz never became German chancellor.'],
  },
  {
    id: 'role.tree.as',
    predicate: 'holds_role',
    factuality: 'own',
    unless: NOT_A_MODIFIER,
    trigger: { ...TRIGGER, child: { rels: ['case'], lemmas: new Set(['as']) } },
    args: { source: { path: '< agent | < < agent', types: PERSON }, target: QUALIFIER, role: ROLE, former: FORMER, post: POST },
    confidence: 0.8,
    examples: ["Itamar Rabinovich served as Israel's ambassador to Washington."],
  },
  {
    // the surface of a title: parsers trained on web text often miss the shape of "EU Farm Commissioner Franz
    // Fischler", and the order of title words and name is fixed in news English
    id: 'role.title-words',
    predicate: 'holds_role',
    factuality: 'own',
    trigger: TRIGGER,
    unless: NOT_A_MODIFIER,
    // a title is its own name's, not its conjuncts' ("Prime Minister Netanyahu and opposition leader Shimon Peres")
    args: {
      source: { path: 'name-after', types: PERSON, noConjuncts: true },
      target: { path: 'title-qualifier', types: ['Country', 'Organization', 'Person'], fallback: 'context-country' },
      role: { path: 'self', phrase: 'title' },
      former: { path: 'self', phrase: 'former-title', optional: true },
    },
    confidence: 0.9,
    examples: [
      'EU Farm Commissioner Franz Fischler proposed a ban.',
      "Iran's intelligence minister Ali Fallahiyan denied it.",
      'Australian Minister for Foreign Affairs Jane Moss met the envoy.',
    ],
  },
  {
    id: 'role.tree.title',
    predicate: 'holds_role',
    factuality: 'own',
    trigger: TRIGGER,
    unless: NOT_A_MODIFIER,
    args: {
      source: { path: '<nmod:desc,compound', types: PERSON, noConjuncts: true },
      target: { ...QUALIFIER, fallback: 'context-country' },
      role: ROLE,
      former: FORMER,
      post: POST,
    },
    confidence: 0.9,
    examples: ['Taiwanese President Lee Teng-hui arrived in Panama.', 'OSLO (Reuters) - Prime Minister Anna Berg said on Monday the talks had failed.'],
  },
];
