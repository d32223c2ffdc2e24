// Feature extraction for the tagger. Every feature is a 32-bit hash of (template, values), so nothing is
// concatenated into strings per token: word-level values (lower-cased form, shape, affixes) are hashed once per
// distinct word and cached, and a feature is a couple of integer mixes. The templates are listed in
// FEATURE_TEMPLATES; a model records FEATURE_VERSION and refuses to load against different templates.
import type { Sentence, Token } from '../text/tokenize.js';
import { markGazetteer, standardGazetteer, type Gazetteer } from './gazetteer.js';
import { hashString, mix } from '../../text/hash.js';

export { hashString, mix };

/** Bump when a template or a word-level value changes: models trained before then must be retrained. */
export const FEATURE_VERSION = 3;

export const FEATURE_TEMPLATES = [
  'bias',
  'form', // the word as written
  'lower',
  'shape', // Xxx, XX, X.X., dd-dd: character classes with runs cut at two
  'prefix1',
  'prefix2',
  'prefix3',
  'prefix4',
  'suffix1',
  'suffix2',
  'suffix3',
  'suffix4',
  'lower-1',
  'lower+1',
  'lower-2',
  'lower+2',
  'shape-1',
  'shape+1',
  'shape-1|shape',
  'shape|shape+1',
  'shape-1|shape|shape+1',
  'lower-1|lower',
  'lower|lower+1',
  'lower-1|shape',
  'shape|lower+1',
  'first-in-sentence|shape',
  'first-in-sentence|lower',
  'headline|lower', // the sentence is in capitals: only the word itself and the document tell
  'doc-casing',
  'doc-casing|shape', // how the same word is written elsewhere in the document
  'sentence-kind|shape', // short line, line of numbers (results tables), ordinary sentence
  'gazetteer',
  'gazetteer|shape',
  'gazetteer-1',
  'gazetteer+1',
  'first-in-sentence|lower+1', // "Boeing said", "Smith told": the verb after a sentence's first word
  'common-word|shape',
  'common-word|first-in-sentence', // a capitalised word the training text also writes in lower case
  'elsewhere-lower-1',
  'elsewhere-lower+1', // the words around the other mentions of this capitalised word in the document
] as const;

export type TemplateName = (typeof FEATURE_TEMPLATES)[number];
const T = Object.fromEntries(FEATURE_TEMPLATES.map((name, i) => [name, i + 1])) as Record<TemplateName, number>;

/** The hash of one feature, as extractFeatures makes it: featureHash('lower', hashString('paris')). */
export function featureHash(template: TemplateName, a: number, b?: number): number {
  return (b === undefined ? mix(T[template], a) : mix(mix(T[template], a), b)) || 1;
}

/** Character classes with runs longer than two cut to two: Putin → Xxx, IBM → XX, U.S. → X.X., 1996 → dd. */
export function wordShape(word: string): string {
  let out = '';
  let prev = '';
  let run = 0;
  for (const ch of word) {
    let c: string;
    const code = ch.charCodeAt(0);
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else c = ch;
    if (c === prev) run++;
    else {
      prev = c;
      run = 1;
    }
    if (run <= 2) out += c;
  }
  return out;
}

/** Casing of a word: 0 no letters, 1 lower-case start, 2 capitalised, 3 all capitals (two letters or more). */
export function casing(word: string): number {
  let upper = 0;
  let lowerCount = 0;
  for (const ch of word) {
    if (ch.toLowerCase() !== ch) upper++;
    else if (ch.toUpperCase() !== ch) lowerCount++;
  }
  if (!upper && !lowerCount) return 0;
  const first = word[0]!;
  if (first.toLowerCase() === first && first.toUpperCase() !== first) return 1;
  if (!lowerCount && upper >= 2) return 3;
  return upper ? 2 : 1;
}

/**
 * The features of a word that depend on nothing but the word (form, lower case, shape, affixes), hashed once
 * per distinct word. A model may keep the sum of their weights here (`sums`, tagged with `owner`), so a
 * frequent word costs one lookup, not eleven.
 */
export interface WordFeatures {
  hashes: Uint32Array;
  sums: Int32Array | undefined;
  owner: unknown;
}

interface WordInfo extends WordFeatures {
  lowerText: string;
  form: number;
  lower: number;
  shape: number;
  casing: number;
  /** has a lower-case letter */
  hasLower: boolean;
  /** starts with a digit */
  numeric: boolean;
}

// Word-level values by word: a document repeats its words, and a corpus repeats most of them.
const wordCache = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 200_000;

function wordInfo(word: string): WordInfo {
  let w = wordCache.get(word);
  if (w) return w;
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  const lowerText = word.toLowerCase();
  const n = lowerText.length;
  const affix = (s: string) => hashString(s);
  const prefix: [number, number, number, number] = [
    affix(lowerText.slice(0, 1)),
    affix(lowerText.slice(0, 2)),
    affix(lowerText.slice(0, 3)),
    affix(lowerText.slice(0, 4)),
  ];
  const suffix: [number, number, number, number] = [
    affix(lowerText.slice(n - 1)),
    affix(lowerText.slice(Math.max(0, n - 2))),
    affix(lowerText.slice(Math.max(0, n - 3))),
    affix(lowerText.slice(Math.max(0, n - 4))),
  ];
  const form = hashString(word);
  const lower = hashString(lowerText);
  const shape = hashString(wordShape(word));
  const hashes = Uint32Array.from(
    [
      [T.form, form],
      [T.lower, lower],
      [T.shape, shape],
      [T.prefix1, prefix[0]],
      [T.prefix2, prefix[1]],
      [T.prefix3, prefix[2]],
      [T.prefix4, prefix[3]],
      [T.suffix1, suffix[0]],
      [T.suffix2, suffix[1]],
      [T.suffix3, suffix[2]],
      [T.suffix4, suffix[3]],
    ].map(([template, value]) => mix(template!, value!) || 1),
  );
  w = {
    hashes,
    sums: undefined,
    owner: undefined,
    lowerText,
    form,
    lower,
    shape,
    casing: casing(word),
    hasLower: /\p{Ll}/u.test(word),
    numeric: /^\p{N}/u.test(word),
  };
  wordCache.set(word, w);
  return w;
}

const BOUNDARY_BEFORE = hashString('<s>');
const BOUNDARY_AFTER = hashString('</s>');

/**
 * Features of a whole document: token i has the word features words[i].hashes and the context features
 * hashes[offsets[i] .. offsets[i+1]).
 */
export interface DocumentFeatures {
  words: WordFeatures[];
  hashes: Uint32Array;
  offsets: Uint32Array;
}

/**
 * How each word is written across the document, by lower-cased form: bit 1 capitalised inside an ordinary
 * sentence (not first, not a headline), bit 2 lower-case somewhere. "Bonn" in a capitals headline is a name if
 * the article writes "Bonn" in running text, and "WIN" is not if it writes "win".
 */
function documentCasing(infos: WordInfo[], sentences: Sentence[], headline: Uint8Array): Map<string, number> {
  const seen = new Map<string, number>();
  sentences.forEach((s, k) => {
    if (headline[k]) return;
    for (let i = s.firstToken; i < s.lastToken; i++) {
      const w = infos[i]!;
      let bit = 0;
      if (w.casing === 1) bit = 2;
      else if ((w.casing === 2 || w.casing === 3) && i > s.firstToken) bit = 1;
      if (bit) seen.set(w.lowerText, (seen.get(w.lowerText) ?? 0) | bit);
    }
  });
  return seen;
}

interface Elsewhere {
  count: number;
  /** lower-cased word before / after each capitalised mention → how many mentions have it */
  before: Map<number, number>;
  after: Map<number, number>;
}

/** At most this many distinct neighbours a side are kept per word (the first in the document). */
const ELSEWHERE_LIMIT = 6;

/**
 * For each capitalised word, the words around all its capitalised mentions in the document ("context
 * aggregation"): "Rotor" after "beat" and before "Volgograd" in one sentence tells about "Rotor" in another.
 */
function contextsElsewhere(infos: WordInfo[], sentences: Sentence[]): Map<string, Elsewhere> {
  const map = new Map<string, Elsewhere>();
  const bump = (m: Map<number, number>, h: number) => {
    const c = m.get(h);
    if (c !== undefined) m.set(h, c + 1);
    else if (m.size < ELSEWHERE_LIMIT) m.set(h, 1);
  };
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.lastToken; i++) {
      const w = infos[i]!;
      if (w.casing < 2) continue;
      let e = map.get(w.lowerText);
      if (!e) {
        e = { count: 0, before: new Map(), after: new Map() };
        map.set(w.lowerText, e);
      }
      e.count++;
      bump(e.before, i > s.firstToken ? infos[i - 1]!.lower : BOUNDARY_BEFORE);
      bump(e.after, i + 1 < s.lastToken ? infos[i + 1]!.lower : BOUNDARY_AFTER);
    }
  }
  return map;
}

/** What features may consult besides the text. */
export interface FeatureContext {
  gazetteer?: Gazetteer;
  /** hashString of lower-cased words the training text writes in lower case (kept in the model file) */
  commonWords?: Set<number>;
}

export function extractFeatures(tokens: Token[], sentences: Sentence[], context: FeatureContext = {}): DocumentFeatures {
  const gazetteer = context.gazetteer ?? standardGazetteer();
  const commonWords = context.commonWords;
  const n = tokens.length;
  const infos = tokens.map((t) => wordInfo(t.text));
  const lowerTexts = infos.map((w) => w.lowerText);
  const gaz = markGazetteer(gazetteer, tokens, lowerTexts);

  // per sentence: headline (letters, and none of them lower-case) and kind
  const headline = new Uint8Array(sentences.length);
  const kind = new Uint8Array(sentences.length);
  sentences.forEach((s, k) => {
    let cased = 0;
    let lowerStart = 0;
    let digits = 0;
    for (let i = s.firstToken; i < s.lastToken; i++) {
      const c = infos[i]!.casing;
      if (c) cased++;
      if (c === 1 || (c === 2 && infos[i]!.hasLower)) lowerStart++;
      if (infos[i]!.numeric) digits++;
    }
    headline[k] = cased >= 2 && lowerStart === 0 ? 1 : 0;
    const len = s.lastToken - s.firstToken;
    kind[k] = len <= 4 ? 1 : digits * 4 >= len ? 2 : 3;
  });
  const docCasing = documentCasing(infos, sentences, headline);
  const elsewhere = contextsElsewhere(infos, sentences);

  let hashes = new Uint32Array(n * 40 + 64);
  let count = 0;
  const offsets = new Uint32Array(n + 1);
  // hash 0 marks an empty slot in the model's table, so no feature may hash to 0
  const add = (template: number, value: number) => {
    hashes[count++] = mix(template, value) || 1;
  };
  const add2 = (template: number, a: number, b: number) => {
    hashes[count++] = mix(mix(template, a), b) || 1;
  };

  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const a = s.firstToken;
    const b = s.lastToken;
    const sentenceKind = kind[k]!;
    const isHeadline = headline[k] === 1;
    // previous, current and next word values roll along the sentence
    let l2 = BOUNDARY_BEFORE;
    let l1 = BOUNDARY_BEFORE;
    let sl = BOUNDARY_BEFORE;
    let gl = 0;
    for (let i = a; i < b; i++) {
      if (hashes.length - count < 128) {
        const bigger = new Uint32Array(hashes.length * 2);
        bigger.set(hashes);
        hashes = bigger;
      }
      offsets[i] = count;
      const w = infos[i]!;
      const next = i + 1 < b ? infos[i + 1]! : undefined;
      const r1 = next ? next.lower : BOUNDARY_AFTER;
      const sr = next ? next.shape : BOUNDARY_AFTER;
      const r2 = i + 2 < b ? infos[i + 2]!.lower : BOUNDARY_AFTER;
      const g = gaz[i]!;
      const gr = i + 1 < b ? gaz[i + 1]! : 0;
      add(T.bias, 0);
      add(T['lower-1'], l1);
      add(T['lower+1'], r1);
      add(T['lower-2'], l2);
      add(T['lower+2'], r2);
      add(T['shape-1'], sl);
      add(T['shape+1'], sr);
      add2(T['shape-1|shape'], sl, w.shape);
      add2(T['shape|shape+1'], w.shape, sr);
      add2(T['shape-1|shape|shape+1'], mix(sl, w.shape), sr);
      add2(T['lower-1|lower'], l1, w.lower);
      add2(T['lower|lower+1'], w.lower, r1);
      add2(T['lower-1|shape'], l1, w.shape);
      add2(T['shape|lower+1'], w.shape, r1);
      if (i === a) {
        add(T['first-in-sentence|shape'], w.shape);
        add(T['first-in-sentence|lower'], w.lower);
        add(T['first-in-sentence|lower+1'], r1);
      }
      if (w.casing >= 2 && commonWords?.has(w.lower)) {
        add(T['common-word|shape'], w.shape);
        add(T['common-word|first-in-sentence'], i === a ? 1 : 0);
      }
      if (isHeadline) add(T['headline|lower'], w.lower);
      if (w.casing >= 2) {
        const dc = docCasing.get(w.lowerText) ?? 0;
        add(T['doc-casing'], dc);
        add2(T['doc-casing|shape'], dc, w.shape);
      }
      add2(T['sentence-kind|shape'], sentenceKind, w.shape);
      if (g) {
        for (let bit = 0; bit < 16; bit++) {
          if (!(g & (1 << bit))) continue;
          add(T.gazetteer, bit);
          add2(T['gazetteer|shape'], bit, w.shape);
        }
      }
      if (w.casing >= 2) {
        const agg = elsewhere.get(w.lowerText);
        if (agg && agg.count > 1) {
          // skip the token's own context once: what is left is what the other mentions add
          for (const [h, c] of agg.before) if (h !== l1 || c > 1) add(T['elsewhere-lower-1'], h);
          for (const [h, c] of agg.after) if (h !== r1 || c > 1) add(T['elsewhere-lower+1'], h);
        }
      }
      if (gl) add(T['gazetteer-1'], gl);
      if (gr) add(T['gazetteer+1'], gr);
      l2 = l1;
      l1 = w.lower;
      sl = w.shape;
      gl = g;
    }
  }
  // tokens outside every sentence (none with splitSentences) get no features: only token 0 may start at 0
  offsets[n] = count;
  for (let i = n - 1; i > 0; i--) if (offsets[i] === 0) offsets[i] = offsets[i + 1]!;
  return { words: infos, hashes: hashes.subarray(0, count), offsets };
}
