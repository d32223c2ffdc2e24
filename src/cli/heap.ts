// How far V8 lets the heap grow past what a build holds. After each full collection V8 lets the heap grow to a
// multiple of what survived before collecting again, and on a machine with a large heap limit that multiple goes up
// to 4: a build holding 1.5 GB could take the rest of the limit (about 4 GB on a 23 GB machine) in garbage before
// collecting it (README "Memory of a 50 MB feed"). The CLI holds the growth to half of what survived instead. It
// caps nothing: a larger corpus still gets the whole heap limit, with more frequent collections. A
// --heap-growing-percent given on the command line or in NODE_OPTIONS is left as given.
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

/** Sets V8's heap growing factor to 1 + HEAP_GROWING_PERCENT/100, unless the process was given one. */
export function moderateHeapGrowth(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  const given = (s: string) => /--heap[-_]growing[-_]percent/.test(s);
  if (execArgv.some(given) || given(nodeOptions)) return false;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  return true;
}
