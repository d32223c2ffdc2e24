// The named-entity recogniser alone over the text of CoNLL-2003 eng.train: model load time, then tokens a
// second through recognizeEntities (features, scoring, Viterbi, document rules) on pre-tokenised documents,
// median of 3 runs after a warm-up. The whole pipeline's figure is the extract section's.
import { loadModel } from '../pipeline/ner/model.js';
import { NER_MODEL_PATH, recognizeEntities } from '../pipeline/ner/index.js';
import { splitSentences, tokenize } from '../pipeline/text/tokenize.js';
import { packageFile } from '../paths.js';
import { conllTrainFile, prepareConll } from './extract.js';
import { median, type BenchSection } from './section.js';

export const nerBench: BenchSection = {
  key: 'ner',
  async run({ log }) {
    const train = conllTrainFile('ner', log);
    if (!train) return undefined;
    const t0 = performance.now();
    const model = loadModel(packageFile(NER_MODEL_PATH));
    const loadMs = performance.now() - t0;
    const documents = prepareConll(train).map((d) => {
      const tokens = tokenize(d.text);
      return { text: d.text, tokens, sentences: splitSentences(d.text, tokens) };
    });
    const tokens = documents.reduce((n, d) => n + d.tokens.length, 0);
    for (const d of documents.slice(0, 50)) recognizeEntities(d.text, d.tokens, d.sentences, model); // warm the JIT
    const seconds: number[] = [];
    const cpuSeconds: number[] = [];
    let spans = 0;
    for (let run = 0; run < 3; run++) {
      spans = 0;
      const t = performance.now();
      const cpu = process.cpuUsage();
      for (const d of documents) spans += recognizeEntities(d.text, d.tokens, d.sentences, model).length;
      seconds.push((performance.now() - t) / 1000);
      const used = process.cpuUsage(cpu);
      cpuSeconds.push((used.user + used.system) / 1e6);
    }
    const s = median(seconds);
    // CPU time as well as wall time: on a shared machine wall time also counts the other jobs' turns
    const c = median(cpuSeconds);
    const result = {
      tokens,
      spans,
      model_load_ms: Math.round(loadMs),
      model_features: model.size,
      seconds_median: +s.toFixed(3),
      tokens_per_s: Math.round(tokens / s),
      tokens_per_cpu_s: Math.round(tokens / c),
    };
    log(
      `ner: ${tokens} tokens, ${spans} spans, ${result.tokens_per_s} tokens/s (${result.tokens_per_cpu_s} per CPU second; medians of 3), model loaded in ${result.model_load_ms} ms`,
    );
    return result;
  },
};
