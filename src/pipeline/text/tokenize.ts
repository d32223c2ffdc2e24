// Tokens and sentences with character offsets. Hand-written because the offsets must be exact and the pass
// must run at hundreds of thousands of tokens a second; general tokenisers (compromise, wink-nlp) either
// re-normalise the text or cost more than the whole rest of the pipeline.

export interface Token {
  text: string;
  /** character offsets in the document, end exclusive */
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** index of the sentence's first token in the document's token array, and one past its last */
  firstToken: number;
  lastToken: number;
}

// One alternative per token kind, tried in order at each position: web addresses and e-mail addresses, runs
//   of punctuation ("...", "!!", "--", "***") and emoticons, dotted abbreviations (U.S., U.K., e.g.), numbers
//   with separators (1,000.5), lower-case dotted names (bbc.co.uk, report.pdf), words with inner hyphens,
//   apostrophes, dots or ampersands (al-Assad, O'Neill, AT&T), then any single other character.
const TOKEN =
  /(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'’]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|\.{2,}|[!?]{2,}|-{2,}|([*=_~#+<>^])\1+|[:;]-?[()](?![\p{L}\p{N}])|(?:\p{L}\.){2,}|\p{N}+(?:[.,:/-]\p{N}+)*(?:\p{L}+)?|[\p{Ll}\p{N}]+(?:\.[\p{Ll}\p{N}]+)+|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*|\S/uy;
const POSSESSIVE = /^(.+?)(['’]s?)$/u;
const FORMER_PREFIX = /^([Tt]hen|[Ee]x)-(?=\p{Lu})/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // fast skip of ASCII whitespace
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) {
      i++; // other whitespace (no-break space, …)
      continue;
    }
    let word = m[0];
    // a marker of a former title glued to a capitalised word ("then-President", "ex-Israeli") is a word of its
    // own: the title and the nationality after it must be read as they are without it
    const former = word.length > 4 && (word[2] === '-' || word[4] === '-') ? FORMER_PREFIX.exec(word) : null;
    if (former) {
      tokens.push({ text: former[1]!, start: i, end: i + former[1]!.length }, { text: '-', start: i + former[1]!.length, end: i + former[0].length });
      i += former[0].length;
      word = word.slice(former[0].length);
    }
    const end = i + word.length;
    // "Merkel's" → "Merkel" "'s"; "ministers'" → "ministers" "'"
    const p = word.length > 2 ? POSSESSIVE.exec(word) : null;
    if (p && /\p{L}/u.test(p[1]!) && (p[2]!.length === 2 || /s$/i.test(p[1]!))) {
      const cut = i + p[1]!.length;
      tokens.push({ text: p[1]!, start: i, end: cut });
      tokens.push({ text: p[2]!, start: cut, end });
    } else tokens.push({ text: word, start: i, end });
    i = end;
  }
  return tokens;
}

/** Words after which a full stop does not end a sentence (titles, initials are handled separately). */
/** The tokens that are quotation marks, straight, curly, doubled or angled. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "''", '``', '«', '»']);

export const NON_FINAL_ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt sgt sen rep gov pres st mt ft jr sr rev hon no vs etc inc corp ltd co ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec dept est approx fig al adm cmdr supt insp det'
  ).split(' '),
);

/** Tokens that can end a sentence: full stops, question and exclamation marks, and runs of them ("...", "?!"). */
const SENTENCE_FINAL = /^(?:[.!?]+|…)$/;

const CLOSERS = new Set(['"', '”', "'", '’', ')', ']', '»']);

/** Splits a document's tokens into sentences. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last <= first) return;
    sentences.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, firstToken: first, lastToken: last });
    first = last;
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    const next = tokens[t + 1];
    if (!next) break;
    // a line break ends a sentence unless the next line carries on in lower case (hard-wrapped text); a blank
    // line (a new paragraph) always does
    const gap = text.slice(tok.end, next.start);
    if (gap.includes('\n') && (!/^\p{Ll}/u.test(next.text) || /\n[^\S\n]*\n/.test(gap))) {
      close(t + 1);
      continue;
    }
    if (!SENTENCE_FINAL.test(tok.text)) continue;
    if (tok.text === '.' && t > 0) {
      const prev = tokens[t - 1]!;
      const adjacent = prev.end === tok.start;
      const isInitial = /^\p{Lu}$/u.test(prev.text);
      const abbreviation = NON_FINAL_ABBREVIATIONS.has(prev.text.toLowerCase());
      // "No. 10" is an abbreviation, "Hell no." is not
      const numberSign = prev.text.toLowerCase() === 'no' && !/^\p{N}/u.test(next.text);
      if (adjacent && (isInitial || (abbreviation && !numberSign))) continue;
    }
    // closing quotes and brackets belong to the sentence they close
    let last = t + 1;
    while (last < tokens.length && CLOSERS.has(tokens[last]!.text) && tokens[last]!.start === tokens[last - 1]!.end) last++;
    const after = tokens[last];
    if (!after) break;
    // the next sentence starts with a capital, a digit or an opening quote
    if (/^[\p{Lu}\p{N}"“'‘([]/u.test(after.text) && after.start > tokens[last - 1]!.end) close(last);
    t = last - 1;
  }
  close(tokens.length);
  return sentences.flatMap((s) => splitDateline(tokens, s));
}

const DASHES = new Set(['-', '–', '—', '--']);

/**
 * A news dateline ("JERUSALEM, Oct 28 (Reuters) - Israel recalled …") is not part of the first sentence:
 * an all-capitals place opening the sentence, then within a dozen tokens a dash followed by a capital, ends a
 * segment of its own.
 */
function splitDateline(tokens: Token[], s: Sentence): Sentence[] {
  const first = tokens[s.firstToken]!.text.replace(/[.-]/g, '');
  const second = tokens[s.firstToken + 1]?.text ?? '';
  // "JERUSALEM", or a place of several words in capitals: "LA PAZ", "NEW YORK"
  if (!/^\p{Lu}{3,}$/u.test(first) && !(/^\p{Lu}{2,}$/u.test(first) && /^\p{Lu}{2,}$/u.test(second))) return [s];
  const limit = Math.min(s.lastToken - 1, s.firstToken + 12);
  for (let t = s.firstToken + 1; t < limit; t++) {
    if (!DASHES.has(tokens[t]!.text)) continue;
    // the story goes on in ordinary case: "- Israel recalled", not "- the alliance -", and not an all-capitals
    // headline such as "TENNIS - OKAFOR BEATS TOP SEED"
    if (!/^\p{Lu}\p{Ll}/u.test(tokens[t + 1]!.text)) return [s];
    return [
      { start: s.start, end: tokens[t]!.end, firstToken: s.firstToken, lastToken: t + 1 },
      { start: tokens[t + 1]!.start, end: s.end, firstToken: t + 1, lastToken: s.lastToken },
    ];
  }
  return [s];
}
