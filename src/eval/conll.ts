// npm run eval:conll [-- --tagger-only] [-- --file CONLL_FILE]
// Scores entity recognition on CoNLL-2003 (default: ../shared/data/conll2003/eng.testa, PER/LOC/ORG, exact
// spans): prepares the documents with ../shared/eval/conll.mjs, extracts mentions, and scores them with the
// same script. By default the mentions come from the whole pipeline (`newsgraph extract DIR --format
// mentions`); with --tagger-only they come straight from the recogniser's spans (PER → Person, LOC →
// Location, ORG → Organization), which shows what the recogniser alone is worth. Skips when ../shared is absent.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageFile } from '../paths.js';
import { splitSentences, tokenize } from '../pipeline/text/tokenize.js';
import { recognizeEntities, type NerClass } from '../pipeline/ner/index.js';

export interface Mention {
  doc: string;
  start: number;
  end: number;
  text: string;
  type: string;
}

const MENTION_TYPE: Record<NerClass, string | undefined> = { PER: 'Person', LOC: 'Location', ORG: 'Organization', MISC: undefined };

/** The recogniser's spans of one document as mentions in the format `newsgraph extract --format mentions` uses. */
export function taggerMentions(doc: string, text: string): Mention[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const mentions: Mention[] = [];
  for (const span of recognizeEntities(text, tokens, sentences)) {
    const type = MENTION_TYPE[span.cls];
    if (!type) continue;
    const start = tokens[span.first]!.start;
    const end = tokens[span.last - 1]!.end;
    mentions.push({ doc, start, end, text: text.slice(start, end), type });
  }
  return mentions;
}

function main(): number {
  const { values } = parseArgs({
    options: {
      file: { type: 'string', default: packageFile('../shared/data/conll2003/eng.testa') },
      'tagger-only': { type: 'boolean', default: false },
    },
  });
  const script = packageFile('../shared/eval/conll.mjs');
  if (!existsSync(script) || !existsSync(values.file)) {
    console.log(`eval:conll: skipped: ${existsSync(script) ? values.file : script} is not there (../shared holds the CoNLL data and scorer)`);
    return 0;
  }
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-conll-'));
  try {
    const docs = join(dir, 'docs');
    execFileSync(process.execPath, [script, 'prepare', values.file, docs], { stdio: ['ignore', 'ignore', 'inherit'] });
    const mentionsFile = join(dir, 'mentions.jsonl');
    const started = performance.now();
    if (values['tagger-only']) {
      const lines: string[] = [];
      for (const name of readdirSync(docs).sort()) {
        for (const m of taggerMentions(name, readFileSync(join(docs, name), 'utf8'))) lines.push(JSON.stringify(m));
      }
      writeFileSync(mentionsFile, `${lines.join('\n')}\n`);
    } else {
      const cli = packageFile('dist/cli/main.js');
      try {
        const out = execFileSync(process.execPath, [cli, 'extract', docs, '--format', 'mentions'], {
          maxBuffer: 1 << 30,
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        writeFileSync(mentionsFile, out);
      } catch {
        console.error(
          'eval:conll: `newsgraph extract DIR --format mentions` failed (see above); `npm run eval:conll -- --tagger-only` scores the recogniser alone',
        );
        return 1;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`eval:conll: ${values['tagger-only'] ? 'recogniser alone' : 'newsgraph extract'} over ${values.file} (${seconds.toFixed(1)} s)`);
    execFileSync(process.execPath, [script, 'score', values.file, mentionsFile], { stdio: ['ignore', 'inherit', 'inherit'] });
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// run as a script (dist/eval/conll.js), not when imported by a test
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) process.exitCode = main();
