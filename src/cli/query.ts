// newsgraph query "QUERY": one query, its result on stdout (exit 0), or one error line on stderr (exit 1).
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';
import { formatResult, parseFormat } from './format.js';
import { Session } from './session.js';
import { UserError } from '../errors.js';

export const queryCommand: Command = {
  name: 'query',
  summary: 'run one query and print its result as a table, JSON or CSV',
  usage: [
    'usage: newsgraph query "QUERY" [--graph FILE] [--format table|json|csv]',
    '',
    '  --graph FILE    the graph to query (default graph/graph.json)',
    '  --format F      table (default), json (documented in README, ## Querying) or csv',
    '',
    'QUERY is one shell command, e.g. "show Putin", "path Biden Putin",',
    '  \'MATCH (p:Person)-[r:holds_role]->(c:Country) RETURN p.label, r.role, c.label\'.',
    'A name that matches several entities is an error listing them: use the key or a fuller name.',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parseCommandArgs('query', argv, { graph: { type: 'string' }, format: { type: 'string' } });
    const format = parseFormat(values.format);
    if (!positionals.length) throw new UserError(`query needs a query, e.g. newsgraph query "stats" (see 'newsgraph query --help')`, 2);
    const session = new Session();
    session.load(values.graph ?? 'graph/graph.json');
    const outcome = await session.execute(positionals.join(' '));
    if (outcome.kind === 'result') process.stdout.write(formatResult(outcome.result, format, process.stdout.isTTY ? process.stdout.columns : 160) + (format === 'json' ? '\n' : ''));
    else if (outcome.kind === 'message' && outcome.text) process.stdout.write(outcome.text + '\n');
    return 0;
  },
};
