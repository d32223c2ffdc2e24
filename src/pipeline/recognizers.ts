// The statistical recogniser (src/pipeline/ner), as a NameRecognizer for the mention stage: PER, LOC and
// ORG spans become typed names; MISC spans (nationalities, events: "World War II") are kept as blockers,
// so that no rule types them as places or people.
import type { NameRecognizer } from './mentions/index.js';
import type { NameSpan } from './mentions/proper-nouns.js';
import { recognizeEntities } from './ner/index.js';

const TYPE_OF_CLASS = { PER: 'Person', LOC: 'Location', ORG: 'Organization' } as const;

export const nerRecognizer: NameRecognizer = (a) =>
  recognizeEntities(a.doc.text, a.tokens, a.sentences).map(
    (s): NameSpan => (s.cls === 'MISC' ? { first: s.first, last: s.last, ruleId: s.ruleId, block: true } : { first: s.first, last: s.last, type: TYPE_OF_CLASS[s.cls], ruleId: s.ruleId }),
  );

export function defaultRecognizers(): NameRecognizer[] {
  return process.env.NEWSGRAPH_NER === '1' ? [nerRecognizer] : [];
}
