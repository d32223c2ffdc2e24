// The project's tokens → Universal Dependencies syntactic words. The tokeniser keeps what the name recogniser
// was trained on (CoNLL-2003 writes "al-Assad" and "don't" as one token); UD English splits clitics and most
// hyphenated compounds. Rather than change the tokens under the recogniser, each token is cut here into its
// words, every word keeping exact character offsets and the index of the token it came from.
import { FUSED_WORDS, HYPHEN_PREFIXES, TRAILING_CLITICS } from '../../lexicon/word-splitting.js';
import type { Token } from '../text/tokenize.js';

export interface SyntaxWord {
  form: string;
  /** character offsets in the document, end exclusive */
  start: number;
  end: number;
  /** index of the token the word belongs to */
  token: number;
  /** the word is one of several spelt as one surface token ("do" of "don't"): a CoNLL-U multiword token */
  fused?: boolean;
}

const APOSTROPHES = /['’]/;
const LETTER = /\p{L}/u;

/** Where a token splits into words, as offsets inside the token (empty: it is one word). */
export function wordBreaks(text: string): number[] {
  return fusedBreaks(text) ?? hyphenBreaks(text);
}

/** Breaks inside a surface token that UD writes as a multiword token: clitics and fused forms; undefined if none. */
function fusedBreaks(text: string): number[] | undefined {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const fused = FUSED_WORDS.get(lower);
  if (fused !== undefined) return [fused];
  // a clitic at the end: "don't" → do|n't, "can't" → ca|n't, "we've" → we|'ve
  if (lower.length > 3 && lower.endsWith("n't") && LETTER.test(lower[lower.length - 4]!)) return [...(fusedBreaks(text.slice(0, -3)) ?? []), text.length - 3];
  if (APOSTROPHES.test(lower))
    for (const clitic of TRAILING_CLITICS)
      if (lower.length > clitic.length && lower.endsWith(clitic) && LETTER.test(lower[lower.length - clitic.length - 1]!))
        return [...(fusedBreaks(text.slice(0, -clitic.length)) ?? []), text.length - clitic.length];
  return undefined;
}

/** Web and e-mail addresses and dotted names ("www.smooth-on.com/p132", "alt.animals.open-forum"): one word. */
const ADDRESS = /^(?:https?:\/\/|www\.)|@|\p{L}\.\p{L}/u;

/** "al-Assad" → al|-|Assad; "anti-war" (bound prefix), "1996-08-22" (numbers) and addresses stay whole. */
function hyphenBreaks(text: string): number[] {
  const dash = text.indexOf('-');
  if (dash <= 0 || dash === text.length - 1 || !LETTER.test(text) || ADDRESS.test(text)) return [];
  if (HYPHEN_PREFIXES.has(text.slice(0, dash).toLowerCase())) return [];
  const breaks: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '-' || i === 0 || i === text.length - 1) continue;
    if (breaks[breaks.length - 1] !== i) breaks.push(i);
    breaks.push(i + 1);
  }
  return breaks;
}

/** The syntactic words of a run of tokens, in order. */
export function syntaxWords(tokens: readonly Token[], first = 0, last = tokens.length): SyntaxWord[] {
  const words: SyntaxWord[] = [];
  for (let t = first; t < last; t++) {
    const tok = tokens[t]!;
    const fused = fusedBreaks(tok.text);
    let from = 0;
    for (const cut of fused ?? hyphenBreaks(tok.text)) {
      words.push({ form: tok.text.slice(from, cut), start: tok.start + from, end: tok.start + cut, token: t, ...(fused && { fused: true }) });
      from = cut;
    }
    words.push({ form: from ? tok.text.slice(from) : tok.text, start: tok.start + from, end: tok.end, token: t, ...(fused && { fused: true }) });
  }
  return words;
}
