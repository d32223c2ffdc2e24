export interface BenchContext {
  /** prints a human-readable line (silent under --json) */
  log(line: string): void;
}

export interface BenchSection {
  /** the key of this section's figures in `npm run bench -- --json` */
  key: string;
  /** returns the figures, or undefined when the section was skipped (it logs why) */
  run(context: BenchContext): Promise<Record<string, unknown> | undefined>;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
