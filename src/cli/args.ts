// Argument parsing shared by the commands: node:util's parseArgs with errors turned into UserErrors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors.js';

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(command: string, argv: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    throw new UserError(`${command}: ${(e as Error).message.split('\n')[0]} (see 'newsgraph ${command} --help')`, 2);
  }
}
