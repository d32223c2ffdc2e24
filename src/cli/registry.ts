// Every command of the newsgraph CLI, in the order `newsgraph --help` lists them.
import type { Command } from './command.js';
import { viewCommand } from './view.js';

export const commands: Command[] = [viewCommand];
