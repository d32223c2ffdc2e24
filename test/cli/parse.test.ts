// newsgraph parse as a process: CoNLL-U that follows the format's rules, JSON lines with offsets into the
// document, and the usual one-line errors for bad input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const TEXT =
  "OSLO - Norway's foreign minister, Anna Berg, said on Friday that Oslo didn't recall its envoy to Iran.\n\nThe al-Assad government was criticised by the U.N. envoy.\n";
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'newsgraph-parse-'));
  writeFileSync(join(work, 'story.txt'), TEXT);
  writeFileSync(join(work, 'empty.txt'), '');
});

/** Checks a CoNLL-U text against the format's rules (https://universaldependencies.org/format.html). */
function checkConllu(text: string): { sentences: number; words: number } {
  expect(text.endsWith('\n\n')).toBe(true);
  const blocks = text.trim().split(/\n\n/);
  let words = 0;
  for (const block of blocks) {
    const lines = block.split('\n');
    const comments = lines.filter((l) => l.startsWith('#'));
    expect(comments.some((c) => /^# sent_id = \S+/.test(c))).toBe(true);
    const textLine = comments.find((c) => c.startsWith('# text = '));
    expect(textLine).toBeDefined();
    const rows = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
    for (const r of rows) expect(r).toHaveLength(10);
    const wordRows = rows.filter((r) => /^\d+$/.test(r[0]!));
    // ids run 1..n; heads are integers in 0..n; exactly one root, with head 0
    expect(wordRows.map((r) => Number(r[0]))).toEqual(wordRows.map((_, i) => i + 1));
    for (const r of wordRows) {
      const head = Number(r[6]);
      expect(Number.isInteger(head) && head >= 0 && head <= wordRows.length && head !== Number(r[0])).toBe(true);
      expect(r[7] === 'root').toBe(head === 0);
      expect(r[3]).toMatch(/^(ADJ|ADP|ADV|AUX|CCONJ|DET|INTJ|NOUN|NUM|PART|PRON|PROPN|PUNCT|SCONJ|SYM|VERB|X)$/);
    }
    expect(wordRows.filter((r) => r[6] === '0')).toHaveLength(1);
    // no cycles: every word reaches the root
    for (const r of wordRows) {
      let at = Number(r[0]);
      for (let steps = 0; at !== 0; steps++) {
        expect(steps).toBeLessThan(wordRows.length);
        at = Number(wordRows[at - 1]![6]);
      }
    }
    // the surface tokens (range lines replace their words), joined by SpaceAfter, spell # text
    let spelt = '';
    let skipUntil = 0;
    for (const r of rows) {
      const range = /^(\d+)-(\d+)$/.exec(r[0]!);
      if (range) skipUntil = Number(range[2]);
      else if (Number(r[0]) <= skipUntil) continue;
      spelt += r[1] + (r[9]!.split('|').includes('SpaceAfter=No') ? '' : ' ');
    }
    expect(spelt.trim()).toBe(textLine!.slice('# text = '.length));
    words += wordRows.length;
  }
  return { sentences: blocks.length, words };
}

describe('newsgraph parse', () => {
  it('prints CoNLL-U that follows the format, with offsets into the file', () => {
    const r = runCli(['parse', join(work, 'story.txt')]);
    expect(r.code).toBe(0);
    const { sentences, words } = checkConllu(r.stdout);
    expect(sentences).toBeGreaterThanOrEqual(3);
    expect(words).toBeGreaterThan(25);
    expect(r.stdout).toContain('# newdoc id = story.txt');
    expect(r.stdout).toMatch(/^\d+-\d+\tdidn't\t/m);
    for (const [, form, start, end] of r.stdout.matchAll(/^\d+\t([^\t]+)\t(?:[^\t]*\t){7}[^\t]*TokenRange=(\d+):(\d+)/gm))
      expect(TEXT.slice(Number(start), Number(end))).toBe(form);
  });

  it('prints JSON lines with UPOS, lemma, head, relation and character offsets', () => {
    const r = runCli(['parse', join(work, 'story.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const s of lines) {
      expect(s.doc).toBe('story.txt');
      expect(TEXT.slice(s.start, s.end)).toBe(s.text);
      for (const w of s.words) {
        expect(TEXT.slice(w.start, w.end)).toBe(w.form);
        expect(w.head).toBeGreaterThanOrEqual(0);
        expect(w.head).toBeLessThanOrEqual(s.words.length);
      }
    }
    const recall = lines.flatMap((s: { words: Array<{ form: string; lemma: string }> }) => s.words).find((w: { form: string }) => w.form === 'recall');
    expect(recall?.lemma).toBe('recall');
  });

  it.each([
    [['parse'], /^newsgraph: parse: no input: pass article files or directories/, 2],
    [['parse', 'no/such/file.txt'], /no such file or directory: no\/such\/file\.txt/, 1],
    [['parse', 'seeds', '--format', 'xml'], /unknown --format 'xml': use conllu or json/, 2],
  ])('refuses %j with one line', (args, message, code) => {
    const r = runCli(args as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message as RegExp);
  });

  it('skips an empty file with a warning and refuses when nothing is left', () => {
    const r = runCli(['parse', join(work, 'empty.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/warning: skipped .*empty\.txt/);
    expect(r.stderr).toMatch(/nothing to parse/);
  });
});
