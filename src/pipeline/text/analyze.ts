import type { AnalyzedDocument, SourceDocument } from '../types.js';
import { splitSentences, tokenize } from './tokenize.js';

/** Stage 1: tokens and sentences of a document. */
export function analyzeDocument(doc: SourceDocument): AnalyzedDocument {
  const tokens = tokenize(doc.text);
  const sentences = splitSentences(doc.text, tokens);
  const sentenceOfToken = new Int32Array(tokens.length);
  sentences.forEach((s, i) => void sentenceOfToken.fill(i, s.firstToken, s.lastToken));
  return { doc, tokens, sentences, sentenceOfToken };
}
