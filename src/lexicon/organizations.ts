// Organisation cues: words that make a capitalised name an organisation, and the buildings whose names
// stand for a government in news ("the White House said", "the Kremlin denied").

/** Last (or first) words of organisation names: "Foreign Ministry", "Ministry of Defence", "Reuters News". */
export const ORG_HEAD_WORDS = new Set(
  (
    'ministry department agency office council committee commission parliament assembly senate congress ' +
    'party union alliance association federation organisation organization institute university college ' +
    'bank fund court tribunal army navy force forces guard police service services company corporation corp ' +
    'inc ltd plc group news times post journal agency network broadcasting television radio press ' +
    'league club foundation authority bureau board cabinet government administration embassy consulate ' +
    'command brigade movement front church coalition secretariat'
  ).split(' '),
);

export interface SeatOfGovernment {
  /** exact surface form */
  name: string;
  /** cca2 of the country it speaks for */
  country: string;
}

// Buildings and addresses used for the governments in them ("the White House said", "the Kremlin denied").
// No data package lists these metonyms; the list is short and changes rarely. It is the one table for the
// word lists (mentions/gazetteer.ts: an Organization tied to its country), the recogniser's document rules
// (ner/document.ts: organisations, not places) and the part_of edges (context/part-of.ts).
export const SEATS_OF_GOVERNMENT: SeatOfGovernment[] = [
  { name: 'White House', country: 'US' },
  { name: 'Pentagon', country: 'US' },
  { name: 'State Department', country: 'US' },
  { name: 'Capitol Hill', country: 'US' },
  { name: 'Kremlin', country: 'RU' },
  { name: 'Downing Street', country: 'GB' },
  { name: 'Whitehall', country: 'GB' },
  { name: 'Elysee', country: 'FR' },
  { name: 'Élysée', country: 'FR' },
  { name: 'Elysee Palace', country: 'FR' },
  { name: 'Élysée Palace', country: 'FR' },
  { name: "Quai d'Orsay", country: 'FR' },
  { name: 'Bundeskanzleramt', country: 'DE' },
  { name: 'Zhongnanhai', country: 'CN' },
  { name: 'Blue House', country: 'KR' },
  { name: 'Vatican', country: 'VA' },
];

/** Bodies named after their country: "the Russian Foreign Ministry", "U.S. intelligence", "Iran's parliament". */
export const COUNTRY_BODIES = [
  'foreign ministry',
  'defence ministry',
  'defense ministry',
  'interior ministry',
  'finance ministry',
  'justice ministry',
  'health ministry',
  'foreign office',
  'embassy',
  'intelligence',
  'intelligence community',
  'intelligence agencies',
  'intelligence services',
  'military',
  'armed forces',
  'army',
  'navy',
  'air force',
  'parliament',
  'central bank',
  'supreme court',
  'security council',
  'security service',
  'security services',
  'military authorities',
  'security forces',
];

/**
 * Bodies whose office holders hold their office for the state itself: an embassy's attache, an army's
 * commander, a parliament's speaker serve their country; a ministry's spokesman is named as the ministry's.
 */
export const STATE_SERVICE_BODIES = new Set([
  'embassy',
  'military',
  'armed forces',
  'army',
  'navy',
  'air force',
  'parliament',
  'security forces',
  'military authorities',
]);

/** Words after a country that mean its government, so "the Russian state" is a mention of Russia. */
export const GOVERNMENT_WORDS = ['government', 'state', 'authorities', 'leadership', 'regime'];

/** Words that end a company's name and may be left out: "AMR Corp" is "AMR". */
export const COMPANY_SUFFIXES = new Set([
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'plc',
  'co',
  'llc',
  'ag',
  'sa',
  'nv',
  'gmbh',
  'holdings',
  'group',
]);

/** Nouns for a state acting through its people: "the Sudanese government", "Iraqi forces", "Turkish diplomats". */
export const STATE_ACTOR_NOUNS = new Set([
  ...GOVERNMENT_WORDS,
  // (and its forces' craft: "Chinese ships had rammed its vessels", "Russian jets", "the Chinese coast guard";
  // an organisation's missions: "United Nations arms inspectors", "OSCE monitors")
  // (and what a state is called as a whole: "Algeria's political-military system", "the Russian side", "the junta")
  ...'kingdom republic administration cabinet system establishment junta side parliament legislature congress senate leader official officer agent police force army military troop soldier artillery tank helicopter gunboat diplomat service intelligence navy warship warplane ship vessel boat jet aircraft plane drone guard inspector monitor observer peacekeeper'.split(
    ' ',
  ),
]);

/** Of those, the ones a person's name can qualify: "the Clinton administration". */
export const PERSONAL_GOVERNMENT = new Set(['administration', 'government', 'regime', 'cabinet']);

// Bodies whose names are also adjectives: "the Israeli military said" is a body, "the Israeli military
// offensive" is not
export const ADJECTIVE_BODIES = new Set(['military', 'intelligence', 'army', 'navy']);

/** "the government" and "the authorities" of a story: its country (src/pipeline/context/) */
export const GOVERNMENT_NOUNS = new Set(['government', 'authorities']);

/** bodies that speak for their country's government when named bare: "the ministry said" */
export const SPEAKS_FOR_GOVERNMENT = new Set(['ministry', 'foreign ministry', 'foreign office']);
