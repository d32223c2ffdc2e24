// Lookup tables over one loaded graph, built once (cached per graph object) so that each query is a few
// map look-ups and a local walk, not a scan of 100,000 nodes.
import type { NewsGraph } from '../store/graph-file.js';
import { nameTokens, normalizeName } from './text.js';

export interface NameEntry {
  key: string;
  /** the label or alias as written */
  name: string;
  norm: string;
  isLabel: boolean;
}

export interface GraphIndex {
  graph: NewsGraph;
  /** normalised name → entries (labels and aliases) */
  byName: Map<string, NameEntry[]>;
  /** normalised word → node keys having a name with that word */
  byToken: Map<string, Set<string>>;
  /** every label and alias, for find and suggestions */
  names: NameEntry[];
  /** exact label → node keys (MATCH … WHERE n.label = "…") */
  byLabel: Map<string, string[]>;
  byType: Map<string, string[]>;
  /** predicate → edge keys */
  byPredicate: Map<string, string[]>;
  /** distinct labels, sorted, for tab completion, and their normalised forms */
  labels: string[];
  labelNorms: string[];
}

const cache = new WeakMap<NewsGraph, GraphIndex>();

export function graphIndex(graph: NewsGraph): GraphIndex {
  let index = cache.get(graph);
  if (!index) {
    index = buildIndex(graph);
    cache.set(graph, index);
  }
  return index;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

function buildIndex(graph: NewsGraph): GraphIndex {
  const byName = new Map<string, NameEntry[]>();
  const byToken = new Map<string, Set<string>>();
  const names: NameEntry[] = [];
  const byLabel = new Map<string, string[]>();
  const byType = new Map<string, string[]>();
  const byPredicate = new Map<string, string[]>();
  const labelSet = new Set<string>();
  graph.forEachNode((key, a) => {
    const label = typeof a.label === 'string' ? a.label : key;
    push(byLabel, label, key);
    push(byType, String(a.type), key);
    labelSet.add(label);
    const seen = new Set<string>();
    const add = (name: string, isLabel: boolean) => {
      const norm = normalizeName(name);
      if (!norm || seen.has(norm)) return;
      seen.add(norm);
      const entry = { key, name, norm, isLabel };
      names.push(entry);
      push(byName, norm, entry);
      for (const token of nameTokens(norm)) {
        let set = byToken.get(token);
        if (!set) byToken.set(token, (set = new Set()));
        set.add(key);
      }
    };
    add(label, true);
    for (const alias of Array.isArray(a.aliases) ? a.aliases : []) if (typeof alias === 'string') add(alias, false);
  });
  graph.forEachEdge((edge, a) => push(byPredicate, String(a.predicate), edge));
  const labels = [...labelSet].sort((x, y) => x.localeCompare(y));
  const labelNorms = labels.map(normalizeName);
  return { graph, byName, byToken, names, byLabel, byType, byPredicate, labels, labelNorms };
}
