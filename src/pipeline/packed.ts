// What a build keeps of every document's analysis from the recognition stage to the end of the relation passes:
// its tokens, sentences and parsed sentences, packed into typed arrays. Held as objects for the whole corpus they
// were most of a large build's memory (a token took 56 bytes as an object, a parsed word 96; README "Memory of a
// 50 MB feed"); packed, a token takes 12 bytes, a sentence 16 and a word 36, each string an id in a table the
// build shares (one copy of each value).
//
// The stages read a document one at a time, as `AnalyzedDocument`s with arrays of objects: a packed document
// unpacks each array the first time it is read, and keeps it only while it is among the few documents unpacked
// last (an `UnpackWindow`), so the objects of at most that many documents are alive at once, whatever order the
// stages read them in. The unpacked objects are literals of the shapes the tokeniser and the parser make, with
// the same values and keys in the same order: nothing that reads them can tell the difference. They must not be
// changed: a document unpacked again gives its packed values.
import type { ParsedSentence, ParsedWord } from './syntax/index.js';
import type { Sentence, Token } from './text/tokenize.js';
import type { AnalyzedDocument, SourceDocument } from './types.js';

/** One id for each string value, and back. */
export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly values: string[] = [];

  /** The id of a value: the same for equal strings. */
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  /** The value of an id: the first copy of it the table was given. */
  at(id: number): string {
    return this.values[id]!;
  }

  /** One copy of each value: the first string equal to `s` the table was given. */
  readonly intern = (s: string): string => this.values[this.id(s)]!;

  get size(): number {
    return this.values.length;
  }

  /** Every value, in id order (a copy). */
  list(): string[] {
    return this.values.slice();
  }
}

/** How many documents keep their unpacked arrays at once: the stages read one document at a time. */
export const UNPACKED_DOCUMENTS = 8;

/** The documents that hold unpacked arrays, the one unpacked longest ago dropping them when one more would be held. */
export class UnpackWindow {
  private readonly held: PackedAnalysis[] = [];
  /** how many times an array was unpacked (each document's once, when the stages read them in order) */
  unpacked = 0;

  constructor(readonly size = UNPACKED_DOCUMENTS) {}

  /** Notes that `doc` has unpacked an array (called by the document). */
  hold(doc: PackedAnalysis): void {
    this.unpacked++;
    if (this.held.includes(doc)) return;
    this.held.push(doc);
    if (this.held.length > this.size) this.held.shift()!.dropUnpacked();
  }

  /** How many documents hold unpacked arrays now. */
  get holding(): number {
    return this.held.length;
  }
}

const TOKEN_FIELDS = 3; // start, end, text id
const SENTENCE_FIELDS = 4; // start, end, first token, last token
const PARSED_SENTENCE_FIELDS = 3; // start, end, word count
const WORD_FIELDS = 9; // form id, start, end, token, upos id, lemma id, head, deprel id, fused (1 or 0)

function packTokens(tokens: readonly Token[], strings: StringTable): Int32Array {
  const out = new Int32Array(tokens.length * TOKEN_FIELDS);
  for (let i = 0, at = 0; i < tokens.length; i++, at += TOKEN_FIELDS) {
    const t = tokens[i]!;
    out[at] = t.start;
    out[at + 1] = t.end;
    out[at + 2] = strings.id(t.text);
  }
  return out;
}

function unpackTokens(data: Int32Array, strings: StringTable): Token[] {
  const out: Token[] = new Array(data.length / TOKEN_FIELDS);
  for (let i = 0, at = 0; i < out.length; i++, at += TOKEN_FIELDS) out[i] = { text: strings.at(data[at + 2]!), start: data[at]!, end: data[at + 1]! };
  return out;
}

function packSentences(sentences: readonly Sentence[]): Int32Array {
  const out = new Int32Array(sentences.length * SENTENCE_FIELDS);
  for (let i = 0, at = 0; i < sentences.length; i++, at += SENTENCE_FIELDS) {
    const s = sentences[i]!;
    out[at] = s.start;
    out[at + 1] = s.end;
    out[at + 2] = s.firstToken;
    out[at + 3] = s.lastToken;
  }
  return out;
}

function unpackSentences(data: Int32Array): Sentence[] {
  const out: Sentence[] = new Array(data.length / SENTENCE_FIELDS);
  for (let i = 0, at = 0; i < out.length; i++, at += SENTENCE_FIELDS)
    out[i] = { start: data[at]!, end: data[at + 1]!, firstToken: data[at + 2]!, lastToken: data[at + 3]! };
  return out;
}

/** A document's parsed sentences: where each one's record starts in `data` (-1: not parsed), and the records. */
interface PackedSyntax {
  at: Int32Array;
  data: Int32Array;
}

function packSyntax(syntax: ReadonlyArray<ParsedSentence | undefined>, strings: StringTable): PackedSyntax {
  let size = 0;
  for (const s of syntax) if (s) size += PARSED_SENTENCE_FIELDS + s.words.length * WORD_FIELDS;
  const at = new Int32Array(syntax.length).fill(-1);
  const data = new Int32Array(size);
  let o = 0;
  for (let i = 0; i < syntax.length; i++) {
    const s = syntax[i];
    if (!s) continue;
    at[i] = o;
    data[o++] = s.start;
    data[o++] = s.end;
    data[o++] = s.words.length;
    for (const w of s.words) {
      data[o++] = strings.id(w.form);
      data[o++] = w.start;
      data[o++] = w.end;
      data[o++] = w.token;
      data[o++] = strings.id(w.upos);
      data[o++] = strings.id(w.lemma);
      data[o++] = w.head;
      data[o++] = strings.id(w.deprel);
      data[o++] = w.fused ? 1 : 0;
    }
  }
  return { at, data };
}

function unpackSyntax({ at, data }: PackedSyntax, strings: StringTable): Array<ParsedSentence | undefined> {
  const out: Array<ParsedSentence | undefined> = new Array(at.length);
  for (let i = 0; i < at.length; i++) {
    let o = at[i]!;
    if (o < 0) {
      out[i] = undefined;
      continue;
    }
    const start = data[o++]!;
    const end = data[o++]!;
    const words: ParsedWord[] = new Array(data[o++]!);
    for (let j = 0; j < words.length; j++, o += WORD_FIELDS) {
      // the literal analyzeWords makes, `fused` only on the words that have it
      const word: ParsedWord = {
        form: strings.at(data[o]!),
        start: data[o + 1]!,
        end: data[o + 2]!,
        token: data[o + 3]!,
        upos: strings.at(data[o + 4]!) as ParsedWord['upos'],
        lemma: strings.at(data[o + 5]!),
        head: data[o + 6]!,
        deprel: strings.at(data[o + 7]!),
      };
      if (data[o + 8]) word.fused = true;
      words[j] = word;
    }
    out[i] = { start, end, words };
  }
  return out;
}

/** A document's analysis, packed; read as an AnalyzedDocument (see the top of this file). */
export class PackedAnalysis implements AnalyzedDocument {
  readonly doc: SourceDocument;
  readonly sentenceOfToken: Int32Array;
  private readonly packedTokens: Int32Array;
  private readonly packedSentences: Int32Array;
  private packedSyntax: PackedSyntax | undefined;
  private unpackedTokens: Token[] | undefined;
  private unpackedSentences: Sentence[] | undefined;
  private unpackedSyntax: Array<ParsedSentence | undefined> | undefined;

  constructor(
    analyzed: AnalyzedDocument,
    private readonly strings: StringTable,
    private readonly window: UnpackWindow,
    /** tokens and sentences packed already, with ids of `strings` (a worker's message): `analyzed`'s are not read */
    packed?: { tokens: Int32Array; sentences: Int32Array },
  ) {
    this.doc = analyzed.doc;
    this.sentenceOfToken = analyzed.sentenceOfToken;
    this.packedTokens = packed?.tokens ?? packTokens(analyzed.tokens, strings);
    this.packedSentences = packed?.sentences ?? packSentences(analyzed.sentences);
    this.packedSyntax = analyzed.syntax && packSyntax(analyzed.syntax, strings);
  }

  get tokens(): Token[] {
    if (!this.unpackedTokens) {
      this.unpackedTokens = unpackTokens(this.packedTokens, this.strings);
      this.window.hold(this);
    }
    return this.unpackedTokens;
  }

  get sentences(): Sentence[] {
    if (!this.unpackedSentences) {
      this.unpackedSentences = unpackSentences(this.packedSentences);
      this.window.hold(this);
    }
    return this.unpackedSentences;
  }

  get syntax(): Array<ParsedSentence | undefined> | undefined {
    if (!this.packedSyntax) return undefined;
    if (!this.unpackedSyntax) {
      this.unpackedSyntax = unpackSyntax(this.packedSyntax, this.strings);
      this.window.hold(this);
    }
    return this.unpackedSyntax;
  }

  /** The parsed sentences, packed as they are set (stage 3c). */
  set syntax(syntax: Array<ParsedSentence | undefined> | undefined) {
    this.packedSyntax = syntax && packSyntax(syntax, this.strings);
    this.unpackedSyntax = undefined;
  }

  /** Sets the parsed sentences from a worker's message (packSyntaxMessage), taking its arrays. */
  setSyntaxMessage(message: PackedSyntaxMessage): void {
    const ids = globalIds(message.strings, this.strings);
    const { at, data } = message;
    for (let i = 0; i < at.length; i++) {
      let o = at[i]!;
      if (o < 0) continue;
      const words = data[o + 2]!;
      o += PARSED_SENTENCE_FIELDS;
      for (let j = 0; j < words; j++, o += WORD_FIELDS) {
        data[o] = ids[data[o]!]!;
        data[o + 4] = ids[data[o + 4]!]!;
        data[o + 5] = ids[data[o + 5]!]!;
        data[o + 7] = ids[data[o + 7]!]!;
      }
    }
    this.packedSyntax = { at, data };
    this.unpackedSyntax = undefined;
  }

  /** Lets the unpacked arrays go (the window calls it): the next read unpacks them again. */
  dropUnpacked(): void {
    this.unpackedTokens = undefined;
    this.unpackedSentences = undefined;
    this.unpackedSyntax = undefined;
  }
}

/** Packs the documents of one build: their strings in one table, their unpacked arrays in one window. */
export class DocumentPacker {
  readonly strings = new StringTable();
  readonly window: UnpackWindow;

  constructor(windowSize = UNPACKED_DOCUMENTS) {
    this.window = new UnpackWindow(windowSize);
  }

  pack(analyzed: AnalyzedDocument): PackedAnalysis {
    return new PackedAnalysis(analyzed, this.strings, this.window);
  }

  /** A document as a worker sends it (packAnalysisMessage), taking its arrays. */
  packMessage(doc: SourceDocument, message: PackedAnalysisMessage): PackedAnalysis {
    const ids = globalIds(message.strings, this.strings);
    const tokens = message.tokens;
    for (let at = 2; at < tokens.length; at += TOKEN_FIELDS) tokens[at] = ids[tokens[at]!]!;
    const analyzed: AnalyzedDocument = { doc, tokens: [], sentences: [], sentenceOfToken: message.sentenceOfToken };
    return new PackedAnalysis(analyzed, this.strings, this.window, { tokens, sentences: message.sentences });
  }
}

// ---- between threads ----
// A worker (src/parallel/) sends a document's analysis packed as above, in typed arrays that move to the main
// thread without a copy, its strings ids in a table of the message's own: cloned as objects, every token and word
// was an object to write, read and pack again, and every string a copy of its own (about a third of the workers'
// CPU and most of the main thread's while they parse, on CoNLL eng.train). The main thread puts the message's
// strings in the build's table and the ids in the arrays in their place.

/** A document's tokens and sentences as a worker sends them. */
export interface PackedAnalysisMessage {
  tokens: Int32Array;
  sentences: Int32Array;
  sentenceOfToken: Int32Array;
  /** the values of the string ids in `tokens` */
  strings: string[];
}

/** A document's parsed sentences as a worker sends them. */
export interface PackedSyntaxMessage extends PackedSyntax {
  /** the values of the string ids in `data` */
  strings: string[];
}

/** The buffers of a message, to transfer rather than copy. */
export function messageBuffers(message: PackedAnalysisMessage | PackedSyntaxMessage): ArrayBuffer[] {
  const arrays = 'tokens' in message ? [message.tokens, message.sentences, message.sentenceOfToken] : [message.at, message.data];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

export function packAnalysisMessage(analyzed: AnalyzedDocument): PackedAnalysisMessage {
  const strings = new StringTable();
  const tokens = packTokens(analyzed.tokens, strings);
  // (sentenceOfToken has a buffer of its own: analyzeDocument makes it)
  return { tokens, sentences: packSentences(analyzed.sentences), sentenceOfToken: analyzed.sentenceOfToken, strings: strings.list() };
}

export function packSyntaxMessage(syntax: ReadonlyArray<ParsedSentence | undefined>): PackedSyntaxMessage {
  const strings = new StringTable();
  return { ...packSyntax(syntax, strings), strings: strings.list() };
}

/** The ids in `table` of a message's strings, by their ids in the message. */
function globalIds(strings: readonly string[], table: StringTable): Int32Array {
  const ids = new Int32Array(strings.length);
  for (let i = 0; i < strings.length; i++) ids[i] = table.id(strings[i]!);
  return ids;
}
