// The interactive shell in a real terminal (tmux): tab completion, history across two sessions, Ctrl+C,
// the picker for an ambiguous name. Needs tmux (CI installs it). The history file is a temporary one.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE, MAIN, ROOT, tempDir } from './helpers.js';

const TMUX = ['/usr/bin/tmux', '/usr/local/bin/tmux'].find(existsSync) ?? 'tmux';
const socket = `newsgraph-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync(TMUX, ['-L', socket, ...args], { encoding: 'utf8', cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
const dir = tempDir('tty');
const history = join(dir, 'history');

function start(session: string, graph = FIXTURE) {
  tmux('new-session', '-d', '-s', session, '-x', '180', '-y', '60', `env NEWSGRAPH_HISTORY=${history} ${process.execPath} ${MAIN} shell --graph ${graph}`);
}
const screen = (session: string) => tmux('capture-pane', '-p', '-J', '-S', '-500', '-t', session);
const keys = (session: string, ...k: string[]) => tmux('send-keys', '-t', session, ...k);
const alive = (session: string) => {
  try {
    tmux('has-session', '-t', session);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(session: string, test: (text: string) => boolean, what: string, timeout = 20_000): Promise<string> {
  const until = Date.now() + timeout;
  let text = '';
  while (Date.now() < until) {
    text = screen(session);
    if (test(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${text}`);
}
const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';
const prompt = (session: string, line = '') => waitFor(session, (t) => lastLine(t) === `newsgraph> ${line}`.trimEnd(), `prompt "newsgraph> ${line}"`);

afterAll(() => {
  try {
    tmux('kill-server');
  } catch {
    // already gone
  }
});

describe('newsgraph shell in a terminal', () => {
  it('completes commands and names, cancels with Ctrl+C, offers a picker, keeps history across sessions', { timeout: 180_000 }, async () => {
    start('one');
    await prompt('one');

    // Tab completes a command, then a name (accent- and case-insensitively)
    keys('one', 'nei', 'Tab');
    await prompt('one', 'neighbors');
    keys('one', 'jose', 'Tab');
    await prompt('one', 'neighbors José Álvarez');
    keys('one', 'Enter');
    await waitFor('one', (t) => /\| 1 +\| Spain +\| Country +\|/.test(t), 'the neighbors of José Álvarez');

    keys('one', 'show vla', 'Tab');
    await prompt('one', 'show Vladimir Putin');
    keys('one', 'Enter');
    await waitFor('one', (t) => t.includes('| key       | person:vladimir-putin'), 'show Vladimir Putin');

    // Ctrl+C drops the line being typed; nothing runs
    keys('one', 'stats', 'C-c');
    await prompt('one');
    expect(screen('one')).not.toContain('entities by type');

    // an error is one line and the shell keeps going
    keys('one', 'shw putin', 'Enter');
    await waitFor('one', (t) => t.includes('error: unknown command "shw": did you mean show?'), 'the error');
    await prompt('one');

    // a syntax error points at its column
    keys('one', '  MATCH (a:Person-[r]->(c) RETURN a', 'Enter');
    const shown = await waitFor('one', (t) => t.includes("error: syntax error at column 16: expected '{' or ')', found '-'"), 'the syntax error');
    const lines = shown.trimEnd().split('\n');
    const at = lines.findIndex((l) => l.startsWith('error: syntax error'));
    expect(lines[at - 1]).toBe(`${' '.repeat('newsgraph>   MATCH (a:Person'.length)}^`);
    expect(lines[at - 2]![lines[at - 1]!.length - 1]).toBe('-');

    // an ambiguous name opens a picker; typing filters it
    keys('one', 'show smith', 'Enter');
    await waitFor('one', (t) => t.includes('"smith" matches 2 entities; pick one') && t.includes('Jane Smith (Person, person:jane-smith)'), 'the picker');
    keys('one', 'john');
    await waitFor('one', (t) => !lastLines(t).includes('Jane Smith (Person') && lastLines(t).includes('John Smith (Person'), 'the filtered picker');
    keys('one', 'Enter');
    await waitFor('one', (t) => t.includes('| key       | person:john-smith'), 'John Smith shown');
    await prompt('one');

    // Esc cancels the picker, and nothing runs
    keys('one', 'show georgia', 'Enter');
    await waitFor('one', (t) => lastLines(t).includes('Georgia (Location, location:georgia)'), 'the second picker');
    keys('one', 'Escape');
    await waitFor('one', (t) => lastLines(t, 3).includes('cancelled'), 'the picker to cancel');
    await prompt('one');

    // the line editor works again after the picker
    keys('one', 'roles alv', 'Tab');
    await prompt('one', 'roles José Álvarez');
    keys('one', 'Enter');
    await waitFor('one', (t) => /\| José Álvarez \| foreign minister \| Spain/.test(t), 'roles after the picker');

    keys('one', 'C-d');
    await waitFor('one', () => !alive('one'), 'the shell to leave on Ctrl+D').catch(() => {
      if (alive('one')) throw new Error('the shell did not leave on Ctrl+D');
    });
    expect(readFileSync(history, 'utf8').split('\n')).toEqual([
      'neighbors José Álvarez',
      'show Vladimir Putin',
      'shw putin',
      'MATCH (a:Person-[r]->(c) RETURN a',
      'show smith',
      'show georgia',
      'roles José Álvarez',
      '',
    ]);

    // a second session recalls the first one's history with the up arrow
    start('two');
    await prompt('two');
    keys('two', 'Up');
    await prompt('two', 'roles José Álvarez');
    keys('two', 'Up', 'Up', 'Up', 'Up');
    await prompt('two', 'shw putin');
    keys('two', 'Up');
    await prompt('two', 'show Vladimir Putin');
    keys('two', 'Enter');
    await waitFor('two', (t) => t.split('| key       | person:vladimir-putin').length === 2, 'the recalled query to run');
    keys('two', 'exit', 'Enter');
    await waitFor('two', () => !alive('two'), 'exit').catch(() => {
      if (alive('two')) throw new Error('the shell did not leave on exit');
    });
  });

  it('starts without a graph, says why in one line, and load fixes it', { timeout: 120_000 }, async () => {
    start('three', join(dir, 'missing.json'));
    const text = await prompt('three');
    expect(text).toContain(`error: graph file not found: ${join(dir, 'missing.json')}`);
    keys('three', 'show putin', 'Enter');
    await waitFor('three', (t) => t.includes('error: no graph loaded'), 'no graph loaded');
    keys('three', `load ${FIXTURE}`, 'Enter');
    await waitFor('three', (t) => t.includes('16 entities, 15 relations'), 'load');
    keys('three', 'show putin', 'Enter');
    await waitFor('three', (t) => t.includes('| key       | person:vladimir-putin'), 'show after load');
    keys('three', 'exit', 'Enter');
  });
});

function lastLines(text: string, n = 6): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}
