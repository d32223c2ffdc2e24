// newsgraph shell: the interactive front end of the query engine (node:readline with tab completion and
// persistent history; an @inquirer/prompts picker for ambiguous names), and, when stdin is not a terminal,
// a script runner: one query per line, results on stdout, errors on stderr, exit code 1 if any line failed.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../store/atomic.js';
import { graphPathOf } from '../store/graph-file.js';
import { complete, helpText, QuerySyntaxError, type EntityCandidate } from '../query/index.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';
import { formatResult, outputWidth, parseFormat, type Format, type TableOptions } from './format.js';
import { Session, type Outcome } from './session.js';

export interface ShellOptions {
  graphPath: string;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** errors in script mode (default process.stderr); a terminal session writes everything to `output` */
  errorOutput?: NodeJS.WritableStream;
  format?: Format;
  /** show key columns (edge keys) in tables */
  keys?: boolean;
  /** history file (default $NEWSGRAPH_HISTORY or ~/.newsgraph_history) */
  historyFile?: string;
}

const HISTORY_SIZE = 1000;
const PROMPT = 'newsgraph> ';

export function historyPath(): string {
  return process.env.NEWSGRAPH_HISTORY || join(homedir(), '.newsgraph_history');
}

/** History lines, newest first (as node:readline keeps them); trims a file grown past twice the size kept. */
export function readHistory(file: string): string[] {
  if (!existsSync(file)) return [];
  try {
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    const kept = lines.slice(-HISTORY_SIZE);
    if (lines.length > 2 * HISTORY_SIZE) writeFileAtomic(file, `${kept.join('\n')}\n`);
    return kept.reverse();
  } catch {
    return [];
  }
}

function appendHistory(file: string, line: string): void {
  try {
    appendFileSync(file, `${line.replace(/\n/g, ' ')}\n`);
  } catch {
    // history is a convenience: an unwritable home must not stop the shell
  }
}

export async function runShell(options: ShellOptions): Promise<number> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const isTTY = (input as NodeJS.ReadStream).isTTY === true;
  const session = new Session(isTTY);
  const errorOutput = isTTY ? output : (options.errorOutput ?? process.stderr);
  let loadFailed = false;
  try {
    session.load(options.graphPath);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    errorOutput.write(`error: ${e.message}\n`);
    loadFailed = true;
  }
  if (!isTTY) {
    const table = { width: outputWidth(output as { isTTY?: boolean; columns?: number }), keys: options.keys };
    return (await runScript(session, input, output, errorOutput, options.format ?? 'table', table)) || (loadFailed ? 1 : 0);
  }
  return runInteractive(session, input as NodeJS.ReadStream, output as NodeJS.WriteStream, options);
}

function render(outcome: Outcome, format: Format, options: TableOptions): string {
  switch (outcome.kind) {
    case 'result':
      return outcome.result.command === 'empty' ? '' : formatResult(outcome.result, format, options) + (format === 'json' ? '\n' : '');
    case 'message':
      return outcome.text ? `${outcome.text}\n` : '';
    case 'cancelled':
      return 'cancelled\n';
    case 'exit':
      return '';
  }
}

async function runScript(
  session: Session,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  errorOutput: NodeJS.WritableStream,
  format: Format,
  table: TableOptions,
): Promise<number> {
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  let failed = 0;
  let n = 0;
  for await (const raw of rl) {
    n++;
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('//')) continue;
    try {
      const outcome = await session.execute(line);
      if (outcome.kind === 'exit') break;
      output.write(render(outcome, format, table));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      failed++;
      errorOutput.write(`error: line ${n}: ${e.message}\n`);
    }
  }
  rl.close();
  return failed ? 1 : 0;
}

async function runInteractive(session: Session, input: NodeJS.ReadStream, output: NodeJS.WriteStream, options: ShellOptions): Promise<number> {
  const historyFile = options.historyFile ?? historyPath();
  const history = readHistory(historyFile);
  const format = options.format ?? 'table';
  output.write(`newsgraph shell: ${session.describe()}. Type help for the commands, exit or Ctrl+D to leave.\n`);

  return new Promise<number>((resolve) => {
    let rl: Interface;
    let switching = false;
    let busy = false;

    const choose = async (text: string, candidates: EntityCandidate[]): Promise<string | undefined> => {
      // the picker takes over the terminal: close our line editor, open it again afterwards
      switching = true;
      rl.close();
      switching = false;
      const { search } = await import('@inquirer/prompts');
      // Esc cancels the picker as Ctrl+C does
      const abort = new AbortController();
      const onKey = (_: unknown, key: { name?: string } | undefined) => {
        if (key?.name === 'escape') abort.abort();
      };
      input.on('keypress', onKey);
      try {
        return await search<string>(
          {
            message: `"${text}" matches ${candidates.length} entities; pick one (type to filter, Esc/Ctrl+C to cancel):`,
            source: (term) =>
              candidates
                .filter((c) => !term || `${c.label} ${c.type} ${c.key} ${c.matched}`.toLowerCase().includes(term.toLowerCase()))
                .map((c) => ({ value: c.key, name: `${c.label} (${c.type}, ${c.key})`, description: `matched "${c.matched}", ${c.mentions} mentions` })),
            pageSize: 10,
          },
          { input, output, clearPromptOnDone: false, signal: abort.signal },
        );
      } catch {
        return undefined; // Ctrl+C or Esc in the picker
      } finally {
        input.off('keypress', onKey);
        open();
      }
    };

    const onLine = async (line: string) => {
      const trimmed = line.trim();
      if (trimmed && trimmed !== history[0]) {
        history.unshift(trimmed);
        history.length = Math.min(history.length, HISTORY_SIZE);
        appendHistory(historyFile, trimmed);
      }
      busy = true;
      rl.pause();
      let done = false;
      try {
        const outcome = await session.execute(trimmed, choose);
        if (outcome.kind === 'exit') done = true;
        else output.write(render(outcome, format, { width: outputWidth(output), keys: options.keys }));
      } catch (e) {
        if (!(e instanceof UserError)) {
          output.write(`internal error (a bug, please report it): ${(e as Error).stack ?? e}\n`);
        } else {
          // a caret under the column a syntax error names, below the line as typed after the prompt
          if (e instanceof QuerySyntaxError) output.write(`${' '.repeat(PROMPT.length + (line.length - line.trimStart().length) + e.column - 1)}^\n`);
          output.write(`error: ${e.message}\n`);
        }
      }
      busy = false;
      if (done) {
        rl.close();
        return;
      }
      rl.resume();
      rl.prompt();
    };

    function open() {
      rl = createInterface({
        input,
        output,
        terminal: true,
        prompt: PROMPT,
        history: [...history],
        historySize: HISTORY_SIZE,
        removeHistoryDuplicates: true,
        completer: (line: string) => complete(session.graph, line),
      });
      rl.on('line', (line) => void onLine(line));
      rl.on('SIGINT', () => {
        // Ctrl+C drops the line being typed; on an empty line it says how to leave
        const typed = rl.line;
        (rl as unknown as { clearLine(): void }).clearLine();
        if (!typed) output.write('(To leave, press Ctrl+D or type exit)\n');
        rl.prompt();
      });
      rl.on('close', () => {
        if (switching) return;
        output.write('\n');
        resolve(0);
      });
      if (!busy) rl.prompt();
    }
    open();
  });
}

export const shellCommand: Command = {
  name: 'shell',
  summary: 'ask the graph questions interactively (or one per line from stdin)',
  usage: [
    'usage: newsgraph shell [--graph FILE|DIR] [--format table|json|csv] [--keys]',
    '',
    '  --graph PATH    the graph to query: a graph.json or the directory build --out wrote it to',
    '                  (default $NEWSGRAPH_GRAPH, else graph/graph.json)',
    '  --format F      how results are printed (default table)',
    '  --keys          show the edge key column in tables (json and csv always have it)',
    '',
    'In a terminal: Tab completes commands and names, Up recalls history (~/.newsgraph_history, or',
    '$NEWSGRAPH_HISTORY), Ctrl+C cancels the line, Ctrl+D or exit leaves. With stdin not a terminal it runs',
    'one query per line; errors go to stderr and the exit code is 1 if any line failed.',
    '',
    'Commands:',
    ...helpText().map((l) => `  ${l}`),
  ].join('\n'),
  async run(argv) {
    const { values } = parseCommandArgs('shell', argv, { graph: { type: 'string' }, format: { type: 'string' }, keys: { type: 'boolean' } }, false);
    return runShell({ graphPath: graphPathOf(values.graph), format: parseFormat(values.format), keys: values.keys === true });
  },
};
