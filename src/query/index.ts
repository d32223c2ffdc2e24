// The query engine: pure functions over a NewsGraph (no I/O, no printing). The shell and `newsgraph query`
// in src/cli are its front ends.
export {
  COMMANDS,
  commandInfo,
  helpText,
  parseCommandLine,
  runQuery,
  unknownCommand,
  type CommandInfo,
  type CommandLine,
  type QueryOptions,
} from './commands.js';
export { complete } from './complete.js';
export { runMatch } from './cypher/evaluate.js';
export { parseMatch } from './cypher/parser.js';
export { AmbiguousEntityError, QueryError, QuerySyntaxError, UnknownEntityError, type EntityCandidate } from './errors.js';
export { graphIndex, warmIndex } from './graph-index.js';
export { findEntities, matchEntity, resolveEntity } from './resolve.js';
export type { Cell, NodeRef, QueryResult, Table } from './result.js';
export { normalizeName } from './text.js';
