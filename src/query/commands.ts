// The shell's command language: one line → one QueryResult. `match` lines go to the Cypher-subset parser;
// the rest are a command word and arguments (quote names with spaces when a command takes two names).
import { PREDICATE_NAMES } from '../graph/schema.js';
import type { NewsGraph } from '../store/graph-file.js';
import { runMatch } from './cypher/evaluate.js';
import { QueryError } from './errors.js';
import { graphIndex } from './graph-index.js';
import * as ops from './ops.js';
import { matchEntity, resolveEntity, type ResolveOptions } from './resolve.js';
import { result, type QueryResult } from './result.js';
import { rangeBound, type TimeRange } from './time.js';
import { closest } from './text.js';

export type QueryOptions = ResolveOptions;

export interface CommandInfo {
  name: string;
  usage: string;
  summary: string;
  /** handled by the front end (files, leaving), not by runQuery */
  frontEnd?: boolean;
}

export const COMMANDS: CommandInfo[] = [
  { name: 'help', usage: 'help [COMMAND]', summary: 'list the commands, or explain one' },
  { name: 'stats', usage: 'stats', summary: 'counts of entities by type and relations by predicate; the documents' },
  { name: 'find', usage: 'find TEXT [--limit N]', summary: 'entities whose label or an alias matches TEXT, best first' },
  { name: 'show', usage: 'show ENTITY [--since DATE] [--until DATE]', summary: 'type, aliases, documents and every relation in and out, by predicate' },
  {
    name: 'timeline',
    usage: 'timeline ENTITY [--since DATE] [--until DATE] [--predicate P]',
    summary: "an entity's relations in date order, with their dates and sources",
  },
  { name: 'roles', usage: 'roles [ENTITY] [--since DATE] [--until DATE]', summary: 'who holds which role where (holds_role), optionally for one entity' },
  { name: 'accusations', usage: 'accusations [of ENTITY] [by ENTITY] [--since DATE] [--until DATE]', summary: 'who is accused of what, by whom (accused_of)' },
  { name: 'recalls', usage: 'recalls [ENTITY] [--since DATE] [--until DATE]', summary: 'ambassador recalls (recalled_ambassador), optionally for one country' },
  {
    name: 'neighbors',
    usage: 'neighbors ENTITY [--predicate P] [--depth N] [--limit N] [--since DATE] [--until DATE]',
    summary: 'entities within N steps (default 1, at most 4), either direction',
  },
  {
    name: 'path',
    usage: 'path A B [--predicate P] [--since DATE] [--until DATE]',
    summary: 'a shortest path between two entities, each step with its relation',
  },
  { name: 'why', usage: 'why A PREDICATE B | why EDGE-KEY', summary: 'the evidence sentences of a relation, with document, dates and offsets' },
  {
    name: 'match',
    usage: 'MATCH (a:Type)-[r:predicate]->(b) [WHERE …] RETURN [DISTINCT] … [ORDER BY …] [SKIP n] [LIMIT n]',
    summary: 'a Cypher pattern of one or two relationships (see README, ## Querying)',
  },
  { name: 'load', usage: 'load PATH', summary: 'query another graph file (or the graph.json of a directory)', frontEnd: true },
  { name: 'export', usage: 'export FORMAT FILE', summary: 'write the loaded graph in a format (json, gexf, …)', frontEnd: true },
  { name: 'exit', usage: 'exit', summary: 'leave the shell (also quit, Ctrl+D)', frontEnd: true },
];

const ALIASES: Record<string, string> = { quit: 'exit', neighbours: 'neighbors', '?': 'help' };

export interface Word {
  text: string;
  quoted: boolean;
}

export interface CommandLine {
  /** the command, lower case ("match" for MATCH lines) */
  name: string;
  words: Word[];
  /** the line as typed, trimmed */
  line: string;
}

/** Splits a line into the command word and its arguments; "double" or 'single' quotes group words. */
export function parseCommandLine(line: string): CommandLine {
  const trimmed = line.trim();
  const words: Word[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\S+)/g;
  for (let m = re.exec(trimmed); m; m = re.exec(trimmed)) {
    if (m[3] !== undefined) words.push({ text: m[3], quoted: false });
    else words.push({ text: (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'), quoted: true });
  }
  const first = (words.shift()?.text ?? '').toLowerCase();
  // "MATCH(a)…" needs no space after the keyword
  if (/^match(?![\p{L}\p{N}_])/iu.test(trimmed)) return { name: 'match', words, line: trimmed };
  return { name: ALIASES[first] ?? first, words, line: trimmed };
}

export function commandInfo(name: string): CommandInfo | undefined {
  return COMMANDS.find((c) => c.name === (ALIASES[name] ?? name));
}

export function unknownCommand(name: string): QueryError {
  const hint = closest(
    name,
    COMMANDS.map((c) => c.name),
    1,
  );
  return new QueryError(`unknown command "${name}"${hint.length ? `: did you mean ${hint[0]}?` : ''} (type help for the list)`);
}

export function helpText(command?: string): string[] {
  if (command) {
    const info = commandInfo(command.toLowerCase());
    if (!info) throw unknownCommand(command);
    return [info.usage, `  ${info.summary}`];
  }
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    ...COMMANDS.map((c) => `${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Names match labels and aliases, ignoring case and accents; quote names with spaces when a command takes two.',
    "Type 'help COMMAND' for its arguments.",
  ];
}

/** Runs one line of the query language over a graph. Throws QueryError (and its kinds) for bad input. */
export function runQuery(graph: NewsGraph, line: string, options: QueryOptions = {}): QueryResult {
  const cmd = parseCommandLine(line);
  if (!cmd.name) return result('empty', []);
  const info = commandInfo(cmd.name);
  if (!info) throw unknownCommand(cmd.name);
  if (info.frontEnd) throw new QueryError(`${info.name} is a shell command: use it in 'newsgraph shell'`);
  const { words } = cmd;
  const flags = takeFlags(cmd.name, words);
  const rest = () => words.map((w) => w.text).join(' ');
  const entity = (text: string) => resolveEntity(graph, text, options);
  const noFlags = (...allowed: string[]) => {
    for (const f of Object.keys(flags)) if (!allowed.includes(f)) throw new QueryError(`${cmd.name} takes no --${f} (usage: ${info.usage})`);
  };
  const TIME = ['since', 'until'];
  if (cmd.name !== 'match')
    noFlags(
      ...({
        find: ['limit'],
        neighbors: ['predicate', 'depth', 'limit', ...TIME],
        path: ['predicate', ...TIME],
        show: TIME,
        timeline: ['predicate', ...TIME],
        roles: TIME,
        accusations: TIME,
        recalls: TIME,
      }[cmd.name] ?? []),
    );
  const range: TimeRange | undefined =
    flags.since !== undefined || flags.until !== undefined
      ? {
          ...(flags.since !== undefined ? { since: rangeBound('since', flags.since) } : {}),
          ...(flags.until !== undefined ? { until: rangeBound('until', flags.until) } : {}),
        }
      : undefined;
  if (range?.since && range.until && range.since > range.until)
    throw new QueryError(`--since ${flags.since} is after --until ${flags.until}: nothing can be in that range`);
  const need = (what: string) => {
    if (!words.length) throw new QueryError(`${cmd.name} needs ${what} (usage: ${info.usage})`);
  };
  switch (info.name) {
    case 'help':
      return result('help', [], helpText(words[0]?.text));
    case 'stats':
      return ops.stats(graph);
    case 'find':
      need('a name to look for');
      return ops.find(graph, rest(), flags.limit !== undefined ? positive('--limit', flags.limit) : undefined);
    case 'show':
      need('an entity');
      return ops.show(graph, entity(rest()), range);
    case 'timeline':
      need('an entity');
      return ops.timeline(graph, entity(rest()), range, flags.predicate !== undefined ? predicate(graph, flags.predicate) : undefined);
    case 'roles':
      return ops.roles(graph, words.length ? entity(rest()) : undefined, range);
    case 'recalls':
      return ops.recalls(graph, words.length ? entity(rest()) : undefined, range);
    case 'accusations': {
      const parts = splitOn(words, ['of', 'by']);
      return ops.accusations(graph, parts.of !== undefined ? entity(parts.of) : undefined, parts.by !== undefined ? entity(parts.by) : undefined, range);
    }
    case 'neighbors': {
      need('an entity');
      return ops.neighbors(graph, entity(rest()), flags.depth !== undefined ? ops.assertDepth(Number(flags.depth)) : 1, {
        predicate: flags.predicate !== undefined ? predicate(graph, flags.predicate) : undefined,
        limit: flags.limit !== undefined ? positive('--limit', flags.limit) : undefined,
        range,
      });
    }
    case 'path': {
      const [a, b] = twoEntities(graph, words, info.usage, options);
      return ops.path(graph, a, b, { predicate: flags.predicate !== undefined ? predicate(graph, flags.predicate) : undefined, range });
    }
    case 'why':
      return whyCommand(graph, words, info.usage, options);
    case 'match':
      return runMatch(graph, cmd.line);
  }
  throw unknownCommand(cmd.name);
}

function positive(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new QueryError(`${flag} must be a whole number of at least 1, got "${value}"`);
  return n;
}

/** Removes --name VALUE (or --name=VALUE) pairs from `words` and returns them. */
function takeFlags(command: string, words: Word[]): Record<string, string> {
  const flags: Record<string, string> = {};
  if (command === 'match') return flags;
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    const m = !w.quoted && /^--([a-z-]+)(?:=(.*))?$/.exec(w.text);
    if (!m) {
      i++;
      continue;
    }
    let value = m[2];
    let take = 1;
    if (value === undefined) {
      if (i + 1 >= words.length) throw new QueryError(`--${m[1]} needs a value`);
      value = words[i + 1]!.text;
      take = 2;
    }
    flags[m[1]!] = value;
    words.splice(i, take);
  }
  return flags;
}

export function predicate(graph: NewsGraph, name: string): string {
  const known = new Set<string>([...PREDICATE_NAMES, ...graphIndex(graph).byPredicate.keys()]);
  const p = name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (known.has(p)) return p;
  const hint = closest(p, known, 1);
  throw new QueryError(`unknown predicate "${name}"${hint.length ? `: did you mean ${hint[0]}?` : ''} (see 'stats' for the predicates in this graph)`);
}

function splitOn(words: Word[], keywords: string[]): Record<string, string | undefined> {
  const parts: Record<string, string[]> = {};
  let current = 'of';
  for (const w of words) {
    const k = w.text.toLowerCase();
    if (!w.quoted && keywords.includes(k)) {
      current = k;
      parts[k] = [];
    } else {
      parts[current] ??= [];
      parts[current].push(w.text);
    }
  }
  const out: Record<string, string | undefined> = {};
  for (const k of keywords) {
    if (parts[k] && !parts[k].length) throw new QueryError(`'${k}' needs an entity after it`);
    if (parts[k]) out[k] = parts[k].join(' ');
  }
  return out;
}

/**
 * Two entity names from the words: two words, or quoted names, or, for unquoted names with spaces
 * ("path Joe Biden Vladimir Putin"), the one split where both halves name entities.
 */
function twoEntities(graph: NewsGraph, words: Word[], usage: string, options: QueryOptions): [string, string] {
  if (words.length < 2) throw new QueryError(`path needs two entities (usage: ${usage})`);
  if (words.length === 2) return [resolveEntity(graph, words[0]!.text, options), resolveEntity(graph, words[1]!.text, options)];
  const texts = words.map((w) => w.text);
  const splits: [string, string, number][] = [];
  for (let i = 1; i < texts.length; i++) {
    const a = texts.slice(0, i).join(' ');
    const b = texts.slice(i).join(' ');
    const ma = matchEntity(graph, a, options);
    const mb = matchEntity(graph, b, options);
    const score = (m: typeof ma) => (typeof m === 'string' ? 2 : m.length ? 1 : 0);
    if (score(ma) && score(mb)) splits.push([a, b, score(ma) + score(mb)]);
  }
  splits.sort((x, y) => y[2] - x[2]);
  const best = splits[0];
  if (!best) throw new QueryError(`path: cannot tell where the first name ends; quote them: path "Joe Biden" "Vladimir Putin"`);
  return [resolveEntity(graph, best[0], options), resolveEntity(graph, best[1], options)];
}

function whyCommand(graph: NewsGraph, words: Word[], usage: string, options: QueryOptions): QueryResult {
  if (words.length === 1 && graph.hasEdge(words[0]!.text)) return ops.why(graph, [words[0]!.text]);
  const known = new Set<string>([...PREDICATE_NAMES, ...graphIndex(graph).byPredicate.keys()]);
  // the predicate as a name ("accused_of") or in words ("accused of", "holds role")
  let at = -1;
  let span = 1;
  for (let i = 1; i < words.length - 1 && at < 0; i++)
    for (let n = Math.min(3, words.length - 1 - i); n >= 1; n--) {
      if (
        known.has(
          words
            .slice(i, i + n)
            .map((w) => w.text.toLowerCase())
            .join('_'),
        )
      ) {
        [at, span] = [i, n];
        break;
      }
    }
  if (at < 0) {
    if (words.length === 1) throw new QueryError(`no edge with key "${words[0]!.text}" (usage: ${usage})`);
    throw new QueryError(`why needs A PREDICATE B with a predicate such as holds_role or accused_of between two names (usage: ${usage})`);
  }
  const a = resolveEntity(
    graph,
    words
      .slice(0, at)
      .map((w) => w.text)
      .join(' '),
    options,
  );
  const p = words
    .slice(at, at + span)
    .map((w) => w.text.toLowerCase())
    .join('_');
  const b = resolveEntity(
    graph,
    words
      .slice(at + span)
      .map((w) => w.text)
      .join(' '),
    options,
  );
  const edges = ops.edgesBetween(graph, a, p, b);
  if (!edges.length) {
    const other = new Set([...graph.edges(a, b), ...graph.edges(b, a)].map((e) => String(graph.getEdgeAttribute(e, 'predicate'))));
    throw new QueryError(
      `no ${p} relation between ${graph.getNodeAttribute(a, 'label')} and ${graph.getNodeAttribute(b, 'label')}` +
        (other.size ? ` (they are joined by: ${[...other].sort().join(', ')})` : ''),
    );
  }
  return ops.why(graph, edges);
}
