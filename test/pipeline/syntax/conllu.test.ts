import { describe, expect, it } from 'vitest';
import { fromParsedSentence, readConllu, writeConllu } from '../../../src/pipeline/syntax/conllu.js';

const SAMPLE = [
  '# newdoc id = d1',
  '# sent_id = d1-1',
  "# text = Oslo didn't recall it.",
  '1\tOslo\tOslo\tPROPN\tNNP\t_\t4\tnsubj\t_\t_',
  "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  '4\trecall\trecall\tVERB\tVB\t_\t0\troot\t_\t_',
  '5\tit\tit\tPRON\tPRP\t_\t4\tobj\t_\tSpaceAfter=No',
  '5.1\tghost\t_\t_\t_\t_\t_\t_\t4:obj\t_',
  '6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
  '',
].join('\n');

describe('CoNLL-U', () => {
  it('reads words, heads (0-based, -1 root), multiword tokens and comments; skips empty nodes', () => {
    const [s] = readConllu(SAMPLE);
    expect(s!.comments.get('text')).toBe("Oslo didn't recall it.");
    expect(s!.comments.get('newdoc id')).toBe('d1');
    expect(s!.words.map((w) => w.form)).toEqual(['Oslo', 'did', "n't", 'recall', 'it', '.']);
    expect(s!.words.map((w) => w.head)).toEqual([3, 3, 3, -1, 3, 3]);
    expect(s!.multiwords).toEqual([{ first: 1, last: 2, form: "didn't", misc: '_' }]);
  });

  it('writes what it reads', () => {
    const text = writeConllu(readConllu(SAMPLE));
    expect(text).toBe(
      SAMPLE.split('\n')
        .filter((l) => !l.startsWith('5.1'))
        .join('\n'),
    );
  });

  it('rejects a word line without 10 columns', () => {
    expect(() => readConllu('1\tOslo\tOslo\n')).toThrow(/10 tab-separated columns/);
  });

  it('writes a parsed sentence with offsets, SpaceAfter and a multiword token', () => {
    const text = "  Oslo didn't act.";
    const w = (form: string, start: number, token: number, head: number, deprel: string, fused = false) => ({
      form,
      start,
      end: start + form.length,
      token,
      fused,
      upos: 'X',
      lemma: form,
      head,
      deprel,
    });
    const s = fromParsedSentence(text, 'doc#1', [
      w('Oslo', 2, 0, 3, 'nsubj'),
      w('did', 7, 1, 3, 'aux', true),
      w("n't", 10, 1, 3, 'advmod', true),
      w('act', 14, 2, -1, 'root'),
      w('.', 17, 3, 3, 'punct'),
    ]);
    const out = writeConllu([s]);
    expect(out).toContain("# text = Oslo didn't act.");
    expect(out).toContain("2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_");
    expect(out).toContain('4\tact\tact\tX\t_\t_\t0\troot\t_\tSpaceAfter=No|TokenRange=14:17');
    expect(out).toContain("3\tn't\tn't\tX\t_\t_\t4\tadvmod\t_\tTokenRange=10:13");
  });
});
