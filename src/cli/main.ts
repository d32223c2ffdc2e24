#!/usr/bin/env node
// The newsgraph command: picks a command from the registry and turns typed errors into one-line messages.
import { isUserError } from '../errors.js';
import { closest } from '../query/text.js';
import { moderateHeapGrowth } from './heap.js';
import { commands } from './registry.js';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'usage: newsgraph COMMAND [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'newsgraph COMMAND --help' for a command's options.",
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const hint = closest(
      name,
      commands.map((c) => c.name),
      1,
    );
    console.error(`newsgraph: unknown command '${name}'${hint.length ? `: did you mean '${hint[0]}'?` : ''} (run 'newsgraph --help' for the list)`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  return command.run(rest);
}

moderateHeapGrowth();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (isUserError(e)) {
      console.error(`newsgraph: ${e.message}`);
      process.exitCode = e.exitCode;
    } else {
      console.error(e);
      process.exitCode = 70;
    }
  },
);
