// Named-entity recognition: people, places, organisations and other names (MISC: nationalities, events, …)
// as token spans. A structured averaged perceptron over BILOU tags with Viterbi decoding, trained on
// CoNLL-2003 eng.train by train.ts; the model file is committed beside this file and loaded on first use.
// Then document-level rules (document.ts): one-word names take the class the rest of the document gives them,
// and a few name forms are fixed by table. Each span keeps the id of what decided it.
import type { Sentence, Token } from '../text/tokenize.js';
import { packageFile } from '../../paths.js';
import { loadModel, type NerModel } from './model.js';
import { tagSpans } from './tagger.js';
import { applyDocumentRules } from './document.js';

export type { NerClass } from './tags.js';
import type { NerClass } from './tags.js';

export interface NerSpan {
  /** token indices, last exclusive */
  first: number;
  last: number;
  cls: NerClass;
  /** 0..1: how far the model's choice stood above the best alternative (0.5 at a tie, 0.75 at a typical margin) */
  confidence: number;
  ruleId: string;
}

export const NER_MODEL_PATH = 'src/pipeline/ner/ner-model.gz';
export const NER_RULE_ID = 'ner.perceptron';

let defaultModel: NerModel | undefined;

/** The committed model, loaded once (about a tenth of a second). */
export function nerModel(): NerModel {
  defaultModel ??= loadModel(packageFile(NER_MODEL_PATH));
  return defaultModel;
}

/** Finds the named entities of one document. `sentences` must cover `tokens` (as splitSentences does). */
export function recognizeEntities(text: string, tokens: Token[], sentences: Sentence[], model: NerModel = nerModel()): NerSpan[] {
  void text; // the tokens carry their text; kept in the signature for rules that look at the raw layout
  const scale = model.header.confidenceScale || 1;
  const tagged = tagSpans(model, model.transitions, tokens, sentences, { commonWords: model.commonWords }).map((s) => ({
    first: s.first,
    last: s.last,
    cls: s.cls,
    confidence: 1 / (1 + Math.exp((-s.margin / scale) * Math.log(3))),
    ruleId: NER_RULE_ID,
  }));
  return applyDocumentRules(tagged, tokens);
}
