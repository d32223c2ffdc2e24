// Organisations and places tied to their country, as edges with evidence like any other:
//   part_of     Organization → Country: a body named after its country ("the Russian Foreign Ministry",
//               "U.S. intelligence", "Iran's intelligence ministry") and a seat of government that stands for
//               it ("White House" → United States, "Kremlin" → Russia; lexicon/organizations.ts)
//   located_in  Location → Country: a city (a capital from world-countries, any other from GeoNames) or a
//               dateline's place
// Each document gives one piece of evidence per tie: the first sentence that names the organisation or place.
// Ties are only made to countries the corpus names, so that a place never brings a country into a graph by
// itself.
import type { Predicate } from '../../graph/schema.js';
import type { AnalyzedDocument, Mention, Relation } from '../types.js';

/** How far each tie is trusted, by the rule that made it. */
export const TIE_RULES = {
  'part_of.country-body': { predicate: 'part_of', confidence: 0.95, example: 'The Russian Foreign Ministry said the envoy had been recalled.' },
  'part_of.seat-of-government': { predicate: 'part_of', confidence: 0.9, example: 'The Kremlin denied the report.' },
  'located_in.capital': { predicate: 'located_in', confidence: 0.95, example: 'Talks were held in Ankara.' },
  'located_in.geonames': { predicate: 'located_in', confidence: 0.7, example: 'The embassy in Tel Aviv was closed.' },
  'located_in.dateline': { predicate: 'located_in', confidence: 0.8, example: 'STOCKHOLM (Reuters) - Sweden said on Monday …' },
} as const satisfies Record<string, { predicate: Predicate; confidence: number; example: string }>;

export type TieRuleId = keyof typeof TIE_RULES;

/** The tie a mention carries to its country, if any, with the id of the rule that makes it. */
export function tieOfMention(m: Mention): { source: string; target: string; ruleId: TieRuleId } | undefined {
  if (!m.entity || !m.country || m.entity === m.country || m.kind !== 'name') return undefined;
  if (m.type === 'Organization') {
    if (m.ruleId === 'body-of-country') return { source: m.entity, target: m.country, ruleId: 'part_of.country-body' };
    if (m.ruleId === 'gazetteer-seat') return { source: m.entity, target: m.country, ruleId: 'part_of.seat-of-government' };
    return undefined;
  }
  if (m.type === 'Location' && m.entity.startsWith('location:')) {
    const ruleId: TieRuleId =
      m.ruleId === 'context.dateline' ? 'located_in.dateline' : m.ruleId === 'gazetteer-capital' ? 'located_in.capital' : 'located_in.geonames';
    return { source: m.entity, target: m.country, ruleId };
  }
  return undefined;
}

/**
 * The part_of and located_in edges of one document. `countriesNamed` are the country keys the corpus names
 * (a tie to any other country is left out).
 */
export function tieRelations(a: AnalyzedDocument, mentions: Mention[], countriesNamed: ReadonlySet<string>): Relation[] {
  const out: Relation[] = [];
  const seen = new Set<string>();
  for (const m of [...mentions].sort((x, y) => x.start - y.start)) {
    const tie = tieOfMention(m);
    if (!tie || !countriesNamed.has(tie.target)) continue;
    const rule = TIE_RULES[tie.ruleId];
    const key = `${rule.predicate}|${tie.source}|${tie.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const sentence = a.sentences[m.sentence]!;
    out.push({
      predicate: rule.predicate,
      source: tie.source,
      target: tie.target,
      ruleId: tie.ruleId,
      confidence: rule.confidence,
      evidence: { doc: a.doc.id, start: sentence.start, end: sentence.end, text: a.doc.text.slice(sentence.start, sentence.end), trigger: [m.start, m.end] },
      attributes: {},
    });
  }
  return out;
}
