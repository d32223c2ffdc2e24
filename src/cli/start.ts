// npm start: build seeds/ into graph/, print the summary and, in a terminal, open the query shell.
import { parseCommandArgs } from './args.js';
import { buildToDirectory, summaryLines } from './build.js';
import type { Command } from './command.js';
import { runShell } from './shell.js';

export const startCommand: Command = {
  name: 'start',
  summary: 'build seeds/ into graph/ and open the query shell (what npm start runs)',
  usage: 'usage: newsgraph start [--no-shell]\n\nBuilds seeds/ into graph/, prints a summary and, when run in a terminal, opens the shell.',
  async run(argv) {
    const { values } = parseCommandArgs('start', argv, { 'no-shell': { type: 'boolean', default: false } }, false);
    const { result, inputs, seconds } = await buildToDirectory(['seeds'], 'graph');
    for (const line of summaryLines(result, inputs, seconds, 'graph')) console.log(line);
    if (values['no-shell'] || !process.stdin.isTTY || !process.stdout.isTTY) return 0;
    console.log("Type 'help' for the commands, Ctrl+D to leave.");
    return runShell({ graphPath: 'graph/graph.json' });
  },
};
