import { describe, expect, it } from 'vitest';
import { applyDocumentRules, NAME_PATTERN_RULES, type DocumentSpan } from '../../../src/pipeline/ner/document.js';
import { recognizeEntities } from '../../../src/pipeline/ner/index.js';
import { splitSentences, tokenize } from '../../../src/pipeline/text/tokenize.js';
import type { NerClass } from '../../../src/pipeline/ner/tags.js';

/** Spans given as [words, class, confidence]; located by their first occurrence after the previous one. */
function spansOf(text: string, list: Array<[string, NerClass, number]>) {
  const tokens = tokenize(text);
  let from = 0;
  const spans: DocumentSpan[] = list.map(([words, cls, confidence]) => {
    const w = words.split(' ');
    let i = from;
    while (
      tokens
        .slice(i, i + w.length)
        .map((t) => t.text)
        .join(' ') !== words
    )
      i++;
    from = i + w.length;
    return { first: i, last: i + w.length, cls, confidence, ruleId: 'ner.perceptron' };
  });
  return { tokens, spans };
}

const show = (tokens: { text: string }[], spans: DocumentSpan[]) =>
  spans.map(
    (s) =>
      `${s.cls}:${tokens
        .slice(s.first, s.last)
        .map((t) => t.text)
        .join(' ')}:${s.ruleId}`,
  );

describe('document rules', () => {
  it('a one-word name takes the class the longer mentions give it', () => {
    const { tokens, spans } = spansOf('Dynamo Brno beat Slavia 2-0. Dynamo scored twice in the second half.', [
      ['Dynamo Brno', 'ORG', 0.9],
      ['Slavia', 'ORG', 0.8],
      ['Dynamo', 'PER', 0.3],
    ]);
    expect(show(tokens, applyDocumentRules(spans, tokens))).toEqual([
      'ORG:Dynamo Brno:ner.perceptron',
      'ORG:Slavia:ner.perceptron',
      'ORG:Dynamo:ner.document-class',
    ]);
  });

  it('a confident one-word name keeps its class against a weak vote', () => {
    const { tokens, spans } = spansOf('Jordan Hill spoke. Jordan said it would reply.', [
      ['Jordan Hill', 'PER', 0.3],
      ['Jordan', 'LOC', 0.9],
    ]);
    expect(show(tokens, applyDocumentRules(spans, tokens))[1]).toBe('LOC:Jordan:ner.perceptron');
  });

  it('a capitals headline word votes with the same word in the body', () => {
    const { tokens, spans } = spansOf('OKONJO WINS\nNgozi Okonjo won. Okonjo thanked fans.', [
      ['OKONJO', 'ORG', 0.2],
      ['Ngozi Okonjo', 'PER', 0.8],
      ['Okonjo', 'PER', 0.6],
    ]);
    expect(show(tokens, applyDocumentRules(spans, tokens))[0]).toBe('PER:OKONJO:ner.document-class');
  });

  it.each([
    ['The White House said talks would go on.', 'White House', 'LOC'],
    ['A Kremlin spokesman declined to comment.', 'Kremlin', 'LOC'],
  ])('seats of power are organisations: %s', (text, name, cls) => {
    const { tokens, spans } = spansOf(text, [[name, cls as NerClass, 0.9]]);
    expect(show(tokens, applyDocumentRules(spans, tokens))).toEqual([`ORG:${name}:ner.seat-of-power`]);
  });

  it.each(NAME_PATTERN_RULES.map((r) => [r.id, r.example]))('%s: its example sentence', (id, example) => {
    const tokens = tokenize(example);
    const spans = recognizeEntities(example, tokens, splitSentences(example, tokens));
    expect(spans.some((s) => s.cls === 'ORG' && /^G-?\d+$/.test(tokens[s.first]!.text))).toBe(true);
    expect(id).toMatch(/^ner\.name-pattern\./);
  });

  it.each(['A G string', 'The G-Man film', 'Route 66 in G major'])('name patterns leave ordinary words alone: %s', (text) => {
    const tokens = tokenize(text);
    const found = applyDocumentRules([], tokens);
    expect(found).toEqual([]);
  });
});
