// Every command of the newsgraph CLI, in the order `newsgraph --help` lists them.
import type { Command } from './command.js';
import { buildCommand } from './build.js';
import { extractCommand } from './extract.js';
import { startCommand } from './start.js';

export const commands: Command[] = [buildCommand, extractCommand, startCommand];
