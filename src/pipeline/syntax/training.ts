// Training the syntax model (train.ts runs it as npm run train:syntax): the lexicon, the tagger, jackknifed tags,
// and the parser with the dynamic oracle. Reproducible: sentences are shuffled each epoch by fixed seeds.
import { seededRandom } from '../../random.js';
import { hashString, mix } from '../../text/hash.js';
import type { ConlluSentence } from './conllu.js';
import { Lexicon, TagSet, UPOS, UPOS_INDEX, type LexiconData } from './lexical.js';
import { lemmaKey, ruleLemma } from './lemma.js';
import type { EncodedTable } from './model.js';
import {
  Beam,
  beamSearch,
  bestAction,
  bestLabel,
  LABELER_FEATURES_MAX,
  labelerFeatures,
  PARSER_FEATURES_MAX,
  parserFeatures,
  singleRoot,
  type ParserModels,
} from './parser.js';
import { quantize, TrainingWeights, WeightTable, type Scorer } from './perceptron.js';
import { bestTag, TAGGER_FEATURES_MAX, taggerFeatures, tagWords } from './tagger.js';
import { ACTION_COUNT, actionCosts, actionCostsNonMonotonic, LEFT, ParseState, RIGHT, staticOracle } from './transitions.js';
import { parserInputOf, parseTagged, type Tree } from './tree.js';

export const SEED = 2018;
/** a word needs this many training occurrences for an ambiguity class: rarer ones look unseen, as at test time */
const AMBIGUITY_MIN_COUNT = 3;
/** a tag joins a word's ambiguity class from this share of its occurrences */
const AMBIGUITY_MIN_SHARE = 0.02;
/** frequent words tagged one way this often skip the tagger */
const FIXED_MIN_COUNT = 20;
const FIXED_MIN_SHARE = 0.995;
export const JACKKNIFE_FOLDS = 10;
/** a (UPOS, XPOS) pair needs this many training words to be a tag of its own; rarer ones take their universal tag's most frequent pair */
const FINE_TAG_MIN_COUNT = 20;
/** error exploration: from this epoch on, follow the model's own choice with this probability */
const EXPLORE_FROM_EPOCH = 2;
const EXPLORE_PROBABILITY = 0.9;

/** The fine tags of the training data: each universal tag's (UPOS, XPOS) pairs, most frequent first (--fine-tags). */
export function buildTagSet(sentences: ConlluSentence[]): TagSet {
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const w of s.words) if (UPOS_INDEX.has(w.upos)) counts.set(`${w.upos}|${w.xpos}`, (counts.get(`${w.upos}|${w.xpos}`) ?? 0) + 1);
  const names: string[] = [];
  for (const upos of UPOS) {
    const pairs = [...counts].filter(([k]) => k.startsWith(`${upos}|`)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    // every universal tag keeps at least its most frequent pair
    if (!pairs.length) names.push(`${upos}|_`);
    pairs.forEach(([k, c], i) => {
      if (i === 0 || c >= FINE_TAG_MIN_COUNT) names.push(k);
    });
  }
  return new TagSet(names);
}

/** A treebank sentence as the trainer reads it. */
export interface TrainingSentence {
  forms: string[];
  /** fine tags (TagSet) */
  tags: Uint8Array;
  /** heads 1-based, 0 the root (index 0 unused) */
  heads: Int32Array;
  labels: Int32Array;
}

export function toTrainingSentences(sentences: ConlluSentence[], labelIndex: Map<string, number>, tagSet: TagSet): TrainingSentence[] {
  return sentences.map((s) => {
    const n = s.words.length;
    const heads = new Int32Array(n + 1);
    const labels = new Int32Array(n + 1);
    s.words.forEach((w, i) => {
      heads[i + 1] = w.head + 1;
      let l = labelIndex.get(w.deprel);
      if (l === undefined) {
        l = labelIndex.size;
        labelIndex.set(w.deprel, l);
      }
      labels[i + 1] = l;
    });
    return { forms: s.words.map((w) => w.form), tags: Uint8Array.from(s.words, (w) => tagSet.of(w.upos, w.xpos)), heads, labels };
  });
}

/** Lifts non-projective arcs (to the head's head) until the tree is projective: the arc-eager system builds only those. */
export function projectivize(heads: Int32Array): Int32Array {
  const h = Int32Array.from(heads);
  const n = h.length - 1;
  const dominates = (a: number, d: number) => {
    for (let x = d; x !== 0; x = h[x]!) if (x === a) return true;
    return a === 0;
  };
  for (;;) {
    let worst = -1;
    let worstLength = Infinity;
    for (let d = 1; d <= n; d++) {
      const a = h[d]!;
      const [lo, hi] = a < d ? [a, d] : [d, a];
      let projective = true;
      for (let k = lo + 1; k < hi && projective; k++) if (!dominates(a, k)) projective = false;
      if (!projective && hi - lo < worstLength) {
        worst = d;
        worstLength = hi - lo;
      }
    }
    if (worst < 0) return h;
    h[worst] = h[h[worst]!]!;
  }
}

export function buildLexicon(train: TrainingSentence[], clusters: Map<number, number>, tagCount: number): LexiconData {
  const counts = new Map<number, Int32Array>();
  for (const s of train)
    s.forms.forEach((form, i) => {
      const key = hashString(form.toLowerCase());
      let c = counts.get(key);
      if (!c) {
        c = new Int32Array(tagCount);
        counts.set(key, c);
      }
      c[s.tags[i]!]++;
    });
  const ambiguity = new Map<number, number>();
  const fixed = new Map<number, number>();
  for (const [key, c] of [...counts].sort((a, b) => a[0] - b[0])) {
    const total = c.reduce((a, b) => a + b, 0);
    if (total < AMBIGUITY_MIN_COUNT) continue;
    // the set of tags as a bit mask while the tags fit in its bits (the universal tags), else as a hash (never
    // 0, which marks a word unseen)
    let mask = 0;
    let set = 0x2545f491;
    let top = 0;
    for (let t = 0; t < tagCount; t++) {
      if (c[t]! >= AMBIGUITY_MIN_SHARE * total) {
        mask |= 1 << t;
        set = mix(set, t);
      }
      if (c[t]! > c[top]!) top = t;
    }
    ambiguity.set(key, tagCount <= 31 ? mask : set || 1);
    if (total >= FIXED_MIN_COUNT && c[top]! >= FIXED_MIN_SHARE * total) fixed.set(key, top);
  }
  return { ambiguity, fixed, clusters };
}

export function learnLemmas(sentences: ConlluSentence[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences)
    for (const w of s.words) {
      if (w.upos === 'PROPN' || w.upos === 'NUM' || w.upos === 'SYM' || w.upos === 'X') continue;
      const key = lemmaKey(w.form, w.upos);
      let m = counts.get(key);
      if (!m) {
        m = new Map();
        counts.set(key, m);
      }
      m.set(w.lemma, (m.get(w.lemma) ?? 0) + 1);
    }
  const out = new Map<string, string>();
  for (const [key, m] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [best, n] = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    const [form, upos] = key.split('\t') as [string, string];
    if (n >= 2 && best !== ruleLemma(form, upos)) out.set(key, best);
  }
  return out;
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

export const infosOf = (lexicon: Lexicon, s: TrainingSentence) => s.forms.map((f) => lexicon.info(f));

function encodeTable(w: TrainingWeights, keepFraction = 1): EncodedTable {
  const { keys, values } = w.averaged();
  return quantize(w.classes, keys, values, keepFraction);
}

/**
 * The share of the beam parser's action rows kept (those with the largest weights): global training touches
 * many more features than greedy training, and the quarter with the smallest weights costs size (over the
 * 15 MB budget) and no accuracy on dev.
 */
const BEAM_ACTION_ROWS_KEPT = 0.75;

export const tableOf = (classes: number, t: EncodedTable) => new WeightTable(classes, t.keys, t.values, t.scale);

/** One tagger pass over sentences (with the first pass's tags of each, for the second). */
export function tagAll(model: Scorer, lexicon: Lexicon, sentences: TrainingSentence[], first?: Uint8Array[]): Uint8Array[] {
  return sentences.map((s, i) => {
    const out = new Uint8Array(s.forms.length);
    tagWords(model, infosOf(lexicon, s), out, undefined, first?.[i]);
    return out;
  });
}

/** The share of words whose universal tag is right, and whose fine tag is. */
export function tagAccuracy(tagSet: TagSet, sentences: TrainingSentence[], tags: Uint8Array[]): { upos: number; fine: number } {
  let upos = 0;
  let fine = 0;
  let total = 0;
  sentences.forEach((s, k) => {
    const out = tags[k]!;
    for (let i = 0; i < s.forms.length; i++) {
      if (out[i] === s.tags[i]) fine++;
      if (tagSet.upos[out[i]!] === tagSet.upos[s.tags[i]!]) upos++;
    }
    total += s.forms.length;
  });
  return { upos: upos / total, fine: fine / total };
}

/** The first pass's tags, for the second pass to read: of the training data (jackknifed) and of dev. */
export interface FirstPassTags {
  train: Uint8Array[];
  dev?: Uint8Array[];
}

/** Trains one tagger pass (the second with `first`); returns the table of the epoch with the best dev UPOS accuracy. */
export function trainTagger(
  train: TrainingSentence[],
  dev: TrainingSentence[] | undefined,
  lexicon: Lexicon,
  tagSet: TagSet,
  epochs: number,
  log: (s: string) => void,
  first?: FirstPassTags,
): { table: EncodedTable; accuracy: number; epoch: number } {
  const weights = new TrainingWeights(tagSet.size);
  // the training order goes with the first pass's tags of each sentence
  const order = train.map((_, i) => i);
  const random = seededRandom(SEED);
  const features = new Int32Array(TAGGER_FEATURES_MAX);
  let guesses = new Uint8Array(1024);
  let best = { table: undefined as EncodedTable | undefined, accuracy: -1, epoch: 0 };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const j of shuffled(order, random)) {
      const s = train[j]!;
      const context = first?.train[j];
      const infos = infosOf(lexicon, s);
      if (infos.length > guesses.length) guesses = new Uint8Array(infos.length * 2);
      for (let i = 0; i < infos.length; i++) {
        const guess = bestTag(weights, infos, i, guesses, features, context);
        const k = taggerFeatures(infos, i, guesses, features, context);
        weights.update(features, k, s.tags[i]!, guess);
        weights.tick();
        // the next words see the guessed tags, as at test time
        guesses[i] = guess;
        if (guess === s.tags[i]) right++;
        total++;
      }
    }
    if (!dev) {
      log(`  tagger epoch ${epoch}: train ${(right / total).toFixed(4)}`);
      if (epoch === epochs) best = { table: encodeTable(weights), accuracy: NaN, epoch };
      continue;
    }
    const table = encodeTable(weights);
    const { upos: accuracy, fine } = tagAccuracy(tagSet, dev, tagAll(tableOf(tagSet.size, table), lexicon, dev, first?.dev));
    log(`  tagger epoch ${epoch}: train ${(right / total).toFixed(4)} · dev UPOS ${accuracy.toFixed(4)} (fine ${fine.toFixed(4)})`);
    if (accuracy > best.accuracy) best = { table, accuracy, epoch };
  }
  return best as { table: EncodedTable; accuracy: number; epoch: number };
}

/** Contiguous folds: the treebank is in document order, so a fold's names and topics are unseen by the others, as at test time. */
const foldOf = (i: number, n: number) => Math.floor((i * JACKKNIFE_FOLDS) / n);

/**
 * Tags each training sentence with a tagger pass trained on the other folds; for the second pass, `first` holds
 * the first pass's jackknifed tags of every training sentence.
 */
export function jackknifeTags(
  train: TrainingSentence[],
  clusters: Map<number, number>,
  tagSet: TagSet,
  epochs: number,
  log: (s: string) => void,
  first?: Uint8Array[],
): Uint8Array[] {
  const out: Uint8Array[] = new Array(train.length);
  for (let fold = 0; fold < JACKKNIFE_FOLDS; fold++) {
    const inFold = (i: number) => foldOf(i, train.length) === fold;
    const rest = train.filter((_, i) => !inFold(i));
    // the fold's words must look as unseen to its tagger as test words do, ambiguity classes included
    const lexicon = new Lexicon(buildLexicon(rest, clusters, tagSet.size));
    const context = first && { train: first.filter((_, i) => !inFold(i)) };
    const { table } = trainTagger(rest, undefined, lexicon, tagSet, epochs, () => {}, context);
    const held = train.filter((_, i) => inFold(i));
    const tags = tagAll(
      tableOf(tagSet.size, table),
      lexicon,
      held,
      first?.filter((_, i) => inFold(i)),
    );
    let k = 0;
    train.forEach((_, i) => {
      if (inFold(i)) out[i] = tags[k++]!;
    });
    const { upos, fine } = tagAccuracy(tagSet, held, tags);
    log(`  jackknife fold ${fold + 1}/${JACKKNIFE_FOLDS}: UPOS ${upos.toFixed(4)} (fine ${fine.toFixed(4)})`);
  }
  return out;
}

export interface AttachmentScore {
  uas: number;
  las: number;
  words: number;
}

/** UAS and LAS over sentences with the given tags, punctuation included (as in CoNLL 2018), full relation labels. */
export function attachmentScore(models: ParserModels, lexicon: Lexicon, sentences: TrainingSentence[], tags: Uint8Array[]): AttachmentScore {
  let heads = 0;
  let labelled = 0;
  let words = 0;
  const tree: Tree = { heads: new Int32Array(1024), labels: new Int32Array(1024) };
  sentences.forEach((s, i) => {
    if (s.forms.length + 1 > tree.heads.length) {
      tree.heads = new Int32Array(s.forms.length * 2);
      tree.labels = new Int32Array(s.forms.length * 2);
    }
    parseTagged(models, infosOf(lexicon, s), tags[i]!, tree);
    for (let d = 1; d <= s.forms.length; d++) {
      if (tree.heads[d] === s.heads[d]) {
        heads++;
        if (tree.labels[d] === s.labels[d]) labelled++;
      }
      words++;
    }
  });
  return { uas: heads / words, las: labelled / words, words };
}

/** Gold heads as the parser numbers them: the root n + 1 instead of 0, and index n + 1 (the root) headless. */
export function rootLast(heads: Int32Array): Int32Array {
  const n = heads.length - 1;
  const out = new Int32Array(n + 2).fill(-1);
  for (let d = 1; d <= n; d++) out[d] = heads[d] === 0 ? n + 1 : heads[d]!;
  return out;
}

/**
 * The end of an epoch, for either trainer: the weights encoded as the model file would hold them (keeping that
 * fraction of the action rows), and the parser they make, set up as in training, scored on the dev portion.
 */
function scoreEpoch(
  actions: TrainingWeights,
  labels: TrainingWeights,
  actionRowsKept: number,
  training: ParserModels,
  lexicon: Lexicon,
  dev: TrainingSentence[],
  devTags: Uint8Array[],
): { encoded: { actions: EncodedTable; labels: EncodedTable }; score: AttachmentScore } {
  const encoded = { actions: encodeTable(actions, actionRowsKept), labels: encodeTable(labels) };
  const models: ParserModels = {
    ...training,
    actions: tableOf(ACTION_COUNT, encoded.actions),
    labels: tableOf(training.labelNames.length, encoded.labels),
  };
  return { encoded, score: attachmentScore(models, lexicon, dev, devTags) };
}

/**
 * Trains the greedy parser with the dynamic oracle and error exploration (Goldberg & Nivre 2012, 2013); with
 * nonMonotonic, for the non-monotonic arc-eager system (Honnibal, Goldberg and Johnson 2013).
 */
export function trainParser(
  train: TrainingSentence[],
  trainTags: Uint8Array[],
  dev: TrainingSentence[],
  devTags: Uint8Array[],
  lexicon: Lexicon,
  tagUpos: Uint8Array | undefined,
  labelNames: string[],
  epochs: number,
  log: (s: string) => void,
  nonMonotonic = false,
): { actions: EncodedTable; labels: EncodedTable; score: AttachmentScore; epoch: number } {
  const actions = new TrainingWeights(ACTION_COUNT);
  const labels = new TrainingWeights(labelNames.length);
  const rootLabel = labelNames.indexOf('root');
  const training: ParserModels = { actions, labels, labelNames, rootLabel, tagUpos, nonMonotonic };
  // the non-monotonic oracle charges SHIFT and RIGHT as if no repair followed: with the exact costs (SHIFT and
  // RIGHT often both free) the model learns to lean on repairs, and dev scores fall (UAS 0.834 against 0.844)
  const costsOf = nonMonotonic ? (st: ParseState, g: Int32Array, out: Int32Array) => actionCostsNonMonotonic(st, g, out, true) : actionCosts;
  const random = seededRandom(SEED + 1);
  const features = new Int32Array(PARSER_FEATURES_MAX);
  const labelFeatures = new Int32Array(LABELER_FEATURES_MAX);
  const scores = new Float64Array(ACTION_COUNT);
  const costs = new Int32Array(ACTION_COUNT);
  const st = new ParseState();
  const gold = train.map((s) => rootLast(projectivize(s.heads)));
  const trueHeads = train.map((s) => rootLast(s.heads));
  const order = train.map((_, i) => i);
  let best: { actions: EncodedTable; labels: EncodedTable; score: AttachmentScore; epoch: number } | undefined;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let mistakes = 0;
    let decisions = 0;
    for (const i of shuffled(order, random)) {
      const s = train[i]!;
      const goldHeads = gold[i]!;
      const x = parserInputOf(infosOf(lexicon, s), trainTags[i]!, tagUpos);
      st.reset(x.n);
      st.nonMonotonic = nonMonotonic;
      while (!st.done) {
        const k = parserFeatures(x, st, features);
        scores.fill(0);
        actions.score(features, k, scores);
        costsOf(st, goldHeads, costs);
        const guess = bestAction(st, scores);
        let minCost = Infinity;
        for (let a = 0; a < ACTION_COUNT; a++) if (st.valid(a)) minCost = Math.min(minCost, costs[a]!);
        let bestGold = -1;
        for (let a = 0; a < ACTION_COUNT; a++) if (st.valid(a) && costs[a] === minCost && (bestGold < 0 || scores[a]! > scores[bestGold]!)) bestGold = a;
        if (costs[guess]! > minCost) {
          actions.update(features, k, bestGold, guess);
          mistakes++;
        }
        actions.tick();
        decisions++;
        const explore = epoch >= EXPLORE_FROM_EPOCH && random() < EXPLORE_PROBABILITY;
        const action = costs[guess] === minCost || explore ? guess : bestGold;
        const arc = st.arcOf(action);
        if (arc >= 0) {
          const head = Math.floor(arc / 65536);
          const dep = arc % 65536;
          let label = rootLabel;
          if (head !== x.n + 1) {
            label = bestLabel(training, x, st, head, dep);
            if (trueHeads[i]![dep] === head) {
              const goldLabel = s.labels[dep]!;
              if (label !== goldLabel) {
                const n = labelerFeatures(x, st, head, dep, labelFeatures);
                labels.update(labelFeatures, n, goldLabel, label);
              }
              labels.tick();
              label = goldLabel;
            }
          }
          st.apply(action, label);
        } else st.apply(action);
      }
      singleRoot(training, x, st);
    }
    const { encoded, score } = scoreEpoch(actions, labels, 1, training, lexicon, dev, devTags);
    log(
      `  parser epoch ${epoch}: ${((100 * mistakes) / decisions).toFixed(2)}% wrong actions · dev UAS ${score.uas.toFixed(4)} LAS ${score.las.toFixed(4)} · rows ${actions.rows} / ${labels.rows}`,
    );
    if (!best || score.las > best.score.las) best = { ...encoded, score, epoch };
  }
  return best!;
}

/**
 * Trains the parser for beam search with global training (Zhang & Clark 2008; Zhang & Nivre 2011): each
 * sentence is decoded with a beam of `width`; the gold action sequence (the static oracle on the projectivised
 * tree) is compared with the beam's best item at the step of the largest violation (max-violation, Huang, Fayong
 * and Guo 2012) or where the gold item first falls off the beam (early update, Collins and Roark 2004), and the
 * weights move by the features of the two action sequences from where they part. The averaged perceptron counts
 * one example per sentence. The labeller learns along the gold sequence, from the labels it predicts there.
 */
export function trainParserBeam(
  train: TrainingSentence[],
  trainTags: Uint8Array[],
  dev: TrainingSentence[],
  devTags: Uint8Array[],
  lexicon: Lexicon,
  tagUpos: Uint8Array | undefined,
  labelNames: string[],
  epochs: number,
  width: number,
  update: 'max' | 'early',
  log: (s: string) => void,
): { actions: EncodedTable; labels: EncodedTable; score: AttachmentScore; epoch: number } {
  const actions = new TrainingWeights(ACTION_COUNT);
  const labels = new TrainingWeights(labelNames.length);
  const rootLabel = labelNames.indexOf('root');
  const training: ParserModels = { actions, labels, labelNames, rootLabel, tagUpos, beam: width };
  const random = seededRandom(SEED + 1);
  const features = new Int32Array(PARSER_FEATURES_MAX);
  const scores = new Float64Array(ACTION_COUNT);
  const goldState = new ParseState();
  const beam = new Beam();
  const gold = train.map((s) => rootLast(projectivize(s.heads)));
  const trueHeads = train.map((s) => rootLast(s.heads));
  const order = train.map((_, i) => i);
  let goldActions = new Int32Array(256);
  let goldFeatures = new Int32Array(256 * PARSER_FEATURES_MAX);
  let goldCounts = new Int32Array(256);
  let goldScores = new Float64Array(257);
  const labelUpdates: Array<{ features: Int32Array; truth: number; guess: number }> = [];
  const labelFeatures = new Int32Array(LABELER_FEATURES_MAX);
  let best: { actions: EncodedTable; labels: EncodedTable; score: AttachmentScore; epoch: number } | undefined;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let updates = 0;
    let stray = 0;
    let arcs = 0;
    for (const i of shuffled(order, random)) {
      const s = train[i]!;
      const goldHeads = gold[i]!;
      const x = parserInputOf(infosOf(lexicon, s), trainTags[i]!, tagUpos);
      const steps = 2 * x.n;
      if (goldActions.length < steps) {
        goldActions = new Int32Array(steps * 2);
        goldFeatures = new Int32Array(steps * 2 * PARSER_FEATURES_MAX);
        goldCounts = new Int32Array(steps * 2);
        goldScores = new Float64Array(steps * 2 + 1);
      }
      // the gold sequence, scored by the current weights, labelled by the labeller as at test time
      goldState.reset(x.n);
      labelUpdates.length = 0;
      let t = 0;
      goldScores[0] = 0;
      while (!goldState.done) {
        const a = staticOracle(goldState, goldHeads);
        const k = parserFeatures(x, goldState, features);
        goldFeatures.set(features.subarray(0, k), t * PARSER_FEATURES_MAX);
        goldCounts[t] = k;
        scores.fill(0);
        actions.score(features, k, scores);
        goldScores[t + 1] = goldScores[t]! + scores[a]!;
        goldActions[t] = a;
        if (a === LEFT || a === RIGHT) {
          const [head, dep] = a === LEFT ? [goldState.front, goldState.top] : [goldState.top, goldState.front];
          let label = rootLabel;
          if (head !== x.n + 1) {
            label = bestLabel(training, x, goldState, head, dep);
            if (trueHeads[i]![dep] === head) {
              arcs++;
              const goldLabel = s.labels[dep]!;
              const n = labelerFeatures(x, goldState, head, dep, labelFeatures);
              labelUpdates.push({ features: labelFeatures.slice(0, n), truth: goldLabel, guess: label });
            }
          }
          goldState.apply(a, label);
        } else goldState.apply(a);
        t++;
      }
      for (let d = 1; d <= x.n; d++) if (goldState.heads[d] !== goldHeads[d]) stray++;
      // the beam, and the step to update at
      beamSearch(training, x, width, beam, goldActions, update === 'early');
      const W = width;
      let at = -1;
      if (update === 'early') {
        if (!beam.traceGold[beam.steps * W]) at = beam.steps;
      } else {
        let worst = -Infinity;
        for (let u = 1; u <= beam.steps; u++) {
          if (beam.traceGold[u * W]) continue;
          const violation = beam.traceBestScore[u]! - goldScores[u]!;
          if (violation > worst) {
            worst = violation;
            at = u;
          }
        }
      }
      if (at > 0) {
        updates++;
        let j = 0;
        for (let u = at - 1; u >= 0; u--) {
          const slot = (u + 1) * W + j;
          const p = beam.traceParent[slot]!;
          const a = beam.traceAction[slot]!;
          actions.add(beam.traceFeatures.subarray((u * W + p) * PARSER_FEATURES_MAX), beam.traceCounts[u * W + p]!, a, -1);
          actions.add(goldFeatures.subarray(u * PARSER_FEATURES_MAX), goldCounts[u]!, goldActions[u]!, 1);
          if (beam.traceGold[u * W + p]) break;
          j = p;
        }
      }
      actions.tick();
      for (const l of labelUpdates) {
        labels.update(l.features, l.features.length, l.truth, l.guess);
        labels.tick();
      }
    }
    const { encoded, score } = scoreEpoch(actions, labels, BEAM_ACTION_ROWS_KEPT, training, lexicon, dev, devTags);
    log(
      `  parser epoch ${epoch} (beam ${width}, ${update} update): ${((100 * updates) / train.length).toFixed(1)}% sentences updated · ${stray} oracle misses · dev UAS ${score.uas.toFixed(4)} LAS ${score.las.toFixed(4)} · rows ${actions.rows} / ${labels.rows}`,
    );
    void arcs;
    if (!best || score.las > best.score.las) best = { ...encoded, score, epoch };
  }
  return best!;
}
