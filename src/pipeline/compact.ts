// What the main thread keeps of every document from the worker threads' results (src/parallel/), held compactly:
// a message from a worker arrives as a structured clone, in which every string is a copy of its own ("the", "said",
// "PROPN" and "nsubj" once per word of the corpus) and every object takes the layout of one built a property at a
// time. Held for the whole corpus until the relation passes end, that was most of a large build's memory (README
// "Memory of a 50 MB feed"). Here each string is replaced by the one copy of its value (an intern table kept for one
// build) and tokens and words are rebuilt as literals of one fixed shape, with their values and properties in the
// same order: nothing that reads them can tell the difference.
import type { ParsedSentence, ParsedWord } from './syntax/index.js';
import type { Sentence, Token } from './text/tokenize.js';
import type { Mention } from './types.js';

/** One copy of each string value: `intern(s)` is the first string equal to `s` it was given. */
export type Interner = (s: string) => string;

export function interner(): Interner {
  const table = new Map<string, string>();
  return (s) => {
    const known = table.get(s);
    if (known !== undefined) return known;
    table.set(s, s);
    return s;
  };
}

/** A document's tokens with shared texts, one literal each. */
export function compactTokens(tokens: readonly Token[], intern: Interner): Token[] {
  const out: Token[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    out[i] = { text: intern(t.text), start: t.start, end: t.end };
  }
  return out;
}

/** A document's sentences, one literal each. */
export function compactSentences(sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = new Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    out[i] = { start: s.start, end: s.end, firstToken: s.firstToken, lastToken: s.lastToken };
  }
  return out;
}

/** Mentions with shared strings, in place (the same properties in the same order). */
export function compactMentions(mentions: Mention[], intern: Interner): Mention[] {
  for (const m of mentions) {
    const record = m as unknown as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const v = record[key];
      if (typeof v === 'string') record[key] = intern(v);
    }
  }
  return mentions;
}

/** A document's parsed sentences with shared strings, each word one literal (as analyzeWords makes it). */
export function compactSyntax(syntax: ReadonlyArray<ParsedSentence | undefined>, intern: Interner): Array<ParsedSentence | undefined> {
  const out: Array<ParsedSentence | undefined> = new Array(syntax.length);
  for (let i = 0; i < syntax.length; i++) {
    const s = syntax[i];
    if (!s) {
      out[i] = s;
      continue;
    }
    const words: ParsedWord[] = new Array(s.words.length);
    for (let j = 0; j < s.words.length; j++) {
      const w = s.words[j]!;
      const word: ParsedWord = {
        form: intern(w.form),
        start: w.start,
        end: w.end,
        token: w.token,
        upos: intern(w.upos) as ParsedWord['upos'],
        lemma: intern(w.lemma),
        head: w.head,
        deprel: intern(w.deprel),
      };
      if (w.fused) word.fused = w.fused;
      words[j] = word;
    }
    out[i] = { start: s.start, end: s.end, words };
  }
  return out;
}
