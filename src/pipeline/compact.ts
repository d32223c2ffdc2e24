// The mentions the main thread keeps of the worker threads' results (src/parallel/), held compactly: a message from
// a worker arrives as a structured clone, in which every string is a copy of its own (a document's id once per
// mention, "Person" and "name" once per name of the corpus). Here each string is replaced by the one copy of its
// value in the build's string table (src/pipeline/packed.ts, which packs the tokens, sentences and trees), with the
// same properties in the same order: nothing that reads them can tell the difference.
import type { Mention } from './types.js';

/** One copy of each string value: `intern(s)` is the first string equal to `s` it was given. */
export type Interner = (s: string) => string;

/** Mentions with shared strings, in place (the same properties in the same order). */
export function compactMentions(mentions: Mention[], intern: Interner): Mention[] {
  for (const m of mentions) {
    const record = m as unknown as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const v = record[key];
      if (typeof v === 'string') record[key] = intern(v);
    }
  }
  return mentions;
}
