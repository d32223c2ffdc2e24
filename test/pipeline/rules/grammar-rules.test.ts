// The rules over the dependency tree, tested on their own sentences: every example fires its rule (alone or
// with its context fallback), every negative gives no asserted relation from it. Compiling the tables checks
// that every argument is one its predicate's builder reads.
import { describe, expect, it } from 'vitest';
import { grammarRelationRules } from '../../../src/pipeline/rules/grammar-rules.js';
import { grammarRoleRules } from '../../../src/pipeline/rules/grammar-roles.js';
import { compileTreeRules } from '../../../src/pipeline/rules/tree/engine.js';
import type { TreeRule } from '../../../src/pipeline/rules/tree/types.js';
import { edgesOf } from '../../helpers/build-text.js';

const rules: TreeRule[] = [...grammarRoleRules, ...grammarRelationRules];
const firedBy = (id: string) => (rules: unknown) => Array.isArray(rules) && rules.some((r) => r === id || r === `${id}+context`);

describe('the tree rule tables', () => {
  it('compile: unique ids, paths that parse, arguments their builders read', () => {
    expect(() => compileTreeRules(rules)).not.toThrow();
    for (const r of rules) expect(r.examples.length, r.id).toBeGreaterThan(0);
  });

  it('rejects a rule whose argument its builder does not read, or that lacks one it needs', () => {
    const base = grammarRelationRules[0]!;
    expect(() => compileTreeRules([{ ...base, args: { ...base.args, charge: { path: 'self', phrase: 'words' } } }])).toThrow(
      /not read by the recalled_ambassador builder/,
    );
    const { source: _source, ...withoutSource } = grammarRelationRules.find((r) => r.predicate === 'criticized')!.args;
    expect(() => compileTreeRules([{ ...grammarRelationRules.find((r) => r.predicate === 'criticized')!, args: withoutSource }])).toThrow(
      /needs a required "source"/,
    );
    expect(() => compileTreeRules([{ ...base, args: { ...base.args, target: { path: '>nonsense[' } } }])).toThrow(/unknown step/);
  });
});

describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it.each(rule.examples)('fires on: %s', (example) => {
    const edges = edgesOf(example);
    const fired = edges.filter((e) => firedBy(id)(e.attributes.rules) && !e.negated);
    expect(
      fired.map((e) => e.attributes.predicate),
      `edges: ${edges.map((e) => `${e.triple} [${e.attributes.rules}]`).join('; ')}`,
    ).toContain(rule.predicate);
  });
  if (rule.negatives?.length)
    it.each(rule.negatives)('asserts nothing on: %s', (negative) => {
      const edges = edgesOf(negative);
      const fired = edges.filter((e) => firedBy(id)(e.attributes.rules) && !e.negated);
      expect(fired.map((e) => e.triple)).toEqual([]);
    });
});
