// newsgraph add PATH… [--graph FILE] [--jobs N]: documents added to an existing graph, which is replaced
// (graph.json and the graph.gexf beside it) only when everything has succeeded.
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { gexfChunks } from '../export/gexf.js';
import { SCHEMA_VERSION } from '../graph/schema.js';
import { addDocuments } from '../incremental.js';
import { graphJsonChunks, graphPathOf, readGraphFile } from '../store/graph-file.js';
import { parseCommandArgs } from './args.js';
import { jobsOption, progressPrinter, stagePrinters, writeAll } from './build.js';
import type { Command } from './command.js';
import { readInputs, reportInputs } from './inputs.js';

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

export const addCommand: Command = {
  name: 'add',
  summary: 'add articles to an existing graph without reading the old ones again',
  usage: [
    'usage: newsgraph add PATH… [--graph FILE|DIR] [--jobs N]',
    '',
    'Reads the files given as build does and adds them to the graph (default $NEWSGRAPH_GRAPH, else',
    'graph/graph.json): content already in it is skipped, new names resolve against its entities, facts merge',
    'into its edges, its layout is kept and new entities are placed near their neighbours. graph.json and the',
    'graph.gexf beside it are replaced once everything has succeeded.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseCommandArgs('add', argv, { graph: { type: 'string' }, jobs: { type: 'string', short: 'j' } });
    if (!positionals.length) throw new UserError("add needs the articles to add, e.g. newsgraph add today/ --graph mygraph (see 'newsgraph add --help')", 2);
    const jobs = jobsOption('add', values.jobs);
    const path = graphPathOf(values.graph);
    const started = performance.now();
    // the graph first: a missing, damaged or foreign graph stops here, before anything is read or written
    const base = readGraphFile(path);
    const version = base.getAttribute('schemaVersion');
    if (version !== SCHEMA_VERSION)
      throw new UserError(
        `${path} is a graph of schema version ${version}, and this newsgraph reads version ${SCHEMA_VERSION}: build it again with 'newsgraph build'`,
      );
    const inputs = await readInputs(positionals, progressPrinter('reading'));
    reportInputs(inputs);
    if (!inputs.documents.length && !inputs.warnings.length && inputs.skipped.length)
      throw new UserError(`nothing to add: none of ${positionals.join(', ')} could be read (see the warnings above)`);
    const result = await addDocuments(base, inputs.documents, { jobs, ...stagePrinters() });
    for (const s of result.skipped) console.log(`newsgraph: skipped ${s.id}: ${s.reason}`);
    for (const r of result.renamed) console.error(`newsgraph: warning: ${r.from} is the id of another document in the graph: added as ${r.to}`);
    if (!result.added.length) {
      console.log(`newsgraph: nothing new to add to ${path}: it is unchanged`);
      return 0;
    }
    const gexf = `${basename(path).replace(/\.json$/i, '')}.gexf`;
    writeAll(dirname(path), [
      [basename(path), (sink) => void graphJsonChunks(result.graph, sink)],
      [gexf, (sink) => void gexfChunks(result.graph, sink)],
    ]);
    const g = result.graph;
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `newsgraph: added ${plural(result.added.length, 'document')} to ${path} in ${seconds.toFixed(2)} s (${plural(g.getAttribute('documents').length, 'document')} in all)`,
    );
    console.log(`  entities  ${g.order.toLocaleString('en')} (${(g.order - base.order).toLocaleString('en')} new, placed near their neighbours)`);
    console.log(`  relations ${g.size.toLocaleString('en')} (${(g.size - base.size).toLocaleString('en')} new; ${join(dirname(path), gexf)} rewritten too)`);
    return 0;
  },
};
