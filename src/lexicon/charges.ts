// What people are accused of, normalised to short canonical charges so that "vote rigging",
// "interfering in elections" and "meddling in the poll" become one Charge node.

export interface ChargeEntry {
  /** canonical label of the Charge node */
  label: string;
  /** tested against the lower-cased charge phrase */
  pattern: RegExp;
}

export const CHARGE_TABLE: ChargeEntry[] = [
  {
    label: 'election interference',
    pattern:
      /\b(?:elect\w*|vot\w*|poll\w*)\b.*\b(?:meddl\w*|interfer\w*|tamper\w*|rig\w*)|\b(?:meddl\w*|interfer\w*|tamper\w*|rig\w*)\b.*\b(?:elect\w*|vot\w*|poll\w*)\b/,
  },
  { label: 'hacking', pattern: /\b(?:hack\w*|cyber ?attacks?|cyber-attacks?)\b/ },
  { label: 'assassination', pattern: /\bassassinat\w*\b/ },
  { label: 'killer', pattern: /^(?:a |an )?(?:killer|murderer)$/ },
  { label: 'murder', pattern: /\b(?:murder\w*|killing\w*|slaughter\w*)\b/ },
  { label: 'genocide', pattern: /\bgenocid\w*\b/ },
  { label: 'war crimes', pattern: /\bwar crimes?\b/ },
  { label: 'slavery', pattern: /\bslave\w*\b/ },
  { label: 'corruption', pattern: /\b(?:corrupt\w*|brib\w*|graft)\b/ },
  { label: 'fraud', pattern: /\bfraud\w*\b/ },
  { label: 'espionage', pattern: /\b(?:espionage|spying)\b/ },
  { label: 'terrorism', pattern: /\bterror\w*\b/ },
  { label: 'human rights abuses', pattern: /\bhuman rights (?:abuses?|violations?)\b/ },
  { label: 'torture', pattern: /\btortur\w*\b/ },
  { label: 'aggression', pattern: /\baggression\b/ },
  { label: 'money laundering', pattern: /\bmoney laundering\b/ },
  { label: 'disinformation', pattern: /\b(?:disinformation|misinformation|propaganda)\b/ },
];

/**
 * Words that make a phrase a wrongdoing when it follows a verb of citing ("pointed to its history of
 * slavery"): without one of them, "citing US data" is not an accusation.
 */
export const WRONGDOING =
  'slaver\\w*|genocid\\w*|massacre\\w*|slaughter\\w*|killing\\w*|murder\\w*|bombing\\w*|war crimes?|atrocit\\w*|torture\\w*|' +
  'abuses?|aggression|invasion|occupation|meddling|interference|hacking|corruption|crimes?|oppression|persecution|' +
  'mistreatment|racism|discrimination|colonialism|imperialism';

const DROP_DETERMINER = /^(?:a|an|the|this|these|those|its|his|her|their|alleged|so-called)\s+/;
// a charge phrase stops where a name begins, which can leave its preposition behind: "orchestrating a crisis
// on its border with [Poland]" reads "… on its border"
const DROP_TRAILING = /\s+(?:with|to|from|of|on|in|at|by|for|against|into|and|or|a|an|the|its|his|her|their|our)$/;

/** The canonical charge for a phrase, and the phrase as it reads. */
export function normalizeCharge(phrase: string): { label: string; surface: string } {
  let surface = phrase.toLowerCase().replace(/['"]/g, '').replace(/\s+/g, ' ').trim();
  while (DROP_DETERMINER.test(surface)) surface = surface.replace(DROP_DETERMINER, '');
  while (DROP_TRAILING.test(surface)) surface = surface.replace(DROP_TRAILING, '');
  for (const entry of CHARGE_TABLE) if (entry.pattern.test(surface)) return { label: entry.label, surface };
  return { label: surface, surface };
}
