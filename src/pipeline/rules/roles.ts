// holds_role: a person holding an office for a country, an organisation or another person.
import type { RelationRule } from './types.js';

// "then-" and "ex-" before a capital are words of their own (src/pipeline/text/tokenize.ts): "then - president"
const FORMER = '(?<former>former |(?:ex|then) - )?';
const NOT_AFTER_FORMER = '(?<!(?:former|(?:ex|then) -) )';

export const holdsRoleRules: RelationRule[] = [
  {
    id: 'role.title-before-name',
    predicate: 'holds_role',
    pattern: `${NOT_AFTER_FORMER}(?<target>{STATE}|{ORG}) (?:'s )?${FORMER}(?<role>(?:deputy |acting |chief )?{ROLE}) (?<source>{PER})`,
    example: 'German Chancellor Olaf Scholz arrived in Paris on Monday.',
    confidence: 0.95,
  },
  {
    id: 'role.former-title-before-name',
    predicate: 'holds_role',
    pattern: `(?<former>former|(?:ex|then) -) (?<target>{STATE}|{ORG}) (?:'s )?(?<role>(?:deputy |acting )?{ROLE}) (?<source>{PER})`,
    example: 'The book was written by former French President Francois Hollande.',
    confidence: 0.95,
  },
  {
    id: 'role.apposition-after-name',
    predicate: 'holds_role',
    pattern: `(?<source>{PER}) , (?:the |a )?${FORMER}(?<target>{STATE}|{ORG}|{PER}) (?:'s )?(?<role>(?:deputy |acting |chief |top )?{ROLE})(?= [,.;)]|$)`,
    example: '"We will respond," Maria Zakharova, the Russian Foreign Ministry spokeswoman, said on Friday.',
    confidence: 0.9,
  },
  {
    // …and one a verb of saying closes, only where the name opens its clause: after a quotation or at the start.
    // ("talks under then-President Evo Morales, Bolivia's foreign minister said" is the minister speaking)
    id: 'role.apposition-after-name-said',
    predicate: 'holds_role',
    pattern: `(?:^|["”] )(?<source>{PER}) , (?:the |a )?${FORMER}(?<target>{STATE}|{ORG}|{PER}) (?:'s )?(?<role>(?:deputy |acting |chief |top )?{ROLE})(?= said| told| says)`,
    example: '"We will respond," Maria Zakharova, the Russian Foreign Ministry spokeswoman said on Friday.',
    confidence: 0.85,
  },
  {
    id: 'role.apposition-role-of',
    predicate: 'holds_role',
    // a nationality after "of the" is an adjective ("the head of the Ukrainian delegation"), not the employer
    pattern: `(?<source>{PER}) , (?:the |a )?${FORMER}(?<role>(?:deputy |acting )?{ROLE}) (?:of|for|to) (?:the )?(?<target>{GOV})`,
    example: 'Antonio Guterres, the secretary-general of the United Nations, called for calm.',
    confidence: 0.9,
  },
  {
    id: 'role.envoy-apposition-before-name',
    predicate: 'holds_role',
    pattern: `(?:the )?(?<target>{STATE}) (?:'s )?(?<role>ambassador|envoy)(?: (?:in|to) (?:the )?(?<post>{PLACE}|{ORG}))? , (?<source>{PER})`,
    example: 'The Chinese ambassador in London, Zheng Zeguang, was summoned on Tuesday.',
    confidence: 0.95,
  },
  {
    // "New Zealand's foreign minister, Nanaia Mahuta, said": a title, then the name set off by commas
    id: 'role.title-apposition-before-name',
    predicate: 'holds_role',
    pattern: `${NOT_AFTER_FORMER}(?:the )?(?<target>{STATE}|{ORG}) (?:'s )?${FORMER}(?<role>(?:deputy |acting |chief |top )?{ROLE}) , (?<source>{PER})(?= ,| said| says| told| \\.|$)`,
    example: "Hungary's foreign minister, Peter Szijjarto, said the pipeline would stay open.",
    confidence: 0.9,
  },
  {
    // "the head of the International Monetary Fund, Kristalina Georgieva, said"
    id: 'role.role-of-apposition-before-name',
    predicate: 'holds_role',
    pattern: `(?:the )?${FORMER}(?<role>(?:deputy |acting )?{ROLE}) of (?:the )?(?<target>{GOV}) , (?<source>{PER})(?= ,| said| says| told| \\.|$)`,
    example: 'The secretary-general of NATO, Mark Rutte, said the alliance was ready.',
    confidence: 0.9,
  },
  {
    id: 'role.title-name-of',
    predicate: 'holds_role',
    pattern: `(?<![⟧] )(?:the )?${FORMER}(?<role>(?:deputy |acting )?{ROLE}) (?<source>{PER}) of (?:the )?(?<target>{GOV})`,
    example: 'Prime Minister Anthony Albanese of Australia met Chinese Premier Li Qiang.',
    confidence: 0.85,
  },
  {
    id: 'role.envoy-posted-title',
    predicate: 'holds_role',
    pattern: `(?<target>{STATE}) (?<role>ambassador|envoy) (?:in|to) (?:the )?(?<post>{PLACE}|{ORG}) (?<source>{PER})`,
    example: 'Ukrainian ambassador to Germany Oleksii Makeiev criticised the decision.',
    confidence: 0.95,
  },
  {
    id: 'role.possessive-role-of-person',
    predicate: 'holds_role',
    pattern: `(?<source>{PER}) , (?<target>{PER}) 's (?<role>spokesman|spokeswoman|spokesperson|press secretary|chief of staff|adviser|advisor|aide|deputy|envoy)(?= [,.;]| said|$)`,
    example: '"No decision has been taken," Steffen Hebestreit, Scholz\'s spokesman, told reporters.',
    confidence: 0.9,
  },
  {
    id: 'role.possessive-role-before-name',
    predicate: 'holds_role',
    pattern: `(?<target>{PER}) 's (?<role>spokesman|spokeswoman|spokesperson|press secretary|chief of staff|adviser|advisor|envoy) (?<source>{PER})`,
    example: "French President Emmanuel Macron's spokesman Gabriel Attal said the meeting went well.",
    confidence: 0.9,
  },
  {
    id: 'role.copula',
    predicate: 'holds_role',
    pattern: `(?<source>{PER}) (?:is|was|has been|became|becomes|served as|serves as) (?:the )?${FORMER}(?<target>{STATE}|{ORG}) (?:'s )?(?<role>(?:deputy |acting )?{ROLE})(?= [,.;]| of| since| until| from| for|$)`,
    example: 'Kaja Kallas is the Estonian prime minister.',
    confidence: 0.85,
  },
  {
    id: 'role.copula-role-of',
    predicate: 'holds_role',
    pattern: `(?<source>{PER}) (?:is|was|has been|became|served as|serves as) (?:the )?${FORMER}(?<role>(?:deputy |acting )?{ROLE}) of (?:the )?(?<target>{GOV})`,
    example: 'Jacinda Ardern was prime minister of New Zealand until 2023.',
    confidence: 0.85,
  },
  {
    // "Israel recalled its envoy, Foreign Minister Eli Cohen said": a title without a country, in an attribution
    // that closes a sentence whose subject is a country, is that country's office
    id: 'role.untitled-country-attribution',
    predicate: 'holds_role',
    pattern: `^(?:the )?(?<target>{CTRY}) [^"]*? , (?<role>{ROLE}) (?<source>{PER}) (?:said|says|told [a-z]+|announced|added)(?= [,.]| on| in|$)`,
    example: 'Israel recalled its ambassador to Turkey on Saturday, Foreign Minister Eli Cohen said.',
    confidence: 0.7,
  },
];

// "his French counterpart Emmanuel Macron": the counterpart holds, for their own country, the role that the
// possessor holds for theirs. Resolved in relations.ts because the role comes from another edge.
export const counterpartRules: RelationRule[] = [
  {
    id: 'role.counterpart-before-name',
    predicate: 'holds_role',
    pattern: `(?:(?<of>{PER}) (?:'s )?)?(?<target>{STATE}) (?<verb>counterpart) (?<source>{PER})`,
    example: 'Italian Prime Minister Giorgia Meloni spoke with her Spanish counterpart Pedro Sanchez on Tuesday.',
    confidence: 0.85,
  },
];
