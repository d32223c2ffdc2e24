// What the main thread keeps of the workers' results is held compactly (src/pipeline/compact.ts): the same values in
// the same order, each string one shared copy.
import { describe, expect, it } from 'vitest';
import { parseDocument, recognizeDocument } from '../../src/index.js';
import { generateNewsText } from '../../src/bench/news-text.js';
import { compactMentions, compactSentences, compactSyntax, compactTokens, interner } from '../../src/pipeline/compact.js';
import type { SourceDocument } from '../../src/pipeline/types.js';

const doc: SourceDocument = { id: 'a', path: 'a', title: 'a', text: generateNewsText(3000, 7), sha256: 'a' };

describe('compact results', () => {
  it('keeps every value and key order of tokens, sentences, mentions and trees, with one copy of each string', () => {
    const { analyzed, mentions } = structuredClone(recognizeDocument(doc));
    const syntax = structuredClone(parseDocument({ analyzed, mentions }));
    const intern = interner();
    const tokens = compactTokens(analyzed.tokens, intern);
    expect(JSON.stringify(tokens)).toBe(JSON.stringify(analyzed.tokens));
    expect(JSON.stringify(compactSentences(analyzed.sentences))).toBe(JSON.stringify(analyzed.sentences));
    const before = JSON.stringify(mentions);
    expect(JSON.stringify(compactMentions(mentions, intern))).toBe(before);
    const trees = compactSyntax(syntax, intern);
    expect(JSON.stringify(trees)).toBe(JSON.stringify(syntax));
    expect(trees.length).toBe(syntax.length);
    expect(trees.some((s) => s === undefined)).toBe(syntax.some((s) => s === undefined));
    // the same value is the same string: the table gives back the first copy it was given
    const the = tokens.filter((t) => t.text === 'the');
    expect(the.length).toBeGreaterThan(1);
    expect(intern(`t${'he'}`)).toBe(the[0]!.text);
  });
});
