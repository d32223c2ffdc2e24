// newsgraph export --format FORMAT [--graph FILE] [-o PATH]: wires arguments to ../export and prints.
import { UserError } from '../errors.js';
import { EXPORT_FORMATS, FORMAT_INFO, exportToPath, exportToStream, isExportFormat } from '../export/index.js';
import { graphPathOf, readGraphFile } from '../store/graph-file.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';

export const exportCommand: Command = {
  name: 'export',
  summary: `write the graph as ${EXPORT_FORMATS.join(', ')}`,
  usage: [
    'usage: newsgraph export --format FORMAT [--graph FILE|DIR] [-o PATH]',
    '',
    `  --format, -f FORMAT  one of: ${EXPORT_FORMATS.join(', ')}`,
    '  --graph PATH         the graph to export: a graph.json or the directory build --out wrote it to',
    '                       (default $NEWSGRAPH_GRAPH, else graph/graph.json)',
    '  -o, --out PATH       where to write; stdout when omitted. For csv, a directory that receives',
    '                       nodes.csv and relationships.csv (required). For the others a file, or an',
    '                       existing directory that receives graph.gexf, graph.graphml, …',
    '',
    'Formats:',
    ...EXPORT_FORMATS.map((f) => `  ${f.padEnd(8)} ${FORMAT_INFO[f].description}`),
  ].join('\n'),
  run(argv) {
    const { values, positionals } = parseCommandArgs('export', argv, {
      format: { type: 'string', short: 'f' },
      graph: { type: 'string' },
      out: { type: 'string', short: 'o' },
    });
    if (positionals.length) throw new UserError(`export: unexpected argument '${positionals[0]}' (see 'newsgraph export --help')`, 2);
    const format = values.format;
    if (!format) throw new UserError(`export: missing --format: choose one of ${EXPORT_FORMATS.join(', ')}`, 2);
    if (!isExportFormat(format)) throw new UserError(`export: unknown format '${format}': choose one of ${EXPORT_FORMATS.join(', ')}`, 2);
    if (FORMAT_INFO[format].directory && !values.out)
      throw new UserError(`export: the ${format} export is two files (nodes.csv, relationships.csv): pass -o DIR`, 2);
    const graph = readGraphFile(graphPathOf(values.graph));
    if (!values.out) {
      exportToStream(graph, format, (chunk) => void process.stdout.write(chunk));
      return 0;
    }
    for (const path of exportToPath(graph, format, values.out)) console.log(`wrote ${path}`);
    return 0;
  },
};
