// npm run eval:ud [-- --gold FILE.conllu]
// Scores the syntax stage in the terms of the CoNLL 2018 shared task (Zeman et al. 2018) on a Universal
// Dependencies file (default: ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu, the test portion, which
// nothing in training reads):
// - with gold tokens: each sentence's words are tagged and parsed as given; UPOS accuracy, UAS and LAS;
// - from raw text: each document is rebuilt from its sentences' `# text` (sentences of a paragraph joined by a
//   space, paragraphs by a blank line, as the shared task's raw files were), then tokenised, split into
//   sentences and parsed by the project's own stages; F1 of tokens, sentences, words, UPOS, UAS and LAS over
//   words aligned by their character spans.
// LAS compares universal relations (subtypes such as nsubj:pass → nsubj ignored) and counts punctuation, as the
// shared task did; the full-label LAS is printed beside it. Skips with a message when the file is absent.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { packageFile } from '../paths.js';
import { readConllu, type ConlluSentence } from '../pipeline/syntax/conllu.js';
import { analyzeWords, syntaxModel } from '../pipeline/syntax/index.js';
import { loadSyntaxModel, type SyntaxModel } from '../pipeline/syntax/model.js';
import { splitSentences, tokenize } from '../pipeline/text/tokenize.js';
import { syntaxWords, type SyntaxWord } from '../pipeline/syntax/words.js';

const universal = (deprel: string) => deprel.split(':')[0]!;

export interface GoldTokenScore {
  words: number;
  upos: number;
  uas: number;
  las: number;
  /** LAS with relation subtypes compared too */
  fullLas: number;
}

/** Tags and parses each sentence's gold words (with goldTags, parses them with the treebank's UPOS and XPOS: the tagger's ceiling). */
export function scoreGoldTokens(sentences: ConlluSentence[], model: SyntaxModel, goldTags = false): GoldTokenScore {
  let words = 0,
    upos = 0,
    uas = 0,
    las = 0,
    fullLas = 0;
  for (const s of sentences) {
    const parsed = analyzeWords(
      s.words.map((w, i) => ({ form: w.form, start: i, end: i + 1, token: i })),
      model,
      undefined,
      goldTags ? s.words : undefined,
    );
    parsed.forEach((p, i) => {
      const g = s.words[i]!;
      words++;
      if (p.upos === g.upos) upos++;
      if (p.head === g.head) {
        uas++;
        if (universal(p.deprel) === universal(g.deprel)) las++;
        if (p.deprel === g.deprel) fullLas++;
      }
    });
  }
  return { words, upos: upos / words, uas: uas / words, las: las / words, fullLas: fullLas / words };
}

interface Span {
  start: number;
  end: number;
}

interface AlignedWord extends Span {
  upos: string;
  deprel: string;
  /** the head's span, undefined for the root */
  head: Span | undefined;
}

/** A gold document rebuilt as raw text, with the character spans of its tokens, words and sentences. */
export interface GoldDocument {
  text: string;
  sentences: Span[];
  tokens: Span[];
  words: AlignedWord[];
}

/** Groups sentences into documents (`# newdoc`) and paragraphs (`# newpar`) and rebuilds their text. */
export function goldDocuments(sentences: ConlluSentence[]): GoldDocument[] {
  const docs: GoldDocument[] = [];
  let doc: GoldDocument | undefined;
  for (const s of sentences) {
    if (!doc || [...s.comments.keys()].some((k) => k.startsWith('newdoc'))) {
      doc = { text: '', sentences: [], tokens: [], words: [] };
      docs.push(doc);
    } else doc.text += [...s.comments.keys()].some((k) => k.startsWith('newpar')) ? '\n\n' : ' ';
    const text = s.comments.get('text') ?? s.words.map((w) => w.form).join(' ');
    const base = doc.text.length;
    doc.text += text;
    // token spans by finding each surface form in the text in order
    const wordSpans: Span[] = [];
    const mwtAt = new Map(s.multiwords.map((m) => [m.first, m]));
    let at = 0;
    const find = (form: string): Span => {
      const i = text.indexOf(form, at);
      const start = i >= 0 && /^\s*$/.test(text.slice(at, i)) ? i : at;
      at = start + form.length;
      return { start: base + start, end: base + start + form.length };
    };
    for (let i = 0; i < s.words.length; i++) {
      const mwt = mwtAt.get(i);
      if (mwt) {
        const span = find(mwt.form);
        doc.tokens.push(span);
        // words of a multiword token: their own spans where their forms spell the token, else the token's
        const parts = s.words.slice(mwt.first, mwt.last + 1).map((w) => w.form);
        let offset = span.start;
        const spelt = parts.join('') === mwt.form;
        for (const part of parts) {
          wordSpans.push(spelt ? { start: offset, end: offset + part.length } : span);
          offset += part.length;
        }
        i = mwt.last;
        continue;
      }
      const span = find(s.words[i]!.form);
      doc.tokens.push(span);
      wordSpans.push(span);
    }
    doc.sentences.push({ start: wordSpans[0]!.start, end: wordSpans[wordSpans.length - 1]!.end });
    s.words.forEach((w, i) => void doc!.words.push({ ...wordSpans[i]!, upos: w.upos, deprel: w.deprel, head: w.head >= 0 ? wordSpans[w.head]! : undefined }));
  }
  return docs;
}

export interface RawTextScore {
  tokens: number;
  sentences: number;
  words: number;
  upos: number;
  uas: number;
  las: number;
}

const key = (s: Span | undefined) => (s ? `${s.start}:${s.end}` : 'root');
const f1 = (right: number, system: number, gold: number) => (system + gold === 0 ? 1 : (2 * right) / (system + gold));

/** Parses each rebuilt document with the project's own tokeniser and sentence splitter, and aligns words by span. */
export function scoreRawText(docs: GoldDocument[], model: SyntaxModel): RawTextScore {
  const counts = { tokens: [0, 0, 0], sentences: [0, 0, 0], words: [0, 0, 0], upos: 0, uas: 0, las: 0 };
  const overlap = (gold: Span[], system: Span[], into: number[]) => {
    const goldKeys = new Set(gold.map(key));
    into[0] += system.filter((s) => goldKeys.has(key(s))).length;
    into[1] += system.length;
    into[2] += gold.length;
  };
  for (const doc of docs) {
    const tokens = tokenize(doc.text);
    const sentences = splitSentences(doc.text, tokens);
    const systemWords: AlignedWord[] = [];
    const systemTokens: Span[] = [];
    for (const s of sentences) {
      const words: SyntaxWord[] = syntaxWords(tokens, s.firstToken, s.lastToken);
      const parsed = analyzeWords(words, model);
      for (const w of parsed) {
        const head = w.head >= 0 ? parsed[w.head]! : undefined;
        systemWords.push({ start: w.start, end: w.end, upos: w.upos, deprel: w.deprel, head: head && { start: head.start, end: head.end } });
      }
      // a surface token: the words of one project token spelt together (fused), else each word
      for (const w of words) {
        const last = systemTokens[systemTokens.length - 1];
        if (w.fused && last && w.start === last.end && words.some((o) => o !== w && o.token === w.token && o.start < w.start)) last.end = w.end;
        else systemTokens.push({ start: w.start, end: w.end });
      }
    }
    overlap(doc.tokens, systemTokens, counts.tokens);
    overlap(doc.sentences, sentences, counts.sentences);
    overlap(doc.words, systemWords, counts.words);
    const goldByKey = new Map(doc.words.map((w) => [key(w), w]));
    for (const w of systemWords) {
      const g = goldByKey.get(key(w));
      if (!g) continue;
      if (g.upos === w.upos) counts.upos++;
      if (key(g.head) === key(w.head)) {
        counts.uas++;
        if (universal(g.deprel) === universal(w.deprel)) counts.las++;
      }
    }
  }
  const [, systemWords, goldWords] = counts.words as [number, number, number];
  return {
    tokens: f1(counts.tokens[0]!, counts.tokens[1]!, counts.tokens[2]!),
    sentences: f1(counts.sentences[0]!, counts.sentences[1]!, counts.sentences[2]!),
    words: f1(counts.words[0]!, systemWords, goldWords),
    upos: f1(counts.upos, systemWords, goldWords),
    uas: f1(counts.uas, systemWords, goldWords),
    las: f1(counts.las, systemWords, goldWords),
  };
}

function main(): number {
  const { values } = parseArgs({
    options: {
      gold: { type: 'string', default: packageFile('../shared/data/ud-english-ewt/en_ewt-ud-test.conllu') },
      model: { type: 'string' },
      'gold-tags': { type: 'boolean', default: false },
      beam: { type: 'string' },
    },
  });
  const gold = values.gold!;
  if (!existsSync(gold)) {
    console.log(`eval:ud: skipped: ${gold} is not there (../shared beside the project holds UD English-EWT; or pass --gold FILE.conllu)`);
    return 0;
  }
  const sentences = readConllu(readFileSync(gold, 'utf8'));
  if (!sentences.some((s) => s.comments.has('text'))) {
    console.error(`eval:ud: ${gold} has no '# text = …' lines; the raw-text score needs them`);
    return 1;
  }
  const model = values.model ? loadSyntaxModel(values.model) : syntaxModel();
  if (values.beam && model.parser.nonMonotonic) {
    console.error('eval:ud: --beam decodes arc-eager transitions; this model was trained for the non-monotonic ones');
    return 1;
  }
  if (values.beam) model.parser.beam = Number(values.beam);
  const t0 = performance.now();
  const g = scoreGoldTokens(sentences, model, values['gold-tags']);
  if (values['gold-tags']) {
    console.log(
      `gold tokens and gold tags (UPOS, and XPOS for a fine-tag model): UAS ${g.uas.toFixed(3)} · LAS ${g.las.toFixed(3)} (with subtypes ${g.fullLas.toFixed(3)})`,
    );
    return 0;
  }
  const raw = scoreRawText(goldDocuments(sentences), model);
  const pct = (x: number) => x.toFixed(3);
  console.log(`${gold}: ${sentences.length} sentences, ${g.words} words (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(`gold tokens: UPOS ${pct(g.upos)} · UAS ${pct(g.uas)} · LAS ${pct(g.las)} (with subtypes ${pct(g.fullLas)})`);
  console.log(
    `raw text F1: tokens ${pct(raw.tokens)} · sentences ${pct(raw.sentences)} · words ${pct(raw.words)} · UPOS ${pct(raw.upos)} · UAS ${pct(raw.uas)} · LAS ${pct(raw.las)}`,
  );
  console.log(`ud: UPOS ${pct(g.upos)} · UAS ${pct(g.uas)} · LAS ${pct(g.las)} · raw LAS F1 ${pct(raw.las)}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
