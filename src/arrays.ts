// Array helpers that work at any size. `target.push(...items)` and `Math.max(...values)` pass every item as an
// argument on the call stack, which overflows ("Maximum call stack size exceeded") somewhere past 100,000
// items: a single large article has that many mentions. These loop instead.

/** Appends every item of `items` to `target` (what `target.push(...items)` does, for any length). */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
  return target;
}

/** The largest of `values`, or `empty` when there are none (Math.max(...values) for any length). */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max = empty;
  let first = true;
  for (const v of values) {
    if (first || v > max) max = v;
    first = false;
  }
  return max;
}
