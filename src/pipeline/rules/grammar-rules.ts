// Relation rules over the dependency tree: diplomatic events and accusations. Each rule names a trigger class
// (src/lexicon/triggers.ts) and how to reach each argument from it (paths: see tree/paths.ts; arguments: see
// tree/types.ts). Subjects are found through reported speech, control, coordination and relative clauses by
// `agent`; negation, modality, conditions and demands are read once for every rule (grammar/assertion.ts).
import {
  ARMED_GROUP_NOUNS,
  REPORT_OR_ALLEGE_VERBS,
  SUPPORT_VERBS,
  ACCUSATION_NOUNS,
  ACCUSE_VERBS,
  ALLEGE_VERBS,
  ALLEGED_ADJECTIVES,
  DURATION_NOUNS,
  PROSECUTE_VERBS,
  BRAND_VERBS,
  AGREEMENT_NOUNS,
  ANNEXATION_NOUNS,
  ANNEX_VERBS,
  BLAME_ADJECTIVES,
  CALL_NOUNS,
  CHARGE_DAFFAIRES,
  CRITICISM_NOUNS,
  CRITIC_NOUNS,
  CRITICIZE_PHRASAL,
  CRITICIZE_VERBS,
  DIPLOMAT_NOUNS,
  ENVOY_NOUNS,
  EXPEL_NOUNS,
  EXPEL_VERBS,
  MEET_VERBS,
  MODALS,
  NEGATIONS,
  NAMING_VERBS,
  OFFER_VERBS,
  PEJORATIVE_NOUNS,
  RECALL_NOUNS,
  REPORT_VERBS,
  RECALL_VERBS,
  READY_ADJECTIVES,
  REJECT_VERBS,
  RETURN_PARTICLES,
  RETURN_VERBS,
  SANCTION_LIGHT_VERBS,
  SANCTION_NOUNS,
  SANCTION_VERBS,
  SIGN_VERBS,
  SPEAK_VERBS,
  SUMMON_PHRASAL,
  SUMMON_VERBS,
  TALKS_NOUNS,
  THREAT_NOUNS,
  THREAT_VERBS,
  THREATEN_VERBS,
  TRAVEL_VERBS,
  VISIT_NOUNS,
  VISIT_VERBS,
  WARN_VERBS,
  WRONGDOING_ADJECTIVES,
  WRONGDOING_NOUNS,
  WRONGDOING_VERBS,
  LEAVE_VERBS,
} from '../../lexicon/triggers.js';
import type { ArgSpec, TreeRule } from './tree/types.js';

const set = (...w: string[]) => new Set(w);
const STATE = ['Country', 'Organization', 'Person'] as const;
const PARTY = ['Country', 'Organization', 'Person'] as const;
const PLACE = ['Country', 'Location'] as const;
// (a country's "top diplomat" in another is its ambassador there: "withdrew its top diplomat from Mexico City")
const ENVOYS = new Set([...ENVOY_NOUNS, ...CHARGE_DAFFAIRES, 'top diplomat', 'senior diplomat']);

// Where an envoy's country and post are written: "Sweden's ambassador", "the Swedish ambassador", "the
// ambassador of Sweden"; "ambassador to Iran", "envoy in Tehran".
// (or on the first word of a title of two: "Iran's charge d'affaires")
const ENVOY_COUNTRY = 'poss | >amod | >compound | >nmod[of] | >compound poss | >compound >amod';
const ENVOY_POST = '>nmod[to,in,at,from]';
/** the one recalling: the subject, else the envoy's own country ("Sweden's ambassador … was recalled") */
const RECALLER: ArgSpec = { path: `agent | patient ${ENVOY_COUNTRY.split(' | ').join(' | patient ')}`, types: STATE };
/** the host: where the envoy served ("its envoy to Iran", "withdrew its ambassador from Iran") */
const HOST: ArgSpec = {
  // ("pulled its ambassador out of Vienna": "of" hung on the verb past the particle)
  path: `patient ${ENVOY_POST} | >obl[from,to,in,out] | >advmod,compound:prt >obl[of] | >obl[of] | patient >appos ${ENVOY_POST} | >obl[in] >compound`,
  types: PLACE,
  optional: true,
  // unsaid, the other party the sentence names: "broke off relations with Israel, while Chile called its ambassador home"
  fallback: 'counterparty',
};
const NAMED_ENVOY: ArgSpec = { path: 'patient >appos | patient', types: ['Person'], optional: true };
const REPORTED_BY = { path: '< agent', types: PARTY, optional: true } satisfies ArgSpec;

export const recallTreeRules: TreeRule[] = [
  {
    id: 'recall.tree.verb',
    predicate: 'recalled_ambassador',
    trigger: { lemmas: RECALL_VERBS, upos: ['VERB'] },
    requires: { envoy: { path: 'patient', lemmas: ENVOYS } },
    args: { source: RECALLER, target: HOST, ambassador: NAMED_ENVOY },
    confidence: 0.9,
    examples: [
      'Norway said on Friday that it was withdrawing its envoy to Iran.',
      'Chile and Peru both recalled their ambassadors to Israel.',
      'The parliament of Ghana voted to recall its ambassador from Tehran.',
      'Peru withdrew its top diplomat from Mexico City on Wednesday.',
      'Chile and Peru said on Monday they were recalling their ambassadors to Israel.',
      "Sweden's ambassador to Iran has been recalled.",
      'Hungary condemned the shelling by Serbia. Hungary recalled its ambassador on Monday.',
      'Canada recalled its high commissioner to India.',
    ],
    negatives: [
      'Norway recalled its ambassador on Monday, the Swedish news agency TT said.',
      'Norway could recall its envoy to Iran.',
      'Critics urged Norway to recall its envoy to Iran.',
      'Norway threatened to recall its ambassador to Iran.',
      'Italy recalled its striker to the squad for the World Cup qualifier.',
      'Norway stopped short of recalling its ambassador to Iran.',
      'There were rumours that Norway had recalled its ambassador to Iran.',
    ],
  },
  {
    // a state saying its own envoy has left the country of the post: "Bahrain said its ambassador to Lebanon had
    // left Beirut" (an envoy leaving a meeting, or another state's envoy leaving, is no recall)
    id: 'recall.tree.own-envoy-left',
    predicate: 'recalled_ambassador',
    trigger: { lemmas: LEAVE_VERBS, upos: ['VERB'] },
    requires: { envoy: { path: 'agent', lemmas: ENVOYS }, own: { path: 'agent poss', lemmas: set('its', 'their') } },
    args: {
      source: { path: 'agent poss', types: STATE },
      target: { path: `patient | agent ${ENVOY_POST}`, types: PLACE },
      ambassador: { path: 'agent >appos', types: ['Person'], optional: true },
    },
    confidence: 0.65,
    examples: ['Bahrain said on Friday that its ambassador to Lebanon had left Beirut.'],
    negatives: ['Bahrain said its ambassador had left the meeting early.', 'Bahrain said the Lebanese ambassador had left Manama.'],
  },
  {
    // an envoy gone home to talk: "Ukraine's envoy to Belarus has returned to Kyiv for consultations" (the schema's
    // "invited to Moscow for consultations", told from the envoy's side)
    id: 'recall.tree.envoy-returned-consultations',
    predicate: 'recalled_ambassador',
    trigger: { lemmas: set('return', 'go', 'come', 'travel', 'fly', 'head'), upos: ['VERB'] },
    requires: { consultations: { path: '>obl[for]', lemmas: set('consultation', 'consultations') }, envoy: { path: 'agent', lemmas: ENVOYS } },
    args: {
      source: { path: `agent ${ENVOY_COUNTRY.split(' | ').join(' | agent ')}`, types: STATE },
      target: { path: `agent ${ENVOY_POST}`, types: PLACE },
      ambassador: { path: 'agent >appos | agent appositive-after', types: ['Person'], optional: true },
    },
    confidence: 0.75,
    examples: [
      "Ukraine's envoy to Belarus has returned to Kyiv for consultations.",
      "Sweden's ambassador to Iran flew to Stockholm for consultations on Monday.",
    ],
    negatives: ["Ukraine's envoy to Belarus has returned to Kyiv for the holidays.", 'The Swedish ambassador returned to Stockholm for consultations.'],
  },
  {
    id: 'recall.tree.called-back',
    predicate: 'recalled_ambassador',
    trigger: { lemmas: RETURN_VERBS, upos: ['VERB'], particles: RETURN_PARTICLES },
    requires: { envoy: { path: 'patient', lemmas: ENVOYS } },
    args: { source: RECALLER, target: HOST, ambassador: NAMED_ENVOY },
    confidence: 0.85,
    examples: [
      'Peru called its ambassador to Venezuela back for consultations.',
      'Bolivia ordered its ambassador home from Israel.',
      "Peru's envoy to Caracas, who was called home on Monday, said nothing.",
      'Mali broke off relations with Algeria, while Niger and Chad called their ambassadors home.',
      'Spain had already called its own ambassador in Buenos Aires home for consultations on Sunday.',
      'Ankara pulled its ambassador out of Vienna after the vote.',
    ],
    negatives: ['Peru will call its ambassador home.'],
  },
  {
    // a state bringing its own mission home: "brought home its diplomats from Israel for consultations"
    id: 'recall.tree.own-diplomats-home',
    predicate: 'recalled_ambassador',
    trigger: { lemmas: RETURN_VERBS, upos: ['VERB'], particles: RETURN_PARTICLES },
    requires: {
      diplomats: { path: 'patient', lemmas: set('diplomat', 'diplomats') },
      own: { path: 'patient poss', lemmas: set('its', 'their') },
    },
    args: { source: RECALLER, target: HOST },
    confidence: 0.75,
    examples: ['South Africa brought home its diplomats from Israel for consultations.', 'Norway called its diplomats in Tehran home on Monday.'],
    negatives: ['South Africa brought home two Israeli diplomats.'],
  },
  {
    id: 'recall.tree.consultations',
    predicate: 'recalled_ambassador',
    trigger: { lemmas: set('call', 'summon', 'invite', 'recall', 'bring'), upos: ['VERB'] },
    requires: { consultations: { path: '>obl[for]', lemmas: set('consultation', 'consultations') } },
    args: {
      source: { path: 'agent | patient poss', types: STATE, optional: true },
      target: { path: `patient ${ENVOY_POST}`, types: PLACE, optional: true },
      ambassador: { path: 'patient', types: ['Person'] },
    },
    confidence: 0.8,
    examples: ["Russia's ambassador to the United States, Anatoly Antonov, has been invited to Moscow for consultations."],
  },
  {
    // its own envoy summoned home to talk: "prompting Lima to summon its envoy in Bogota for consultations"
    id: 'recall.tree.envoy-consultations',
    predicate: 'recalled_ambassador',
    trigger: { lemmas: set('call', 'summon', 'invite', 'bring'), upos: ['VERB'] },
    requires: {
      consultations: { path: '>obl[for] | patient >nmod[for]', lemmas: set('consultation', 'consultations') },
      envoy: { path: 'patient', lemmas: ENVOYS },
      // its own, not another country's envoy summoned for consultations
      own: { path: 'patient poss', lemmas: set('its', 'their', 'his', 'her') },
    },
    args: { source: RECALLER, target: HOST, ambassador: NAMED_ENVOY },
    confidence: 0.8,
    examples: ['Peru summoned its envoy in Bogota for consultations.', 'Lima summoned its ambassador to Colombia for consultations on Monday.'],
    negatives: ['Peru summoned the Colombian envoy for consultations.'],
  },
  {
    id: 'recall.tree.noun',
    predicate: 'recalled_ambassador',
    trigger: { lemmas: RECALL_NOUNS, upos: ['NOUN'] },
    requires: { envoy: { path: '>nmod[of]', lemmas: ENVOYS } },
    args: {
      source: { path: 'poss | < agent', types: STATE },
      target: { path: `>nmod[of] ${ENVOY_POST} | >nmod[from,to]`, types: PLACE, optional: true },
      ambassador: { path: '>nmod[of] >appos', types: ['Person'], optional: true },
    },
    confidence: 0.85,
    examples: ['Jordan announced the recall of its ambassador to Israel.'],
    negatives: ['Protesters demanded the recall of the ambassador to Israel.'],
  },
];

export const summonTreeRules: TreeRule[] = [
  {
    id: 'summon.tree.verb',
    predicate: 'summoned_ambassador',
    trigger: { lemmas: SUMMON_VERBS, upos: ['VERB'], notParticles: RETURN_PARTICLES },
    // (or the title of the envoy named: "summoned Canada's High Commissioner Cameron MacKay")
    requires: { envoy: { path: 'patient | patient >compound', lemmas: ENVOYS } },
    unless: { consultations: { path: '>obl[for]', lemmas: set('consultation', 'consultations') } },
    args: {
      // in the passive with no agent, the ministry the envoy was summoned to, or the capital it is in
      source: { path: 'agent | >obl[to] >nmod[in] | >obl[to]', types: STATE },
      target: { path: `patient ${ENVOY_COUNTRY.split(' | ').join(' | patient ')} | patient >appos`, types: ['Country', 'Person'] },
    },
    confidence: 0.9,
    examples: [
      'The Netherlands summoned the Iranian ambassador on Friday.',
      "Germany's foreign ministry summoned Russia's envoy.",
      "Iran's ambassador was summoned to the foreign ministry in Oslo on Monday.",
      "Iran's ambassador was summoned to the Norwegian foreign ministry on Monday.",
      "Germany summoned Iran's charge d'affaires to protest.",
      "The Indian foreign ministry summoned Canada's High Commissioner Cameron MacKay to convey its concern.",
    ],
    negatives: ['Berlin may summon the Russian ambassador.', 'Peru summoned its own ambassador back for consultations.'],
  },
  {
    // "called in the Belarusian ambassador": the particle, or "in" read as the envoy's preposition
    id: 'summon.tree.called-in',
    predicate: 'summoned_ambassador',
    trigger: { lemmas: new Set(SUMMON_PHRASAL.keys()), upos: ['VERB'] },
    requires: {
      envoy: { path: 'patient | >obl[in]', lemmas: ENVOYS },
      in: { path: '>compound:prt | >advmod | >obl[in] >case', lemmas: new Set(SUMMON_PHRASAL.values()) },
    },
    args: {
      source: { path: 'agent', types: STATE },
      target: {
        path: `patient ${ENVOY_COUNTRY.split(' | ').join(' | patient ')} | patient >appos | >obl[in] >amod | >obl[in] poss`,
        types: ['Country', 'Person'],
      },
    },
    confidence: 0.85,
    examples: ['The British Foreign Office called in the Russian ambassador on Monday.'],
  },
];

/** the diplomats' country: "Russian diplomats", "Russia's envoy", "diplomats of/from Russia", "the Russian embassy's staff" */
const DIPLOMATS_COUNTRY: ArgSpec = {
  path: 'patient >amod | patient poss | patient >compound | patient >compound >amod | patient >compound poss | patient >nmod[of,from] | patient >nmod[of,from] >amod | patient >nmod[of,from] poss | patient >appos | patient >acl >obl[in,at] >amod | patient >acl >obl[in,at] poss',
  types: ['Country', 'Person', 'Organization'],
};

export const expelTreeRules: TreeRule[] = [
  {
    id: 'expel.tree.verb',
    predicate: 'expelled_diplomats',
    trigger: { lemmas: EXPEL_VERBS, upos: ['VERB'] },
    requires: { diplomats: { path: 'patient', lemmas: DIPLOMAT_NOUNS } },
    args: { source: { path: 'agent', types: STATE }, target: DIPLOMATS_COUNTRY },
    confidence: 0.9,
    examples: [
      'The Czech Republic expelled 18 Russian diplomats on Saturday.',
      'Venezuela expelled the ambassadors of Argentina, Chile and Peru.',
      "India expelled Canada's high commissioner.",
    ],
    negatives: ['Prague might expel Russian diplomats.', 'Italy expelled two Russian footballers from the tournament.'],
  },
  {
    id: 'expel.tree.ordered-to-leave',
    predicate: 'expelled_diplomats',
    trigger: { lemmas: set('order', 'give', 'tell', 'instruct', 'ask'), upos: ['VERB'] },
    requires: {
      diplomats: { path: 'patient | >iobj', lemmas: DIPLOMAT_NOUNS },
      leave: { path: '>xcomp | >advcl | >obl | patient >acl | >iobj >acl', lemmas: set('leave', 'depart', 'quit', 'exit') },
    },
    unless: { elsewhere: { path: 'left-not-country' } },
    args: {
      // (in the passive with no agent, the state the diplomats serve in, else the one that reports it: "the
      // Lebanese envoy in Manama was asked to leave, Bahrain said")
      source: { path: 'agent | patient >nmod[in,at] | reporter agent', types: STATE },
      target: { ...DIPLOMATS_COUNTRY, path: `${DIPLOMATS_COUNTRY.path} | >iobj >amod | >iobj poss` },
    },
    confidence: 0.85,
    examples: [
      'Lithuania ordered three Russian diplomats to leave the country.',
      "Saudi Arabia has given Canada's ambassador 24 hours to leave the kingdom.",
      'The Lebanese envoy in Manama was asked to leave, Bahrain said.',
    ],
    negatives: ['Lithuania asked Russian diplomats to leave the building before the vote.'],
  },
  {
    // a state told to take its diplomats home is expelling them: "Tehran asked Ankara to withdraw four Turkish
    // diplomats", "ordered Oslo to recall its ambassador"
    id: 'expel.tree.told-to-withdraw',
    predicate: 'expelled_diplomats',
    trigger: { lemmas: set('order', 'tell', 'instruct', 'ask', 'demand', 'request'), upos: ['VERB'] },
    requires: {
      // (or demanded that it do so: "demanded that Lithuania withdraw its ambassador from Beijing")
      withdraw: { path: '>xcomp | >advcl | >ccomp', lemmas: set('withdraw', 'recall', 'remove', 'pull') },
      diplomats: { path: '>xcomp patient | >advcl patient | >ccomp patient', lemmas: DIPLOMAT_NOUNS },
    },
    args: {
      source: { path: 'agent', types: STATE },
      target: {
        path: '>xcomp patient >amod | >advcl patient >amod | >xcomp patient >compound | >xcomp patient >nmod[of] | patient | >ccomp agent | >xcomp patient poss',
        types: STATE,
      },
    },
    confidence: 0.8,
    examples: [
      'Tehran asked Ankara to withdraw four Turkish diplomats accused of spying.',
      'Norway ordered Sweden to recall its ambassador within a week.',
      'China on Tuesday demanded that Lithuania withdraw its ambassador from Beijing.',
    ],
    negatives: ['Norway asked Sweden to withdraw its troops.', 'Norway may ask Sweden to withdraw its ambassador.'],
  },
  {
    // a state saying another's envoy has days to leave is expelling him: "Bahrain said Lebanon's envoy had 48
    // hours to depart"
    id: 'expel.tree.hours-to-leave',
    predicate: 'expelled_diplomats',
    trigger: { lemmas: set('have', 'be'), upos: ['VERB', 'AUX'] },
    requires: {
      diplomats: { path: '>nsubj', lemmas: DIPLOMAT_NOUNS },
      time: { path: 'patient | >obl', lemmas: set('hour', 'hours', 'day', 'days', 'week', 'weeks') },
      leave: { path: '>xcomp | patient >acl | >advcl | patient >xcomp', lemmas: set('leave', 'depart', 'quit', 'exit') },
    },
    args: { source: { path: 'reporter agent', types: STATE }, target: { ...DIPLOMATS_COUNTRY, path: DIPLOMATS_COUNTRY.path.replace(/patient/g, '>nsubj') } },
    confidence: 0.8,
    examples: ["Bahrain said Lebanon's envoy had 48 hours to depart.", 'Prague said the 18 Russian diplomats had 48 hours to leave the country.'],
    negatives: ["Bahrain said Lebanon's envoy had 48 hours to answer."],
  },
  {
    // "ordered Iranian diplomats out", "kicked out three Russian diplomats"
    id: 'expel.tree.ordered-out',
    predicate: 'expelled_diplomats',
    trigger: { lemmas: set('order', 'kick', 'throw'), upos: ['VERB'] },
    requires: {
      diplomats: { path: 'patient', lemmas: DIPLOMAT_NOUNS },
      out: { path: '>compound:prt | >advmod | >obl >case', lemmas: set('out') },
    },
    args: { source: { path: 'agent', types: STATE }, target: DIPLOMATS_COUNTRY },
    confidence: 0.85,
    examples: ['Bahrain also ordered Iranian diplomats out within 48 hours.', 'Estonia ordered two Russian diplomats out of the country.'],
    negatives: ['Bahrain ordered Iranian diplomats to stay.'],
  },
  {
    id: 'expel.tree.persona-non-grata',
    predicate: 'expelled_diplomats',
    trigger: { lemmas: set('declare'), upos: ['VERB'] },
    requires: {
      grata: { path: '>xcomp | >obj | >obl | >advmod | >ccomp | >dep | patient >nmod | patient >conj | patient', lemmas: set('persona', 'grata') },
      diplomats: { path: 'patient | patient >compound | >obj', lemmas: DIPLOMAT_NOUNS },
    },
    args: { source: { path: 'agent', types: STATE }, target: DIPLOMATS_COUNTRY },
    confidence: 0.85,
    examples: [
      'Estonia declared a Russian diplomat persona non grata.',
      'Peru declared the Mexican ambassador, Pablo Monroy, persona non grata.',
      "Argentina declared Venezuela's charge d'affaires persona non grata on Tuesday.",
    ],
  },
  {
    id: 'expel.tree.noun',
    predicate: 'expelled_diplomats',
    trigger: { lemmas: EXPEL_NOUNS, upos: ['NOUN'] },
    // (or of some of them: "the expulsion of two of its diplomats")
    requires: { diplomats: { path: '>nmod[of] | >nmod[of] >nmod[of]', lemmas: DIPLOMAT_NOUNS } },
    args: {
      // (by whom: its possessor, the "by" phrase, or who announced it)
      source: { path: 'poss | >nmod[by] | < agent', types: STATE },
      target: {
        path: '>nmod[of] >amod | >nmod[of] poss | >nmod[of] >nmod[of,from] | >nmod[of] >nmod[of] >amod | >nmod[of] >nmod[of] poss',
        types: ['Country'],
      },
    },
    confidence: 0.85,
    examples: [
      'Moscow announced the expulsion of 20 Czech diplomats.',
      "Sweden condemned Norway's expulsion of two of its diplomats.",
      'The expulsion by Norway of two Swedish diplomats was condemned in Stockholm.',
    ],
  },
];

// The accused and the charge: "accused Japan of arming the rebels", "blamed Iran for the attack".
/** a reported clause put in the future, a possibility or a denial: "said Argentina would not recognise another fraud" */
const HEDGED_CLAUSE = { modal: { path: '>ccomp >aux', lemmas: MODALS }, negation: { path: '>ccomp >advmod', lemmas: NEGATIONS } };

const CHARGE_OF: ArgSpec = {
  // a clause "of doing" the parser hung on a phrase between ("accused Fischler at a ministers' meeting of causing
  // alarm") is the charge all the same
  // ("of" before "for": "accused Beijing of cyber espionage for years")
  path: '>obl[of] | >advcl[of] | >acl[of] | >xcomp[of] | >ccomp[of] | patient >nmod[of] | patient >acl[of] | >obl[for] | >advcl[for] | >acl[for] | >xcomp[for] | patient >nmod[for] | patient >acl[for] | >>[of] | >obj >acl[of] | >obl >acl[of] | of-after-patient',
  phrase: 'words',
};

/** the deed the law acts on, wherever the parser hung it: "sentenced to ten years in prison and 1,000 lashes for insulting Islam" */
const PROSECUTED_FOR: ArgSpec = { path: '>obl[for,of,on] | >advcl[for,of] | >>[for,of,on]', phrase: 'words' };

export const accusationTreeRules: TreeRule[] = [
  {
    id: 'accuse.tree.of',
    predicate: 'accused_of',
    trigger: { lemmas: ACCUSE_VERBS, upos: ['VERB'] },
    args: {
      // diplomats "accused of spying" are accused by whoever sends them home for it ("asked Ankara to withdraw four
      // diplomats accused of spying", "expelled two diplomats accused of spying")
      // (a participle the parser hung on the verb of saying is the sayer's: "…, the minister said, accusing its
      // neighbour of hostile actions")
      // (and a verb the parser coordinated with the clause reported, not with the verb of saying: "the spokesman
      // said the flights had been legal and accused Turkey of …", where the flights accuse no one)
      by: { path: 'agent | <acl <obj <xcomp agent | <acl <obj agent | <ccomp agent | <conj <ccomp agent', types: PARTY, optional: true },
      source: { path: 'patient', types: PARTY },
      charge: CHARGE_OF,
    },
    confidence: 0.85,
    examples: [
      'Syria accused Israel on Wednesday of launching a hysterical campaign.',
      'Kenya blamed Somalia for the attack on the border post.',
      'Iran has long accused Saudi Arabia of funding militants.',
      'Mali cut ties with Algeria, accusing its neighbour of arming the rebels.',
      'Norway had earlier accused Sweden at a fisheries meeting of breaking the accord.',
      'Norway expelled two Swedish diplomats accused of spying.',
      'Poland on Friday expelled a Belarusian diplomat it accused of espionage.',
      'Niger accused Benin on Friday of hosting French troops.',
      'Washington has accused Beijing of cyber espionage for years.',
      'Lithuania accused Belarus of weaponising migrants, which Minsk denies.',
      'Algeria severed relations with Morocco on Tuesday, Foreign Minister Karim Haddad said, accusing its neighbour of hostile actions.',
    ],
    negatives: [
      'Would Iran accuse Saudi Arabia of funding militants?',
      'Iran could accuse Saudi Arabia of funding militants.',
      'Norway stopped short of accusing Iran of plotting the attack.',
      'Norway refrained from accusing Iran of plotting the attack.',
    ],
  },
  {
    // the idioms of blame: "pointed the finger at Iran for the strike", "laid the blame on Kigali for the attack"
    id: 'accuse.tree.finger-at',
    predicate: 'accused_of',
    trigger: { lemmas: set('point', 'lay', 'put', 'place'), upos: ['VERB'] },
    requires: { idiom: { path: 'patient', lemmas: set('finger', 'blame') } },
    args: {
      by: { path: 'agent', types: PARTY, optional: true },
      source: { path: '>obl[at,on] | patient >nmod[at,on]', types: PARTY },
      charge: { path: '>obl[for,over] | >advcl[for] | patient >nmod[for,over] | >obl[at,on] >nmod[for,over]', phrase: 'words' },
    },
    confidence: 0.7,
    examples: ['Israel pointed the finger at Iran for the drone strike.', 'Kenya laid the blame on Somalia for the attack on the border post.'],
    negatives: ['Israel pointed at Iran on the map.', 'Kenya put the blame behind it.'],
  },
  {
    // tying someone to a wrongdoing: "allegations linking the Indian government to the murder of a Sikh leader",
    // "Canada linked India to the killing"
    id: 'accuse.tree.linked-to',
    predicate: 'accused_of',
    // (an allegation is made, whatever the verb that reports it: "investigated what Trudeau called allegations linking …")
    factuality: 'own',
    trigger: { lemmas: set('link', 'tie', 'connect'), upos: ['VERB'] },
    requires: { deed: { path: '>obl[to,with]', lemmas: WRONGDOING_NOUNS } },
    args: {
      // (an allegation's or report's maker: "what Trudeau called credible allegations linking …")
      by: { path: 'agent | <acl <obj agent | <xcomp agent', types: PARTY, optional: true },
      source: { path: 'patient', types: PARTY },
      charge: { path: '>obl[to,with]', phrase: 'words' },
    },
    confidence: 0.7,
    examples: [
      'Canada cited allegations linking the Indian government to the murder of a Sikh leader.',
      'Kenya linked Somalia to the attack on its border post.',
    ],
    negatives: ['Kenya linked Uganda to the new railway.', 'Police tied Omar Khan to the chair.'],
  },
  {
    id: 'accuse.tree.charged-with',
    predicate: 'accused_of',
    trigger: { lemmas: set('charge'), upos: ['VERB'] },
    args: {
      by: { path: 'agent', types: PARTY, optional: true },
      source: { path: 'patient', types: PARTY },
      charge: { path: '>obl[with] | >advcl[with] | >>[with]', phrase: 'words' },
    },
    confidence: 0.75,
    examples: ['Prosecutors charged Ali Fallahiyan with ordering the killings.'],
  },
  {
    // the law acting on someone for a deed: "a blogger sentenced to ten years for insulting Islam", "convicted of
    // spying", "arrested on charges of espionage"
    id: 'accuse.tree.prosecuted',
    predicate: 'accused_of',
    trigger: { lemmas: PROSECUTE_VERBS, upos: ['VERB'] },
    unless: { duration: { path: '>obl[for]', lemmas: DURATION_NOUNS } },
    args: {
      by: { path: 'agent', types: PARTY, optional: true },
      source: { path: 'patient', types: PARTY },
      charge: PROSECUTED_FOR,
    },
    confidence: 0.75,
    examples: [
      'Iran sentenced Lars Berg to eight years for spying.',
      'Police arrested Omar Khan on charges of espionage.',
      'Lars Berg was convicted of espionage in May.',
    ],
    negatives: ['Police detained Omar Khan for two days.', 'Police arrested Omar Khan in Lahore.'],
  },
  {
    // the same as a participle after the name, which a parser may read as the clause's verb ("Anna Berg, a
    // blogger convicted of insulting the king, …"): with no object, its subject is the one convicted
    id: 'accuse.tree.prosecuted-participle',
    predicate: 'accused_of',
    trigger: { lemmas: PROSECUTE_VERBS, upos: ['VERB'] },
    unless: { duration: { path: '>obl[for]', lemmas: DURATION_NOUNS }, object: { path: '>obj,iobj,nsubj:pass,aux' } },
    args: { source: { path: '>nsubj | >nsubj appositive-before', types: ['Person'] }, charge: PROSECUTED_FOR },
    confidence: 0.65,
    examples: ['Anna Berg, a blogger convicted of insulting the king, was freed on Monday.'],
    negatives: ['Norway sentenced for the first time.'],
  },
  {
    // a term served or a trial held on charges: "served seven years in prison on terrorism charges"
    id: 'accuse.tree.on-charges',
    predicate: 'accused_of',
    trigger: { lemmas: set('charge'), upos: ['NOUN'], child: { rels: ['case'], lemmas: set('on') } },
    args: {
      // (or the state whose prison or court it was: "in a Moroccan prison on terrorism charges")
      by: { path: '< agent | <nmod >amod | <nmod poss-name', types: PARTY, optional: true },
      // on the verb, its object ("arrested 41 people on charges": never the police); on the prison, who was held there
      source: { path: '<nmod,obl patient | <nmod,obl <nmod,obl agent', types: PARTY },
      charge: { path: 'self', phrase: 'words' },
    },
    confidence: 0.7,
    examples: ['Omar Khan, who spent time in a Danish prison on terrorism charges, lives in Oslo.', 'Police arrested Omar Khan on charges of espionage.'],
    negatives: ['Norwegian police arrested 41 people on charges of smuggling.'],
  },
  {
    // verbs that are judgements in themselves: "branded Lukashenko a terrorist", "labelled the Dutch fascists"
    id: 'accuse.tree.branded',
    predicate: 'accused_of',
    trigger: { lemmas: BRAND_VERBS, upos: ['VERB'] },
    args: {
      by: { path: 'agent', types: PARTY, optional: true },
      source: { path: 'named', types: PARTY },
      charge: { path: 'named-as | >obl:unmarked', phrase: 'words' },
    },
    confidence: 0.8,
    examples: [
      'Zelensky branded Lukashenko a terrorist.',
      'Chile branded the Israeli offensive a massacre.',
      "Russian President Vladimir Putin said talks should go ahead after US President Joe Biden branded him a 'killer'.",
      'Ukrainian President Volodymyr Zelensky branded Alexander Lukashenko a "terrorist" in his nightly address.',
    ],
  },
  {
    // "called X a …" accuses only with an insult, or with the words quoted
    id: 'accuse.tree.called',
    predicate: 'accused_of',
    trigger: { lemmas: NAMING_VERBS, upos: ['VERB'] },
    requires: { insult: { path: 'named-as | named-as >punct', lemmas: new Set([...PEJORATIVE_NOUNS, ...WRONGDOING_NOUNS, '"', '“', '”', "'", '‘', '’']) } },
    args: {
      by: { path: 'agent', types: PARTY, optional: true },
      source: { path: 'named', types: PARTY },
      charge: { path: 'named-as', phrase: 'words' },
    },
    confidence: 0.8,
    examples: [
      'Senator Graham called Assad a war criminal on Monday.',
      "Saudi Arabia called Canada's position an overt interference in its affairs.",
      'Matteo Salvini has described Emmanuel Macron as a "very bad president".',
    ],
    negatives: ['Zelensky called Macron a friend.'],
  },
  {
    // a deed named in a free relative: "condemned what it called Somalia's interference in its affairs", "what
    // Kenya called a provocation by Somalia"
    id: 'accuse.tree.what-called',
    predicate: 'accused_of',
    trigger: { lemmas: NAMING_VERBS, upos: ['VERB'] },
    requires: { what: { path: '<acl:relcl', lemmas: set('what') }, deed: { path: 'patient', lemmas: new Set([...WRONGDOING_NOUNS, ...PEJORATIVE_NOUNS]) } },
    args: {
      by: { path: 'agent', types: PARTY, optional: true },
      source: { path: 'patient poss | patient >amod | patient >nmod[by,of]', types: PARTY },
      charge: { path: 'patient', phrase: 'words' },
    },
    confidence: 0.75,
    examples: ["Kenya's foreign ministry condemned what it called Somalia's interference in its affairs."],
    negatives: ["Kenya's foreign ministry welcomed what it called Somalia's offer of talks."],
  },
  {
    // a wrongdoing someone reports of someone: "Egypt says the Sudanese government sheltered the militants"
    id: 'accuse.tree.reported',
    predicate: 'accused_of',
    trigger: { lemmas: WRONGDOING_VERBS, upos: ['VERB'] },
    requires: { reported: { path: 'reporter', lemmas: REPORT_OR_ALLEGE_VERBS } },
    // the deed of an accusation the clause makes is the accused's, not the accuser's ("… and accused Rwanda of
    // invading its provinces, state radio said")
    unless: { accusation: { path: '<', lemmas: ACCUSE_VERBS } },
    args: {
      by: { path: 'reporter agent', types: PARTY, optional: true },
      source: { path: 'agent', types: PARTY },
      charge: { path: 'self', phrase: 'predicate' },
    },
    confidence: 0.7,
    examples: [
      'Egypt says the Sudanese government sheltered the militants who tried to kill Mubarak.',
      '"Damascus armed the rebels," the Turkish foreign minister said.',
      'The Philippines said Chinese ships had rammed its vessels.',
    ],
    negatives: [
      'Egypt says the Sudanese government may have sheltered the militants.',
      'Egypt denied that the Sudanese government sheltered the militants.',
      'Zaire ordered Rwandan diplomats out and accused Rwanda of invading its provinces, state radio said.',
    ],
  },
  {
    // responsibility someone bears, reported: "Sweden said Norway bore responsibility for the attack"
    id: 'accuse.tree.bears-responsibility',
    predicate: 'accused_of',
    trigger: { lemmas: set('bear', 'carry'), upos: ['VERB'] },
    requires: {
      reported: { path: 'reporter', lemmas: REPORT_OR_ALLEGE_VERBS },
      responsibility: { path: 'patient', lemmas: set('responsibility') },
    },
    // ("bore no responsibility": a denial)
    unless: { none: { path: 'patient >det', lemmas: set('no') } },
    args: {
      by: { path: 'reporter agent', types: PARTY, optional: true },
      source: { path: 'agent', types: PARTY },
      charge: { path: 'patient >nmod[for] | >obl[for]', phrase: 'words' },
    },
    confidence: 0.7,
    examples: [
      'Sweden said the Norwegian government bore full responsibility for the attack.',
      'Norway bears full responsibility for the collapse of the talks, Sweden said.',
    ],
    negatives: ['Sweden said Norway bore no responsibility for the attack.', 'Sweden said Norway would bear responsibility for any escalation.'],
  },
  {
    // help given to armed groups, reported: "Egypt says the Sudanese government helped the militants"
    id: 'accuse.tree.reported-support',
    predicate: 'accused_of',
    trigger: { lemmas: SUPPORT_VERBS, upos: ['VERB'] },
    requires: {
      reported: { path: 'reporter', lemmas: REPORT_OR_ALLEGE_VERBS },
      group: { path: 'patient | >obl[to]', lemmas: ARMED_GROUP_NOUNS },
    },
    unless: { accusation: { path: '<', lemmas: ACCUSE_VERBS } },
    args: {
      by: { path: 'reporter agent', types: PARTY, optional: true },
      source: { path: 'agent', types: PARTY },
      charge: { path: 'self', phrase: 'predicate' },
    },
    confidence: 0.7,
    examples: [
      'Egypt says the Sudanese government helped the Moslem militants who tried to kill Mubarak.',
      'Kenya said Somalia had supplied weapons to the rebels.',
      'Ethiopia said Eritrea was training the rebels.',
    ],
    negatives: [
      'Egypt says the Sudanese government helped the flood victims.',
      'Egypt says the Sudanese government may have helped the militants.',
      'Egypt denied that the Sudanese government helped the militants.',
    ],
  },
  {
    // a failing someone reports of someone: "saying he was biased toward Yandarbiyev"
    id: 'accuse.tree.reported-adjective',
    predicate: 'accused_of',
    trigger: { lemmas: WRONGDOING_ADJECTIVES, upos: ['ADJ', 'VERB'] },
    requires: { reported: { path: 'reporter', lemmas: REPORT_OR_ALLEGE_VERBS } },
    args: {
      by: { path: 'reporter agent', types: PARTY, optional: true },
      source: { path: '>nsubj | >nsubj:pass', types: PARTY },
      charge: { path: 'self', phrase: 'predicate' },
    },
    confidence: 0.7,
    examples: ['Chechen leaders said Tim Guldimann was biased toward the separatists.'],
    negatives: ['Chechen leaders said Tim Guldimann was not biased toward the separatists.'],
  },
  {
    id: 'accuse.tree.reported-noun',
    predicate: 'accused_of',
    trigger: { lemmas: REPORT_VERBS, upos: ['VERB'] },
    requires: { wrongdoing: { path: '>ccomp clause', lemmas: WRONGDOING_NOUNS, upos: ['NOUN', 'PROPN'] } },
    // "said Russia was responsible for …" is the blame rule's; a clause in the future or negated alleges nothing
    unless: {
      blame: { path: '>ccomp', lemmas: new Set([...BLAME_ADJECTIVES, 'blame']) },
      behind: { path: '>ccomp >case', lemmas: set('behind') },
      // a deed or claim named as one ("said it was a lie", "called this a provocation"), not a doer
      thing: { path: '>ccomp >nsubj', lemmas: set('it', 'this', 'that', 'which') },
      ...HEDGED_CLAUSE,
    },
    args: {
      by: { path: 'agent', types: PARTY, optional: true },
      source: { path: '>ccomp agent', types: PARTY },
      charge: { path: '>ccomp', phrase: 'predicate' },
    },
    confidence: 0.7,
    examples: ['Tehran said Riyadh had used the incident as a pretext for aggression.'],
    negatives: ['Dmitry Peskov, who speaks for the Kremlin, said it was a lie.'],
  },
  {
    // verbs of alleging: whatever the clause says is the charge ("The KDP charges that the PUK has backing from Iran")
    id: 'accuse.tree.alleged',
    predicate: 'accused_of',
    trigger: { lemmas: ALLEGE_VERBS, upos: ['VERB'] },
    unless: HEDGED_CLAUSE,
    args: {
      by: { path: 'agent', types: PARTY, optional: true },
      source: { path: '>ccomp agent', types: PARTY },
      charge: { path: '>ccomp', phrase: 'predicate' },
    },
    confidence: 0.75,
    examples: ['Ukraine alleged that Belarus had trained the saboteurs.', 'Kenya charged that Somalia had armed the militants.'],
  },
  {
    // a part in a deed alleged or cited: "alleged Iranian involvement in the attack", "cited Russia's role in the coup"
    id: 'accuse.tree.alleged-part',
    predicate: 'accused_of',
    trigger: { lemmas: new Set([...ALLEGE_VERBS, 'cite', 'suspect', 'see']), upos: ['VERB'] },
    requires: {
      part: { path: 'patient', lemmas: set('involvement', 'role', 'responsibility', 'complicity', 'hand', 'link', 'links') },
      deed: { path: 'patient >nmod[in,behind]', lemmas: WRONGDOING_NOUNS },
    },
    args: {
      by: { path: 'agent', types: PARTY, optional: true },
      source: { path: 'patient >amod | patient poss', types: PARTY },
      charge: { path: 'patient >nmod[in,behind]', phrase: 'words' },
    },
    confidence: 0.7,
    examples: ['The Saudi foreign minister alleged Iranian involvement in the attack.', "Kenya cited Somalia's role in the raid on the border post."],
    negatives: ["Kenya praised Somalia's role in the peace talks.", "Kenya cited Somalia's role in the peace talks as a model."],
  },
  {
    // "Poland says Belarus is behind the migrant crisis": the one behind a deed, as someone says
    id: 'accuse.tree.behind',
    predicate: 'accused_of',
    trigger: { lemmas: REPORT_OR_ALLEGE_VERBS, upos: ['VERB'] },
    requires: { behind: { path: '>ccomp >case', lemmas: set('behind') }, be: { path: '>ccomp >cop', lemmas: set('be') } },
    unless: HEDGED_CLAUSE,
    args: {
      by: { path: 'agent', types: PARTY, optional: true },
      source: { path: '>ccomp >nsubj', types: PARTY },
      charge: { path: '>ccomp', phrase: 'predicate' },
    },
    confidence: 0.7,
    examples: ['Poland says Belarus is behind the migrant crisis.', 'Kenya said Somali officials were behind the attacks on its forces.'],
    negatives: ['Poland asked whether Belarus was behind the migrant crisis.', 'Belarus is behind Poland in the rankings.'],
  },
  {
    id: 'accuse.tree.responsible',
    predicate: 'accused_of',
    // (an adjective after a copula the tagger may take for a noun: "Somalia is guilty of violating …")
    trigger: { lemmas: BLAME_ADJECTIVES, upos: ['ADJ', 'NOUN'] },
    args: {
      by: REPORTED_BY,
      source: { path: '>nsubj | >nsubj:pass', types: PARTY },
      charge: { path: '>obl[for,in,of] | >advcl[for,in,of] | >acl[of]', phrase: 'words' },
    },
    confidence: 0.8,
    examples: [
      'Ankara said Damascus was responsible for the bombing.',
      'The Dutch government said there were strong indications that Iran was involved in the killings.',
      'Somalia is guilty of violating the ceasefire, Kenya said.',
    ],
    negatives: ['Ankara asked whether Damascus was responsible for the bombing.'],
  },
  {
    id: 'accuse.tree.held-responsible',
    predicate: 'accused_of',
    trigger: { lemmas: set('hold'), upos: ['VERB'] },
    requires: { responsible: { path: '>xcomp | named-as | >obl | patient >amod', lemmas: set('responsible', 'accountable', 'liable') } },
    args: {
      by: { path: 'agent', types: PARTY, optional: true },
      source: { path: 'patient', types: PARTY },
      charge: {
        path: '>xcomp >obl[for] | >xcomp >advcl[for] | >obl[for] | >advcl[for] | patient >amod >obl[for] | patient >amod >advcl[for]',
        phrase: 'words',
      },
    },
    confidence: 0.8,
    examples: [
      'The Dutch government held Russia responsible for downing the airliner.',
      'Germany held Belarusian leader Alexander Lukashenko responsible for the crisis.',
    ],
  },
  {
    id: 'accuse.tree.to-blame',
    predicate: 'accused_of',
    trigger: { lemmas: set('blame'), upos: ['VERB'], child: { rels: ['mark'], lemmas: set('to') } },
    args: { by: REPORTED_BY, source: { path: 'agent | <xcomp agent', types: PARTY }, charge: { path: '>obl[for] | >advcl[for]', phrase: 'words' } },
    confidence: 0.8,
    examples: [
      '"Iran was to blame for the attack," said Israeli Prime Minister Benjamin Netanyahu.',
      'Serbian President Aleksandar Vucic said Kosovo was to blame for the violence in the north.',
    ],
    negatives: ['Did Kenya say Uganda was to blame for the clashes?'],
  },
  {
    // a wrongdoing and whose it is: "violations of humanitarian law by Israel", "Russia's aggression"
    id: 'accuse.tree.wrongdoing-of',
    predicate: 'accused_of',
    trigger: { lemmas: WRONGDOING_NOUNS, upos: ['NOUN'] },
    args: {
      by: { path: '< agent | reporter agent', types: PARTY, optional: true },
      source: { path: '>nmod[by] | poss-name | >amod', types: PARTY },
      charge: { path: 'self', phrase: 'words' },
    },
    confidence: 0.7,
    examples: ["Chile condemned Israel's violations of international law.", "Kyiv denounced Russia's aggression."],
    negatives: ['Chile asked whether the violations were committed by Israel?'],
  },
  {
    // a deed called alleged is a charge against its doer, whoever acts on it: "asked Germany to extradite Banisadr
    // for alleged hijacking", "expelled four diplomats for their alleged links to the killings"
    id: 'accuse.tree.alleged-deed',
    predicate: 'accused_of',
    trigger: { lemmas: ALLEGED_ADJECTIVES, upos: ['ADJ', 'VERB'] },
    factuality: 'own',
    args: {
      // whoever acts on the allegation: asks for the extradition, expels the diplomats; else whoever reports it
      by: {
        path: '<amod <obl,advcl <xcomp agent | <amod <nmod <obj agent | <amod <obl,advcl agent | <amod <obl,advcl reporter agent',
        types: PARTY,
        optional: true,
      },
      source: { path: '<amod <obl,advcl patient | <amod <nmod | <amod poss', types: PARTY },
      charge: { path: '<amod', phrase: 'words' },
    },
    confidence: 0.7,
    examples: [
      'Norway has asked Sweden to extradite the banker Lars Berg for alleged fraud.',
      'Kenya expelled two Ugandan diplomats for their alleged links to the rebels.',
    ],
    negatives: ['Kenya expelled two Ugandan diplomats for their links to the rebels.'],
  },
  {
    id: 'accuse.tree.accusation-that',
    predicate: 'accused_of',
    trigger: { lemmas: ACCUSATION_NOUNS, upos: ['NOUN'] },
    factuality: 'own',
    args: {
      // whose accusation: its possessor, else whoever reports it ("the Dutch government said there were strong indications that …")
      // (or the one it is by: "claims by Riyadh that …")
      by: { path: 'poss | >amod | >nmod[by] | <nsubj,obj reporter agent', types: PARTY, optional: true },
      // "accusations that X …", and "there are allegations that X …", where the clause hangs beside the noun
      source: { path: '>acl[that] agent | >acl agent | >csubj,ccomp[that] agent | <nsubj >csubj,ccomp[that] agent | <obj >ccomp[that] agent', types: PARTY },
      charge: { path: '>acl[that] | >acl | >csubj,ccomp[that] | <nsubj >csubj,ccomp[that] | <obj >ccomp[that]', phrase: 'predicate' },
    },
    confidence: 0.75,
    examples: [
      'There are allegations that Iran has tried to sabotage shipping in the Gulf.',
      "Tehran rejected Washington's accusation that Iran had armed the rebels.",
      "Iranian officials dismissed Benjamin Netanyahu's accusation that Ebrahim Raisi is a murderer.",
      "Saudi Arabia's accusation that Iran armed the Houthis drew a sharp response.",
      'Tehran rejected claims by Riyadh that it was arming the rebels.',
    ],
  },
  {
    // accusations made against someone: "Sweden levelled accusations of espionage against Norway"
    id: 'accuse.tree.accusation-against',
    predicate: 'accused_of',
    trigger: { lemmas: ACCUSATION_NOUNS, upos: ['NOUN'] },
    // (made, by whoever makes them: not "rejected accusations of …", whose subject is the accused)
    requires: { made: { path: '<', lemmas: set('level', 'make', 'lodge', 'bring', 'file', 'press', 'repeat', 'renew', 'hurl', 'trade') } },
    args: {
      by: { path: '< agent', types: PARTY, optional: true },
      source: { path: '>nmod[against] | >nmod[of] >nmod[against] | < >obl[against]', types: PARTY },
      charge: { path: '>nmod[of] | >acl[of]', phrase: 'words' },
    },
    confidence: 0.75,
    examples: ['Sweden levelled accusations of espionage against Norway on Monday.', 'Kenya has made allegations of vote rigging against Uganda.'],
    negatives: ['Norway rejected accusations of espionage against its diplomats.', 'Sweden levelled accusations of espionage.'],
  },
];

/** a trip called off in the same breath: "was due to fly to Moscow, but he called off the trip" */
const CANCELLED = { cancelled: { path: '< >conj >obj | >conj >obj', lemmas: VISIT_NOUNS }, calledOff: { path: 'called-off' } };

/** whom an action is aimed at: the object, else the "at"/"on"/"against" phrase, else whoever did what is
 * condemned ("condemned the coup by Pierre Buyoya", "denouncing Wallstrom's remarks") */
// (or named in a free relative: "condemned what it called Somalia's interference")
const AIMED_AT: ArgSpec = { path: 'patient | >obl[at,on,against] | patient >nmod[by] | patient poss | patient >acl:relcl patient poss', types: PARTY };

export const eventTreeRules: TreeRule[] = [
  {
    id: 'criticize.tree.verb',
    predicate: 'criticized',
    trigger: { lemmas: CRITICIZE_VERBS, upos: ['VERB'] },
    args: { source: { path: 'agent', types: PARTY }, target: AIMED_AT },
    confidence: 0.85,
    examples: [
      'Chile condemned Israel over the strikes.',
      'The European Union has since adopted a resolution denouncing Belarus.',
      'Norway condemned the coup by General Lars Holm.',
      'A European Union statement condemning Belarus was issued on Monday.',
      // a deed named again is whoever did it before
      'Poland on Friday expelled a Belarusian diplomat. Belarus denounced the move as unfriendly.',
      'Saudi Arabia executed Sheikh Nimr al-Nimr on Saturday. Iran condemned the execution.',
      "Kenya's foreign ministry condemned what it called Somalia's interference in its affairs.",
    ],
    negatives: ['Chile could condemn Israel.'],
  },
  {
    id: 'criticize.tree.hit-out',
    predicate: 'criticized',
    trigger: { lemmas: CRITICIZE_PHRASAL, upos: ['VERB'], particles: set('out') },
    args: { source: { path: 'agent', types: PARTY }, target: { path: '>obl[at]', types: PARTY } },
    confidence: 0.8,
    examples: ['Beijing hit out at Canberra on Tuesday.'],
  },
  {
    id: 'criticize.tree.noun',
    predicate: 'criticized',
    trigger: { lemmas: CRITICISM_NOUNS, upos: ['NOUN'] },
    args: { source: { path: 'poss | >amod', types: PARTY }, target: { path: '>nmod[of] | >nmod[of] poss', types: PARTY } },
    confidence: 0.7,
    examples: ["Sweden's criticism of Saudi Arabia angered Riyadh."],
  },
  {
    // criticism voiced, by whoever voices it: "Sweden voiced strong criticism of Norway's handling of the crisis"
    id: 'criticize.tree.voiced-noun',
    predicate: 'criticized',
    trigger: { lemmas: CRITICISM_NOUNS, upos: ['NOUN'] },
    requires: { voiced: { path: '<', lemmas: set('voice', 'express', 'level', 'direct', 'repeat', 'renew', 'issue') } },
    args: { source: { path: '< agent', types: PARTY }, target: { path: '>nmod[of] | >nmod[of] poss | >nmod[of] >nmod[of] poss', types: PARTY } },
    confidence: 0.7,
    examples: ["Sweden voiced strong criticism of Norway's handling of the crisis."],
    negatives: ["Norway rejected criticism of Sweden's handling of the crisis."],
  },
  {
    // an act done "in protest at" another's deed: the actor criticises the doer
    id: 'criticize.tree.in-protest',
    predicate: 'criticized',
    trigger: { lemmas: set('protest'), upos: ['NOUN', 'ADJ'], child: { rels: ['case'], lemmas: set('in') } },
    args: {
      source: { path: '< agent', types: PARTY },
      target: {
        path: '>nmod[at,against,over] | >obl[at,against,over] | >nmod[at,against,over] poss | >obl[at,against,over] poss',
        types: PARTY,
      },
    },
    confidence: 0.75,
    examples: [
      "Algeria has recalled its ambassador to Spain for consultations, in protest at Madrid's decision to back a Moroccan plan.",
      "Norway recalled its ambassador in protest against Russia's decision.",
    ],
    negatives: ['Thousands marched in protest at the decision.'],
  },
  {
    // someone described as a critic of another: by apposition either side, or by a copula
    id: 'criticize.tree.critic',
    predicate: 'criticized',
    factuality: 'own',
    trigger: { lemmas: CRITIC_NOUNS, upos: ['NOUN'] },
    args: {
      source: { path: '<appos | appositive-before | >nsubj | >appos | appositive-after', types: PARTY },
      target: { path: '>nmod[of] | >nmod[of] poss', types: PARTY },
    },
    confidence: 0.75,
    examples: [
      'Argentine President Lars Holm, a fierce critic of President Karin Berg, called her a dictator.',
      'Karin Berg is an outspoken critic of the Kremlin.',
      'A leading critic of the Kremlin, Lars Holm, was arrested in Moscow.',
    ],
    negatives: ['Critics of the Kremlin were arrested in Moscow.'],
  },
  {
    id: 'threaten.tree.verb',
    predicate: 'threatened',
    trigger: { lemmas: THREATEN_VERBS, upos: ['VERB'] },
    args: {
      source: { path: 'agent', types: PARTY },
      // (what is threatened on someone's people or goods is threatened on their state: "threatening a ban on
      // Sudanese flights")
      target: {
        // (and what a threatened act would take from someone: "threatened to cut off gas supplies to Norway")
        path: 'patient | >xcomp >obl[on,against] | >xcomp patient | >xcomp patient >nmod[on,against] | patient >nmod[on,against] | >obl[on,against] | patient >nmod[on,against] >amod | >xcomp >obl >nmod[to] | >xcomp patient >nmod[to]',
        types: PARTY,
      },
    },
    confidence: 0.8,
    examples: [
      'Baghdad threatened Stockholm with severe consequences.',
      'Washington threatened to impose sanctions on Caracas.',
      'Sweden threatened to cut off gas supplies to Norway.',
      'The Security Council threatened a ban on Sudanese flights.',
      // a text speaks for whoever issued it
      'Norway backed a U.N. Security Council resolution threatening sanctions on Eritrea.',
    ],
  },
  {
    // a warning that someone will pay a price or face consequences
    id: 'threaten.tree.pay-a-price',
    predicate: 'threatened',
    trigger: { lemmas: WARN_VERBS, upos: ['VERB'] },
    requires: { price: { path: '>ccomp patient | >ccomp >obl', lemmas: THREAT_NOUNS }, pay: { path: '>ccomp', lemmas: THREAT_VERBS } },
    // (the one warned first: "warned Berlin it would face a response")
    args: { source: { path: 'agent', types: PARTY }, target: { path: '>iobj | >ccomp agent | patient', types: PARTY } },
    confidence: 0.75,
    examples: [
      'Turkish President Tayyip Erdogan warned that the Netherlands would pay a price.',
      'Moscow said Prague would face consequences.',
      'Iran warned Berlin it would face a proportionate response.',
    ],
  },
  {
    // "warned Israel of dire consequences"
    id: 'threaten.tree.warned-of',
    predicate: 'threatened',
    trigger: { lemmas: set('warn'), upos: ['VERB'] },
    requires: { consequences: { path: '>obl[of] | >>[of]', lemmas: THREAT_NOUNS } },
    args: { source: { path: 'agent', types: PARTY }, target: { path: 'patient | >iobj', types: PARTY } },
    confidence: 0.75,
    examples: ['Jordan\'s King Abdullah warned Israel of "dire consequences" if the fighting spread.'],
  },
  {
    id: 'sanction.tree.verb',
    predicate: 'sanctioned',
    trigger: { lemmas: SANCTION_VERBS, upos: ['VERB'] },
    args: { source: { path: 'agent', types: PARTY }, target: { path: 'patient', types: PARTY } },
    attributes: { status: 'imposed' },
    confidence: 0.85,
    examples: ['The European Union sanctioned Iran on Monday.'],
    negatives: ['The European Union may sanction Iran.'],
  },
  {
    id: 'sanction.tree.imposed',
    predicate: 'sanctioned',
    trigger: { lemmas: SANCTION_NOUNS, upos: ['NOUN'] },
    requires: { light: { path: '<', lemmas: SANCTION_LIGHT_VERBS } },
    args: { source: { path: '< agent', types: PARTY }, target: { path: '>nmod[on,against] | < >obl[on,against] | >nmod[on,against] >amod', types: PARTY } },
    attributes: { status: 'imposed' },
    confidence: 0.85,
    examples: ['The United States imposed sanctions on Venezuela.'],
    negatives: ['Lawmakers called on the government to impose sanctions on Venezuela.'],
  },
  {
    // assets frozen are a sanction on their owner: "Norway froze the assets of three Swedish officials"
    id: 'sanction.tree.assets-frozen',
    predicate: 'sanctioned',
    trigger: { lemmas: set('freeze', 'seize'), upos: ['VERB'] },
    requires: { assets: { path: 'patient', lemmas: set('asset', 'assets', 'fund', 'funds', 'property') } },
    args: {
      source: { path: 'agent', types: PARTY },
      target: { path: 'patient poss | patient >nmod[of] | patient >nmod[of] >amod | patient >amod', types: PARTY },
    },
    attributes: { status: 'imposed' },
    confidence: 0.75,
    examples: ['Norway froze the assets of three Swedish officials.', "The European Union froze Belarus's assets on Monday."],
    negatives: ['Norway froze the price of gas.', 'Norway could freeze the assets of three Swedish officials.'],
  },
  {
    // sanctions promised on a condition are a threat: "said it would impose sanctions on Norway if the talks failed"
    id: 'threaten.tree.conditional-sanctions',
    predicate: 'threatened',
    trigger: { lemmas: SANCTION_LIGHT_VERBS, upos: ['VERB'] },
    // (the future and the condition are what make it a threat, read as an intention: the clause asserts no sanction)
    factuality: 'intent',
    requires: {
      sanctions: { path: 'patient', lemmas: SANCTION_NOUNS },
      future: { path: '>aux', lemmas: set('will', 'would') },
      condition: { path: '>advcl >mark', lemmas: set('if', 'unless') },
    },
    args: { source: { path: 'agent', types: PARTY }, target: { path: 'patient >nmod[on,against] | >obl[on,against]', types: PARTY } },
    confidence: 0.7,
    examples: ['Sweden said it would impose sanctions on Norway if the talks failed.', 'Washington will impose sanctions on Caracas unless the vote is held.'],
    negatives: ['Sweden said it would impose sanctions on Norway.', 'Sweden imposed sanctions on Norway after the talks failed.'],
  },
  {
    // sanctions in preparation: "said it was preparing sanctions against Belarus", "threatened sanctions on Iran"
    id: 'sanction.tree.planned',
    predicate: 'sanctioned',
    trigger: { lemmas: SANCTION_NOUNS, upos: ['NOUN'] },
    factuality: 'own',
    requires: { planned: { path: '<', lemmas: set('prepare', 'plan', 'propose', 'consider', 'weigh', 'threaten', 'draft', 'discuss', 'announce') } },
    unless: { imposed: { path: '<', lemmas: SANCTION_LIGHT_VERBS } },
    args: { source: { path: '< agent', types: PARTY }, target: { path: '>nmod[on,against] | < >obl[on,against] | >nmod[on,against] >amod', types: PARTY } },
    attributes: { status: 'planned' },
    confidence: 0.7,
    examples: ['The Czech government said it was preparing sanctions against Belarus.'],
  },
  {
    id: 'talks.tree.offered',
    predicate: 'offered_talks',
    trigger: { lemmas: OFFER_VERBS, upos: ['VERB'] },
    requires: { talks: { path: 'patient | >obl[to,for] | >xcomp | >advcl | >xcomp patient', lemmas: new Set([...TALKS_NOUNS, 'meet', 'talk', 'negotiate']) } },
    args: {
      source: { path: 'agent', types: PARTY },
      target: {
        path: '>obl[to,with] | patient >nmod[with,to] | >iobj | patient | >xcomp patient | >xcomp >obl[with,to] | >xcomp patient >nmod[with,to]',
        types: PARTY,
      },
    },
    confidence: 0.75,
    examples: [
      'Israel offered talks to Syria without preconditions.',
      'Beijing invited Taipei to talks.',
      'Israel offered to meet Syria for talks without preconditions.',
      'Japan offered to hold talks with North Korea.',
    ],
  },
  {
    // a meeting or talks announced for the future: "said he would hold talks with Lopez Obrador in June"
    id: 'talks.tree.will-meet',
    predicate: 'offered_talks',
    factuality: 'intent',
    trigger: { lemmas: set('meet', 'negotiate'), upos: ['VERB'] },
    args: { source: { path: 'agent', types: PARTY }, target: { path: 'patient | >obl[with]', types: PARTY } },
    confidence: 0.65,
    examples: ['Emmanuel Macron said he would meet Vladimir Putin in Geneva.'],
    negatives: ['Emmanuel Macron met Vladimir Putin in Geneva.'],
  },
  {
    id: 'talks.tree.will-hold-talks',
    predicate: 'offered_talks',
    factuality: 'intent',
    trigger: { lemmas: TALKS_NOUNS, upos: ['NOUN'] },
    requires: { held: { path: '<', lemmas: set('hold', 'have', 'open', 'start', 'begin', 'resume', 'continue', 'pursue') } },
    args: { source: { path: '< agent', types: PARTY }, target: { path: '>nmod[with] | < >obl[with]', types: PARTY } },
    confidence: 0.65,
    examples: [
      'Canadian Prime Minister Justin Trudeau said he would hold talks with Andres Manuel Lopez Obrador in June.',
      'Ulf Kristersson said his government would continue talks with Turkey.',
    ],
  },
  {
    id: 'talks.tree.ready',
    predicate: 'offered_talks',
    trigger: { lemmas: READY_ADJECTIVES, upos: ['ADJ'] },
    requires: { talks: { path: '>xcomp', lemmas: set('meet', 'talk', 'negotiate') } },
    args: { source: { path: '>nsubj', types: PARTY }, target: { path: '>xcomp patient | >xcomp >obl[with,to]', types: PARTY } },
    confidence: 0.7,
    examples: ['Salvini said he was ready to meet Macron to settle their differences.'],
    negatives: ['Salvini was not ready to meet Macron.'],
  },
  {
    id: 'talks.tree.rejected',
    predicate: 'rejected_talks',
    trigger: { lemmas: REJECT_VERBS, upos: ['VERB'] },
    // (or someone's offer of talks: "rejected Seoul's offer of talks", "declined an offer from Moon to hold a
    // summit", the parser hanging the offer's clause on the offer or on the verb)
    requires: {
      talks: {
        path: 'patient | >xcomp | patient >nmod[of] | patient >acl patient | >advcl[to] patient',
        lemmas: new Set([...TALKS_NOUNS, 'negotiate', 'talk', 'meet']),
      },
    },
    args: {
      source: { path: 'agent', types: PARTY },
      // (the offerer by its adjective too: "rejected a Norwegian offer of talks")
      target: { path: 'patient >nmod[with] | >xcomp >obl[with] | patient poss | patient >nmod[from] | patient >amod', types: PARTY },
    },
    confidence: 0.75,
    examples: [
      'Sweden rejected a Norwegian offer of talks.',
      'Pyongyang rejected talks with Seoul.',
      'Taipei refused to negotiate with Beijing.',
      "North Korea rejected South Korea's offer of talks.",
      'Shinzo Abe declined an offer from Moon Jae-in to hold a summit in Osaka.',
    ],
  },
  {
    // an offer of talks named as a noun, whoever took it or turned it down: "South Korea's offer of talks", "an
    // offer from Moon to hold a summit", "an invitation from Beijing to talks"
    id: 'talks.tree.offer-noun',
    predicate: 'offered_talks',
    // the offer was made whatever became of it ("declined an offer from Moon")
    factuality: 'own',
    trigger: { lemmas: set('offer', 'proposal', 'invitation'), upos: ['NOUN'] },
    requires: {
      talks: {
        path: '>nmod[of,for,to] | >acl patient | >acl | < >advcl[to] patient | < >advcl[to]',
        lemmas: new Set([...TALKS_NOUNS, 'negotiate', 'talk', 'meet']),
      },
    },
    args: {
      source: { path: 'poss | >nmod[from,by] | >amod', types: PARTY },
      target: { path: '>nmod[of] >nmod[with] | >acl >obl[with] | < agent', types: PARTY },
    },
    confidence: 0.7,
    examples: ["North Korea rejected South Korea's offer of talks.", 'Shinzo Abe declined an offer from Moon Jae-in to hold a summit in Osaka.'],
    negatives: ['Shinzo Abe declined an offer from Moon Jae-in to buy the plant.'],
  },
  {
    id: 'meet.tree.verb',
    predicate: 'met_with',
    trigger: { lemmas: MEET_VERBS, upos: ['VERB'] },
    args: { source: { path: 'agent', types: PARTY }, target: { path: 'patient | >obl[with] | agent >conj', types: PARTY } },
    confidence: 0.8,
    examples: [
      'Luigi Di Maio met Christophe Chalencon near Paris.',
      'Emmanuel Macron and Olaf Scholz met in Berlin.',
      'Recep Tayyip Erdogan hosted Volodymyr Zelensky in Istanbul.',
    ],
    negatives: ['Emmanuel Macron will meet Olaf Scholz next week.'],
  },
  {
    // talks held, started or come for, with someone: "held talks with Wang", "arrived for discussions with
    // Maskhadov"; two parties starting talks together: "Lebed and Maskhadov started a new round of peace talks"
    id: 'meet.tree.talks',
    predicate: 'met_with',
    trigger: { lemmas: set('talk', 'talks', 'meeting', 'discussion', 'negotiation'), upos: ['NOUN'] },
    args: {
      source: { path: '< agent | < < agent', types: PARTY },
      target: { path: '>nmod[with] | < >obl[with] | < agent >conj | < < agent >conj', types: PARTY },
    },
    confidence: 0.75,
    examples: [
      'Antony Blinken held talks with Wang Yi in Beijing.',
      'General Vyacheslav Tikhomirov arrived at the village for discussions with Aslan Maskhadov.',
      'Alexander Lebed and Aslan Maskhadov started a new round of peace talks on Friday.',
    ],
    negatives: ['Lawmakers called for talks with Aslan Maskhadov.', 'Japan offered to hold talks with North Korea.'],
  },
  {
    id: 'speak.tree.verb',
    predicate: 'spoke_with',
    trigger: { lemmas: SPEAK_VERBS, upos: ['VERB'] },
    // "spoke by telephone to Ischinger": the parser often hangs the party on the means
    args: {
      // (the subject of the clause "after speaking …" hangs on, when the parser took the means for an agent)
      source: { path: 'agent | <advcl agent', types: PARTY },
      target: { path: '>obl[with,to] | patient | agent >conj | >obl,obl:agent[by,on,over] >nmod[with,to]', types: PARTY },
    },
    confidence: 0.75,
    examples: ['Joe Biden spoke with Volodymyr Zelensky by phone.', 'Lars Holm told reporters after speaking by telephone to Karin Berg.'],
  },
  {
    // what was said in a call or by telephone: "told Wang Yi in a phone call that …", "In a call with Wang Yi,
    // Blinken said …", "warned Putin by phone"
    id: 'speak.tree.in-call',
    predicate: 'spoke_with',
    // the call took place whatever was said in it ("urged Putin by telephone to withdraw")
    factuality: 'own',
    trigger: {
      lemmas: new Set([...CALL_NOUNS, 'phone', 'telephone', 'phone call']),
      upos: ['NOUN'],
      child: { rels: ['case'], lemmas: set('in', 'during', 'by', 'over') },
    },
    // (or the one coordinated with the subject: "Blinken and Wang discussed the flight in a phone call")
    args: { source: { path: '< agent', types: PARTY }, target: { path: '>nmod[with] | < >iobj | < patient | < agent >conj', types: PARTY } },
    confidence: 0.7,
    examples: [
      'Antony Blinken and Wang Yi discussed the flight in a phone call.',
      'Antony Blinken told Wang Yi in a phone call that the flight was unacceptable.',
      'In a phone call with Wang Yi, Antony Blinken said the flight was unacceptable.',
      'Olaf Scholz urged Vladimir Putin by telephone to withdraw his troops.',
    ],
    negatives: ['In a phone call, Antony Blinken told reporters the flight was unacceptable.'],
  },
  {
    // calling someone, without naming them anything or calling them in, back or home: "Blinken called Ali to
    // reaffirm Washington's support"
    id: 'speak.tree.called',
    predicate: 'spoke_with',
    trigger: { lemmas: set('call', 'ring'), upos: ['VERB'], notParticles: set('back', 'home', 'in', 'off', 'on', 'upon', 'for', 'out', 'up', 'away') },
    unless: { named: { path: 'named-as' }, summoned: { path: '>obl[to,into,before]' } },
    args: { source: { path: 'agent', types: PARTY }, target: { path: 'patient', types: ['Person'] } },
    confidence: 0.65,
    examples: ["Antony Blinken called Irfaan Ali to reaffirm Washington's support.", 'Joe Biden called Vladimir Putin on Tuesday.'],
    negatives: [
      'Joe Biden called Vladimir Putin a killer.',
      'Joe Biden called on Vladimir Putin to withdraw.',
      'Norway called Anna Berg home.',
      'Norway called Anna Berg to the foreign ministry.',
    ],
  },
  {
    // raising a matter with someone: "Modi raised the issue with Trudeau at the summit", "raised concerns with Beijing"
    id: 'speak.tree.raised-with',
    predicate: 'spoke_with',
    trigger: { lemmas: set('raise', 'discuss', 'broach'), upos: ['VERB'] },
    requires: { matter: { path: 'patient', lemmas: set('issue', 'concern', 'concerns', 'matter', 'case', 'question', 'subject', 'topic', 'problem') } },
    args: { source: { path: 'agent', types: PARTY }, target: { path: '>obl[with] | patient >nmod[with]', types: PARTY } },
    confidence: 0.7,
    examples: ['Narendra Modi had raised the issue with Justin Trudeau at the summit in New Delhi.', 'Penny Wong raised concerns with Wang Yi.'],
    negatives: ['Narendra Modi raised the issue in parliament.', 'Penny Wong raised prices with Wang Yi.'],
  },
  {
    id: 'speak.tree.call',
    predicate: 'spoke_with',
    trigger: { lemmas: CALL_NOUNS, upos: ['NOUN'] },
    requires: { held: { path: '<', lemmas: set('hold', 'have', 'make') } },
    args: { source: { path: '< agent', types: PARTY }, target: { path: '>nmod[with] | < >obl[with]', types: PARTY } },
    confidence: 0.7,
    examples: ['Emmanuel Macron held a phone call with Vladimir Putin on Friday.'],
  },
  {
    id: 'sign.tree.verb',
    predicate: 'signed_agreement',
    trigger: { lemmas: SIGN_VERBS, upos: ['VERB'] },
    requires: { agreement: { path: 'patient', lemmas: AGREEMENT_NOUNS } },
    args: {
      source: { path: 'agent', types: PARTY },
      target: { path: '>obl[with] | patient >nmod[with] | agent >conj', types: PARTY },
      agreement: { path: 'patient', phrase: 'words', optional: true },
    },
    confidence: 0.8,
    examples: [
      'Israel and the UAE signed a peace agreement.',
      'Colombia signed an extradition treaty with the United States.',
      'Alexander Lebed and Aslan Maskhadov signed a ceasefire last Thursday.',
      'The United States and Colombia reached an aviation agreement on Friday.',
      'Tass said the ceasefire signed by Alexander Lebed and Aslan Maskhadov last Thursday was holding.',
    ],
    negatives: ['Norway and Sweden failed to reach an agreement on fishing.', 'Norway hopes to reach a deal with Sweden.'],
  },
  {
    // agreeing on or to an agreement: "Kagame and Tshisekedi agreed on a roadmap", "agreed to a ceasefire"
    id: 'sign.tree.agreed-on',
    predicate: 'signed_agreement',
    trigger: { lemmas: set('agree'), upos: ['VERB'] },
    requires: { agreement: { path: '>obl[on,to,upon]', lemmas: new Set([...AGREEMENT_NOUNS, 'roadmap', 'road map', 'framework']) } },
    args: {
      source: { path: 'agent', types: PARTY },
      target: { path: '>obl[with] | >obl[on,to,upon] >nmod[with] | agent >conj', types: PARTY },
      agreement: { path: '>obl[on,to,upon]', phrase: 'words', optional: true },
    },
    confidence: 0.75,
    examples: ['Paul Kagame and Felix Tshisekedi agreed on a roadmap to ease tensions.', 'Armenia agreed to a ceasefire with Azerbaijan on Tuesday.'],
    negatives: ['Paul Kagame and Felix Tshisekedi failed to agree on a roadmap.', 'Armenia agreed to talks with Azerbaijan.'],
  },
  {
    // an agreement in force between two parties: "a military accord between Turkey and Israel"
    id: 'sign.tree.between',
    predicate: 'signed_agreement',
    trigger: { lemmas: AGREEMENT_NOUNS, upos: ['NOUN'] },
    unless: {
      unmade: {
        path: '>amod | >compound',
        lemmas: set('propose', 'proposed', 'draft', 'plan', 'planned', 'possible', 'potential', 'future', 'moot', 'tentative', 'prospective'),
      },
      // an accord still talked over: "talks on an accord between …"
      talked: { path: '<nmod', lemmas: set('talk', 'talks', 'negotiation', 'discussion') },
    },
    args: {
      source: { path: '>nmod[between]', types: PARTY },
      target: { path: '>nmod[between] >conj', types: PARTY },
      agreement: { path: 'self', phrase: 'words', optional: true },
    },
    confidence: 0.7,
    examples: ['Ties were strained over a military accord between Turkey and Israel which drew strong Iranian objections.'],
    negatives: [
      'Ties were strained over a proposed accord between Turkey and Israel.',
      'Norway urged talks on an accord between Turkey and Israel.',
      'Turkey and Israel may negotiate an agreement between Turkey and Israel.',
    ],
  },
  {
    id: 'travel.tree.visit',
    predicate: 'travels_to',
    factuality: 'plan',
    unless: CANCELLED,
    trigger: { lemmas: VISIT_VERBS, upos: ['VERB'] },
    args: { source: { path: 'agent', types: ['Person'] }, target: { path: 'patient', types: PLACE } },
    confidence: 0.8,
    examples: ['Wolfgang Ischinger visited Moscow last week.'],
    negatives: ['Jan Hamacek cancelled his planned visit to Moscow.', 'Wolfgang Ischinger hopes to visit Moscow.'],
  },
  {
    id: 'travel.tree.went',
    predicate: 'travels_to',
    factuality: 'plan',
    unless: CANCELLED,
    trigger: { lemmas: TRAVEL_VERBS, upos: ['VERB'] },
    // the place, or the place a common noun names ("flew to the Norwegian city of Bergen")
    args: { source: { path: 'agent', types: ['Person'] }, target: { path: '>obl[to,in,into,at] | >obl[to,in,into,at] >nmod[of]', types: PLACE } },
    confidence: 0.75,
    examples: [
      'Lien Chan flew to Ukraine on Sunday.',
      'White House press secretary Jen Psaki said Joe Biden is scheduled to travel to Georgia on Friday.',
      'Lars Holm flew to the Norwegian city of Bergen on Monday.',
      'Di Maio crossed into France on Tuesday to meet protesters.',
    ],
    negatives: ['Lien Chan plans to fly to Ukraine.', 'Jan Novak had been due to fly to Moscow on Monday for talks, but he called off the trip.'],
  },
  {
    id: 'travel.tree.visit-noun',
    predicate: 'travels_to',
    trigger: { lemmas: VISIT_NOUNS, upos: ['NOUN'] },
    // (a visit said about, against or over is only talked of)
    unless: { topic: { path: '>case', lemmas: set('about', 'against', 'over', 'of', 'for') } },
    args: {
      // "met the officials on a two-day visit to Moscow": whoever acts on the visit makes it
      source: { path: 'poss | >nmod[by] | <obl agent | <nmod <obj agent', types: ['Person'] },
      target: { path: '>nmod[to]', types: PLACE },
    },
    confidence: 0.7,
    examples: [
      "Lien Chan's visit to Ukraine angered Beijing.",
      'A visit to Ukraine by Taiwanese Vice President Lien Chan infuriated Beijing.',
      'Wolfgang Ischinger met three deputy ministers on a two-day visit to Moscow.',
    ],
    negatives: ['Jan Hamacek cancelled his planned visit to Moscow.', 'Wolfgang Ischinger spoke about a visit to Moscow.'],
  },
  {
    // "Russia's annexation of Crimea": the noun takes the deed as done, whatever governs it
    id: 'annex.tree.noun',
    predicate: 'annexed',
    factuality: 'own',
    trigger: { lemmas: ANNEXATION_NOUNS, upos: ['NOUN'] },
    args: {
      source: { path: 'poss | >amod', types: ['Country'] },
      target: { path: '>nmod[of]', types: PLACE },
      from: { path: '>nmod[from]', types: ['Country'], optional: true },
    },
    confidence: 0.8,
    examples: ["The G7 said it would not accept Russia's annexation of Crimea from Ukraine."],
  },
  {
    id: 'annex.tree.verb',
    predicate: 'annexed',
    trigger: { lemmas: ANNEX_VERBS, upos: ['VERB'] },
    args: {
      source: { path: 'agent', types: ['Country'] },
      target: { path: 'patient', types: PLACE },
      from: { path: '>obl[from]', types: ['Country'], optional: true },
    },
    confidence: 0.85,
    examples: ['Russia annexed Crimea from Ukraine in 2014.'],
  },
];

export const grammarRelationRules: TreeRule[] = [...recallTreeRules, ...summonTreeRules, ...expelTreeRules, ...accusationTreeRules, ...eventTreeRules];
