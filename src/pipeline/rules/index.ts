// All relation rules, in the order they are tried. Role rules run first: descriptions ("the Russian
// leader") and envoys' countries are resolved from the roles they find.
import { ROLE_FIRST_WORDS } from '../../lexicon/roles.js';
import { expandPattern } from './engine.js';
import { accusationRules, eventRules, recallRules } from './events.js';
import { counterpartRules, holdsRoleRules } from './roles.js';
import type { RelationRule } from './types.js';

export type { RelationRule } from './types.js';

export interface CompiledRule extends RelationRule {
  /** finds matches: scanning without match indices is several times faster */
  regex: RegExp;
  /** the same pattern, sticky and with indices, re-run only where `regex` matched */
  detailed: RegExp;
  /** words of which a sentence must contain one for the rule to be tried (empty: always tried) */
  keywords: string[];
  /** how many mention slots a sentence needs for the rule to be able to match */
  minSlots: number;
}

// Predicates whose rules always take both ends from the sentence; the others may name one end only
// (an accusation's charge is words, a recall's countries may come from the ambassador's post).
const ONE_SLOT_PREDICATES = new Set(['accused_of', 'recalled_ambassador', 'rejected_talks']);

const ROLE_WORDS = [...ROLE_FIRST_WORDS];

/** The top-level alternatives of a (?<NAME>…) group of a pattern, or undefined when it has none. */
function groupAlternatives(pattern: string, name: string): string[] | undefined {
  const open = `(?<${name}>`;
  const at = pattern.indexOf(open);
  if (at < 0) return undefined;
  let depth = 0;
  let current = '';
  const alternatives: string[] = [];
  for (let i = at + open.length; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '(') depth++;
    if (c === ')' && depth-- === 0) break;
    if (c === '|' && depth === 0) {
      alternatives.push(current);
      current = '';
    } else current += c;
  }
  alternatives.push(current);
  return alternatives;
}

/** The first words of a pattern's trigger: its (?<verb>…) and (?<verb2>…) alternatives, or the roles for role rules. */
function triggerWords(pattern: string): string[] {
  if (/\(\?<role>/.test(pattern)) return ROLE_WORDS;
  const alternatives = ['verb', 'verb2'].flatMap((name) => groupAlternatives(pattern, name) ?? []);
  if (!alternatives.length) return [];
  const words = alternatives.map((alt) => /^[a-z']+/.exec(alt)?.[0] ?? '');
  // an alternative without a literal start could match anything: no pre-filter then
  return words.every((w) => w.length >= 2) ? [...new Set(words)] : [];
}

const compile = (rules: RelationRule[]): CompiledRule[] =>
  rules.map((r) => ({
    ...r,
    regex: expandPattern(r.pattern),
    detailed: expandPattern(r.pattern, 'yd'),
    keywords: triggerWords(r.pattern),
    minSlots: ONE_SLOT_PREDICATES.has(r.predicate) ? 1 : 2,
  }));

/** Roles read from names alone (pass 1); counterparts need the possessor's role, known only after it. */
export const nameRoleRules = compile(holdsRoleRules);
export const roleRules = [...nameRoleRules, ...compile(counterpartRules)];
export const relationRules = compile([...recallRules, ...accusationRules, ...eventRules]);
export const allRules: CompiledRule[] = [...roleRules, ...relationRules];
