// What a match means: one builder a predicate, from the bound arguments to the relations it asserts. Each
// builder lists the arguments it reads (compiling the rules rejects a rule that names another) and the ones
// it needs.
import { normalizeCharge } from '../../../lexicon/charges.js';
import { STATE_SERVICE_BODIES } from '../../../lexicon/organizations.js';
import { PREDICATES, type Predicate } from '../../../graph/schema.js';
import { slugify } from '../../../text/slug.js';
import { countryOfEntity, isCountryKey, normalizeRole, roleHolder, type RoleFacts } from '../../role-facts.js';
import type { Relation } from '../../types.js';
import type { Resolved } from './resolve.js';

export type Built = Pick<Relation, 'predicate' | 'source' | 'target' | 'attributes'>;

export interface BuildInput {
  /** entity arguments of one combination */
  args: Readonly<Record<string, Resolved | undefined>>;
  /** phrase arguments */
  phrases: Readonly<Record<string, string | undefined>>;
  facts: RoleFacts;
}

export interface Builder {
  reads: readonly string[];
  needs: readonly string[];
  build(input: BuildInput): Built[];
}

/** "the Russian army", "Iraq's embassy": a body of the state's own service, by its last words. */
function isStateServiceBody(name: string): boolean {
  const words = name.toLowerCase().replace(/'s\b/g, '').split(/\s+/);
  return [1, 2].some((n) => STATE_SERVICE_BODIES.has(words.slice(-n).join(' ')));
}

/** The country an argument stands for: a country, a place's country, an organisation's or a person's by role. */
export function stateOf(r: Resolved | undefined, facts: RoleFacts): string | undefined {
  if (!r) return undefined;
  if (r.type === 'Country') return r.key;
  if (r.type === 'Location') return r.mention?.country;
  if (r.type === 'Organization') return r.mention?.country ?? facts.orgCountry.get(r.key);
  return countryOfEntity(r.key, facts);
}

/** An envoy's post as the rules learnt it: the country he serves and where he is posted. */
function envoyPost(person: string | undefined, facts: RoleFacts) {
  if (!person) return undefined;
  return facts.byPerson.get(person)?.find((r) => r.postedTo || ['ambassador', 'envoy'].includes(r.role));
}

/** Two states, the first acting on the second: recalls, expulsions, summons. */
function statePair(predicate: Predicate): Builder {
  return {
    reads: ['source', 'target', 'ambassador'],
    needs: [],
    build({ args, facts }) {
      const envoy = args.ambassador?.type === 'Person' ? args.ambassador.key : undefined;
      const post = envoyPost(envoy, facts);
      let source = stateOf(args.source, facts);
      // a host read from the sentence around (via 'context') gives way to the post the story gave the envoy
      const fromAround = args.target?.via === 'context';
      let target = fromAround ? undefined : args.target?.type === 'Person' ? envoyPost(args.target.key, facts)?.target : stateOf(args.target, facts);
      if (predicate === 'recalled_ambassador') {
        source ??= post && isCountryKey(post.target) ? post.target : undefined;
        target ??= post?.postedTo;
      } else target ??= post && isCountryKey(post.target) ? post.target : undefined;
      if (fromAround) target ??= stateOf(args.target, facts);
      if (!source || !target || source === target) return [];
      return [{ predicate, source, target, attributes: envoy && predicate === 'recalled_ambassador' ? { ambassador: envoy } : {} }];
    },
  };
}

/** Two parties: who acts and on whom; symmetric predicates store their ends in sorted order. */
function parties(predicate: Predicate, extra: readonly string[] = []): Builder {
  const symmetric = !!(PREDICATES[predicate] as { symmetric?: boolean }).symmetric;
  return {
    reads: ['source', 'target', ...extra],
    needs: ['source', 'target'],
    build({ args, phrases, facts }) {
      let source = args.source?.key;
      let target = args.target?.key;
      if (!source || !target || source === target) return [];
      const attributes: Record<string, unknown> = {};
      if (extra.includes('agreement') && phrases.agreement) attributes.agreement = phrases.agreement.replace(/^(?:(?:a|an|the|its|new) )+/i, '').trim();
      if (extra.includes('from')) {
        const from = stateOf(args.from, facts);
        if (from) attributes.from = from;
      }
      if (symmetric && source > target) [source, target] = [target, source];
      return [{ predicate, source, target, attributes }];
    },
  };
}

const accusation: Builder = {
  reads: ['source', 'by', 'charge'],
  needs: ['source', 'charge'],
  build({ args, phrases }) {
    const accused = args.source?.key;
    const phrase = phrases.charge;
    if (!accused || !phrase || !/[a-z]/i.test(phrase)) return [];
    const by = args.by ? [args.by.key] : [];
    if (by.includes(accused)) return [];
    const charge = normalizeCharge(phrase.toLowerCase());
    if (charge.label.length < 3) return [];
    return [
      {
        predicate: 'accused_of',
        source: accused,
        target: `charge:${slugify(charge.label)}`,
        attributes: { by, charge: charge.label, surface: charge.surface },
      },
    ];
  },
};

const role: Builder = {
  reads: ['source', 'target', 'role', 'former', 'post'],
  needs: ['source', 'target', 'role'],
  build({ args, phrases, facts }) {
    const person = args.source;
    let target = args.target;
    if (person?.type !== 'Person' || !target || target.key === person.key) return [];
    // a title whose country only the context gives yields to any other country the text gives the person elsewhere
    const context = target.via === 'context' ? target.key : undefined;
    if (context && facts.byPerson.get(person.key)?.some((r) => isCountryKey(r.target) && r.target !== context)) return [];
    const name = normalizeRole(phrases.role ?? '');
    if (!name) return [];
    // an office in the state's own service (its embassy, army, parliament) is held for the state
    if (target.type === 'Organization' && target.mention?.country && isStateServiceBody(target.mention.text))
      target = { ...target, key: target.mention.country, type: 'Country' };
    // an office of state named as someone's ("his foreign minister") is held for that person's country
    if (target.type === 'Person') {
      const holder = roleHolder(name, target.key, facts);
      if (holder !== target.key) target = { ...target, key: holder, type: 'Country' };
    }
    const attributes: Record<string, unknown> = { role: name, former: !!phrases.former };
    const post = stateOf(args.post, facts);
    if (post && post !== target.key) attributes.posted_to = post;
    return [{ predicate: 'holds_role', source: person.key, target: target.key, attributes }];
  },
};

export const BUILDERS: Partial<Record<Predicate, Builder>> = {
  holds_role: role,
  recalled_ambassador: statePair('recalled_ambassador'),
  expelled_diplomats: statePair('expelled_diplomats'),
  summoned_ambassador: statePair('summoned_ambassador'),
  accused_of: accusation,
  criticized: parties('criticized'),
  threatened: parties('threatened'),
  sanctioned: parties('sanctioned'),
  offered_talks: parties('offered_talks'),
  rejected_talks: parties('rejected_talks'),
  met_with: parties('met_with'),
  spoke_with: parties('spoke_with'),
  signed_agreement: parties('signed_agreement', ['agreement']),
  travels_to: parties('travels_to'),
  annexed: parties('annexed', ['from']),
};
