// Why this file exists: graphology (0.26) keeps each node's neighbours in plain objects keyed by the neighbour's
// node key (`{}` in its NodeData). V8 gives a plain object a new hidden class for every property name added to
// it, so with 100,000 distinct node keys adding 300,000 edges spends most of its time creating and searching
// hidden-class transitions (npm run bench: importing the query graph's edges took about 1.5 times as long).
// An object put into dictionary mode before its first key skips all of that; lookups and for-in stay cheap.
// No option of graphology's does this, so it is done here, on graphology's private node records: guarded, so
// that if a future graphology stores them differently nothing changes and graphs are only slower.
import type { AbstractGraph } from 'graphology-types';

interface NodeRecord {
  in?: unknown;
  out?: unknown;
}

/** An ordinary object (Object.prototype, so hasOwnProperty works) that V8 keeps in dictionary mode. */
const dictionaryObject = (): Record<string, unknown> => Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, unknown>;

const isEmptyObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const _ in value) return false;
  return true;
};

/**
 * From now on every node added to `graph` gets dictionary-mode adjacency objects. Call it on an empty graph;
 * it changes speed only, never what the graph holds.
 */
export function useDictionaryAdjacency(graph: AbstractGraph): void {
  const records = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(records instanceof Map)) return;
  graph.on('nodeAdded', ({ key }: { key: string }) => {
    const record = records.get(key) as NodeRecord | undefined;
    // a brand-new node has empty `in` and `out` objects; anything else means the internals changed: leave them
    if (!record || !isEmptyObject(record.in) || !isEmptyObject(record.out)) return;
    record.in = dictionaryObject();
    record.out = dictionaryObject();
  });
}
