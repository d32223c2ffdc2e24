// Every command of the newsgraph CLI, in the order `newsgraph --help` lists them.
import type { Command } from './command.js';
import { exportCommand } from './export.js';
import { queryCommand } from './query.js';
import { shellCommand } from './shell.js';
import { viewCommand } from './view.js';

export const commands: Command[] = [shellCommand, queryCommand, viewCommand, exportCommand];
