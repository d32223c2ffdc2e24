import { fileURLToPath } from 'node:url';

// This file is src/paths.ts when run by vitest and dist/paths.js when compiled: either way the package root
// is one directory up. Data files committed under src/ (models, word lists) are read from there at run time.
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Absolute path of a file committed in the package, e.g. packageFile('src/lexicon/data/roles.json'). */
export const packageFile = (relative: string) => fileURLToPath(new URL(relative, new URL('..', import.meta.url)));
