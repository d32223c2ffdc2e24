// The mentions the main thread keeps of the workers' results hold one copy of each string (src/pipeline/compact.ts):
// the same values in the same order.
import { describe, expect, it } from 'vitest';
import { recognizeDocument } from '../../src/index.js';
import { generateNewsText } from '../../src/bench/news-text.js';
import { compactMentions } from '../../src/pipeline/compact.js';
import { StringTable } from '../../src/pipeline/packed.js';
import type { SourceDocument } from '../../src/pipeline/types.js';

const doc: SourceDocument = { id: 'a', path: 'a', title: 'a', text: generateNewsText(3000, 7), sha256: 'a' };

describe('compact mentions', () => {
  it('keeps every value and key order of the mentions, with one copy of each string', () => {
    const { mentions } = structuredClone(recognizeDocument(doc));
    const strings = new StringTable();
    const before = JSON.stringify(mentions);
    const compact = compactMentions(mentions, strings.intern);
    expect(JSON.stringify(compact)).toBe(before);
    // the same value is the same string: the table gives back the first copy it was given
    const first = compact[0]!;
    expect(strings.intern(`${first.doc}`)).toBe(first.doc);
    expect(compact.every((m) => m.doc === first.doc)).toBe(true);
  });
});
