import { trieAlternation } from '../text/trie-regex.js';

// Roles and titles: the words that say what office a person holds. Each entry maps the forms seen in news
// to one normalised role ("spokesman" and "spokeswoman" → "spokesperson").

export interface RoleEntry {
  /** lower-case surface forms, several words allowed */
  forms: string[];
  /** normalised role name written on holds_role edges */
  role: string;
  /** heads of state or government: "the Russian leader" may refer to any of them */
  leader?: boolean;
  /** envoys: the person is posted to another country */
  envoy?: boolean;
  /** held for a person, not a state, when a person is named ("Putin's spokesman", "his adviser") */
  personal?: boolean;
}

export const ROLE_ENTRIES: RoleEntry[] = [
  { forms: ['president'], role: 'president', leader: true },
  { forms: ['vice president', 'vice-president'], role: 'vice president' },
  { forms: ['prime minister', 'premier'], role: 'prime minister', leader: true },
  { forms: ['chancellor'], role: 'chancellor', leader: true },
  { forms: ['king'], role: 'king', leader: true },
  { forms: ['queen'], role: 'queen', leader: true },
  { forms: ['emir'], role: 'emir', leader: true },
  { forms: ['supreme leader'], role: 'supreme leader', leader: true },
  { forms: ['leader'], role: 'leader', leader: true },
  { forms: ['head of state'], role: 'head of state', leader: true },
  { forms: ['foreign minister', 'foreign affairs minister'], role: 'foreign minister' },
  { forms: ['foreign secretary'], role: 'foreign secretary' },
  { forms: ['secretary of state'], role: 'secretary of state' },
  { forms: ['defence minister', 'defense minister'], role: 'defense minister' },
  { forms: ['defence secretary', 'defense secretary'], role: 'defense secretary' },
  { forms: ['interior minister'], role: 'interior minister' },
  { forms: ['finance minister'], role: 'finance minister' },
  { forms: ['justice minister'], role: 'justice minister' },
  { forms: ['trade minister'], role: 'trade minister' },
  { forms: ['health minister'], role: 'health minister' },
  { forms: ['energy minister'], role: 'energy minister' },
  // other portfolios, named as news names them: "Argentine Economy Minister Sergio Massa"
  ...[
    'economy',
    'agriculture',
    'education',
    'transport',
    'culture',
    'labour',
    'labor',
    'environment',
    'industry',
    'tourism',
    'information',
    'communications',
    'oil',
    'petroleum',
    'mining',
    'migration',
    'immigration',
    'development',
    'science',
    'economic development',
    'home affairs',
    'internal affairs',
  ].map((portfolio): RoleEntry => ({ forms: [`${portfolio} minister`], role: `${portfolio} minister` })),
  { forms: ['minister'], role: 'minister' },
  { forms: ['treasury secretary'], role: 'treasury secretary' },
  { forms: ['home secretary'], role: 'home secretary' },
  // any other secretary of a cabinet or embassy, named by what the title words before it say ("Chief Cabinet
  // Secretary Yoshihide Suga", "Commerce Secretary Gina Raimondo", "the embassy's first secretary")
  { forms: ['secretary'], role: 'secretary' },
  { forms: ['attorney general', 'attorney-general'], role: 'attorney general' },
  { forms: ['national security adviser', 'national security advisor'], role: 'national security adviser' },
  { forms: ['press secretary'], role: 'press secretary', personal: true },
  { forms: ['aide'], role: 'aide', personal: true },
  { forms: ['adviser', 'advisor'], role: 'adviser', personal: true },
  { forms: ['spokesman', 'spokeswoman', 'spokesperson'], role: 'spokesperson', personal: true },
  { forms: ['ambassador'], role: 'ambassador', envoy: true },
  { forms: ['envoy'], role: 'envoy', envoy: true, personal: true },
  { forms: ['secretary-general', 'secretary general'], role: 'secretary-general' },
  { forms: ['chief executive', 'ceo'], role: 'chief executive' },
  { forms: ['chairman', 'chairwoman', 'chair'], role: 'chair' },
  { forms: ['director'], role: 'director' },
  { forms: ['governor'], role: 'governor' },
  { forms: ['senator'], role: 'senator' },
  { forms: ['mayor'], role: 'mayor' },
  { forms: ['lawmaker'], role: 'lawmaker' },
  { forms: ['general'], role: 'general' },
  { forms: ['army chief', 'military chief'], role: 'military chief' },
  { forms: ['intelligence chief', 'spy chief'], role: 'intelligence chief' },
  { forms: ['opposition leader'], role: 'opposition leader' },
  // the head of an organisation as headlines name it: "NATO chief Mark Rutte", "IAEA head Rafael Grossi"
  { forms: ['head'], role: 'head' },
  { forms: ['chief'], role: 'chief' },
  { forms: ['foreign policy chief'], role: 'foreign policy chief' },
  { forms: ['top diplomat'], role: 'top diplomat' },
  // other offices and positions news names people by; a word before them ("farm commissioner", "press
  // attache") stays part of the role
  { forms: ['diplomat'], role: 'diplomat' },
  { forms: ['attache', 'attaché'], role: 'attache' },
  { forms: ['consul', 'consul-general', 'consul general'], role: 'consul' },
  { forms: ['high commissioner'], role: 'high commissioner', envoy: true },
  { forms: ['commissioner'], role: 'commissioner' },
  { forms: ['representative'], role: 'representative' },
  { forms: ['delegate'], role: 'delegate' },
  { forms: ['negotiator'], role: 'negotiator' },
  { forms: ['mediator'], role: 'mediator' },
  { forms: ['commander', 'commander-in-chief'], role: 'commander' },
  { forms: ['admiral'], role: 'admiral' },
  { forms: ['speaker'], role: 'speaker' },
  { forms: ['legislator', 'congressman', 'congresswoman', 'parliamentarian', 'mp'], role: 'lawmaker' },
  { forms: ['member of parliament'], role: 'member of parliament' },
  { forms: ['director-general', 'director general'], role: 'director-general' },
  { forms: ['managing director'], role: 'managing director' },
  { forms: ['founder', 'co-founder'], role: 'founder' },
  { forms: ['owner'], role: 'owner' },
  { forms: ['editor', 'editor-in-chief'], role: 'editor' },
  { forms: ['assistant'], role: 'assistant' },
  { forms: ['deputy'], role: 'deputy' },
  { forms: ['prosecutor', 'prosecutor-general', 'prosecutor general'], role: 'prosecutor' },
  { forms: ['judge'], role: 'judge' },
  { forms: ['ombudsman'], role: 'ombudsman' },
  { forms: ['governor-general', 'governor general'], role: 'governor-general' },
  { forms: ['chief of staff'], role: 'chief of staff' },
  { forms: ['commissar'], role: 'commissar' },
  { forms: ['professor'], role: 'professor' },
  { forms: ['scholar'], role: 'scholar' },
  { forms: ['coach', 'manager'], role: 'coach' },
  { forms: ['captain'], role: 'captain' },
  { forms: ['striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'footballer', 'player'], role: 'player' },
  { forms: ['member'], role: 'member' },
  { forms: ['undersecretary-general', 'under-secretary-general', 'undersecretary', 'under-secretary'], role: 'undersecretary' },
  { forms: ['running mate'], role: 'running mate' },
  { forms: ['official'], role: 'official' },
  { forms: ['politician'], role: 'politician' },
  { forms: ['activist', 'dissident'], role: 'activist' },
  { forms: ['cleric'], role: 'cleric' },
  { forms: ['journalist', 'correspondent'], role: 'journalist' },
  { forms: ['candidate', 'nominee'], role: 'candidate' },
  { forms: ['monarch', 'ruler'], role: 'ruler', leader: true },
  { forms: ['crown prince'], role: 'crown prince' },
];

/** Words that may stand before a role and change it: "former president", "deputy foreign minister". */
export const ROLE_MODIFIERS = { former: ['former', 'ex-', 'then-', 'ex', 'then'], prefix: ['deputy', 'acting', 'chief', 'top'] };

const byForm = new Map<string, RoleEntry>();
for (const entry of ROLE_ENTRIES) for (const form of entry.forms) byForm.set(form, entry);

/** The first word of every role form ("foreign" of "foreign minister"): a cheap test for a role nearby. */
/** Roles held for a person when a person is named as whose they are (their normalised names). */
const PERSONAL_ROLES = ROLE_ENTRIES.filter((e) => e.personal).map((e) => e.role);
/** Whether a role ("spokesperson", "presidential spokesperson") is held for a person rather than a state. */
export const isPersonalRole = (role: string) => PERSONAL_ROLES.some((r) => role === r || role.endsWith(` ${r}`));

export const ROLE_FIRST_WORDS = new Set(ROLE_ENTRIES.flatMap((e) => e.forms.map((f) => f.split(' ')[0]!)));

/** The role entry for a lower-case form, e.g. "spokeswoman" → spokesperson. */
export const roleByForm = (form: string) => byForm.get(form.toLowerCase());

/**
 * A role noun with the portfolio its "of/for" phrase names, when they make a known role: "Minister of Foreign
 * Affairs" → "foreign affairs minister" (the foreign minister), "Minister for Defence" → "defence minister",
 * "Secretary of State" as it is. `after` are the lower-case words after the noun.
 */
export function roleWithPortfolio(noun: string, after: readonly string[]): string | undefined {
  if (after[0] !== 'of' && after[0] !== 'for') return undefined;
  const words = after.slice(after[1] === 'the' ? 2 : 1, 5);
  for (let n = Math.min(3, words.length); n > 0; n--) {
    const portfolio = words.slice(0, n).join(' ');
    for (const form of [`${noun} ${after[0]} ${portfolio}`, `${portfolio} ${noun}`]) if (roleByForm(form)) return form;
  }
  return undefined;
}

/** All role forms as one regular expression over space-separated lower-case tokens (hyphens may be spaced). */
export const ROLE_ALTERNATION = trieAlternation([...byForm.keys()], (c) => (c === '-' ? ' ?- ?' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

/** Courtesy and rank titles written before names; they are not roles ("Mr Smith", "Sen. Warren"). */
export const NAME_TITLES = new Set('mr mrs ms miss dr prof sir dame lord lady sen rep gov gen col lt capt maj adm sgt rev president'.split(' '));

/** Military ranks written between a title and a name ("government spokesman Colonel Abdoulaye Maiga"). */
export const MILITARY_RANKS = new Set(
  'colonel lieutenant major brigadier sergeant general captain admiral commander marshal corporal col col. lt lt. gen gen. maj maj. capt capt.'.split(' '),
);

/** Honorifics of royalty and clergy written before a person's name; not part of the name ("Crown Prince Mohammed bin Salman"). */
export const HONORIFICS = new Set('crown prince princess sheikh sheik ayatollah sultan emir pope cardinal archbishop imam rabbi grand'.split(' '));

/** The last word of every role form ("minister" of "foreign minister"): the nouns that head a role phrase. */
export const ROLE_HEAD_NOUNS = new Set(ROLE_ENTRIES.flatMap((e) => e.forms.map((f) => f.split(' ').pop()!)));

/** Titles of royalty, before a given name rather than a surname ("King Hussein", "Sheikh Hasina"). */
export const ROYAL_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'sheikh', 'sheik']);

/**
 * Adjectives that are part of an office's name: the words of the role forms ("foreign", "prime", "supreme") and
 * the ones news puts before any office ("special envoy", "permanent representative", "acting president"). Other
 * adjectives before a role say what the writer thinks of its holder ("powerful", "hardline", "embattled",
 * "long-serving") or what became of them ("ousted", "jailed"), and are no part of the role.
 */
export const OFFICE_ADJECTIVES: ReadonlySet<string> = new Set([
  ...ROLE_ENTRIES.flatMap((e) => e.forms.flatMap((f) => f.split(/[ -]/))),
  ...ROLE_MODIFIERS.prefix,
  ...['special', 'senior', 'junior', 'permanent', 'presidential', 'acting', 'interim', 'honorary', 'executive', 'principal'],
  ...['federal', 'regional', 'provincial', 'military', 'political', 'economic', 'royal', 'roving', 'resident', 'first', 'second', 'third'],
]);

// determiners and possessives never part of a role's name
export const NOT_ROLE_WORDS = new Set([
  ...['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'new', 'current', 'incumbent', 'outgoing', 'then', 'now'],
  // how the office was taken ("was appointed prime minister", "the newly elected president")
  ...['appointed', 'elected', 'named', 'newly', 'designated'],
]);
