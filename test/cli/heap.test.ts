// The CLI holds V8's heap growth to half of what survives a collection, unless told otherwise (src/cli/heap.ts).
import { describe, expect, it } from 'vitest';
import { moderateHeapGrowth } from '../../src/cli/heap.js';

describe('moderateHeapGrowth', () => {
  it('leaves a growth given on the command line or in NODE_OPTIONS as given', () => {
    expect(moderateHeapGrowth(['--heap-growing-percent=20'], '')).toBe(false);
    expect(moderateHeapGrowth([], '--max-old-space-size=4096 --heap_growing_percent=30')).toBe(false);
  });
});
