// The surface rules that stay beside the rules over the tree (grammar-rules.ts), each for a stated reason: a
// phrasing the parser of web text misreads in news, or a pattern deeper than the tree rules follow. Each pattern
// marks its trigger word with (?<verb>…);
// the engine checks the words between the subject and the trigger for negation ("has not recalled"),
// modality ("could recall") and demands ("urged Oslo to recall").
import { WRONGDOING } from '../../lexicon/charges.js';
import type { RelationRule } from './types.js';

const TALKS =
  '(?:direct |face-to-face |peace |new |fresh |online |live |further |high-level |phone |video )*(?:talks|negotiations|dialogue|a meeting|meeting|a summit|summit|a call|call|a discussion|discussion|a conversation|conversation)';
const SUBJECT_SAID = '(?:{AUX}{SAY} (?:that )?(?:it |they |⟦[PCO]\\d+⟧ ))?';

export const recallRules: RelationRule[] = [
  {
    // kept on the surface: the parser reads "its ambassador in Moscow home" as a compound noun phrase
    id: 'recall.ordered-ambassador-home',
    predicate: 'recalled_ambassador',
    pattern: `(?<source>{ACTOR}){APPOS}{REL} {AUX}(?<verb>ordered|told|asked|instructed) {POSS}?(?:(?<target>{STATE}) )?(?:ambassadors?|envoys?)(?: , (?<ambassador>{PER}) ,)?(?: (?:to|in) (?:the )?(?<target2>{PLACE}))? (?:to (?:return|come) )?(?:home|back)\\b`,
    example: 'Poland ordered its ambassador in Minsk home after the border incident.',
    confidence: 0.85,
  },
];

export const accusationRules: RelationRule[] = [
  {
    // kept on the surface: the parser (trained on web text) misreads an object relative with a quantifier
    // subject ("who some accuse of", "who critics accuse of"), a construction news uses often
    id: 'accuse.who-some-accuse',
    predicate: 'accused_of',
    pattern: `(?<source>{ACTOR}) (?:- |, )who (?:some|critics|many|opponents|activists|rights groups|western governments|(?<by>{ACTOR})) (?:have |has )?(?<verb>accuse|accused|blame|blamed) (?:of|for) (?<charge>{CHARGE})`,
    example: 'Lukashenko, who critics accuse of rigging the 2020 vote, denied it.',
    confidence: 0.8,
  },
  {
    id: 'accuse.report-finding',
    predicate: 'accused_of',
    pattern: `(?<by>{ACTOR}){APPOS}{REL} {AUX}(?:released|published|issued) {DET}(?:report|assessment|findings|study|investigation) (?<verb>finding|concluding|saying|showing|that found|which found|which concluded) (?:that )?(?<source>{ACTOR}){APPOS}{REL} {AUX}(?:authorized|authorised|ordered|directed|approved|carried out|conducted|ran|oversaw|launched|was behind|were behind|orchestrated) (?<charge>{CHARGE})`,
    example: 'Britain published a report concluding that Moscow ordered the poisoning of the defector.',
    confidence: 0.8,
  },
  {
    id: 'accuse.pay-price-for',
    predicate: 'accused_of',
    pattern: `(?:(?<by>{ACTOR}){APPOS}{REL} {AUX}(?:{SAY}|went on to say|vowed|promised) .*?)?(?<source>{ACTOR}) (?:will|would|is going to|was going to|must) {Q}(?<verb>pay) (?:a|the) (?:heavy |high |steep )?price {Q}for (?<charge>{CHARGE})`,
    example: 'British Prime Minister Boris Johnson said the Syrian regime would pay a heavy price for the chemical attack.',
    confidence: 0.75,
  },
  {
    id: 'accuse.sanctions-over-alleged',
    predicate: 'accused_of',
    pattern: `(?<by>{ACTOR}) .*?sanctions (?:against|on) (?<source>{ACTOR}) (?<verb>over|for) (?:an |the |its )?alleged (?<charge>{CHARGE})(?: and (?:the |an |its )?alleged (?<charge2>{CHARGE}))?`,
    example: 'Britain imposed sanctions on Iran over the alleged drone deliveries.',
    confidence: 0.8,
  },
  {
    id: 'accuse.cited-history-of',
    predicate: 'accused_of',
    pattern: `(?<by>{ACTOR})(?: [^⟦]{0,60}?)? (?<verb>pointed at|pointed to|points to|cited|cites|citing|referencing|referenced|referred to|referring to|invoked|invoking) (?:the )?(?<source>{STATE}) (?:'s )?(?<charge>(?:[a-z-]+ ){0,3}(?:${WRONGDOING})(?: [a-z-]+){0,3}?)(?= ?[,.;"]|$| and | in | during )`,
    example: "Erdogan, citing France's colonialism in Algeria, rejected the criticism.",
    confidence: 0.7,
  },
];

export const eventRules: RelationRule[] = [
  {
    // kept on the surface: offers and calls for talks rejected name the parties inside the offer ("rejected calls
    // for Kyiv and Moscow to talk"), deeper than the tree rules follow
    id: 'talks.rejected',
    predicate: 'rejected_talks',
    pattern: `(?<source>{ACTOR})(?: [^⟦,]{0,60} and)? {AUX}(?<verb>dismissed|rejected|rebuffed|turned down|declined|ruled out|refused) {DET}(?:calls?|offers?|proposals?|invitations?|requests?|suggestions?|idea) (?:for|of|to) (?:(?<a>{ACTOR}) and (?<b>{ACTOR}) to (?:talk|meet|negotiate|hold talks)|{DET}${TALKS}(?: with {TITLE}(?<target>{ACTOR}))?)`,
    example: 'Kyiv rejected an offer of talks with Moscow.',
    confidence: 0.8,
  },
  {
    // kept on the surface: the idiom is often quoted ("would 'pay a price'"), which the parser splits
    id: 'threat.will-pay-price',
    predicate: 'threatened',
    pattern: `(?<source>{ACTOR}){APPOS}{REL} {AUX}(?:{SAY}|went on to say|vowed|promised) .*?(?<target>{ACTOR}) (?:will|would|is going to|was going to|must) {Q}(?<verb>pay) (?:a|the) (?:heavy |high |steep )?price`,
    example: 'Boris Johnson said the Kremlin would pay a price for the attack.',
    confidence: 0.75,
  },
  {
    // kept on the surface: a date between subject and verb ("The United States on Friday imposed sanctions")
    // throws the parser, and sanctions are news's most common measure
    id: 'sanctions.imposed',
    predicate: 'sanctioned',
    pattern: `(?<source>{ACTOR}){APPOS} ${SUBJECT_SAID}{AUX}(?<verb>imposed|imposes|imposing|slapped|announced|unveiled|introduced|levied|expanded|extended|tightened) {DET}(?:[a-z-]+ ){0,2}sanctions (?:against|on) (?:the )?(?:[a-z0-9-]+ ){0,2}(?<target>{PARTY})`,
    example: 'Canada imposed sanctions on Myanmar military leaders.',
    attributes: { status: 'imposed' },
    confidence: 0.85,
  },
];
