// npm run train:syntax [-- --tagger-epochs N] [-- --parser-epochs N] [-- --beam K] [-- --out FILE] [-- --data DIR]
// Experiments: --non-monotonic (the greedy parser on the non-monotonic arc-eager transitions of Honnibal, Goldberg
// and Johnson 2013), --update early (early update instead of max-violation), --train-slice N (the first N training
// sentences), --tagger-passes 2 (fine tags only: a second tagger pass), --clusters-cache FILE and --tags-cache FILE
// (the clusters, the tagger and the jackknifed tags kept between runs: the same either way, so the model's bytes
// do not change).
// Trains the syntax model on Universal Dependencies English-EWT: the training portion to learn, the dev portion
// to choose the number of epochs (each table keeps its best epoch on dev); the test portion is never read here
// (npm run eval:ud reports it). Reproducible: sentences are shuffled each epoch by a fixed seed, so the same data
// gives a byte-identical model.
//
// 1. The tags: the universal ones, or with --fine-tags the (UPOS, XPOS) pairs ("VERB|VBD"); the lexicon: each
//    word's ambiguity class, the fixed tag of frequent unambiguous words, lemma exceptions.
// 2. The tagger: a greedy averaged perceptron (with --tagger-passes 2, a second pass that reads the first's
//    tags, trained on the first pass's jackknifed tags, so it learns from tags as wrong as the ones it will read).
// 3. Tags for the parser's training data by ten-fold jackknifing, so it learns from tags as wrong as the ones
//    it will see.
// 4. The parser: by default greedy arc-eager actions trained with the dynamic oracle and error exploration
//    (Goldberg & Nivre 2012, 2013); with --beam K > 1, actions in a beam of K states trained globally, max-violation updates
//    against the static oracle's sequence (Zhang & Nivre 2011; Huang, Fayong & Guo 2012); with --non-monotonic,
//    greedy actions that can replace an earlier arc. Arc labels by a second perceptron.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageFile } from '../../paths.js';
import { DEFAULT_CLUSTER_OPTIONS, gloveClusters } from './clusters.js';
import { readConllu } from './conllu.js';
import { SYNTAX_MODEL_PATH } from './index.js';
import { Lexicon, TagSet } from './lexical.js';
import { decodeSyntaxModel, encodeSyntaxModel, type EncodedTable, NON_MONOTONIC, VECTORS_CREDIT } from './model.js';
import {
  buildLexicon,
  buildTagSet,
  JACKKNIFE_FOLDS,
  jackknifeTags,
  learnLemmas,
  SEED,
  tableOf,
  tagAll,
  toTrainingSentences,
  trainParser,
  trainParserBeam,
  trainTagger,
} from './training.js';

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: packageFile('../shared/data/ud-english-ewt') },
      out: { type: 'string', default: packageFile(SYNTAX_MODEL_PATH) },
      'tagger-epochs': { type: 'string', default: '10' },
      'fine-tags': { type: 'boolean', default: false },
      'tagger-passes': { type: 'string', default: '1' },
      'parser-epochs': { type: 'string', default: '15' },
      'jackknife-epochs': { type: 'string' },
      'no-clusters': { type: 'boolean', default: false },
      'clusters-cache': { type: 'string' },
      // experiments: the tagger and the jackknifed tags (deterministic, the same either way) kept between runs
      'tags-cache': { type: 'string' },
      beam: { type: 'string', default: '1' },
      'non-monotonic': { type: 'boolean', default: false },
      update: { type: 'string', default: 'max' },
      'train-slice': { type: 'string' },
    },
  });
  const trainFile = join(values.data!, 'en_ewt-ud-train.conllu');
  const devFile = join(values.data!, 'en_ewt-ud-dev.conllu');
  if (!existsSync(trainFile) || !existsSync(devFile)) {
    console.error(`train:syntax: ${trainFile} and ${devFile} are needed; put ../shared beside the project or pass --data DIR`);
    process.exit(1);
  }
  const log = (s: string) => console.log(s);
  const started = Date.now();
  const labelIndex = new Map<string, number>([['root', 0]]);
  const trainRaw = readConllu(readFileSync(trainFile, 'utf8'));
  const devRaw = readConllu(readFileSync(devFile, 'utf8'));
  const fine = values['fine-tags']!;
  const tagSet = fine ? buildTagSet(trainRaw) : TagSet.universal;
  const train = toTrainingSentences(trainRaw, labelIndex, tagSet);
  const dev = toTrainingSentences(devRaw, labelIndex, tagSet);
  const labelNames = [...labelIndex.keys()];
  log(`train:syntax: ${train.length} training sentences, ${dev.length} dev sentences, ${tagSet.size} tags, ${labelNames.length} labels`);

  log('clusters:');
  const cache = values['clusters-cache'];
  let clusters: Map<number, number>;
  if (values['no-clusters']) clusters = new Map();
  else if (cache && existsSync(cache)) clusters = new Map(JSON.parse(readFileSync(cache, 'utf8')) as Array<[number, number]>);
  else {
    clusters = gloveClusters(DEFAULT_CLUSTER_OPTIONS, log);
    // clustering takes minutes: a cache file lets experiments skip it (the clusters are the same either way)
    if (cache) writeFileSync(cache, JSON.stringify([...clusters]));
  }
  const lexiconData = buildLexicon(train, clusters, tagSet.size);
  const lexicon = new Lexicon(lexiconData);
  const lemmas = learnLemmas(trainRaw);
  log(
    `lexicon: ${lexiconData.ambiguity.size} ambiguity classes, ${lexiconData.fixed.size} fixed tags, ${clusters.size} clustered words, ${lemmas.size} lemma exceptions`,
  );

  // the tagger's passes and the jackknifed tags take most of the time: experiments on the parser alone can reuse them
  type Trained = { table: EncodedTable; accuracy: number; epoch: number };
  const toJson = (t: Trained) => ({ keys: [...t.table.keys], values: [...t.table.values], scale: t.table.scale, accuracy: t.accuracy, epoch: t.epoch });
  const fromJson = (c: ReturnType<typeof toJson>): Trained => ({
    table: { keys: Int32Array.from(c.keys), values: Int16Array.from(c.values), scale: c.scale },
    accuracy: c.accuracy,
    epoch: c.epoch,
  });
  const passes = Number(values['tagger-passes']);
  if (passes > 1 && !fine) {
    console.error('train:syntax: --tagger-passes 2 needs --fine-tags');
    process.exit(1);
  }
  const tagsCache = values['tags-cache'];
  let tagger: Trained;
  let tagger2: Trained | undefined;
  let trainTags: Uint8Array[];
  let devTags: Uint8Array[];
  if (tagsCache && existsSync(tagsCache)) {
    const c = JSON.parse(readFileSync(tagsCache, 'utf8')) as {
      first: ReturnType<typeof toJson>;
      second?: ReturnType<typeof toJson>;
      train: number[][];
      dev: number[][];
    };
    tagger = fromJson(c.first);
    tagger2 = c.second && fromJson(c.second);
    trainTags = c.train.map((t) => Uint8Array.from(t));
    devTags = c.dev.map((t) => Uint8Array.from(t));
    log(`tagger and jackknifed tags from ${tagsCache}: dev UPOS ${(tagger2 ?? tagger).accuracy.toFixed(4)}`);
  } else {
    const epochs = Number(values['tagger-epochs']);
    log(passes > 1 ? 'tagger, first pass:' : 'tagger:');
    tagger = trainTagger(train, dev, lexicon, tagSet, epochs, log);
    log(`tagger: best dev UPOS ${tagger.accuracy.toFixed(4)} at epoch ${tagger.epoch}`);
    log(passes > 1 ? 'jackknifed first-pass tags:' : 'jackknifed tags for the parser:');
    const trainFirst = jackknifeTags(train, clusters, tagSet, Number(values['jackknife-epochs'] ?? tagger.epoch), log);
    const devFirst = tagAll(tableOf(tagSet.size, tagger.table), lexicon, dev);
    if (passes > 1) {
      log('tagger, second pass:');
      tagger2 = trainTagger(train, dev, lexicon, tagSet, epochs, log, { train: trainFirst, dev: devFirst });
      log(`tagger, second pass: best dev UPOS ${tagger2.accuracy.toFixed(4)} at epoch ${tagger2.epoch}`);
      log('jackknifed second-pass tags for the parser:');
      trainTags = jackknifeTags(train, clusters, tagSet, Number(values['jackknife-epochs'] ?? tagger2.epoch), log, trainFirst);
      devTags = tagAll(tableOf(tagSet.size, tagger2.table), lexicon, dev, devFirst);
    } else {
      trainTags = trainFirst;
      devTags = devFirst;
    }
    if (tagsCache)
      writeFileSync(
        tagsCache,
        JSON.stringify({ first: toJson(tagger), second: tagger2 && toJson(tagger2), train: trainTags.map((t) => [...t]), dev: devTags.map((t) => [...t]) }),
      );
  }

  log('parser:');
  const slice = values['train-slice'] ? Number(values['train-slice']) : train.length;
  const beam = Number(values.beam);
  const data = [
    train.slice(0, slice),
    trainTags.slice(0, slice),
    dev,
    devTags,
    lexicon,
    fine ? tagSet.upos : undefined,
    labelNames,
    Number(values['parser-epochs']),
  ] as const;
  const nonMonotonic = values['non-monotonic']!;
  if (nonMonotonic && beam > 1) {
    console.error('train:syntax: --non-monotonic is for the greedy parser, not --beam');
    process.exit(1);
  }
  const parser = beam > 1 ? trainParserBeam(...data, beam, values.update === 'early' ? 'early' : 'max', log) : trainParser(...data, log, nonMonotonic);
  log(`parser: best dev UAS ${parser.score.uas.toFixed(4)} LAS ${parser.score.las.toFixed(4)} at epoch ${parser.epoch}`);

  const file = encodeSyntaxModel({
    header: {
      tags: fine ? [...tagSet.names] : undefined,
      labels: labelNames,
      beam: beam > 1 ? beam : undefined,
      transitions: nonMonotonic ? NON_MONOTONIC : undefined,
      vectors: clusters.size ? VECTORS_CREDIT : undefined,
      training: {
        data: 'UD_English-EWT v2.15: en_ewt-ud-train.conllu to learn, en_ewt-ud-dev.conllu to choose epochs',
        seed: SEED,
        taggerEpochs: tagger2 ? [tagger.epoch, tagger2.epoch] : tagger.epoch,
        parserEpochs: parser.epoch,
        jackknifeFolds: JACKKNIFE_FOLDS,
        devUpos: Number((tagger2 ?? tagger).accuracy.toFixed(4)),
        devUas: Number(parser.score.uas.toFixed(4)),
        devLas: Number(parser.score.las.toFixed(4)),
      },
    },
    tagger: tagger.table,
    tagger2: tagger2?.table,
    actions: parser.actions,
    labels: parser.labels,
    lexicon: lexiconData,
    lemmas,
  });
  // the written model must read back and score as trained
  decodeSyntaxModel(file, values.out);
  writeFileSync(values.out!, file);
  log(`wrote ${values.out} (${(file.length / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
