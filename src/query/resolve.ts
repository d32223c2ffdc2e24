// From a name someone typed to a node: node key, exact label or alias, then whole words; several matches
// are ambiguous (the shell offers a picker), none gives the closest names as suggestions.
import type { NewsGraph } from '../store/graph-file.js';
import { AmbiguousEntityError, UnknownEntityError, type EntityCandidate } from './errors.js';
import { graphIndex, type GraphIndex, type NameEntry } from './graph-index.js';
import { boundedDistance, nameTokens, normalizeName, typoBudget } from './text.js';

export interface ResolveOptions {
  /** answers to earlier ambiguity: normalised name → node key (filled by the shell's picker) */
  choices?: ReadonlyMap<string, string>;
  /** the file the graph was read from, named in errors about entities */
  graphName?: string;
}

function candidate(graph: NewsGraph, key: string, matched: string): EntityCandidate {
  const a = graph.getNodeAttributes(key);
  return { key, label: a.label ?? key, type: String(a.type), matched, mentions: Number(a.mentions) || 0 };
}

const byRank = (a: EntityCandidate, b: EntityCandidate) => b.mentions - a.mentions || a.label.localeCompare(b.label) || a.key.localeCompare(b.key);

/** The node key `text` names, or an AmbiguousEntityError / UnknownEntityError. */
export function resolveEntity(graph: NewsGraph, text: string, options: ResolveOptions = {}): string {
  const found = matchEntity(graph, text, options);
  if (typeof found === 'string') return found;
  if (found.length) throw new AmbiguousEntityError(text.trim(), found, options.graphName);
  throw new UnknownEntityError(text.trim(), suggestNames(graphIndex(graph), text), options.graphName);
}

/** The key when `text` names one entity, else every candidate it matches (empty: none). */
export function matchEntity(graph: NewsGraph, text: string, options: ResolveOptions = {}): string | EntityCandidate[] {
  const trimmed = text.trim();
  if (trimmed && graph.hasNode(trimmed)) return trimmed;
  const norm = normalizeName(trimmed);
  const chosen = options.choices?.get(norm);
  if (chosen && graph.hasNode(chosen)) return chosen;
  const index = graphIndex(graph);
  const exact = distinctCandidates(graph, index.byName.get(norm) ?? []);
  if (exact.length === 1) return exact[0]!.key;
  if (exact.length > 1) return exact.sort(byRank);
  // whole words: "Smith" → every entity with a name containing the word "smith"
  const tokens = nameTokens(norm);
  if (!tokens.length) return [];
  let keys: Set<string> | undefined;
  for (const token of tokens) {
    const set = index.byToken.get(token);
    if (!set) return [];
    keys = keys ? new Set([...keys].filter((k) => set.has(k))) : set;
  }
  const words = [...(keys ?? [])].map((key) => candidate(graph, key, bestName(index, key, tokens)));
  if (words.length === 1) return words[0]!.key;
  return words.sort(byRank);
}

function distinctCandidates(graph: NewsGraph, entries: NameEntry[]): EntityCandidate[] {
  const seen = new Map<string, EntityCandidate>();
  for (const e of entries) if (!seen.has(e.key)) seen.set(e.key, candidate(graph, e.key, e.name));
  return [...seen.values()];
}

function bestName(index: GraphIndex, key: string, tokens: string[]): string {
  const a = index.graph.getNodeAttributes(key);
  const names = [a.label, ...(a.aliases ?? [])];
  return names.find((n) => tokens.every((t) => nameTokens(normalizeName(n)).includes(t))) ?? a.label;
}

/** Labels closest to a name that matched nothing, best first. */
export function suggestNames(index: GraphIndex, text: string, limit = 3): string[] {
  const norm = normalizeName(text);
  if (!norm) return [];
  const max = Math.max(2, Math.floor(norm.length / 3));
  const best = new Map<string, number>();
  for (const e of index.names) {
    let d: number;
    if (e.norm.startsWith(norm) || norm.startsWith(e.norm)) d = 0.5;
    else if (e.norm.includes(norm)) d = 1;
    else d = boundedDistance(norm, e.norm, max);
    if (d > max) continue;
    if ((best.get(e.key) ?? Infinity) > d) best.set(e.key, d);
  }
  return [...best]
    .sort(
      (a, b) => a[1] - b[1] || (Number(index.graph.getNodeAttribute(b[0], 'mentions')) || 0) - (Number(index.graph.getNodeAttribute(a[0], 'mentions')) || 0),
    )
    .slice(0, limit)
    .map(([key]) => index.graph.getNodeAttribute(key, 'label') ?? key);
}

export interface FindHit extends EntityCandidate {
  score: number;
}

/**
 * Entities whose label or an alias matches `text`, best first: exact label, exact alias, name prefix, word
 * prefix, substring, then near misses: a name, or each word typed against a word of a name, a typo or two
 * away ("Macorn" → Emmanuel Macron, "vladmir putni" → Vladimir Putin). Case and accents never count.
 */
export function findEntities(graph: NewsGraph, text: string): FindHit[] {
  const index = graphIndex(graph);
  const norm = normalizeName(text);
  if (!norm) return [];
  const words = nameTokens(norm);
  const best = new Map<string, { score: number; name: string }>();
  for (const e of index.names) {
    let score = 0;
    if (e.norm === norm) score = e.isLabel ? 100 : 90;
    else if (e.norm.startsWith(norm)) score = e.isLabel ? 70 : 65;
    else if (e.norm.includes(` ${norm}`)) score = 55;
    else if (e.norm.includes(norm)) score = 40;
    else {
      const d = nearMiss(norm, words, e.norm);
      if (d !== undefined) score = 20 - d;
    }
    if (score > (best.get(e.key)?.score ?? 0)) best.set(e.key, { score, name: e.name });
  }
  return [...best].map(([key, { score, name }]) => ({ ...candidate(graph, key, name), score })).sort((a, b) => b.score - a.score || byRank(a, b));
}

/** Typos between what was typed and a name (whole, or word by word), or undefined when too far apart. */
function nearMiss(norm: string, words: string[], name: string): number | undefined {
  const whole = Math.min(3, typoBudget(norm.length));
  let best = whole ? boundedDistance(norm, name, whole) : Infinity;
  if (best > whole) best = Infinity;
  // every typed word close to a word of the name: "macorn" ~ "emmanuel macron"
  const nameWords = nameTokens(name);
  let sum = 0;
  for (const w of words) {
    const budget = typoBudget(w.length);
    let d = Infinity;
    for (const n of nameWords) {
      const k = n === w ? 0 : budget ? boundedDistance(w, n, budget) : Infinity;
      if (k <= budget && k < d) d = k;
    }
    if (d === Infinity) {
      sum = Infinity;
      break;
    }
    sum += d;
  }
  const d = Math.min(best, sum);
  return d === Infinity || d === 0 ? undefined : d;
}
