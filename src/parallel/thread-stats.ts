// What one thread has spent: its CPU seconds (Linux, /proc/thread-self) and the time its isolate's garbage
// collector paused it. The extraction benchmark reads them in the main thread and in each worker, so the CPU of
// a build over workers can be told apart by thread (process.cpuUsage counts every thread together, V8's helper
// threads that collect garbage concurrently among them).
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

export interface ThreadStats {
  /** CPU seconds this thread has run, or undefined where /proc/thread-self is absent */
  cpuSeconds?: number;
  /** milliseconds of garbage collection pauses on this thread since gcWatch was called, by kind */
  gcMs: { minor: number; major: number; other: number };
  /** how many collections paused it */
  gcCount: number;
  /** the young generation's size now, MB */
  youngMb: number;
}

const gc = { minor: 0, major: 0, other: 0, count: 0 };
let watching = false;

/** Starts counting this thread's collections (once per thread; later calls do nothing). */
export function gcWatch(): void {
  if (watching) return;
  watching = true;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      // perf_hooks' gc kinds: 1 minor (scavenge), 2 major (mark-compact), 4 incremental, 8 weak callbacks
      const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      if (kind === 1) gc.minor += e.duration;
      else if (kind === 2) gc.major += e.duration;
      else gc.other += e.duration;
      gc.count++;
    }
  }).observe({ entryTypes: ['gc'] });
}

export function threadStats(): ThreadStats {
  let cpuSeconds: number | undefined;
  try {
    cpuSeconds = Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e9;
  } catch {
    cpuSeconds = undefined;
  }
  return {
    ...(cpuSeconds === undefined ? {} : { cpuSeconds }),
    gcMs: { minor: gc.minor, major: gc.major, other: gc.other },
    gcCount: gc.count,
    youngMb: getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size / 1e6,
  };
}
