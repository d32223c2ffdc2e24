// The benchmark sections, in the order `npm run bench` runs them.
import type { BenchSection } from './section.js';

export const sections: BenchSection[] = [];
