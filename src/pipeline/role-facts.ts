// What the rules learn about people and bodies as they go, and what other rules read back: who holds which
// role for whom (so that "the Russian president" and envoys' countries resolve), and which country an
// organisation belongs to. Also the normalisation of role words.
import { isPersonalRole, roleByForm, ROLE_ENTRIES } from '../lexicon/roles.js';
import type { Mention, Relation } from './types.js';

/** What the rules have learnt about who holds which role, used to resolve descriptions and envoys. */
export interface RoleFacts {
  /** person key → roles held: {role, target, postedTo} */
  byPerson: Map<string, { role: string; target: string; postedTo?: string; doc: string }[]>;
  /** organisation key → the country it belongs to */
  orgCountry: Map<string, string>;
}

export function emptyRoleFacts(): RoleFacts {
  return { byPerson: new Map(), orgCountry: new Map() };
}

export const LEADER_ROLES = new Set(ROLE_ENTRIES.filter((e) => e.leader).map((e) => e.role));
export function isCountryKey(key: string | undefined): boolean {
  return !!key && key.startsWith('country:');
}

/** The country a party stands for: a country itself, a person's country by role, an organisation's. */
export function countryOfEntity(key: string | undefined, facts: RoleFacts): string | undefined {
  if (!key) return undefined;
  if (key.startsWith('country:')) return key;
  if (key.startsWith('organization:')) return facts.orgCountry.get(key);
  if (key.startsWith('person:')) {
    const roles = facts.byPerson.get(key) ?? [];
    const leader = roles.find((r) => LEADER_ROLES.has(r.role) && isCountryKey(r.target));
    return (leader ?? roles.find((r) => isCountryKey(r.target)))?.target;
  }
  return undefined;
}

/**
 * What a role is held for, given whose the text says it is: an office of state named as a person's ("his foreign
 * minister", "Lopez Obrador's foreign minister") is held for that person's country, when the corpus knows it; a
 * personal role ("Putin's spokesman", "his adviser") for the person.
 */
export function roleHolder(role: string, target: string, facts: RoleFacts): string {
  if (!target.startsWith('person:') || isPersonalRole(role)) return target;
  const country = countryOfEntity(target, facts);
  return country !== undefined && isCountryKey(country) ? country : target;
}

/** A mention as a country: demonyms and capitals carry theirs. */
export const countryOfMention = (m: Mention | undefined, facts: RoleFacts) =>
  m ? (m.type === 'Location' && m.country ? m.country : countryOfEntity(m.entity, facts)) : undefined;

/**
 * The role named by some words: the longest known role form they end with (normalised: "spokeswoman" →
 * spokesperson), with the words before it kept as part of the role ("farm commissioner", "deputy prime
 * minister", "press attache"), except "chief" and "top" before a role, which only say it is the highest.
 */
export function normalizeRole(words: string): string | undefined {
  const w = words.trim().toLowerCase().replace(/ ?- ?/g, '-').replace(/\s+/g, ' ');
  const parts = w.split(' ');
  for (let k = 0; k < parts.length; k++) {
    const tail = parts.slice(k).join(' ');
    const entry = roleByForm(tail) ?? roleByForm(tail.replace(/-/g, ' '));
    if (!entry) continue;
    const before = parts.slice(0, k).filter((p) => p !== 'chief' && p !== 'top');
    return [...before, entry.role].join(' ');
  }
  return undefined;
}

/** Adds the roles found to the facts (envoys' postings, persons' countries). */
export function learnRoles(facts: RoleFacts, relations: Relation[]): void {
  for (const r of relations) {
    if (r.predicate !== 'holds_role' || r.negated) continue;
    const list = facts.byPerson.get(r.source) ?? [];
    const role = r.attributes.role as string;
    if (!list.some((x) => x.role === role && x.target === r.target))
      list.push({ role, target: r.target, postedTo: r.attributes.posted_to as string | undefined, doc: r.evidence.doc });
    facts.byPerson.set(r.source, list);
  }
}

export function learnOrganizations(facts: RoleFacts, mentions: Mention[]): void {
  for (const m of mentions)
    if (m.type === 'Organization' && m.entity && m.country && !facts.orgCountry.has(m.entity)) facts.orgCountry.set(m.entity, m.country);
}
