// CoNLL-2003 data as the recogniser sees it: documents laid out as text the way `conll.mjs prepare` writes them
// (tokens joined by single spaces, one sentence a line), gold spans as character offsets, and the gold spans
// projected onto our own tokeniser's tokens, so training sees exactly the tokens recognizeEntities will see.
// Used by the training script, the evaluation runner and the regression test; nothing at run time needs it.
import { readFileSync } from 'node:fs';
import { splitSentences, tokenize, type Sentence, type Token } from '../text/tokenize.js';
import { UserError } from '../../errors.js';
import type { NerClass } from './tags.js';

export interface CharSpan {
  start: number;
  end: number;
  cls: NerClass;
}

export interface ConllDocument {
  /** file name `conll.mjs prepare` gives this document: doc-0001.txt, … */
  name: string;
  text: string;
  gold: CharSpan[];
}

const CLASSES = new Set(['PER', 'LOC', 'ORG', 'MISC']);

export const conllDocName = (i: number) => `doc-${String(i + 1).padStart(4, '0')}.txt`;

/** Parses a CoNLL-2003 file (IOB1 or IOB2, -DOCSTART- at the start or the end of documents). */
export function parseConll(content: string): ConllDocument[] {
  type Tok = { tok: string; tag: string };
  const docs: Tok[][][] = [];
  let doc: Tok[][] = [];
  let sent: Tok[] = [];
  const endSentence = () => {
    if (sent.length) doc.push(sent);
    sent = [];
  };
  const endDoc = () => {
    endSentence();
    if (doc.length) docs.push(doc);
    doc = [];
  };
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endDoc();
      continue;
    }
    sent.push({ tok: cols[0]!, tag: cols[cols.length - 1]! });
  }
  endDoc();
  return docs.map((sentences, i) => {
    let text = '';
    const gold: CharSpan[] = [];
    for (const s of sentences) {
      let cur: CharSpan | null = null;
      s.forEach((t, k) => {
        if (k > 0) text += ' ';
        const start = text.length;
        text += t.tok;
        const end = text.length;
        const [bio, cls] = t.tag === 'O' ? ['O', undefined] : t.tag.split('-');
        if (cls !== undefined && !CLASSES.has(cls)) throw new UserError(`conll: unknown tag ${t.tag} in document ${i + 1}`);
        if (cur && cls === cur.cls && bio === 'I') cur.end = end;
        else {
          if (cur) gold.push(cur);
          cur = cls ? { cls: cls as NerClass, start, end } : null;
        }
      });
      if (cur) gold.push(cur);
      text += '\n';
    }
    return { name: conllDocName(i), text, gold };
  });
}

export function readConll(path: string): ConllDocument[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new UserError(`conll: cannot read ${path}; is ../shared/data/conll2003 there?`);
  }
  return parseConll(content);
}

export interface TokenSpan {
  first: number;
  last: number;
  cls: NerClass;
}

export interface TokenizedDocument extends ConllDocument {
  tokens: Token[];
  sentences: Sentence[];
  /** gold spans over `tokens` (token indices, last exclusive) */
  goldTokens: TokenSpan[];
}

/** Tokenises a laid-out document with the pipeline's tokeniser and maps the gold spans onto its tokens. */
export function tokenizeDocument(doc: ConllDocument): TokenizedDocument {
  const tokens = tokenize(doc.text);
  const sentences = splitSentences(doc.text, tokens);
  const goldTokens: TokenSpan[] = [];
  let t = 0;
  for (const g of doc.gold) {
    while (t < tokens.length && tokens[t]!.start < g.start) t++;
    let last = t;
    while (last < tokens.length && tokens[last]!.end <= g.end) last++;
    // our tokens never cross a space, so every gold span starts and ends on token boundaries
    if (last > t && tokens[t]!.start === g.start && tokens[last - 1]!.end === g.end) goldTokens.push({ first: t, last, cls: g.cls });
  }
  return { ...doc, tokens, sentences, goldTokens };
}

export interface ClassScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type ConllScore = Record<'PER' | 'LOC' | 'ORG' | 'MISC' | 'PER/LOC/ORG', ClassScore>;

function finish(c: { tp: number; fp: number; fn: number }): ClassScore {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * Exact-span, exact-class scores over character spans. For PER/LOC/ORG this follows `conll.mjs score`: a
 * prediction overlapping a gold MISC span is neither right nor wrong. MISC is scored on its own as usual.
 */
export function scoreSpans(pairs: Array<{ gold: CharSpan[]; predicted: CharSpan[] }>): ConllScore {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const k of ['PER', 'LOC', 'ORG', 'MISC', 'PER/LOC/ORG']) counts[k] = { tp: 0, fp: 0, fn: 0 };
  for (const { gold, predicted } of pairs) {
    const key = (s: CharSpan) => `${s.start}:${s.end}:${s.cls}`;
    const goldKeys = new Set(gold.map(key));
    const misc = gold.filter((g) => g.cls === 'MISC');
    const predKeys = new Set<string>();
    for (const p of predicted) {
      if (p.cls !== 'MISC' && misc.some((m) => p.start < m.end && m.start < p.end)) continue;
      predKeys.add(key(p));
    }
    for (const p of predicted) {
      const k = key(p);
      if (!predKeys.has(k)) continue;
      predKeys.delete(k); // count duplicates once
      const hit = goldKeys.has(k);
      counts[p.cls]![hit ? 'tp' : 'fp']++;
      if (p.cls !== 'MISC') counts['PER/LOC/ORG']![hit ? 'tp' : 'fp']++;
    }
    const predAll = new Set(predicted.map(key));
    for (const g of gold) {
      if (predAll.has(key(g))) continue;
      counts[g.cls]!.fn++;
      if (g.cls !== 'MISC') counts['PER/LOC/ORG']!.fn++;
    }
  }
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, finish(v)])) as ConllScore;
}

export function formatScore(score: ConllScore): string {
  return (['PER', 'LOC', 'ORG', 'MISC', 'PER/LOC/ORG'] as const)
    .map((k) => {
      const s = score[k];
      return `${k.padEnd(11)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
    })
    .join('\n');
}
