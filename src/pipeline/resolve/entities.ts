// The entity table: one record per node, collecting the surface forms and documents of its mentions.
import type { EntityType } from '../../graph/schema.js';
import { foldDiacritics } from '../../text/slug.js';
import type { Mention } from '../types.js';

export interface EntityRecord {
  key: string;
  label: string;
  type: EntityType;
  aliases: Set<string>;
  mentions: number;
  docs: Set<string>;
  /** how good the current label is: canonical names beat the fullest surface form, which beats the rest */
  labelRank: number;
}

export type EntityTable = Map<string, EntityRecord>;

const stripArticle = (s: string) => s.replace(/^(?:the|The|THE)\s+/, '').replace(/\s+/g, ' ');

/** Adds a resolved mention to its entity, creating the entity on first sight. */
export function addMention(table: EntityTable, m: Mention): void {
  if (!m.entity) return;
  const surface = stripArticle(m.text);
  let rec = table.get(m.entity);
  if (!rec) {
    rec = { key: m.entity, label: m.canonical ?? surface, type: m.type, aliases: new Set(), mentions: 0, docs: new Set(), labelRank: -1 };
    table.set(m.entity, rec);
  }
  rec.mentions++;
  rec.docs.add(m.doc);
  // pronouns, and "the government" or "the ministry" read from context, are no names of the entity
  if (m.kind === 'pronoun' || m.ruleId === 'context.government' || m.ruleId === 'context.body') return;
  rec.aliases.add(surface);
  // labels: a canonical name from the data wins; otherwise the fullest proper name seen
  if (m.kind !== 'name' && !m.canonical) return;
  const candidate = m.canonical ?? surface;
  const rank = m.canonical ? 1000 : candidate.split(' ').length * 10 + Math.min(candidate.length, 9) / 10;
  // on a tie, the name as written with its diacritics ("José", not "Jose"), not in a headline's capitals
  // ("Hamburg", not "HAMBURG"; an acronym of four letters or fewer is written so), then the first in order
  const accented = (x: string) => (x === foldDiacritics(x) ? 0 : 1);
  const cased = (x: string) => (x.length > 4 && x === x.toUpperCase() && x !== x.toLowerCase() ? 0 : 1);
  const better = accented(candidate) - accented(rec.label) || cased(candidate) - cased(rec.label) || (candidate < rec.label ? 1 : -1);
  if (rank > rec.labelRank || (rank === rec.labelRank && better > 0)) {
    rec.label = candidate;
    rec.labelRank = rank;
  }
}

export function addEntity(table: EntityTable, key: string, label: string, type: EntityType, doc: string, alias?: string): EntityRecord {
  let rec = table.get(key);
  if (!rec) {
    rec = { key, label, type, aliases: new Set(), mentions: 0, docs: new Set(), labelRank: 1000 };
    table.set(key, rec);
  }
  rec.docs.add(doc);
  if (alias) rec.aliases.add(alias);
  return rec;
}
