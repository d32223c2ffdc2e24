// Trigger words of the relation rules, as classes of English: the lemmas (verbs with their particles, nouns)
// that say a state recalled an envoy, accused someone, expelled diplomats, and so on. Written from knowledge of
// English usage in news (checked against WordNet's synonym sets), never from the stories at hand; a rule names a
// class, so a word added here reaches every rule of its kind.

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Envoys heading a mission: what is recalled, summoned or sent home. */
/** (entries of two words match a word with the modifier before it: "high commissioner", a Commonwealth envoy) */
export const ENVOY_NOUNS = new Set([...words('ambassador envoy ambassador-designate emissary'), 'high commissioner']);
/** The heads of a mission below an ambassador; their recall or summons is a lesser step (kept, lower confidence). */
export const CHARGE_DAFFAIRES = words("chargé charge charge_d'affaires d'affaires d’affaires");
/** People of a mission who can be expelled. */
export const DIPLOMAT_NOUNS = new Set([
  ...words(
    'diplomat diplomats ambassador envoy attache attaché consul staff official officials personnel member members employee employees agent agents spy spies administrator secretary counsellor counselor',
  ),
  // a Commonwealth country's ambassador to another is its high commissioner
  'high commissioner',
  // the head of a mission without an ambassador (not "charge" alone, which is also an accusation)
  ...words("chargé charge_d'affaires d'affaires d’affaires"),
]);

/** recalled_ambassador: verbs that take the envoy away from the post ("recalled", "withdrew"). */
export const RECALL_VERBS = words('recall withdraw');
/** Verbs that recall with a particle or adverb of return ("called back", "ordered home", "pulled out"). */
export const RETURN_VERBS = words('call summon order bring pull send instruct ask tell');
export const RETURN_PARTICLES = words('back home out');
/** Nouns of recall: "the recall of its envoy", "the withdrawal of its ambassador". */
export const RECALL_NOUNS = words('recall withdrawal');

/** summoned_ambassador: calling a foreign envoy in ("summoned", "called in", "hauled in"). */
export const SUMMON_VERBS = words('summon convoke');
export const SUMMON_PHRASAL = new Map([
  ['call', 'in'],
  ['haul', 'in'],
]);
export const SUMMON_NOUNS = words('summons summoning');

/** expelled_diplomats: putting diplomats out of the country. */
export const EXPEL_VERBS = words('expel oust kick throw eject');
export const EXPEL_NOUNS = words('expulsion');

/** accused_of: verbs of accusing whose object is the accused and whose "of"/"for" phrase is the charge. */
export const ACCUSE_VERBS = words('accuse blame');
/** verbs that judge in naming: "branded X a terrorist", "labelled X an aggressor". */
export const BRAND_VERBS = words('brand label dub');
/** verbs that name the accused as something, an accusation only with an insult: "called X a dictator". */
export const NAMING_VERBS = words('call describe denounce portray designate label');
/** nouns of accusation whose "that" clause or "of" phrase is the charge. */
export const ACCUSATION_NOUNS = words('accusation allegation charge claim indication evidence suspicion');
/** adjectives of blame: "X was responsible for Y", "X is to blame for Y". */
export const BLAME_ADJECTIVES = words('responsible culpable guilty complicit involved');

/** criticized: explicit verbal criticism. */
export const CRITICIZE_VERBS = words(
  'criticize criticise condemn denounce slam blast rebuke censure castigate lambaste deplore decry reprimand chide berate assail excoriate',
);
/** "hit out at", "lashed out at": criticism with a particle and "at". */
export const CRITICIZE_PHRASAL = words('hit lash');
export const CRITICISM_NOUNS = words('criticism condemnation censure rebuke');
/** a person described as a critic: "Lars Holm, a fierce critic of the Kremlin," criticises it. */
export const CRITIC_NOUNS = words('critic');

/** threatened. */
export const THREATEN_VERBS = words('threaten');

/** sanctioned: the verb, and the noun with its light verbs ("imposed sanctions on"). */
export const SANCTION_VERBS = words('sanction blacklist');
export const SANCTION_NOUNS = words('sanction sanctions embargo ban');
export const SANCTION_LIGHT_VERBS = words('impose slap approve adopt extend tighten expand level place');

/** talks offered and rejected. */
export const TALKS_NOUNS = words('talk talks negotiation negotiations dialogue meeting summit discussion discussions');
export const OFFER_VERBS = words('offer propose invite suggest');
export const REJECT_VERBS = words('reject refuse decline rebuff spurn');

/** met_with, spoke_with. */
/** meeting someone, or receiving them as host ("Erdogan hosted Zelensky in Istanbul") */
export const MEET_VERBS = words('meet host receive');
export const SPEAK_VERBS = words('speak talk phone telephone');
/** adjectives of readiness: "said he was ready to meet Macron" offers talks */
export const READY_ADJECTIVES = words('ready willing prepared open eager');
/** what a threat promises: "would pay a price", "will face consequences" */
export const THREAT_VERBS = words('pay face suffer bear');
export const THREAT_NOUNS = words('price consequence consequences cost costs response retaliation reprisal reprisals countermeasure countermeasures');
/** verbs that announce a threat */
export const WARN_VERBS = words('warn vow say threaten promise');
export const CALL_NOUNS = words('call conversation');

/** signed_agreement. */
/** signing, or reaching or concluding, an agreement (CAMEO 057) */
export const SIGN_VERBS = words('sign reach conclude');
export const AGREEMENT_NOUNS = words('agreement deal treaty accord pact memorandum protocol contract convention ceasefire cease-fire truce armistice');

/** travels_to. */
export const TRAVEL_VERBS = words('travel fly go arrive head come return cross');
export const VISIT_VERBS = words('visit tour');
export const VISIT_NOUNS = words('visit trip tour');

/** annexed. */
export const ANNEX_VERBS = words('annex');
export const ANNEXATION_NOUNS = words('annexation');

// The words that decide whether a trigger's event is asserted (assertion.ts).

/** Auxiliaries and modals of a possibility or a future: "could recall", "will recall", "would recall". */
export const MODALS = words('can could may might must shall should will would ought');
/** Negation. */
export const NEGATIONS = words("not n't never no neither nor");
/** Verbs whose complement is not (yet) a fact: "threatened to recall", "plans to recall", "urged X to recall". */
export const NON_FACTIVE_VERBS = words(
  'threaten plan intend want wish hope seek aim propose consider weigh mull debate discuss expect urge ask call demand request press push pressure encourage advise recommend suggest insist warn vow pledge promise prepare try attempt fear rumour rumor speculate deny dismiss reject refute question doubt wonder mean need prefer await wait study explore schedule due set expect likely poised ready willing eager keen offer',
);
/** Verbs that call a plan off, and those that do so with "off" ("called off the trip", "put it off"). */
export const CANCEL_VERBS = words('cancel postpone scrap abandon shelve delay drop');
export const PUT_OFF_VERBS = words('call put');
/** Verbs whose complement is not done: "refused to recall", "declined to recall", "failed to recall", "cancelled …". */
export const NEGATIVE_VERBS = new Set([...words('refuse decline fail halt suspend stop block avoid refrain desist'), ...CANCEL_VERBS]);
/** Nouns of a plan or demand over an event: "demands for the recall of", "plans for a visit". */
// (and what is only reported or rumoured: "said reports that it had recalled its ambassador were false")
export const NON_FACTIVE_NOUNS = words(
  'call calls demand demands plan plans proposal threat threats possibility option prospect request bid report reports rumour rumours rumor rumors speculation',
);
/** Subordinators of a condition or a question: "if it recalls", "whether to recall". */
export const CONDITION_MARKERS = words('if unless whether lest');

/** Insults that make "called X a …" an accusation (the naming verbs otherwise say nothing bad). */
export const PEJORATIVE_NOUNS = words(
  'killer murderer thug dictator tyrant despot autocrat criminal liar terrorist butcher aggressor fascist racist crook traitor puppet warmonger gangster bully occupier oppressor invader thief bandit nazi nazis fascists terrorists criminals murderers killers dictatorship regime pariah menace',
);

/** Verbs of wrongdoing: said of someone by someone else, they make an accusation ("Egypt says Sudan helped the militants" is not one, "… sheltered the militants" is). */
export const WRONGDOING_VERBS = words(
  'kill murder assassinate massacre slaughter execute attack bomb shell pound shoot torture abuse mistreat violate breach interfere meddle hack spy smuggle arm fund finance sponsor harbour harbor shelter incite provoke plot orchestrate persecute oppress repress crush suppress coerce intimidate manipulate rig steal loot invade occupy destabilize destabilise sabotage lie cheat deceive betray exploit kidnap abduct detain imprison censor disrupt undermine ram harass intrude encroach trespass infiltrate',
);
/** Verbs of helping, which are a wrongdoing when who is helped are armed groups: "said Sudan helped the militants". */
export const SUPPORT_VERBS = words('help support back aid assist train equip supply protect');
/** Armed groups outside the law, whose helpers are accused by saying so: "supported the rebels". */
export const ARMED_GROUP_NOUNS = words('militant rebel terrorist insurgent extremist separatist jihadist guerrilla guerilla saboteur gunman militia mercenary');
/** Nouns of wrongdoing, in the same use: "said the remarks amounted to flagrant interference". */
export const WRONGDOING_NOUNS = words(
  'interference meddling aggression terrorism terror crime violation breach abuse torture murder killing massacre genocide atrocity corruption fraud espionage spying hacking sabotage provocation pretext propaganda lie hostility complicity collusion bias oppression persecution repression occupation invasion assassination bombing attack coup raid incursion plot',
);
/** Adjectives of wrongdoing said of someone: "saying he was biased toward the separatists". */
export const WRONGDOING_ADJECTIVES = words('biased corrupt partisan fraudulent criminal racist illegitimate hostile dishonest incompetent');

/** Verbs of the law acting on someone for a deed: "sentenced Badawi for insulting Islam", "convicted of spying". */
export const PROSECUTE_VERBS = words('convict sentence jail imprison arrest detain indict prosecute fine punish extradite');
/** Nouns of time: "detained for two weeks" gives a duration, not a deed. */
export const DURATION_NOUNS = words('second minute hour day night week month year decade while time');

/** Adjectives that make a deed a charge against its doer: "extradite him for alleged hijacking". */
export const ALLEGED_ADJECTIVES = words('alleged suspected purported');

/** Verbs that report what someone said. */
export const REPORT_VERBS = words('say tell add state insist maintain complain argue assert declare note stress write report');
/** Verbs that report an allegation: whatever their clause says is alleged ("The KDP charges that the PUK has backing from Iran"). */
export const ALLEGE_VERBS = words('allege charge accuse');
/** Verbs that report or allege what their clause says: "Egypt says …", "Kenya alleged that …". */
export const REPORT_OR_ALLEGE_VERBS: ReadonlySet<string> = new Set([...REPORT_VERBS, ...ALLEGE_VERBS]);

// ---- words the tree engine and the time stage read around a trigger ----------------------------------------

/** Texts that say something for whoever wrote or adopted them: "a resolution denouncing …", "a statement accusing …". */
export const DOCUMENT_NOUNS = words('resolution statement communique communiqué declaration letter report motion decree note memorandum');

/**
 * A deed named again by its noun ("condemned the expulsions", "denounced the move as unfriendly"), with the verbs
 * that report the deed itself; a bare "move", "decision" or "step" is any of the steps of a row.
 */
const ROW_STEPS = [
  'expel',
  'recall',
  'withdraw',
  'summon',
  'sever',
  'cut',
  'break',
  'ban',
  'impose',
  'close',
  'suspend',
  'freeze',
  'bar',
  'declare',
  'order',
  'execute',
  'arrest',
  'detain',
  'raid',
  'storm',
  'annex',
  'sanction',
];
export const DEED_NOUN_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    expulsion: ['expel'],
    recall: ['recall'],
    withdrawal: ['withdraw'],
    arrest: ['arrest', 'detain'],
    detention: ['detain', 'arrest'],
    execution: ['execute'],
    raid: ['raid', 'storm'],
    attack: ['attack'],
    annexation: ['annex'],
    invasion: ['invade'],
    closure: ['close'],
    seizure: ['seize'],
    killing: ['kill'],
    bombing: ['bomb'],
    shelling: ['shell'],
    verdict: ['sentence', 'convict'],
    move: ROW_STEPS,
    decision: [...ROW_STEPS, 'decide'],
    step: ROW_STEPS,
  }).map(([noun, verbs]) => [noun, new Set(verbs)]),
);

/** Verbs whose object, not subject, does what their complement says: "urged Oslo to recall" (Oslo recalls). */
export const OBJECT_CONTROL_VERBS = new Set(
  'urge ask tell order force persuade press pressure encourage instruct invite call allow permit compel oblige push advise direct'.split(' '),
);

/** What someone says or does, standing for whoever said or did it: "remarks by Wallstrom", "the Canadian position". */
export const STANCE_NOUNS = new Set(
  'remark comment statement position stance policy action decision move conduct behaviour behavior rhetoric offensive campaign operation invasion occupation crackdown strike airstrike'.split(
    ' ',
  ),
);
/** A country named by its neighbourhood to another: "accusing its neighbour of hostile actions". */
export const NEIGHBOUR_NOUNS = new Set(['neighbour', 'neighbor']);

/** the words that set an event for a date: "is scheduled to travel", "was due to fly" */
export const SCHEDULED_WORDS = new Set(['scheduled', 'due', 'set', 'expected', 'slated']);

/** verbs of leading a body: "Di Maio, who leads the 5-Star Movement" */
export const LEAD_VERBS = new Set(['lead', 'head', 'chair', 'run', 'command']);

/** verbs of leaving: "ordered the diplomats to leave" */
export const LEAVE_VERBS = new Set(['leave', 'depart', 'quit', 'exit']);

/** Verbs of saying: a date on them dates what they report ("Norway has recalled its envoy, officials said on Wednesday"). */
export const REPORTING_VERBS = new Set(['say', 'tell', 'announce', 'confirm', 'report', 'state', 'declare', 'add', 'disclose', 'reveal', 'write', 'tweet']);
