// The syntax stage alone over the text of CoNLL-2003 eng.train (news): tokens a second through tagging,
// lemmatising and parsing (analyzeSyntax) on pre-tokenised documents, one core, median of 3 runs after a
// warm-up; the model's load time; and the peak resident memory. It runs in a child process of its own so the
// load time is a cold one and the peak memory is the syntax stage's, not the benchmark's.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packageFile } from '../paths.js';
import { analyzeSyntax, SYNTAX_MODEL_PATH } from '../pipeline/syntax/index.js';
import { loadSyntaxModel } from '../pipeline/syntax/model.js';
import { splitSentences, tokenize } from '../pipeline/text/tokenize.js';
import { conllTrainFile, prepareConll } from './extract.js';
import { median, type BenchSection } from './section.js';

function measure(train: string): Record<string, unknown> {
  const t0 = performance.now();
  const model = loadSyntaxModel(packageFile(SYNTAX_MODEL_PATH));
  const loadMs = performance.now() - t0;
  const documents = prepareConll(train).map((d) => {
    const tokens = tokenize(d.text);
    return { tokens, sentences: splitSentences(d.text, tokens) };
  });
  const tokens = documents.reduce((n, d) => n + d.tokens.length, 0);
  for (const d of documents.slice(0, 50)) analyzeSyntax(d.tokens, d.sentences, model); // warm the JIT
  const seconds: number[] = [];
  const cpuSeconds: number[] = [];
  let words = 0;
  for (let run = 0; run < 3; run++) {
    words = 0;
    const t = performance.now();
    const cpu = process.cpuUsage();
    for (const d of documents) for (const s of analyzeSyntax(d.tokens, d.sentences, model)) words += s.words.length;
    seconds.push((performance.now() - t) / 1000);
    const used = process.cpuUsage(cpu);
    cpuSeconds.push((used.user + used.system) / 1e6);
  }
  const s = median(seconds);
  const c = median(cpuSeconds);
  return {
    tokens,
    words,
    model_load_ms: Math.round(loadMs),
    model_mb: +(statSync(packageFile(SYNTAX_MODEL_PATH)).size / 1e6).toFixed(2),
    seconds_median: +s.toFixed(3),
    tokens_per_s: Math.round(tokens / s),
    tokens_per_cpu_s: Math.round(tokens / c),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

export const syntaxBench: BenchSection = {
  key: 'syntax',
  async run({ log }) {
    const train = conllTrainFile('syntax', log);
    if (!train) return undefined;
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), train], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const result = JSON.parse(out) as Record<string, number>;
    log(
      `syntax: ${result.tokens} tokens (${result.words} words) tagged, lemmatised and parsed at ${result.tokens_per_s} tokens/s (${result.tokens_per_cpu_s} per CPU second; medians of 3), model loaded in ${result.model_load_ms} ms, peak RSS ${result.peak_rss_mb} MB`,
    );
    return result;
  },
};

// the child: measure and print the figures as JSON
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2])
  process.stdout.write(JSON.stringify(measure(process.argv[2])));
