// Every command of the newsgraph CLI, in the order `newsgraph --help` lists them.
import { addCommand } from './add.js';
import { buildCommand } from './build.js';
import type { Command } from './command.js';
import { extractCommand } from './extract.js';
import { parseCommand } from './parse.js';
import { exportCommand } from './export.js';
import { queryCommand } from './query.js';
import { shellCommand } from './shell.js';
import { startCommand } from './start.js';
import { viewCommand } from './view.js';

export const commands: Command[] = [
  buildCommand,
  addCommand,
  extractCommand,
  parseCommand,
  startCommand,
  shellCommand,
  queryCommand,
  viewCommand,
  exportCommand,
];
