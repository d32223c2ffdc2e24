// Stage: syntax. Each sentence's tokens become Universal Dependencies words (words.ts), tagged with their
// universal part of speech (tagger.ts), lemmatised (lemma.ts) and parsed into a basic dependency tree
// (parser.ts, transitions.ts), every word keeping its exact character offsets. The model is trained in the
// project on UD English-EWT by train.ts (npm run train:syntax), committed beside this file and loaded on first
// use.
import { packageFile } from '../../paths.js';
import { splitSentences, tokenize, type Sentence, type Token } from '../text/tokenize.js';
import { UPOS, type Upos } from './lexical.js';
import { loadSyntaxModel, type SyntaxModel } from './model.js';
import { tagWords } from './tagger.js';
import { parseTagged, type Tree } from './tree.js';
import { syntaxWords, type SyntaxWord } from './words.js';

export { TREEBANK_CREDIT, type SyntaxModel } from './model.js';
export type { SyntaxWord } from './words.js';

export const SYNTAX_MODEL_PATH = 'src/pipeline/syntax/syntax-model.gz';

/** A word of a parsed sentence. */
export interface ParsedWord extends SyntaxWord {
  upos: Upos;
  lemma: string;
  /** index of the head word in the sentence's words, -1 for the root */
  head: number;
  /** Universal Dependencies relation to the head ("nsubj", "obl:agent", "root", …) */
  deprel: string;
}

export interface ParsedSentence {
  /** character offsets of the sentence in the document */
  start: number;
  end: number;
  words: ParsedWord[];
}

let defaultModel: SyntaxModel | undefined;

/** The committed model, loaded once. */
export function syntaxModel(): SyntaxModel {
  defaultModel ??= loadSyntaxModel(packageFile(SYNTAX_MODEL_PATH));
  return defaultModel;
}

let tagBuffer = new Uint8Array(256);
const tree: Tree = { heads: new Int32Array(256), labels: new Int32Array(256) };

/** Tags, lemmatises and parses one sentence's words. */
export function analyzeWords(words: readonly SyntaxWord[], model: SyntaxModel = syntaxModel()): ParsedWord[] {
  const n = words.length;
  if (n === 0) return [];
  const infos = words.map((w) => model.lexicon.info(w.form));
  if (tagBuffer.length < n) tagBuffer = new Uint8Array(n * 2);
  tagWords(model.tagger, infos, tagBuffer);
  if (tree.heads.length < n + 1) {
    tree.heads = new Int32Array((n + 1) * 2);
    tree.labels = new Int32Array((n + 1) * 2);
  }
  parseTagged(model.parser, infos, tagBuffer, tree);
  const labels = model.parser.labelNames;
  const out: ParsedWord[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const upos = UPOS[tagBuffer[i]!]!;
    const word: ParsedWord = { form: w.form, start: w.start, end: w.end, token: w.token, upos, lemma: model.lemma(w.form, upos), head: tree.heads[i + 1]! - 1, deprel: labels[tree.labels[i + 1]!]! };
    if (w.fused) word.fused = true;
    out[i] = word;
  }
  return out;
}

/** Parses the sentences of a tokenised document. */
export function analyzeSyntax(tokens: readonly Token[], sentences: readonly Sentence[], model: SyntaxModel = syntaxModel()): ParsedSentence[] {
  return sentences.map((s) => ({ start: s.start, end: s.end, words: analyzeWords(syntaxWords(tokens, s.firstToken, s.lastToken), model) }));
}

/** Tokenises, splits and parses a text: the library's `parse(text)`. */
export function parse(text: string, model: SyntaxModel = syntaxModel()): ParsedSentence[] {
  const tokens = tokenize(text);
  return analyzeSyntax(tokens, splitSentences(text, tokens), model);
}
