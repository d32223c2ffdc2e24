// Lookup tables over one loaded graph, built once per graph object (and each only when first needed) so that
// a query is a few map look-ups and a local walk, not a scan of 100,000 nodes.
import type { NewsGraph } from '../store/graph-file.js';
import { nameTokens, normalizeName } from './text.js';

export interface NameEntry {
  key: string;
  /** the label or alias as written */
  name: string;
  norm: string;
  isLabel: boolean;
}

const cache = new WeakMap<NewsGraph, GraphIndex>();

export function graphIndex(graph: NewsGraph): GraphIndex {
  let index = cache.get(graph);
  if (!index) {
    index = new GraphIndex(graph);
    cache.set(graph, index);
  }
  return index;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export class GraphIndex {
  private names_?: { byName: Map<string, NameEntry[]>; byToken: Map<string, Set<string>>; names: NameEntry[] };
  private nodes_?: { byLabel: Map<string, string[]>; byType: Map<string, string[]> };
  private byPredicate_?: Map<string, string[]>;
  private labels_?: { labels: string[]; labelNorms: string[] };

  constructor(readonly graph: NewsGraph) {}

  /** normalised name → entries (labels and aliases) */
  get byName() {
    return this.nameTables().byName;
  }
  /** normalised word → node keys having a name with that word */
  get byToken() {
    return this.nameTables().byToken;
  }
  /** every label and alias, for find and suggestions */
  get names() {
    return this.nameTables().names;
  }
  /** exact label → node keys (MATCH … WHERE n.label = "…") */
  get byLabel() {
    return this.nodeTables().byLabel;
  }
  get byType() {
    return this.nodeTables().byType;
  }
  /** predicate → edge keys */
  get byPredicate(): Map<string, string[]> {
    if (!this.byPredicate_) {
      const byPredicate = new Map<string, string[]>();
      this.graph.forEachEdge((edge, a) => push(byPredicate, String(a.predicate), edge));
      this.byPredicate_ = byPredicate;
    }
    return this.byPredicate_;
  }
  /** distinct labels, sorted, for tab completion */
  get labels() {
    return this.labelTables().labels;
  }
  /** the normalised form of each of `labels` */
  get labelNorms() {
    return this.labelTables().labelNorms;
  }

  private nameTables() {
    if (this.names_) return this.names_;
    const byName = new Map<string, NameEntry[]>();
    const byToken = new Map<string, Set<string>>();
    const names: NameEntry[] = [];
    this.graph.forEachNode((key, a) => {
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
          if (!set) {
            set = new Set();
            byToken.set(token, set);
          }
          set.add(key);
        }
      };
      add(typeof a.label === 'string' ? a.label : key, true);
      for (const alias of Array.isArray(a.aliases) ? a.aliases : []) if (typeof alias === 'string') add(alias, false);
    });
    this.names_ = { byName, byToken, names };
    return this.names_;
  }

  private nodeTables() {
    if (this.nodes_) return this.nodes_;
    const byLabel = new Map<string, string[]>();
    const byType = new Map<string, string[]>();
    this.graph.forEachNode((key, a) => {
      push(byLabel, typeof a.label === 'string' ? a.label : key, key);
      push(byType, String(a.type), key);
    });
    this.nodes_ = { byLabel, byType };
    return this.nodes_;
  }

  private labelTables() {
    if (this.labels_) return this.labels_;
    const labels = [...this.nodeTables().byLabel.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    this.labels_ = { labels, labelNorms: labels.map(normalizeName) };
    return this.labels_;
  }
}

/** Builds every table now (the shell does this while the user types its first query). */
export function warmIndex(graph: NewsGraph): void {
  const index = graphIndex(graph);
  void [index.byName.size, index.byType.size, index.byPredicate.size, index.labels.length];
}
