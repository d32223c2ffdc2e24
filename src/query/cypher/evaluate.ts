// Runs a parsed MATCH over the graph. The planner starts from the smallest set it can name (a node with a
// label given in WHERE or the pattern, a relationship type, a node type) and walks the pattern outward from
// there, so a selective query touches a few edges however large the graph is.
import { ENTITY_TYPES, isNodeReference, PREDICATE_NAMES, type EdgeAttributes, type NodeAttributes } from '../../graph/schema.js';
import type { NewsGraph } from '../../store/graph-file.js';
import { edgeDocs, nodeLabel } from '../describe.js';
import { QueryError } from '../errors.js';
import { graphIndex } from '../graph-index.js';
import { result, type Cell, type QueryResult } from '../result.js';
import { closest } from '../text.js';
import type { Expr, Literal, MatchQuery, NodePattern, RelPattern } from './ast.js';
import { parseMatch } from './parser.js';

type Ref = { node: string } | { edge: string };
/** A node key read from an edge attribute in RETURN (`r.by`, `r.ambassador`): shown by its label, the key in JSON. */
type KeyRef = { key: string };
type Value = string | number | boolean | null | Value[] | Ref | KeyRef;

const AGGREGATES = new Set(['count', 'collect']);
const FUNCTIONS = new Set(['count', 'collect', 'type', 'id', 'labels', 'size', 'tolower', 'toupper', 'coalesce', 'startnode', 'endnode']);

export function runMatch(graph: NewsGraph, input: string): QueryResult {
  return evaluateMatch(graph, parseMatch(input));
}

interface Plan {
  kind: 'node' | 'edge';
  position: number;
  /** absent: every node */
  candidates?: string[];
}

export function evaluateMatch(graph: NewsGraph, query: MatchQuery): QueryResult {
  const { pattern } = query;
  const index = graphIndex(graph);
  const nodeVars = new Map<string, number[]>();
  const relVars = new Map<string, number>();
  pattern.nodes.forEach((n, i) => {
    if (n.label !== undefined) checkLabel(index.byType, n);
    if (n.variable) nodeVars.set(n.variable, [...(nodeVars.get(n.variable) ?? []), i]);
  });
  pattern.rels.forEach((r, j) => {
    for (const t of r.types) checkType(index.byPredicate, t, r);
    if (!r.variable) return;
    if (nodeVars.has(r.variable) || relVars.has(r.variable))
      throw new QueryError(`variable ${r.variable} at column ${r.column} is already used in the pattern`);
    relVars.set(r.variable, j);
  });
  const known = (name: string, column: number) => {
    if (!nodeVars.has(name) && !relVars.has(name)) {
      const hint = closest(name, [...nodeVars.keys(), ...relVars.keys()], 1);
      throw new QueryError(`unknown variable ${name} at column ${column}${hint.length ? `: did you mean ${hint[0]}?` : ''}`);
    }
  };
  if (query.where) checkExpr(query.where, known, false);
  const names = new Set<string>();
  for (const item of query.items) {
    checkExpr(item.expr, known, true);
    if (names.has(item.name)) throw new QueryError(`RETURN names the column "${item.name}" twice: give one a name with AS`);
    names.add(item.name);
  }
  const aggregating = query.items.some((i) => isAggregate(i.expr));
  // ORDER BY a returned column (by its text or AS name), or, without aggregation, any expression
  const sortColumns = query.orderBy.map((s) => {
    const col = query.items.findIndex((i) => i.name === s.text || i.text === s.text);
    if (col < 0) {
      if (aggregating) throw new QueryError(`ORDER BY ${s.text}: with count/collect in RETURN, order by a returned column`);
      checkExpr(s.expr, known, false);
    }
    return col;
  });

  const nodes: (string | undefined)[] = new Array(pattern.nodes.length);
  const edges: (string | undefined)[] = new Array(pattern.rels.length);
  const env: Env = { graph, nodes, edges, nodeVars, relVars };

  const rows: Value[][] = [];
  const sortKeys: Value[][] = [];
  const groups = new Map<string, { row: Value[]; acc: Accumulator[] }>();
  const canStop = !aggregating && !query.distinct && !query.orderBy.length && query.limit !== undefined;
  const wanted = (query.skip ?? 0) + (query.limit ?? 0);
  let stopped = false;

  const emit = () => {
    if (query.where && evaluate(query.where, env) !== true) return;
    if (aggregating) {
      const row = query.items.map((i) => (isAggregate(i.expr) ? null : returnValue(i.expr, env)));
      const key = JSON.stringify(row);
      let group = groups.get(key);
      if (!group) {
        group = { row, acc: query.items.map(() => ({ count: 0, values: [], seen: new Set() })) };
        groups.set(key, group);
      }
      query.items.forEach((item, k) => {
        if (isAggregate(item.expr)) accumulate(item.expr as Extract<Expr, { kind: 'call' }>, group!.acc[k]!, env);
      });
      return;
    }
    rows.push(query.items.map((i) => returnValue(i.expr, env)));
    if (query.orderBy.length) sortKeys.push(query.orderBy.map((s, k) => (sortColumns[k]! >= 0 ? null : evaluate(s.expr, env))));
    if (canStop && rows.length >= wanted) stopped = true;
  };

  const plan = choosePlan(graph, query);
  const steps: { rel: number; from: number; to: number }[] = [];
  const [left, right] = plan.kind === 'node' ? [plan.position, plan.position] : [plan.position, plan.position + 1];
  for (let j = right; j < pattern.rels.length; j++) steps.push({ rel: j, from: j, to: j + 1 });
  for (let j = left - 1; j >= 0; j--) steps.push({ rel: j, from: j + 1, to: j });

  const walk = (k: number): void => {
    if (stopped) return;
    if (k === steps.length) {
      emit();
      return;
    }
    const { rel, from, to } = steps[k]!;
    const r = pattern.rels[rel]!;
    const here = nodes[from]!;
    const forward = from === rel; // walking left to right along the pattern
    const visit = (edge: string, a: EdgeAttributes, source: string, target: string) => {
      if (stopped || !relMatches(env, rel, r, edge, a)) return;
      const other = source === here ? target : source;
      if (!bindNode(env, to, pattern.nodes[to]!, other)) return;
      edges[rel] = edge;
      walk(k + 1);
      edges[rel] = undefined;
      nodes[to] = undefined;
    };
    if (r.direction === 'both') graph.forEachEdge(here, visit);
    else if ((r.direction === 'out') === forward) graph.forEachOutEdge(here, visit);
    else graph.forEachInEdge(here, visit);
  };

  if (plan.kind === 'node') {
    const pos = plan.position;
    for (const key of plan.candidates ?? graph.nodes()) {
      if (stopped) break;
      if (!graph.hasNode(key) || !bindNode(env, pos, pattern.nodes[pos]!, key)) continue;
      walk(0);
      nodes[pos] = undefined;
    }
  } else {
    const j = plan.position;
    const r = pattern.rels[j]!;
    for (const edge of plan.candidates ?? []) {
      if (stopped) break;
      const a = graph.getEdgeAttributes(edge);
      if (!relMatches(env, j, r, edge, a)) continue;
      const [source, target] = graph.extremities(edge);
      const orientations: [string, string][] =
        r.direction === 'out'
          ? [[source, target]]
          : r.direction === 'in'
            ? [[target, source]]
            : source === target
              ? [[source, target]]
              : [
                  [source, target],
                  [target, source],
                ];
      for (const [l, rr] of orientations) {
        if (bindNode(env, j, pattern.nodes[j]!, l)) {
          if (bindNode(env, j + 1, pattern.nodes[j + 1]!, rr)) {
            edges[j] = edge;
            walk(0);
            edges[j] = undefined;
            nodes[j + 1] = undefined;
          }
          nodes[j] = undefined;
        }
      }
    }
  }

  let out: Value[][];
  if (aggregating) {
    out = [...groups.values()].map((g) =>
      g.row.map((v, k) => {
        const item = query.items[k]!.expr;
        if (!isAggregate(item)) return v;
        const acc = g.acc[k]!;
        return (item as Extract<Expr, { kind: 'call' }>).name === 'count' ? acc.count : acc.values;
      }),
    );
    // count(*) over no rows at all is one row with 0, as in Cypher
    if (!out.length && query.items.every((i) => isAggregate(i.expr)))
      out = [query.items.map((i) => ((i.expr as Extract<Expr, { kind: 'call' }>).name === 'count' ? 0 : []))];
  } else out = rows;
  let order = out.map((_, i) => i);
  if (query.distinct) {
    const seen = new Set<string>();
    order = order.filter((i) => {
      const key = JSON.stringify(out[i]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  if (query.orderBy.length) {
    order.sort((x, y) => {
      for (let k = 0; k < query.orderBy.length; k++) {
        const col = sortColumns[k]!;
        const vx = col >= 0 ? out[x]![col]! : sortKeys[x]![k]!;
        const vy = col >= 0 ? out[y]![col]! : sortKeys[y]![k]!;
        const c = compareValues(graph, vx, vy);
        if (c) return query.orderBy[k]!.descending ? -c : c;
      }
      return x - y;
    });
  }
  const start = query.skip ?? 0;
  order = order.slice(start, query.limit !== undefined ? start + query.limit : undefined);
  return result('match', [{ columns: query.items.map((i) => i.name), rows: order.map((i) => out[i]!.map((v) => toCell(graph, v))) }]);
}

interface Env {
  graph: NewsGraph;
  nodes: (string | undefined)[];
  edges: (string | undefined)[];
  nodeVars: Map<string, number[]>;
  relVars: Map<string, number>;
}

interface Accumulator {
  count: number;
  values: Value[];
  seen: Set<string>;
}

function isAggregate(e: Expr): boolean {
  return e.kind === 'call' && AGGREGATES.has(e.name);
}

function accumulate(call: Extract<Expr, { kind: 'call' }>, acc: Accumulator, env: Env): void {
  if (call.star) {
    acc.count++;
    return;
  }
  const v = returnValue(call.args[0]!, env);
  if (v === null) return;
  if (call.distinct) {
    const key = JSON.stringify(v);
    if (acc.seen.has(key)) return;
    acc.seen.add(key);
  }
  acc.count++;
  acc.values.push(v);
}

function checkLabel(byType: Map<string, string[]>, n: NodePattern): void {
  const types = new Set<string>([...ENTITY_TYPES, ...byType.keys()]);
  if (types.has(n.label!)) return;
  const hint = closest(n.label!, types, 1);
  throw new QueryError(
    `unknown node label ${n.label} at column ${n.column}${hint.length ? `: did you mean ${hint[0]}?` : ''} (labels are entity types: ${[...types].join(', ')})`,
  );
}

function checkType(byPredicate: Map<string, string[]>, t: string, r: RelPattern): void {
  const predicates = new Set<string>([...PREDICATE_NAMES, ...byPredicate.keys()]);
  if (predicates.has(t)) return;
  const hint = closest(t, predicates, 1);
  throw new QueryError(
    `unknown relationship type ${t} at column ${r.column}${hint.length ? `: did you mean ${hint[0]}?` : ''} (types are predicates, e.g. holds_role)`,
  );
}

function checkExpr(e: Expr, known: (name: string, column: number) => void, aggregatesAllowed: boolean): void {
  switch (e.kind) {
    case 'variable':
      known(e.name, e.column);
      return;
    case 'property':
      known(e.variable, e.column);
      return;
    case 'call':
      if (!FUNCTIONS.has(e.name)) throw new QueryError(`unknown function ${e.name}() at column ${e.column} (known: ${[...FUNCTIONS].join(', ')})`);
      if (AGGREGATES.has(e.name) && !aggregatesAllowed) throw new QueryError(`${e.name}() at column ${e.column} is only allowed as a RETURN item`);
      if (e.star && e.name !== 'count') throw new QueryError(`${e.name}(*) at column ${e.column}: only count(*) takes *`);
      if (!e.star && (e.args.length === 0 || (e.name !== 'coalesce' && e.args.length > 1)))
        throw new QueryError(`${e.name}() at column ${e.column} takes ${e.name === 'coalesce' ? 'at least one argument' : 'one argument'}`);
      for (const a of e.args) checkExpr(a, known, false);
      return;
    case 'binary':
      checkExpr(e.left, known, false);
      checkExpr(e.right, known, false);
      return;
    case 'not':
    case 'isNull':
      checkExpr(e.expr, known, false);
      return;
    case 'list':
      for (const i of e.items) checkExpr(i, known, false);
      return;
    case 'literal':
      return;
  }
}

/** Node keys a property equality pins a pattern node to (label or key), or undefined when nothing does. */
function pinnedNodes(graph: NewsGraph, query: MatchQuery, i: number): string[] | undefined {
  const n = query.pattern.nodes[i]!;
  const lookup = (property: string, value: Literal): string[] | undefined => {
    if (typeof value !== 'string') return undefined;
    if (property === 'label' || property === 'name') return graphIndex(graph).byLabel.get(value) ?? [];
    if (property === 'key') return graph.hasNode(value) ? [value] : [];
    return undefined;
  };
  for (const [p, v] of n.props) {
    const found = lookup(p, v);
    if (found) return found;
  }
  if (!n.variable) return undefined;
  for (const c of conjuncts(query.where)) {
    if (c.kind !== 'binary' || c.op !== '=') continue;
    for (const [x, y] of [
      [c.left, c.right],
      [c.right, c.left],
    ] as const) {
      if (y.kind !== 'literal') continue;
      if (x.kind === 'property' && x.variable === n.variable) {
        const found = lookup(x.property, y.value);
        if (found) return found;
      }
      if (x.kind === 'call' && x.name === 'id' && x.args[0]?.kind === 'variable' && x.args[0].name === n.variable) {
        const found = lookup('key', y.value);
        if (found) return found;
      }
    }
  }
  return undefined;
}

function conjuncts(e: Expr | undefined): Expr[] {
  if (!e) return [];
  if (e.kind === 'binary' && e.op === 'AND') return [...conjuncts(e.left), ...conjuncts(e.right)];
  return [e];
}

function choosePlan(graph: NewsGraph, query: MatchQuery): Plan {
  const index = graphIndex(graph);
  let best: Plan = { kind: 'node', position: 0 };
  let cost = Infinity;
  query.pattern.nodes.forEach((n, i) => {
    const pinned = pinnedNodes(graph, query, i);
    const candidates = pinned ?? (n.label !== undefined ? (index.byType.get(n.label) ?? []) : undefined);
    const size = candidates ? candidates.length : graph.order;
    if (size < cost) {
      cost = size;
      best = { kind: 'node', position: i, candidates };
    }
  });
  query.pattern.rels.forEach((r, j) => {
    if (!r.types.length) return;
    const lists = r.types.map((t) => index.byPredicate.get(t) ?? []);
    const size = lists.reduce((s, l) => s + l.length, 0);
    if (size < cost) {
      cost = size;
      best = { kind: 'edge', position: j, candidates: lists.flat() };
    }
  });
  return best;
}

function bindNode(env: Env, i: number, n: NodePattern, key: string): boolean {
  const a = env.graph.getNodeAttributes(key);
  if (n.label !== undefined && a.type !== n.label) return false;
  for (const [p, v] of n.props) if (!valuesEqual(nodeProperty(key, a, p), v)) return false;
  if (n.variable)
    for (const other of env.nodeVars.get(n.variable)!) if (other !== i && env.nodes[other] !== undefined && env.nodes[other] !== key) return false;
  env.nodes[i] = key;
  return true;
}

function relMatches(env: Env, j: number, r: RelPattern, edge: string, a: EdgeAttributes): boolean {
  if (r.types.length && !r.types.includes(a.predicate)) return false;
  for (let k = 0; k < env.edges.length; k++) if (k !== j && env.edges[k] === edge) return false;
  for (const [p, v] of r.props) if (!valuesEqual(edgeProperty(edge, a, p), v)) return false;
  return true;
}

const plain = (v: unknown): Value => {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(plain);
  return JSON.stringify(v);
};

function nodeProperty(key: string, a: NodeAttributes, p: string): Value {
  if (p === 'key' || p === 'id') return key;
  if (p === 'name') return a.label ?? key;
  return plain((a as unknown as Record<string, unknown>)[p]);
}

function edgeProperty(edge: string, a: EdgeAttributes, p: string): Value {
  switch (p) {
    case 'key':
    case 'id':
      return edge;
    case 'type':
      return a.predicate;
    case 'negated':
      return a.negated === true;
    case 'former':
      return a.predicate === 'holds_role' ? a.former === true : plain(a.former);
    case 'evidence':
      return (a.evidence ?? []).map((e) => e.text);
    case 'docs':
      return edgeDocs(a);
    default:
      return plain((a as unknown as Record<string, unknown>)[p]);
  }
}

function lookupVariable(env: Env, name: string): Ref | null {
  const positions = env.nodeVars.get(name);
  if (positions) {
    const key = env.nodes[positions[0]!];
    return key === undefined ? null : { node: key };
  }
  const j = env.relVars.get(name);
  const edge = j === undefined ? undefined : env.edges[j];
  return edge === undefined ? null : { edge };
}

const isRef = (v: Value): v is Ref => typeof v === 'object' && v !== null && !Array.isArray(v) && !('key' in v);
const isKeyRef = (v: Value): v is KeyRef => typeof v === 'object' && v !== null && !Array.isArray(v) && 'key' in v;

/** A RETURN item's value: as evaluate gives it, with node keys read from edge attributes marked as such. */
function returnValue(e: Expr, env: Env): Value {
  const v = evaluate(e, env);
  if (e.kind !== 'property' || v === null) return v;
  const ref = lookupVariable(env, e.variable);
  if (!ref || !('edge' in ref) || !isNodeReference(env.graph.getEdgeAttribute(ref.edge, 'predicate'), e.property)) return v;
  const mark = (x: Value): Value => (typeof x === 'string' ? { key: x } : x);
  return Array.isArray(v) ? v.map(mark) : mark(v);
}

const regexCache = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (!re) {
    const insensitive = pattern.startsWith('(?i)');
    try {
      re = new RegExp(`^(?:${insensitive ? pattern.slice(4) : pattern})$`, insensitive ? 'iu' : 'u');
    } catch (e) {
      throw new QueryError(`=~ "${pattern}" is not a valid regular expression (${(e as Error).message})`);
    }
    regexCache.set(pattern, re);
  }
  return re;
}

function evaluate(e: Expr, env: Env): Value {
  switch (e.kind) {
    case 'literal':
      return e.value;
    case 'list':
      return e.items.map((i) => evaluate(i, env));
    case 'variable':
      return lookupVariable(env, e.name);
    case 'property': {
      const ref = lookupVariable(env, e.variable);
      if (!ref) return null;
      if ('node' in ref) return nodeProperty(ref.node, env.graph.getNodeAttributes(ref.node), e.property);
      return edgeProperty(ref.edge, env.graph.getEdgeAttributes(ref.edge), e.property);
    }
    case 'not': {
      const v = evaluate(e.expr, env);
      return v === null ? null : !truthy(v);
    }
    case 'isNull': {
      const isNull = evaluate(e.expr, env) === null;
      return e.negated ? !isNull : isNull;
    }
    case 'call':
      return call(e, env);
    case 'binary':
      return binary(e.op, e.left, e.right, env);
  }
}

const truthy = (v: Value): boolean => v === true;

function binary(op: string, l: Expr, r: Expr, env: Env): Value {
  if (op === 'AND' || op === 'OR' || op === 'XOR') {
    const a = evaluate(l, env);
    if (op === 'AND' && a === false) return false;
    if (op === 'OR' && a === true) return true;
    const b = evaluate(r, env);
    if (op === 'AND') return b === false ? false : a === null || b === null ? null : truthy(a) && truthy(b);
    if (op === 'OR') return b === true ? true : a === null || b === null ? null : truthy(a) || truthy(b);
    return a === null || b === null ? null : truthy(a) !== truthy(b);
  }
  const a = evaluate(l, env);
  const b = evaluate(r, env);
  if (a === null || b === null) return null;
  switch (op) {
    case '=':
      return valuesEqual(a, b);
    case '<>':
      return !valuesEqual(a, b);
    case '<':
    case '>':
    case '<=':
    case '>=': {
      if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string')) return null;
      const c = a < b ? -1 : a > b ? 1 : 0;
      return op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
    }
    case '=~':
      return typeof a === 'string' && typeof b === 'string' ? regex(b).test(a) : null;
    case 'CONTAINS':
      return typeof a === 'string' && typeof b === 'string' ? a.includes(b) : null;
    case 'STARTS WITH':
      return typeof a === 'string' && typeof b === 'string' ? a.startsWith(b) : null;
    case 'ENDS WITH':
      return typeof a === 'string' && typeof b === 'string' ? a.endsWith(b) : null;
    case 'IN':
      return Array.isArray(b) ? b.some((x) => valuesEqual(a, x)) : null;
  }
  return null;
}

function call(e: Extract<Expr, { kind: 'call' }>, env: Env): Value {
  const args = e.args.map((a) => evaluate(a, env));
  const v = args[0] ?? null;
  switch (e.name) {
    case 'type':
      return isRef(v) && 'edge' in v ? env.graph.getEdgeAttribute(v.edge, 'predicate') : null;
    case 'id':
      return isRef(v) ? ('node' in v ? v.node : v.edge) : null;
    case 'labels':
      return isRef(v) && 'node' in v ? [String(env.graph.getNodeAttribute(v.node, 'type'))] : null;
    case 'size':
      return typeof v === 'string' || Array.isArray(v) ? v.length : null;
    case 'tolower':
      return typeof v === 'string' ? v.toLowerCase() : null;
    case 'toupper':
      return typeof v === 'string' ? v.toUpperCase() : null;
    case 'coalesce':
      return args.find((a) => a !== null) ?? null;
    case 'startnode':
      return isRef(v) && 'edge' in v ? { node: env.graph.source(v.edge) } : null;
    case 'endnode':
      return isRef(v) && 'edge' in v ? { node: env.graph.target(v.edge) } : null;
  }
  throw new QueryError(`${e.name}() at column ${e.column} is only allowed as a RETURN item`);
}

function valuesEqual(a: Value | Literal, b: Value | Literal): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]!));
  }
  if (isRef(a as Value) || isRef(b as Value) || isKeyRef(a as Value) || isKeyRef(b as Value)) return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

function compareValues(graph: NewsGraph, a: Value, b: Value): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const x = typeof a === 'object' ? sortText(toCell(graph, a)) : a;
  const y = typeof b === 'object' ? sortText(toCell(graph, b)) : b;
  if (typeof x === typeof y) return x < y ? -1 : x > y ? 1 : 0;
  return typeof x < typeof y ? -1 : 1;
}

const sortText = (c: Cell): string | number | boolean =>
  c === null ? '' : Array.isArray(c) ? c.map((x) => (typeof x === 'string' ? x : x.label)).join(', ') : typeof c === 'object' ? c.label : c;

/**
 * Nodes show as their label, relationships as their predicate, lists as lists of strings; node keys read from
 * edge attributes become node references (label for people, key for programs).
 */
function toCell(graph: NewsGraph, v: Value): Cell {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    if (v.length && v.every((x) => isKeyRef(x))) return (v as KeyRef[]).map((x) => ({ key: x.key, label: nodeLabel(graph, x.key) }));
    return v.map((x) => {
      const c = toCell(graph, x);
      return typeof c === 'string' ? c : String(sortText(c));
    });
  }
  if (isKeyRef(v)) return { key: v.key, label: nodeLabel(graph, v.key) };
  return 'node' in v ? (graph.getNodeAttribute(v.node, 'label') ?? v.node) : String(graph.getEdgeAttribute(v.edge, 'predicate'));
}
