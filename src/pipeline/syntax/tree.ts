// A tagged sentence → its dependency tree. Shared by the stage (index.ts) and by training, so what is scored on
// dev is exactly what runs.
import type { WordInfo } from './lexical.js';
import { parseSentence, ROOT_WORD, type ParserInput, type ParserModels } from './parser.js';
import { ParseState } from './transitions.js';

export const emptyParserInput = (): ParserInput => ({
  n: 0,
  word: new Int32Array(64),
  tag: new Int32Array(64),
  upos: new Int32Array(64),
  fine: false,
  cluster: new Int32Array(64),
  suffix: new Int32Array(64),
});

/**
 * The parser's view of a sentence: words 1..n from their facts and tags, the root n + 1. `uposOf` maps a fine tag
 * to its universal one; undefined when the tags are universal tags.
 */
export function parserInputOf(
  infos: readonly WordInfo[],
  tags: ArrayLike<number>,
  uposOf: Uint8Array | undefined,
  into: ParserInput = emptyParserInput(),
): ParserInput {
  const n = infos.length;
  if (into.word.length < n + 2) {
    const size = (n + 2) * 2;
    into.word = new Int32Array(size);
    into.tag = new Int32Array(size);
    into.upos = new Int32Array(size);
    into.cluster = new Int32Array(size);
    into.suffix = new Int32Array(size);
  }
  into.n = n;
  into.fine = uposOf !== undefined;
  for (let i = 0; i < n; i++) {
    const w = infos[i]!;
    into.word[i + 1] = w.lower | 0;
    into.tag[i + 1] = tags[i]! + 1;
    into.upos[i + 1] = (uposOf ? uposOf[tags[i]!]! : tags[i]!) + 1;
    into.cluster[i + 1] = w.cluster;
    into.suffix[i + 1] = w.suffix[2] | 0;
  }
  into.word[n + 1] = ROOT_WORD;
  into.tag[n + 1] = 0;
  into.upos[n + 1] = 0;
  into.cluster[n + 1] = 0;
  into.suffix[n + 1] = 0;
  return into;
}

/** Heads and relation ids of a sentence's words 1..n, heads 1-based with 0 the root (index 0 unused). */
export interface Tree {
  heads: Int32Array;
  labels: Int32Array;
}

const state = new ParseState();
const input = emptyParserInput();

/** Parses a tagged sentence into `out` (arrays of at least n + 1). */
export function parseTagged(models: ParserModels, infos: readonly WordInfo[], tags: ArrayLike<number>, out: Tree): void {
  const n = infos.length;
  const st = parseSentence(models, parserInputOf(infos, tags, models.tagUpos, input), state);
  for (let i = 1; i <= n; i++) {
    const h = st.heads[i]!;
    out.heads[i] = h === n + 1 ? 0 : h;
    out.labels[i] = st.labels[i]!;
  }
}
