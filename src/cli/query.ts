// newsgraph query "QUERY": one query, its result on stdout (exit 0), or one error line on stderr (exit 1).
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';
import { formatResult, outputWidth, parseFormat } from './format.js';
import { graphPathOf } from '../store/graph-file.js';
import { Session } from './session.js';
import { UserError } from '../errors.js';

export const queryCommand: Command = {
  name: 'query',
  summary: 'run one query and print its result as a table, JSON or CSV',
  usage: [
    'usage: newsgraph query "QUERY" [--graph FILE|DIR] [--format table|json|csv] [--keys]',
    '',
    '  --graph PATH    the graph to query: a graph.json or the directory build --out wrote it to',
    '                  (default $NEWSGRAPH_GRAPH, else graph/graph.json)',
    '  --format F      table (default), json (documented in README, ## Querying) or csv',
    '  --keys          show the edge key column in tables (json and csv always have it)',
    '',
    'QUERY is one shell command, e.g. "show Putin", "path Biden Putin",',
    "  'MATCH (p:Person)-[r:holds_role]->(c:Country) RETURN p.label, r.role, c.label'.",
    'A name that matches several entities is an error listing them: use the key or a fuller name.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseCommandArgs('query', argv, { graph: { type: 'string' }, format: { type: 'string' }, keys: { type: 'boolean' } });
    const format = parseFormat(values.format);
    if (!positionals.length) throw new UserError(`query needs a query, e.g. newsgraph query "stats" (see 'newsgraph query --help')`, 2);
    const session = new Session();
    session.load(graphPathOf(values.graph));
    const outcome = await session.execute(positionals.join(' '));
    const options = { width: outputWidth(process.stdout), keys: values.keys === true };
    if (outcome.kind === 'result') process.stdout.write(formatResult(outcome.result, format, options) + (format === 'json' ? '\n' : ''));
    else if (outcome.kind === 'message' && outcome.text) process.stdout.write(`${outcome.text}\n`);
    return 0;
  },
};
