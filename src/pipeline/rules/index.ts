// All relation rules, in the order they are tried. Role rules run first: descriptions ("the Russian
// leader") and envoys' countries are resolved from the roles they find.
import { expandPattern } from './engine.js';
import { accusationRules, eventRules, recallRules } from './events.js';
import { counterpartRules, holdsRoleRules } from './roles.js';
import type { RelationRule } from './types.js';

export type { RelationRule } from './types.js';

export interface CompiledRule extends RelationRule {
  regex: RegExp;
}

const compile = (rules: RelationRule[]): CompiledRule[] => rules.map((r) => ({ ...r, regex: expandPattern(r.pattern) }));

export const roleRules = compile([...holdsRoleRules, ...counterpartRules]);
export const relationRules = compile([...recallRules, ...accusationRules, ...eventRules]);
export const allRules: CompiledRule[] = [...roleRules, ...relationRules];
