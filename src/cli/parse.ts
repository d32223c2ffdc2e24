// newsgraph parse PATH… [--format conllu|json]: the syntax stage's tags and trees, as CoNLL-U for UD tools or
// as JSON lines with character offsets.
import { UserError } from '../errors.js';
import { fromParsedSentence, writeConllu } from '../pipeline/syntax/conllu.js';
import { analyzeSyntax } from '../pipeline/syntax/index.js';
import { splitSentences, tokenize } from '../pipeline/text/tokenize.js';
import { parseCommandArgs } from './args.js';
import { progressPrinter } from './build.js';
import type { Command } from './command.js';
import { readInputs, reportInputs } from './inputs.js';

export const parseCommand: Command = {
  name: 'parse',
  summary: 'print part-of-speech tags and dependency trees (CoNLL-U or JSON lines)',
  usage: [
    'usage: newsgraph parse PATH… [--format conllu|json]',
    '',
    'conllu: Universal Dependencies CoNLL-U, one block a sentence with # newdoc id, # sent_id and # text;',
    '        MISC holds SpaceAfter=No and TokenRange=START:END (character offsets in the document).',
    'json:   one line a sentence: {doc, sentence, start, end, text, words: [{id, form, lemma, upos, head,',
    '        deprel, start, end}]}, ids and heads 1-based with 0 for the root, as in CoNLL-U.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseCommandArgs('parse', argv, { format: { type: 'string', short: 'f', default: 'conllu' } });
    if (!positionals.length) throw new UserError('parse: no input: pass article files or directories, e.g. newsgraph parse seeds', 2);
    if (values.format !== 'conllu' && values.format !== 'json') throw new UserError(`parse: unknown --format '${values.format}': use conllu or json`, 2);
    const inputs = await readInputs(positionals, progressPrinter('reading'));
    reportInputs(inputs);
    if (!inputs.documents.length) throw new UserError(`nothing to parse: none of ${positionals.join(', ')} could be read`);
    for (const doc of inputs.documents) {
      const tokens = tokenize(doc.text);
      const sentences = analyzeSyntax(tokens, splitSentences(doc.text, tokens));
      if (values.format === 'conllu') {
        const blocks = sentences.map((s, i) => fromParsedSentence(doc.text, `${doc.id}#${i + 1}`, s.words, i === 0 ? [['newdoc id', doc.id]] : []));
        process.stdout.write(writeConllu(blocks));
        continue;
      }
      const lines = sentences.map((s, i) =>
        JSON.stringify({
          doc: doc.id,
          sentence: i + 1,
          start: s.start,
          end: s.end,
          text: doc.text.slice(s.start, s.end),
          words: s.words.map((w, j) => ({
            id: j + 1,
            form: w.form,
            lemma: w.lemma,
            upos: w.upos,
            head: w.head + 1,
            deprel: w.deprel,
            start: w.start,
            end: w.end,
          })),
        }),
      );
      process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
    }
    return 0;
  },
};
