// Document-level rules applied after the tagger, each with an id. The tagger sees one sentence at a time (with
// a few document features); a news report names the same thing many times, and the longer mentions ("Rotor
// Volgograd", "Brian Washington") carry more context than the short ones ("Rotor", "Washington"). Rules:
//   ner.document-class   a one-word name takes the class the document gives that word elsewhere, when the
//                        other mentions outvote it clearly (the tagger's confidence is the vote's weight)
//   ner.name-pattern     names whose form tells their class, from a table (groups of countries: G7, G-20)
//   ner.seat-of-power    buildings that stand for a government or office in news ("the White House said")
//                        are organisations, not places
import { SEATS_OF_GOVERNMENT } from '../../lexicon/organizations.js';
import type { Token } from '../text/tokenize.js';
import type { NerClass } from './tags.js';

export interface DocumentSpan {
  first: number;
  last: number;
  cls: NerClass;
  confidence: number;
  ruleId: string;
}

const CLASS_INDEX: Record<NerClass, number> = { PER: 0, LOC: 1, ORG: 2, MISC: 3 };
const CLASSES: NerClass[] = ['PER', 'LOC', 'ORG', 'MISC'];

/** How much more weight the other class must have, as a multiple of the span's own. */
const OUTVOTE_FACTOR = 3;
const LONG_SPAN_WEIGHT = 2;

export const NAME_PATTERN_RULES: Array<{ id: string; pattern: RegExp; cls: NerClass; example: string }> = [
  { id: 'ner.name-pattern.group-of-countries', pattern: /^G-?\d{1,2}$/, cls: 'ORG', example: 'Finance ministers of the G20 met in Riyadh.' },
];

/**
 * Buildings and addresses that news uses for the office in them (the one table of lexicon/organizations.ts).
 * CoNLL-2003 marks some of them LOC; as actors ("the Kremlin said") they are organisations in our graph.
 */
export const SEATS_OF_POWER: readonly string[] = SEATS_OF_GOVERNMENT.map((s) => s.name);
const SEAT_SET = new Set(SEATS_OF_POWER.map((s) => s.toLowerCase()));

export interface DocumentRuleOptions {
  outvoteFactor?: number;
  /** weight of a vote from a span of several words, relative to a one-word span */
  longSpanWeight?: number;
  rules?: { seats?: boolean; patterns?: boolean; documentClass?: boolean };
}

export function applyDocumentRules(spans: DocumentSpan[], tokens: Token[], options: DocumentRuleOptions = {}): DocumentSpan[] {
  const factor = options.outvoteFactor ?? OUTVOTE_FACTOR;
  const longWeight = options.longSpanWeight ?? LONG_SPAN_WEIGHT;
  const rules = { seats: true, patterns: true, documentClass: true, ...options.rules };
  const text = (s: DocumentSpan) =>
    tokens
      .slice(s.first, s.last)
      .map((t) => t.text)
      .join(' ');
  // votes per word (as written) for each class: every span votes for each of its words
  const votes = new Map<string, Float64Array>();
  for (const s of spans) {
    for (let i = s.first; i < s.last; i++) {
      const w = tokens[i]!.text.toLowerCase(); // a capitals headline votes with the body ("OKAFOR", "Okafor")
      let v = votes.get(w);
      if (!v) {
        v = new Float64Array(4);
        votes.set(w, v);
      }
      v[CLASS_INDEX[s.cls]]! += s.confidence * (s.last - s.first > 1 ? longWeight : 1);
    }
  }
  const relabelled = spans.map((s): DocumentSpan => {
    const surface = text(s);
    if (rules.seats && SEAT_SET.has(surface.toLowerCase()) && s.cls !== 'ORG') return { ...s, cls: 'ORG', ruleId: 'ner.seat-of-power' };
    if (rules.patterns)
      for (const rule of NAME_PATTERN_RULES) if (rule.pattern.test(surface) && s.cls !== rule.cls) return { ...s, cls: rule.cls, ruleId: rule.id };
    if (!rules.documentClass || s.last - s.first !== 1) return s;
    const v = votes.get(tokens[s.first]!.text.toLowerCase())!;
    const own = CLASS_INDEX[s.cls];
    let best = own;
    for (let c = 0; c < 4; c++) if (v[c]! > v[best]!) best = c;
    if (best === own || v[best]! < factor * v[own]!) return s;
    return { ...s, cls: CLASSES[best]!, ruleId: 'ner.document-class' };
  });
  if (!rules.patterns) return relabelled;
  // a name whose form tells its class is a span even where the tagger saw none ("the G7 group")
  const covered = new Uint8Array(tokens.length);
  for (const s of relabelled) covered.fill(1, s.first, s.last);
  const added: DocumentSpan[] = [];
  tokens.forEach((t, i) => {
    if (covered[i]) return;
    const rule = NAME_PATTERN_RULES.find((r) => r.pattern.test(t.text));
    if (rule) added.push({ first: i, last: i + 1, cls: rule.cls, confidence: 0.5, ruleId: rule.id });
  });
  return added.length ? [...relabelled, ...added].sort((a, b) => a.first - b.first) : relabelled;
}
