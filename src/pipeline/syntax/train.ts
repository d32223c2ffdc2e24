// npm run train:syntax [-- --tagger-epochs N] [-- --parser-epochs N] [-- --out FILE] [-- --data DIR]
//   [-- --clusters-cache FILE] [-- --tagger-cache FILE] (experiments: reuse the clusters, or the tagger and its tags)
// Trains the syntax model on Universal Dependencies English-EWT: the training portion to learn, the dev portion
// to choose the number of epochs (each table keeps its best epoch on dev); the test portion is never read here
// (npm run eval:ud reports it). Reproducible: sentences are shuffled each epoch by a fixed seed, so the same data
// gives a byte-identical model.
//
// 1. The lexicon: each word's ambiguity class, the fixed tag of frequent unambiguous words, lemma exceptions.
// 2. The tagger: greedy averaged perceptron.
// 3. Tags for the parser's training data by ten-fold jackknifing, so it learns from tags as wrong as the ones
//    it will see.
// 4. The parser: arc-eager actions trained with the dynamic oracle and error exploration (Goldberg & Nivre
//    2012, 2013), arc labels by a second perceptron.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageFile } from '../../paths.js';
import { DEFAULT_CLUSTER_OPTIONS, gloveClusters } from './clusters.js';
import { readConllu } from './conllu.js';
import { SYNTAX_MODEL_PATH } from './index.js';
import { Lexicon } from './lexical.js';
import { decodeSyntaxModel, encodeSyntaxModel, type EncodedTable } from './model.js';
import type { ParserModels } from './parser.js';
import { ACTION_COUNT } from './transitions.js';
import { attachmentScore, buildLexicon, buildTagSet, sumTables, tagAccuracy, JACKKNIFE_FOLDS, jackknifeTags, learnLemmas, SEED, tableOf, tagAll, toTrainingSentences, trainParser, trainTagger } from './training.js';

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: packageFile('../shared/data/ud-english-ewt') },
      out: { type: 'string', default: packageFile(SYNTAX_MODEL_PATH) },
      'tagger-epochs': { type: 'string', default: '10' },
      'parser-epochs': { type: 'string', default: '15' },
      'jackknife-epochs': { type: 'string' },
      'no-clusters': { type: 'boolean', default: false },
      'clusters-cache': { type: 'string' },
      'tagger-cache': { type: 'string' },
      'parser-seed': { type: 'string' },
      parsers: { type: 'string', default: '1' },
      taggers: { type: 'string', default: '1' },
      'tagger-only': { type: 'boolean', default: false },
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
  const tagSet = buildTagSet(trainRaw);
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
  log(`lexicon: ${lexiconData.ambiguity.size} ambiguity classes, ${lexiconData.fixed.size} fixed tags, ${clusters.size} clustered words, ${lemmas.size} lemma exceptions`);

  // the tagger and its jackknifed tags take most of the time: experiments on the parser alone can reuse them
  type Trained = { table: EncodedTable; accuracy: number; epoch: number };
  const taggerCache = values['tagger-cache'];
  let tagger: Trained;
  let tagger2: Trained;
  let devTags: Uint8Array[];
  let trainTags: Uint8Array[];
  const toJson = (t: Trained) => ({ keys: [...t.table.keys], values: [...t.table.values], scale: t.table.scale, accuracy: t.accuracy, epoch: t.epoch });
  const fromJson = (c: ReturnType<typeof toJson>): Trained => ({ table: { keys: Int32Array.from(c.keys), values: Int16Array.from(c.values), scale: c.scale }, accuracy: c.accuracy, epoch: c.epoch });
  if (taggerCache && existsSync(taggerCache)) {
    const c = JSON.parse(readFileSync(taggerCache, 'utf8')) as { first: ReturnType<typeof toJson>; second: ReturnType<typeof toJson>; dev: number[][]; train: number[][] };
    tagger = fromJson(c.first);
    tagger2 = fromJson(c.second);
    devTags = c.dev.map((t) => Uint8Array.from(t));
    trainTags = c.train.map((t) => Uint8Array.from(t));
    log(`tagger: from ${taggerCache}: dev UPOS ${tagger2.accuracy.toFixed(4)} (first pass ${tagger.accuracy.toFixed(4)})`);
  } else {
    const taggerEpochs = Number(values['tagger-epochs']);
    const taggerCount = Number(values.taggers);
    // an ensemble of taggers trained from different seeds, summed into one table (sumTables)
    const trainPass = (name: string, first?: { train: Uint8Array[]; dev: Uint8Array[] }): Trained => {
      const taggers: Trained[] = [];
      for (let k = 0; k < taggerCount; k++) {
        log(`${name}${taggerCount > 1 ? ` ${k + 1} of ${taggerCount}` : ''}:`);
        const one = trainTagger(train, dev, lexicon, tagSet, taggerEpochs, log, SEED + 1000 * k, first);
        log(`${name}: best dev UPOS ${one.accuracy.toFixed(4)} at epoch ${one.epoch}`);
        taggers.push(one);
      }
      if (taggerCount === 1) return taggers[0]!;
      const table = sumTables(tagSet.size, taggers.map((t) => t.table));
      const accuracy = tagAccuracy(tagSet, dev, tagAll(tableOf(tagSet.size, table), lexicon, dev, first?.dev));
      log(`${name}, taggers summed: dev UPOS ${accuracy.upos.toFixed(4)} (fine ${accuracy.fine.toFixed(4)})`);
      return { table, accuracy: accuracy.upos, epoch: Math.round(taggers.reduce((a, t) => a + t.epoch, 0) / taggerCount) };
    };
    // 1. the first pass; its tags of the training data by jackknifing, so the second pass learns from tags as
    //    wrong as the ones it will read
    tagger = trainPass('tagger, first pass');
    const devFirst = tagAll(tableOf(tagSet.size, tagger.table), lexicon, dev);
    log('jackknifed first-pass tags:');
    const trainFirst = jackknifeTags(train, clusters, tagSet, Number(values['jackknife-epochs'] ?? tagger.epoch), log, taggerCount);
    // 2. the second pass, reading the first pass's tags
    tagger2 = trainPass('tagger, second pass', { train: trainFirst, dev: devFirst });
    if (values['tagger-only']) return;
    devTags = tagAll(tableOf(tagSet.size, tagger2.table), lexicon, dev, devFirst);
    // 3. the parser's training tags: the second pass jackknifed
    log('jackknifed tags for the parser:');
    trainTags = jackknifeTags(train, clusters, tagSet, Number(values['jackknife-epochs'] ?? tagger2.epoch), log, taggerCount, trainFirst);
    if (taggerCache) writeFileSync(taggerCache, JSON.stringify({ first: toJson(tagger), second: toJson(tagger2), dev: devTags.map((t) => [...t]), train: trainTags.map((t) => [...t]) }));
  }

  // an ensemble of parsers trained from different seeds, summed into one table (sumTables)
  const parsers: Array<ReturnType<typeof trainParser>> = [];
  const count = Number(values.parsers);
  const firstSeed = values['parser-seed'] ? Number(values['parser-seed']) : SEED + 1;
  for (let k = 0; k < count; k++) {
    log(`parser${count > 1 ? ` ${k + 1} of ${count}` : ''}:`);
    const one = trainParser(train, trainTags, dev, devTags, lexicon, tagSet, labelNames, Number(values['parser-epochs']), log, firstSeed + 1000 * k);
    log(`parser: best dev UAS ${one.score.uas.toFixed(4)} LAS ${one.score.las.toFixed(4)} at epoch ${one.epoch}`);
    parsers.push(one);
  }
  let parser = parsers[0]!;
  if (count > 1) {
    const actions = sumTables(ACTION_COUNT, parsers.map((p) => p.actions));
    const labels = sumTables(labelNames.length, parsers.map((p) => p.labels));
    const models: ParserModels = { actions: tableOf(ACTION_COUNT, actions), labels: tableOf(labelNames.length, labels), labelNames, rootLabel: labelNames.indexOf('root'), tagUpos: tagSet.upos };
    const score = attachmentScore(models, lexicon, dev, devTags);
    log(`parsers summed: dev UAS ${score.uas.toFixed(4)} LAS ${score.las.toFixed(4)}`);
    parser = { actions, labels, score, epoch: parsers[0]!.epoch };
  }

  const file = encodeSyntaxModel({
    header: {
      tags: [...tagSet.names],
      labels: labelNames,
      training: {
        data: 'UD_English-EWT v2.15: en_ewt-ud-train.conllu to learn, en_ewt-ud-dev.conllu to choose epochs',
        seed: SEED,
        taggerEpochs: [tagger.epoch, tagger2.epoch],
        parserEpochs: parsers.map((p) => p.epoch),
        parserSeeds: parsers.map((_, k) => firstSeed + 1000 * k),
        jackknifeFolds: JACKKNIFE_FOLDS,
        devUpos: Number(tagger2.accuracy.toFixed(4)),
        devUas: Number(parser.score.uas.toFixed(4)),
        devLas: Number(parser.score.las.toFixed(4)),
      },
    },
    tagger: tagger.table,
    tagger2: tagger2.table,
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
