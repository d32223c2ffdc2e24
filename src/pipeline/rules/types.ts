import type { Predicate } from '../../graph/schema.js';

/**
 * One relation rule. `pattern` is a regular expression over a sentence's slot string (see engine.ts) with
 * macros and named groups:
 *   source, target   the two ends (for holds_role: the person and the country/organisation/person;
 *                    for accused_of: `source` is the accused, `charge` the charge text, `by` the accuser)
 *   role, former     holds_role: the role words and a "former" marker
 *   post             holds_role of envoys: where they are posted
 *   ambassador       recalled_ambassador: the envoy, when named
 *   charge, charge2  accused_of: what is alleged
 *   by               accused_of: who alleges it
 *   from             annexed: the country a territory was taken from
 *   agreement        signed_agreement: what was signed
 */
export interface RelationRule {
  id: string;
  predicate: Predicate;
  pattern: string;
  /** a sentence of news English the rule must fire on (tested) */
  example: string;
  /** extra attributes written on the edge, e.g. sanctions `status` */
  attributes?: Record<string, string | boolean>;
  /** 0..1, how often the rule is right; defaults to 0.8 */
  confidence?: number;
}
