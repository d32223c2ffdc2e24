// newsgraph extract PATH… --format mentions|triples: JSON lines for debugging and evaluation.
import { UserError } from '../errors.js';
import { build, extract } from '../index.js';
import { defaultRecognizers } from '../pipeline/recognizers.js';
import { parseCommandArgs } from './args.js';
import { progressPrinter } from './build.js';
import type { Command } from './command.js';
import { readInputs, reportInputs } from './inputs.js';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print mentions or triples as JSON lines',
  usage: [
    'usage: newsgraph extract PATH… --format mentions|triples [--all-mentions]',
    '',
    'mentions: {doc, start, end, text, type, entity} per proper-name mention (offsets in characters, end',
    '          exclusive); --all-mentions adds demonyms, descriptions and pronouns, with their "kind".',
    'triples:  one line per edge of the graph: source and target labels and types, predicate, attributes',
    '          and evidence.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseCommandArgs('extract', argv, {
      format: { type: 'string', short: 'f', default: 'mentions' },
      'all-mentions': { type: 'boolean', default: false },
    });
    if (!positionals.length) throw new UserError('extract: no input: pass article files or directories, e.g. newsgraph extract seeds', 2);
    if (values.format !== 'mentions' && values.format !== 'triples')
      throw new UserError(`extract: unknown --format '${values.format}': use mentions or triples`, 2);
    const inputs = await readInputs(positionals, progressPrinter('reading'));
    reportInputs(inputs);
    if (!inputs.documents.length) throw new UserError(`nothing to extract: none of ${positionals.join(', ')} could be read`);
    const options = { recognizers: defaultRecognizers(), layout: false };
    const lines: string[] = [];
    if (values.format === 'mentions') {
      for (const m of extract(inputs.documents, options).mentions) {
        if (m.kind !== 'name' && !values['all-mentions']) continue;
        const row: Record<string, unknown> = { doc: m.doc, start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity };
        if (values['all-mentions']) row.kind = m.kind;
        lines.push(JSON.stringify(row));
      }
    } else {
      const { graph } = build(inputs.documents, options);
      graph.forEachEdge((key, a, source, target, sa, ta) => {
        const { predicate, evidence, label: _label, ...attributes } = a;
        lines.push(
          JSON.stringify({
            key,
            source: { key: source, label: sa.label, type: sa.type },
            predicate,
            target: { key: target, label: ta.label, type: ta.type },
            attributes,
            evidence,
          }),
        );
      });
    }
    process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
    return 0;
  },
};
