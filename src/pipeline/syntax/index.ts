// Stage: syntax. Each sentence's tokens become Universal Dependencies words (words.ts), tagged with their
// universal part of speech and Penn tag (tagger.ts), lemmatised (lemma.ts) and parsed into a basic dependency tree
// (parser.ts, transitions.ts), every word keeping its exact character offsets. The model is trained in the
// project on UD English-EWT by train.ts (npm run train:syntax), committed beside this file and loaded on first
// use.
import { packageFile } from '../../paths.js';
import { QUOTE_MARKS, splitSentences, tokenize, type Sentence, type Token } from '../text/tokenize.js';
import { UPOS, type Upos } from './lexical.js';
import { loadSyntaxModel, type SyntaxModel } from './model.js';
import { tagSentence } from './tagger.js';
import { parseTagged, type Tree } from './tree.js';
import { syntaxWords, type SyntaxWord } from './words.js';

export { TREEBANK_CREDIT, VECTORS_CREDIT, type SyntaxModel } from './model.js';
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

/** Tags, lemmatises and parses one sentence's words; words flagged in `names` are proper nouns, untagged. */
export function analyzeWords(
  words: readonly SyntaxWord[],
  model: SyntaxModel = syntaxModel(),
  names?: readonly boolean[],
  /** tags to take instead of the tagger's (evaluation with the treebank's tags) */
  given?: ReadonlyArray<{ upos: string; xpos: string }>,
): ParsedWord[] {
  const n = words.length;
  if (n === 0) return [];
  const infos = words.map((w) => model.lexicon.info(w.form));
  if (tagBuffer.length < n) tagBuffer = new Uint8Array(n * 2);
  const tagSet = model.tagSet;
  if (given) for (let i = 0; i < n; i++) tagBuffer[i] = tagSet.of(given[i]!.upos, given[i]!.xpos);
  else {
    const propn = tagSet.of('PROPN', 'NNP');
    tagSentence(model.tagger, infos, tagBuffer, names && ((i) => (names[i] ? propn : -1)));
  }
  if (tree.heads.length < n + 1) {
    tree.heads = new Int32Array((n + 1) * 2);
    tree.labels = new Int32Array((n + 1) * 2);
  }
  parseTagged(model.parser, infos, tagBuffer, tree);
  const labels = model.parser.labelNames;
  const out: ParsedWord[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const uposIndex = tagSet.upos[tagBuffer[i]!]!;
    const upos = UPOS[uposIndex]!;
    const word: ParsedWord = {
      form: w.form,
      start: w.start,
      end: w.end,
      token: w.token,
      upos,
      lemma: model.lemma(infos[i]!, w.form, uposIndex),
      head: tree.heads[i + 1]! - 1,
      deprel: labels[tree.labels[i + 1]!]!,
    };
    if (w.fused) word.fused = true;
    out[i] = word;
  }
  return out;
}

/** A span of characters to be read as one word: a name of several words. */
export interface NameSpan {
  start: number;
  end: number;
}

/**
 * Parses the sentences of a tokenised document. Names given in `names` are proper nouns, and a name of several
 * words is parsed as one word (the parser learnt from web text, where multi-word names of news are rare), then
 * written back as Universal Dependencies writes names: the first word takes the name's head and relation, the
 * others hang on it as `flat`.
 */
export function analyzeSyntax(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  model: SyntaxModel = syntaxModel(),
  names: readonly NameSpan[] = [],
): ParsedSentence[] {
  return analyzeSomeSyntax(tokens, sentences, () => true, model, names) as ParsedSentence[];
}

/** analyzeSyntax for the sentences `wanted` picks; the others are left undefined. */
export function analyzeSomeSyntax(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  wanted: (sentence: number) => boolean,
  model: SyntaxModel = syntaxModel(),
  names: readonly NameSpan[] = [],
): Array<ParsedSentence | undefined> {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  let next = 0;
  return sentences.map((s, index) => {
    if (!wanted(index)) return undefined;
    const words = syntaxWords(tokens, s.firstToken, s.lastToken);
    while (next < sorted.length && sorted[next]!.end <= s.start) next++;
    const groups: number[] = []; // for each word, the index of the first word of its name (or itself)
    const inAName: boolean[] = [];
    let k = next;
    for (let i = 0; i < words.length; i++) {
      while (k < sorted.length && sorted[k]!.end <= words[i]!.start) k++;
      const name = sorted[k];
      const inName = !!name && words[i]!.start >= name.start && words[i]!.end <= name.end;
      inAName.push(inName);
      groups.push(inName && i > 0 && groups[i - 1] !== undefined && words[i - 1]!.start >= name.start ? groups[i - 1]! : i);
    }
    const quoted = scareQuotes(words);
    // a name of one word is tagged a proper noun, not guessed
    if (quoted.size === 0 && groups.every((g, i) => g === i))
      return { start: s.start, end: s.end, words: analyzeWords(words, model, inAName.some(Boolean) ? inAName : undefined) };
    // one word per name: its last word's form gives the features ("Scholz" of "Olaf Scholz")
    const heads = [...new Set(groups.filter((_, i) => !quoted.has(i)))];
    const position = new Map(heads.map((h, j) => [h, j]));
    const merged = heads.map((h) => {
      let last = h;
      while (last + 1 < words.length && groups[last + 1] === h) last++;
      return { ...words[last]!, start: words[h]!.start, token: words[h]!.token };
    });
    const parsed = analyzeWords(
      merged,
      model,
      heads.map((h) => inAName[h]!),
    );
    return {
      start: s.start,
      end: s.end,
      words: words.map((w, i): ParsedWord => {
        const g = groups[i]!;
        const quotes = quoted.get(i);
        if (quotes !== undefined)
          return { form: w.form, start: w.start, end: w.end, token: w.token, upos: 'PUNCT', lemma: w.form, head: groups[quotes]!, deprel: 'punct' };
        const p = parsed[position.get(g)!]!;
        if (g !== i) return { form: w.form, start: w.start, end: w.end, token: w.token, upos: 'PROPN', lemma: w.form, head: g, deprel: 'flat' };
        const word: ParsedWord = {
          form: w.form,
          start: w.start,
          end: w.end,
          token: w.token,
          upos: p.upos,
          lemma: p.upos === 'PROPN' ? w.form : p.lemma,
          head: p.head < 0 ? -1 : heads[p.head]!,
          deprel: p.deprel,
        };
        if (w.fused) word.fused = true;
        return word;
      }),
    };
  });
}

/** the longest quotation, in words, read as scare quotes */
const SCARE_QUOTE_WORDS = 4;

/**
 * The quotation marks around a few words in lower case quoted inside a phrase ('threatened "harsh" sanctions',
 * 'called the remarks "irresponsible"'), each mark with the quoted word it belongs to (the first for an opening
 * mark, the last for a closing one). The parser learnt from web text, where such quotes are rare, and reads
 * '"harsh"' as a noun; the marks are left out of the parse and hung on the quoted words. A quotation holding
 * punctuation is speech, and stays.
 */
function scareQuotes(words: readonly SyntaxWord[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < words.length; i++) {
    if (!QUOTE_MARKS.has(words[i]!.form)) continue;
    let j = i + 1;
    // (words and the hyphens inside them: "political-military system")
    while (j < words.length && j - i - 1 <= SCARE_QUOTE_WORDS + 2 && /^[\p{L}\p{N}-]/u.test(words[j]!.form)) j++;
    const quoted = words.slice(i + 1, j).filter((w) => w.form !== '-').length;
    if (j >= words.length || !QUOTE_MARKS.has(words[j]!.form) || quoted === 0 || quoted > SCARE_QUOTE_WORDS) continue;
    // (a quotation opening with a capital may be a name or a phrase of its own: 'called the Netherlands "Nazi
    // remnants"', where the marks keep the two noun phrases apart)
    if (!/^\p{Ll}/u.test(words[i + 1]!.form)) continue;
    out.set(i, i + 1);
    out.set(j, j - 1);
    i = j;
  }
  return out;
}

/** Tokenises, splits and parses a text: the library's `parse(text)`. */
export function parse(text: string, model: SyntaxModel = syntaxModel()): ParsedSentence[] {
  const tokens = tokenize(text);
  return analyzeSyntax(tokens, splitSentences(text, tokens), model);
}
