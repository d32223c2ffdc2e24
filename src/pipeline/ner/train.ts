// npm run train:ner [-- --epochs N] [-- --train FILE] [-- --out FILE]
// Trains the recogniser's model on CoNLL-2003 eng.train (structured averaged perceptron, BILOU, Viterbi) and
// writes the committed model file. Reproducible: documents are read in file order and shuffled each epoch by
// a fixed seed. Two phases: train on nine documents in ten and score the tenth (the printed dev score), then
// train on all of eng.train for the same number of epochs and write that model. eng.testa, when present, is
// only scored for the report; nothing is learnt or chosen from it.
import { existsSync } from 'node:fs';
import { writeFileAtomic } from '../../store/atomic.js';
import { parseArgs } from 'node:util';
import { packageFile } from '../../paths.js';
import { readConll, scoreSpans, formatScore, tokenizeDocument, type CharSpan, type TokenizedDocument } from './conll.js';
import { extractFeatures, hashString, type DocumentFeatures } from './features.js';
import { TAG_COUNT, spansToTags, tagsToSpans } from './tags.js';
import { TRANSITION_MASK, TRANSITION_SIZE, decodeModel, emitRows, encodeModel, transitionIndex, type Weights } from './model.js';
import { tagDocument } from './tagger.js';
import { NER_MODEL_PATH } from './index.js';
import { seededRandom } from '../../random.js';

interface Example {
  doc: TokenizedDocument;
  features: DocumentFeatures;
  gold: Uint8Array;
}

/** Averaged perceptron weights that grow a row the first time a feature takes part in an update. */
class TrainingWeights implements Weights {
  readonly features = new Map<number, number>();
  values = new Float64Array(1 << 20);
  private totals = new Float64Array(1 << 20);
  readonly transitions = new Float64Array(TRANSITION_SIZE);
  private transitionTotals = new Float64Array(TRANSITION_SIZE);
  /** number of updates seen so far (one per sentence), for averaging */
  clock = 1;

  readonly row = (hash: number): number => this.features.get(hash) ?? -1;

  emit(features: DocumentFeatures, a: number, b: number, out: Float64Array): void {
    emitRows(this.row, this.values, features, a, b, out);
  }

  private rowFor(hash: number): number {
    let r = this.features.get(hash);
    if (r !== undefined) return r;
    r = this.features.size;
    this.features.set(hash, r);
    if ((r + 1) * TAG_COUNT > this.values.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.values = grow(this.values);
      this.totals = grow(this.totals);
    }
    return r;
  }

  updateFeatures(features: DocumentFeatures, token: number, tag: number, delta: number): void {
    const update = (hash: number) => {
      const k = this.rowFor(hash) * TAG_COUNT + tag;
      this.values[k] += delta;
      this.totals[k] += this.clock * delta;
    };
    for (const h of features.words[token]!.hashes) update(h);
    for (let j = features.offsets[token]!; j < features.offsets[token + 1]!; j++) update(features.hashes[j]!);
  }

  updateTransition(from: number, to: number, delta: number): void {
    const k = transitionIndex(from, to);
    this.transitions[k] += delta;
    this.transitionTotals[k] += this.clock * delta;
  }

  /** The averaged weights (w − Σ c·Δ / c), as a separate set. */
  averaged(): { weights: Weights & { features: Map<number, number>; values: Float64Array }; transitions: Float64Array } {
    const values = new Float64Array(this.features.size * TAG_COUNT);
    for (let k = 0; k < values.length; k++) values[k] = this.values[k]! - this.totals[k]! / this.clock;
    const transitions = new Float64Array(TRANSITION_SIZE);
    for (let k = 0; k < TRANSITION_SIZE; k++) transitions[k] = this.transitions[k]! - this.transitionTotals[k]! / this.clock;
    const features = this.features;
    const row = (h: number) => features.get(h) ?? -1;
    return { weights: { features, values, emit: (f, a, b, out) => emitRows(row, values, f, a, b, out) }, transitions };
  }
}

const masked = (transitions: Float64Array) => transitions.map((v, k) => v + TRANSITION_MASK[k]!);

function train(examples: Example[], epochs: number, seed: number, onEpoch?: (epoch: number, w: TrainingWeights) => void): TrainingWeights {
  const w = new TrainingWeights();
  const instances: Array<[number, number]> = [];
  examples.forEach((ex, d) => {
    ex.doc.sentences.forEach((_, s) => void instances.push([d, s]));
  });
  const rand = seededRandom(seed);
  const predicted = new Uint8Array(1024);
  let scores = new Float64Array(1024 * TAG_COUNT);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = instances.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [instances[i], instances[j]] = [instances[j]!, instances[i]!];
    }
    let mistakes = 0;
    for (const [d, s] of instances) {
      const ex = examples[d]!;
      const sent = ex.doc.sentences[s]!;
      const a = sent.firstToken;
      const n = sent.lastToken - a;
      if (n * TAG_COUNT > scores.length) scores = new Float64Array(n * TAG_COUNT);
      const pred = n <= predicted.length ? predicted.subarray(0, n) : new Uint8Array(n);
      const sentence = [{ ...sent, firstToken: 0, lastToken: n }];
      const shifted: DocumentFeatures = {
        words: ex.features.words.slice(a, a + n),
        hashes: ex.features.hashes,
        offsets: ex.features.offsets.subarray(a, a + n + 1),
      };
      pred.set(tagDocument(w, masked(w.transitions), shifted, sentence, n));
      const gold = ex.gold.subarray(a, a + n);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        if (pred[i] === gold[i]) continue;
        wrong = true;
        w.updateFeatures(shifted, i, gold[i]!, 1);
        w.updateFeatures(shifted, i, pred[i]!, -1);
      }
      if (wrong) {
        mistakes++;
        for (let i = 0; i <= n; i++) {
          const gp = i > 0 ? gold[i - 1]! : -1;
          const gt = i < n ? gold[i]! : -1;
          const pp = i > 0 ? pred[i - 1]! : -1;
          const pt = i < n ? pred[i]! : -1;
          if (gp === pp && gt === pt) continue;
          w.updateTransition(gp, gt, 1);
          w.updateTransition(pp, pt, -1);
        }
      }
      w.clock++;
    }
    console.error(`train:ner: epoch ${epoch}: ${mistakes} of ${instances.length} sentences wrong, ${w.features.size} features`);
    onEpoch?.(epoch, w);
  }
  return w;
}

function predictChars(weights: Weights, transitions: Float64Array, ex: Example): CharSpan[] {
  const tags = tagDocument(weights, transitions, ex.features, ex.doc.sentences, ex.doc.tokens.length);
  return tagsToSpans(tags).map((s) => ({ start: ex.doc.tokens[s.first]!.start, end: ex.doc.tokens[s.last - 1]!.end, cls: s.cls }));
}

function evaluate(weights: Weights, transitions: Float64Array, examples: Example[]) {
  return scoreSpans(examples.map((ex) => ({ gold: ex.doc.gold, predicted: predictChars(weights, transitions, ex) })));
}

function prepare(docs: TokenizedDocument[], commonWords: Set<number>): Example[] {
  return docs.map((doc) => {
    const gold = new Uint8Array(doc.tokens.length);
    spansToTags(doc.goldTokens, gold);
    return { doc, features: extractFeatures(doc.tokens, doc.sentences, { commonWords }), gold };
  });
}

/**
 * Words the training text writes in lower case at least twice ("shares", "police"): a capitalised one at the
 * start of a sentence is probably not a name. Letters only, two or more.
 */
function commonWordsOf(docs: TokenizedDocument[]): Set<number> {
  const counts = new Map<string, number>();
  for (const d of docs) for (const t of d.tokens) if (/^\p{Ll}[\p{Ll}'-]+$/u.test(t.text)) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => hashString(w)));
}

function main() {
  const { values } = parseArgs({
    options: {
      train: { type: 'string', default: packageFile('../shared/data/conll2003/eng.train') },
      report: { type: 'string', default: packageFile('../shared/data/conll2003/eng.testa') },
      out: { type: 'string', default: packageFile(NER_MODEL_PATH) },
      epochs: { type: 'string', default: '10' },
      seed: { type: 'string', default: '2003' },
      'skip-dev': { type: 'boolean', default: false },
      'report-float': { type: 'boolean', default: false },
      'dev-out': { type: 'string' },
    },
  });
  const epochs = Number(values.epochs);
  const seed = Number(values.seed);
  const t0 = performance.now();
  const trainDocs = readConll(values.train).map(tokenizeDocument);
  const commonWords = commonWordsOf(trainDocs);
  const all = prepare(trainDocs, commonWords);
  const tokenCount = all.reduce((n, ex) => n + ex.doc.tokens.length, 0);
  console.error(
    `train:ner: ${all.length} documents, ${tokenCount} tokens, ${commonWords.size} common words from ${values.train} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );

  let devScore: ReturnType<typeof evaluate> | undefined;
  if (!values['skip-dev']) {
    // dev: every tenth document of eng.train, held out from phase one
    const dev = all.filter((_, i) => i % 10 === 9);
    const rest = all.filter((_, i) => i % 10 !== 9);
    const phaseOne = train(rest, epochs, seed, (epoch, w) => {
      const { weights, transitions } = w.averaged();
      devScore = evaluate(weights, masked(transitions), dev);
      console.error(
        `train:ner: epoch ${epoch}: held-out PER/LOC/ORG F1 ${devScore['PER/LOC/ORG'].f1.toFixed(4)}, all four classes ${((devScore.PER.f1 + devScore.LOC.f1 + devScore.ORG.f1 + devScore.MISC.f1) / 4).toFixed(4)} (macro)`,
      );
    });
    console.log(`held-out tenth of eng.train (${dev.length} documents), after ${epochs} epochs:\n${formatScore(devScore!)}`);
    // the nine-tenths model, for experiments on the held-out tenth (documents i % 10 === 9)
    if (values['dev-out']) {
      const a = phaseOne.averaged();
      writeFileAtomic(
        values['dev-out'],
        encodeModel(
          { confidenceScale: 1, training: { data: 'CoNLL-2003 eng.train, nine tenths' } },
          a.weights.features,
          a.weights.values,
          a.transitions,
          commonWords,
        ),
      );
    }
  }

  const final = train(all, epochs, seed).averaged();
  // confidence scale: the median margin of the tokens the model puts in spans, over the training data
  const margins: number[] = [];
  for (const ex of all.filter((_, i) => i % 10 === 9)) {
    const m = new Float64Array(ex.doc.tokens.length);
    const tags = tagDocument(final.weights, masked(final.transitions), ex.features, ex.doc.sentences, ex.doc.tokens.length, m);
    tags.forEach((t, i) => {
      if (t) margins.push(m[i]!);
    });
  }
  margins.sort((a, b) => a - b);
  const file = encodeModel(
    {
      confidenceScale: margins[margins.length >> 1] ?? 1,
      training: {
        data: 'CoNLL-2003 eng.train',
        documents: all.length,
        tokens: tokenCount,
        epochs,
        seed,
        heldOutF1: devScore ? Number(devScore['PER/LOC/ORG'].f1.toFixed(4)) : undefined,
      },
    },
    final.weights.features,
    final.weights.values,
    final.transitions,
    commonWords,
  );
  writeFileAtomic(values.out, file);
  const model = decodeModel(file);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`wrote ${values.out}: ${model.size} features, ${(file.length / 1e6).toFixed(2)} MB; training took ${seconds.toFixed(0)} s`);
  if (existsSync(values.report)) {
    const testa = prepare(readConll(values.report).map(tokenizeDocument), commonWords);
    console.log(`eng.testa (reported only), quantised model:\n${formatScore(evaluate(model, model.transitions, testa))}`);
    if (values['report-float']) console.log(`eng.testa, weights before quantising:\n${formatScore(evaluate(final.weights, masked(final.transitions), testa))}`);
  }
}

main();
