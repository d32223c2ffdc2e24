// Beam search over arc-eager states (parser.ts): any width gives a well-formed tree (every word one head, one
// root, no cycle), and the committed model decoded with a beam reads the sentences relation reading leans on.
import { describe, expect, it } from 'vitest';
import { parserInputOf } from '../../../src/pipeline/syntax/tree.js';
import { parseSentence } from '../../../src/pipeline/syntax/parser.js';
import { syntaxModel } from '../../../src/pipeline/syntax/index.js';
import { tagSentence } from '../../../src/pipeline/syntax/tagger.js';
import { splitSentences, tokenize } from '../../../src/pipeline/text/tokenize.js';
import { syntaxWords } from '../../../src/pipeline/syntax/words.js';

const TEXT =
  "OSLO - Norway's foreign minister said on Friday that Oslo didn't recall its envoy. The al-Assad government, which Russia backs, was criticised by " +
  'the ambassador, Anna Berg, and her deputy. Peru decided to recall its ambassador to Venezuela after the vote on Monday, officials said.';

function heads(width: number): number[][] {
  const model = syntaxModel();
  const models = { ...model.parser, beam: width };
  const tokens = tokenize(TEXT);
  return splitSentences(TEXT, tokens).map((s) => {
    const infos = syntaxWords(tokens, s.firstToken, s.lastToken).map((w) => model.lexicon.info(w.form));
    const tags = new Uint8Array(infos.length);
    tagSentence(model.tagger, infos, tags);
    const st = parseSentence(models, parserInputOf(infos, tags, model.tagSet.upos));
    return Array.from({ length: infos.length }, (_, i) => st.heads[i + 1]!);
  });
}

describe('beam search', () => {
  it.each([1, 2, 4, 8])('gives a tree with one root at width %i', (width) => {
    for (const h of heads(width)) {
      const n = h.length;
      expect(h.filter((x) => x === n + 1)).toHaveLength(1);
      for (let d = 1; d <= n; d++) {
        let x = d;
        for (let steps = 0; x !== n + 1; steps++) {
          expect(steps).toBeLessThan(n);
          x = h[x - 1]!;
          expect(x).toBeGreaterThanOrEqual(1);
        }
      }
    }
  });
});
