// A build holds every document's tokens, sentences and trees packed (src/pipeline/packed.ts): read back, they are
// the tokeniser's and the parser's, value for value and key for key, and at most a few documents' objects are
// unpacked at once. A worker's messages (packed with strings of their own) give the same.
import { describe, expect, it } from 'vitest';
import { parseDocument, recognizeDocument } from '../../src/index.js';
import { generateNewsText } from '../../src/bench/news-text.js';
import { DocumentPacker, messageBuffers, packAnalysisMessage, packSyntaxMessage, StringTable } from '../../src/pipeline/packed.js';
import type { SourceDocument } from '../../src/pipeline/types.js';

const docOf = (seed: number): SourceDocument => ({ id: `d${seed}`, path: `d${seed}`, title: 'd', text: generateNewsText(2000, seed), sha256: `d${seed}` });

describe('string table', () => {
  it('gives equal strings one id and the first copy back', () => {
    const strings = new StringTable();
    const the = ['t', 'he'].join('');
    expect(strings.id('the')).toBe(0);
    expect(strings.id('said')).toBe(1);
    expect(strings.id(the)).toBe(0);
    expect(strings.at(1)).toBe('said');
    expect(strings.intern(the)).toBe(strings.at(0));
    expect(strings.size).toBe(2);
  });
});

describe('packed analyses', () => {
  it('unpack to the same tokens, sentences and trees, in the same key order', () => {
    // a parsed sentence with a word spelt with another as one token ("did" and "n't" of "didn't")
    const doc = docOf(7);
    const d = recognizeDocument({ ...doc, text: `${doc.text}\n\nPresident Anna Berg of Norway said she didn't meet the Iranian foreign minister in Oslo.` });
    const syntax = parseDocument(d);
    expect(syntax.some((s) => s === undefined)).toBe(true);
    expect(syntax.some((s) => s?.words.some((w) => w.fused))).toBe(true);
    const packer = new DocumentPacker();
    const packed = packer.pack(d.analyzed);
    expect(packed.syntax).toBeUndefined();
    packed.syntax = syntax;
    expect(packed.doc).toBe(d.analyzed.doc);
    expect(packed.sentenceOfToken).toBe(d.analyzed.sentenceOfToken);
    expect(JSON.stringify(packed.tokens)).toBe(JSON.stringify(d.analyzed.tokens));
    expect(JSON.stringify(packed.sentences)).toBe(JSON.stringify(d.analyzed.sentences));
    expect(JSON.stringify(packed.syntax)).toBe(JSON.stringify(syntax));
    expect(packed.syntax!.length).toBe(syntax.length);
    // the same value is the same string across the document
    const the = packed.tokens.filter((t) => t.text === 'the');
    expect(the.length).toBeGreaterThan(1);
    expect(packer.strings.intern(`t${'he'}`)).toBe(the[0]!.text);
  });

  it('keeps the unpacked arrays of the last few documents read only, and unpacks a document again when read again', () => {
    const packer = new DocumentPacker(2);
    const docs = [1, 2, 3].map((seed) => {
      const d = recognizeDocument(docOf(seed));
      return { original: d.analyzed, packed: packer.pack(d.analyzed) };
    });
    const [a, b, c] = docs.map((d) => d.packed);
    const tokensOfA = a!.tokens;
    expect(a!.tokens).toBe(tokensOfA); // held: read again without unpacking
    expect(a!.sentences).toBe(a!.sentences);
    expect(packer.window.unpacked).toBe(2);
    b!.tokens;
    expect(packer.window.holding).toBe(2);
    c!.tokens; // a is the one read longest ago: it lets its arrays go
    expect(packer.window.holding).toBe(2);
    expect(a!.tokens).not.toBe(tokensOfA);
    expect(a!.tokens).toEqual(tokensOfA);
    for (const { original, packed } of docs) expect(JSON.stringify(packed.tokens)).toBe(JSON.stringify(original.tokens));
  });

  it("take a worker's messages: the same tokens, sentences and trees, strings in the build's table", () => {
    const d = recognizeDocument(docOf(11));
    const syntax = parseDocument(d);
    const packer = new DocumentPacker();
    packer.strings.id('nsubj'); // a table with values already: the message's ids are not the build's
    packer.strings.id('the');
    const sentenceOfToken = Array.from(d.analyzed.sentenceOfToken);
    // through a structured clone, as between threads, the arrays moved (the document's sentenceOfToken with them)
    const analysis = packAnalysisMessage(d.analyzed);
    const sent = structuredClone(analysis, { transfer: messageBuffers(analysis) });
    expect(analysis.tokens.length).toBe(0); // moved, not copied
    const packed = packer.packMessage(d.analyzed.doc, sent);
    const trees = packSyntaxMessage(syntax);
    packed.setSyntaxMessage(structuredClone(trees, { transfer: messageBuffers(trees) }));
    expect(JSON.stringify(packed.tokens)).toBe(JSON.stringify(d.analyzed.tokens));
    expect(JSON.stringify(packed.sentences)).toBe(JSON.stringify(d.analyzed.sentences));
    expect(Array.from(packed.sentenceOfToken)).toEqual(sentenceOfToken);
    expect(JSON.stringify(packed.syntax)).toBe(JSON.stringify(syntax));
    const the = packed.tokens.find((t) => t.text === 'the')!;
    expect(packer.strings.intern('the')).toBe(the.text);
    expect(packer.strings.id('the')).toBe(1);
  });

  it('packs trees set later, and none', () => {
    const d = recognizeDocument(docOf(3));
    const packed = new DocumentPacker().pack({ ...d.analyzed, syntax: parseDocument(d) });
    expect(JSON.stringify(packed.syntax)).toBe(JSON.stringify(parseDocument(d)));
    packed.syntax = undefined;
    expect(packed.syntax).toBeUndefined();
  });
});
