// ForceAtlas2 positions for a graph, computed once by the build and stored as node x/y so every viewer starts
// from the same picture. Deterministic: initial positions come from a hash of each node key (not Math.random),
// settings from inferSettings (see layoutSettings) and the iteration count from the graph's order.
import * as fa2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';

// The package is CommonJS whose module.exports is the layout function: both Node and Vite expose it as `default`.
type ForceAtlas2 = (typeof import('graphology-layout-forceatlas2'))['default'];
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
