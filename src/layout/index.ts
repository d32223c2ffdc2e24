// ForceAtlas2 positions for a graph, computed once by the build and stored as node x/y so every viewer starts
// from the same picture. Deterministic: initial positions come from a hash of each node key (not Math.random),
// settings from inferSettings (see layoutSettings) and the iteration count from the graph's order.
import * as fa2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { maxOf } from '../arrays.js';

// The package is CommonJS whose module.exports is the layout function: both Node and Vite expose it as `default`.
type ForceAtlas2 = typeof import('graphology-layout-forceatlas2')['default'];
const forceAtlas2 = (fa2Module as unknown as { default: ForceAtlas2 }).default;
const inferSettings = forceAtlas2.inferSettings;

export interface Position {
  x: number;
  y: number;
}

export type LayoutMapping = Record<string, Position>;

export interface LayoutOptions {
  /** ForceAtlas2 iterations; default: layoutIterations(graph.order) */
  iterations?: number;
  /** overrides merged over inferSettings(graph) */
  settings?: ForceAtlas2Settings;
}

/** Fewer iterations on large graphs: Barnes-Hut steps cost O(n log n) and big graphs settle coarsely anyway. */
export function layoutIterations(order: number): number {
  if (order <= 300) return 500;
  if (order <= 2_000) return 200;
  if (order <= 10_000) return 100;
  return 50;
}

/**
 * inferSettings (strong gravity, gravity 0.05, Barnes-Hut above 2,000 nodes), except: Barnes-Hut from 300 nodes
 * (exact repulsion is O(n²) a step), and on small graphs gravity 1, which keeps entities without relations near
 * the rest instead of at the edge of the picture, where they shrink everything else when the view is framed.
 */
export function layoutSettings(graph: AbstractGraph): ForceAtlas2Settings {
  return { ...inferSettings(graph), ...(graph.order > 300 ? { barnesHutOptimize: true } : { gravity: 1 }) };
}

/** 32-bit FNV-1a: a stable number from a node key. */
function hashKey(key: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Seeded starting positions: each node at a point of a disc chosen by its key, so adding a node moves no other. */
export function initialPositions(keys: readonly string[]): LayoutMapping {
  const radius = 10 * Math.sqrt(Math.max(keys.length, 1));
  const out: LayoutMapping = {};
  for (const key of keys) {
    const angle = (hashKey(key, 1) / 2 ** 32) * 2 * Math.PI;
    const r = radius * Math.sqrt(hashKey(key, 2) / 2 ** 32);
    out[key] = { x: r * Math.cos(angle), y: r * Math.sin(angle) };
  }
  return out;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * ForceAtlas2 positions for every node of `graph`; the graph itself is not modified. Entities without any
 * relation take no part in it: scattered among the connected ones they read as neighbours of whatever they
 * land beside, so they are set apart in rows below the picture (see isolatedPositions).
 */
export function computeLayout(graph: AbstractGraph, options: LayoutOptions = {}): LayoutMapping {
  if (graph.order === 0) return {};
  const isolated = graph.filterNodes((key) => graph.degree(key) === 0);
  const start = initialPositions(graph.filterNodes((key) => graph.degree(key) > 0));
  // a bare copy holding only positions and edges, so the caller's attributes are never touched
  const work = new MultiDirectedGraph<Position>();
  graph.forEachNode((key) => void (graph.degree(key) > 0 && work.addNode(key, start[key])));
  graph.forEachEdge((_edge, _attrs, source, target) => {
    work.addEdge(source, target);
  });
  const out: LayoutMapping = {};
  if (work.order) {
    const settings = { ...layoutSettings(work), ...options.settings };
    const iterations = options.iterations ?? layoutIterations(work.order);
    const result = forceAtlas2(work, { iterations, settings, getEdgeWeight: null });
    for (const key of Object.keys(result)) {
      const p = result[key]!;
      if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) throw new Error(`layout: node ${key} got a non-finite position`);
      out[key] = { x: round(p.x), y: round(p.y) };
    }
  }
  Object.assign(out, isolatedPositions(isolated, out));
  return out;
}

/**
 * Positions for nodes without relations: a grid of rows below the laid-out nodes (`placed`), as wide as
 * they are, in key order, one typical node spacing apart; on their own, a square grid.
 */
export function isolatedPositions(keys: readonly string[], placed: LayoutMapping): LayoutMapping {
  const out: LayoutMapping = {};
  if (!keys.length) return out;
  const points = Object.values(placed);
  let [minX, maxX, minY, maxY] = [0, 0, 0, 0];
  if (points.length) {
    [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const p of points) {
      if (p.x < minX) minX = p.x;
      if (p.x > maxX) maxX = p.x;
      if (p.y < minY) minY = p.y;
      if (p.y > maxY) maxY = p.y;
    }
  }
  const width = maxX - minX;
  const height = maxY - minY;
  // spacing: what each laid-out node has to itself, so the grid reads at the same density; rows closer than
  // columns, since names run sideways
  const spacing = points.length > 1 && width > 0 && height > 0 ? Math.sqrt((width * height) / points.length) : 10;
  const columns = Math.max(1, points.length > 1 && width > 0 ? Math.floor(width / spacing) + 1 : Math.ceil(Math.sqrt(keys.length)));
  const rowSpacing = spacing / 2;
  // graph y grows upwards in sigma: "below" is smaller y; a gap of one column's width separates the grid
  const top = points.length ? minY - spacing : 0;
  [...keys].sort().forEach((key, i) => {
    out[key] = { x: round(minX + (i % columns) * spacing), y: round(top - Math.floor(i / columns) * rowSpacing) };
  });
  return out;
}

/** Writes ForceAtlas2 positions into the graph's node attributes `x` and `y` (as layout.assign does in graphology). */
export function assignLayout<G extends AbstractGraph>(graph: G, options: LayoutOptions = {}): void {
  const positions = computeLayout(graph, options);
  graph.forEachNode((key) => {
    const p = positions[key]!;
    graph.mergeNodeAttributes(key, { x: p.x, y: p.y });
  });
}

/**
 * Positions for the nodes of a graph that have none, leaving every placed node where it is (`newsgraph add`):
 * a node next to placed ones goes near the middle of them, at a distance and angle drawn from its key; nodes
 * reached only through new ones follow, pass by pass; a new group of related entities with no placed member
 * is laid out on its own (ForceAtlas2) and set beside the picture; new entities without relations join the
 * rows below it. Returns the keys placed.
 */
export function placeNewNodes<G extends AbstractGraph>(graph: G): string[] {
  const position = (key: string): Position | undefined => {
    const a = graph.getNodeAttributes(key) as Partial<Position>;
    return typeof a.x === 'number' && typeof a.y === 'number' ? { x: a.x, y: a.y } : undefined;
  };
  let waiting = graph.filterNodes((key) => !position(key)).sort();
  const placedKeys = [...waiting];
  if (!waiting.length) return [];
  const placed: LayoutMapping = {};
  graph.forEachNode((key) => {
    const p = position(key);
    if (p) placed[key] = p;
  });
  const points = Object.values(placed);
  const spacing = typicalSpacing(points);
  // near placed neighbours, pass by pass
  for (;;) {
    const now: LayoutMapping = {};
    for (const key of waiting) {
      const around = graph.neighbors(key).filter((n) => placed[n]);
      if (!around.length) continue;
      const cx = around.reduce((s, n) => s + placed[n]!.x, 0) / around.length;
      const cy = around.reduce((s, n) => s + placed[n]!.y, 0) / around.length;
      const angle = (hashKey(key, 3) / 2 ** 32) * 2 * Math.PI;
      const r = spacing * (0.5 + (hashKey(key, 4) / 2 ** 32) * 0.5);
      now[key] = { x: round(cx + r * Math.cos(angle)), y: round(cy + r * Math.sin(angle)) };
    }
    if (!Object.keys(now).length) break;
    Object.assign(placed, now);
    waiting = waiting.filter((k) => !now[k]);
  }
  // new groups among themselves: their own layout, to the right of the picture
  const grouped = waiting.filter((k) => graph.degree(k) > 0);
  if (grouped.length) {
    const sub = new MultiDirectedGraph<Position>();
    for (const k of grouped) sub.addNode(k);
    graph.forEachEdge((_e, _a, s, t) => {
      if (sub.hasNode(s) && sub.hasNode(t)) sub.addEdge(s, t);
    });
    const own = computeLayout(sub);
    const xs = Object.values(placed).map((p) => p.x);
    const right = xs.length ? maxOf(xs) + 2 * spacing : 0;
    const shift = right + maxOf(Object.values(own).map((p) => -p.x));
    for (const k of grouped) placed[k] = { x: round(own[k]!.x + shift), y: own[k]!.y };
  }
  Object.assign(
    placed,
    isolatedPositions(
      waiting.filter((k) => graph.degree(k) === 0),
      placed,
    ),
  );
  for (const key of placedKeys) graph.mergeNodeAttributes(key, placed[key]!);
  return placedKeys;
}

function typicalSpacing(points: Position[]): number {
  if (points.length < 2) return 10;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.x > maxX) maxX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.y > maxY) maxY = p.y;
  }
  const area = (maxX - minX) * (maxY - minY);
  return area > 0 ? Math.sqrt(area / points.length) : 10;
}
