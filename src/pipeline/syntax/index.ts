// Stage: syntax. Each sentence's tokens become Universal Dependencies words (words.ts), tagged with their
// universal part of speech (tagger.ts), lemmatised (lemma.ts) and parsed into a basic dependency tree
// (parser.ts, transitions.ts), every word keeping its exact character offsets. The model is trained in the
// project on UD English-EWT by train.ts (npm run train:syntax), committed beside this file and loaded on first
// use.
import { packageFile } from '../../paths.js';
import { splitSentences, tokenize, type Sentence, type Token } from '../text/tokenize.js';
import { UPOS, type Upos, type WordInfo } from './lexical.js';
import { lemmatize } from './lemma.js';
import { loadSyntaxModel, type SyntaxModel } from './model.js';
import { parseSentence, type ParserInput } from './parser.js';
import { tagWords } from './tagger.js';
import { ParseState } from './transitions.js';
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

// Buffers reused from sentence to sentence.
const state = new ParseState();
let tagBuffer = new Uint8Array(256);
const input: ParserInput = { n: 0, word: new Int32Array(256), tag: new Int32Array(256), cluster: new Int32Array(256), suffix: new Int32Array(256) };

/** Fills the parser's view of a sentence (index 0 the root) from word facts and tags. */
export function parserInput(infos: readonly WordInfo[], tags: ArrayLike<number>, into: ParserInput = input): ParserInput {
  const n = infos.length;
  if (into.word.length < n + 1) {
    const size = (n + 1) * 2;
    into.word = new Int32Array(size);
    into.tag = new Int32Array(size);
    into.cluster = new Int32Array(size);
    into.suffix = new Int32Array(size);
  }
  into.n = n;
  for (let i = 0; i < n; i++) {
    const w = infos[i]!;
    into.word[i + 1] = w.lower | 0;
    into.tag[i + 1] = tags[i]! + 1;
    into.cluster[i + 1] = w.cluster;
    into.suffix[i + 1] = w.suffix[2] | 0;
  }
  return into;
}

/** Tags, lemmatises and parses one sentence's words. */
export function analyzeWords(words: readonly SyntaxWord[], model: SyntaxModel = syntaxModel()): ParsedWord[] {
  const n = words.length;
  if (n === 0) return [];
  const infos = words.map((w) => model.lexicon.info(w.form));
  if (tagBuffer.length < n) tagBuffer = new Uint8Array(n * 2);
  tagWords(model.tagger, infos, tagBuffer);
  const st = parseSentence(model.parser, parserInput(infos, tagBuffer), state);
  const labels = model.parser.labelNames;
  return words.map((w, i) => {
    const upos = UPOS[tagBuffer[i]!]!;
    return { ...w, upos, lemma: lemmatize(w.form, upos, model.lemmas), head: st.heads[i + 1]! - 1, deprel: labels[st.labels[i + 1]!]! };
  });
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
