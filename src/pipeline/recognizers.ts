// The statistical recogniser (src/pipeline/ner), as a NameRecognizer for the mention stage: PER, LOC and
// ORG spans become typed names; MISC spans (nationalities, events: "World War II") are kept as blockers,
// so that no rule types them as places or people. Titles and roles at the edges of a span are trimmed off
// ("US Ambassador" → "US", "President Macron" → "Macron"): the role rules read them as words.
import { countryByName } from '../lexicon/countries.js';
import { NAME_TITLES } from '../lexicon/roles.js';
import type { NameRecognizer } from './mentions/index.js';
import { isCapitalised, NAME_PARTICLES, roleLengthAt, type NameSpan } from './mentions/proper-nouns.js';
import { recognizeEntities } from './ner/index.js';
import type { Token } from './text/tokenize.js';

const TYPE_OF_CLASS = { PER: 'Person', LOC: 'Location', ORG: 'Organization' } as const;

// Words for peoples that news style capitalises as adjectives ("Black voters", "Indigenous communities"): the
// recogniser, trained on names, tags some of them as places or organisations. Alone before a lower-case noun
// they describe people and name nothing; in a longer name ("the Black Sea") they stay, and so does a person's
// surname ("Brown said"), which the recogniser tags as a person.
const CAPITALISED_DESCRIPTORS = new Set(['black', 'white', 'brown', 'indigenous', 'native', 'aboriginal', 'hispanic', 'latino', 'latina', 'latinx']);
const isDescriptorBeforeNoun = (tokens: Token[], first: number, last: number) =>
  last - first === 1 && CAPITALISED_DESCRIPTORS.has(tokens[first]!.text.toLowerCase()) && /^\p{Ll}/u.test(tokens[last]?.text ?? '');

function trimRoles(tokens: Token[], first: number, last: number): [number, number] {
  // "The Netherlands": the article is not part of a country's name (the word lists then type it); it is
  // part of others ("The Oval")
  const rest = tokens.slice(first + 1, last).map((t) => t.text).join(' ');
  if (last - first > 1 && /^the$/i.test(tokens[first]!.text) && countryByName.has(rest)) first++;
  for (;;) {
    const word = tokens[first]?.text.toLowerCase().replace(/\.$/, '') ?? '';
    const n = first < last ? roleLengthAt(tokens, first, last) || (NAME_TITLES.has(word) ? 1 : 0) : 0;
    if (!n || first + n >= last) break;
    // only a title before a name: "Lord 's" keeps its "Lord"
    let next = first + n;
    if (tokens[next]?.text === '.') next++;
    if (next >= last || !isCapitalised(tokens[next]!.text)) break;
    first = next;
  }
  for (let k = first + 1; k < last; k++)
    if (roleLengthAt(tokens, k, last) === last - k) {
      last = k;
      break;
    }
  return [first, last];
}

/** "Lula" + "da Silva", "Ursula von" + "der Leyen": a name goes on through a particle and capitals. */
function extendThroughParticles(tokens: Token[], last: number, end: number): number {
  while (last + 1 < end && NAME_PARTICLES.has(tokens[last]!.text)) {
    let next = last + 1;
    while (next < end && NAME_PARTICLES.has(tokens[next]!.text)) next++;
    if (next >= end || !isCapitalised(tokens[next]!.text)) break;
    last = next + 1;
  }
  return last;
}

export const nerRecognizer: NameRecognizer = (a) =>
  recognizeEntities(a.doc.text, a.tokens, a.sentences).map((s): NameSpan => {
    if (s.cls === 'MISC' || (s.cls !== 'PER' && isDescriptorBeforeNoun(a.tokens, s.first, s.last))) return { first: s.first, last: s.last, ruleId: s.ruleId, block: true };
    let [first, last] = trimRoles(a.tokens, s.first, s.last);
    if (s.cls === 'PER') last = extendThroughParticles(a.tokens, last, a.sentences[a.sentenceOfToken[first]!]!.lastToken);
    return { first, last, type: TYPE_OF_CLASS[s.cls], ruleId: s.ruleId };
  });

export function defaultRecognizers(): NameRecognizer[] {
  return [nerRecognizer];
}
