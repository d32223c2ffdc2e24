// The benchmark sections, in the order `npm run bench` runs them.
import { corpusBench } from './corpus-build.js';
import { exportBench } from './export.js';
import { extractBench } from './extract.js';
import { largeBench } from './large.js';
import { nerBench } from './ner.js';
import { querySection } from './query.js';
import { syntaxBench } from './syntax.js';
import type { BenchSection } from './section.js';
import { viewerBench } from './viewer.js';

export const sections: BenchSection[] = [extractBench, largeBench, corpusBench, nerBench, syntaxBench, querySection, viewerBench, exportBench];
