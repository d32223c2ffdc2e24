// The statistical recogniser (src/pipeline/ner), as a NameRecognizer for the mention stage: PER, LOC and
// ORG spans become typed names; MISC spans (nationalities, events: "World War II") are kept as blockers,
// so that no rule types them as places or people. Titles and roles at the edges of a span are trimmed off
// ("US Ambassador" → "US", "President Macron" → "Macron"): the role rules read them as words.
import { countryByName } from '../lexicon/countries.js';
import { ORG_HEAD_WORDS } from '../lexicon/organizations.js';
import { NATURAL_FEATURE_WORDS } from '../lexicon/places.js';
import { NAME_TITLES, roleByForm, roleWithPortfolio } from '../lexicon/roles.js';
import type { NameRecognizer } from './mentions/index.js';
import { isCapitalised, roleLengthAt, type NameSpan } from './mentions/proper-nouns.js';
import { recognizeEntities } from './ner/index.js';
import type { Token } from './text/tokenize.js';
import { CAPITALISED_DESCRIPTORS, NAME_PARTICLES } from '../lexicon/function-words.js';

const TYPE_OF_CLASS = { PER: 'Person', LOC: 'Location', ORG: 'Organization' } as const;

// a word for a people alone before a lower-case noun ("Black voters"): it describes and names nothing
const isDescriptorBeforeNoun = (tokens: Token[], first: number, last: number) =>
  last - first === 1 && CAPITALISED_DESCRIPTORS.has(tokens[first]!.text.toLowerCase()) && /^\p{Ll}/u.test(tokens[last]?.text ?? '');

function trimRoles(tokens: Token[], first: number, last: number): [number, number] {
  // "The Netherlands": the article is not part of a country's name (the word lists then type it); it is
  // part of others ("The Oval")
  const rest = tokens
    .slice(first + 1, last)
    .map((t) => t.text)
    .join(' ');
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

/**
 * How many words at the start of span [first, last) name the portfolio of a title before it: "Interior" of
 * "Minister of the Interior Gerald Darmanin", "Foreign Affairs" of "Minister for Foreign Affairs Penny Wong".
 * The recogniser often reads them into the name that follows.
 */
function portfolioLength(tokens: Token[], first: number, last: number): number {
  let k = first - 1;
  if (tokens[k]?.text.toLowerCase() === 'the') k--;
  const marker = tokens[k]?.text.toLowerCase();
  const noun = tokens[k - 1]?.text.toLowerCase();
  if ((marker !== 'of' && marker !== 'for') || !noun || !roleByForm(noun)) return 0;
  for (let n = Math.min(3, last - first); n > 0; n--) {
    const words = tokens.slice(first, first + n).map((t) => t.text.toLowerCase());
    // all n words, not a shorter portfolio the function finds among them
    const form = roleWithPortfolio(noun, [marker, ...words]);
    if (form === [noun, marker, ...words].join(' ') || form === [...words, noun].join(' ')) return n;
  }
  return 0;
}

const MISC_ORG_HEADS = new Set([...ORG_HEAD_WORDS].filter((w) => w !== 'league' && w !== 'club'));
/** Military ranks that name nothing else ("General" and "Major" also open "General Motors" and "Major League"). */
const PERSON_RANKS = new Set(['colonel', 'lieutenant', 'brigadier', 'sergeant', 'admiral', 'corporal', 'lt.', 'col.']);
// Regnal numbers: "Felipe VI", "Mohammed VI" are persons whatever the recogniser says
const REGNAL_NUMBER = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3})$/;
/** A number joined by a hyphen before a name: the "5-" of "5-Star Movement" (the tokeniser splits it off). */
const isNumberPrefix = (tokens: Token[], i: number) =>
  i >= 1 && tokens[i]!.text === '-' && /^\d+$/.test(tokens[i - 1]!.text) && tokens[i - 1]!.end === tokens[i]!.start && tokens[i]!.end === tokens[i + 1]?.start;

export const nerRecognizer: NameRecognizer = (a) => {
  const spans = recognizeEntities(a.doc.text, a.tokens, a.sentences).map((s): NameSpan => {
    const words = a.tokens.slice(s.first, s.last).map((t) => t.text);
    // a MISC name whose last word makes organisations ("World Trade Organisation") is one; not leagues and
    // clubs, which name sports competitions as often ("American League")
    if (s.cls === 'MISC' && words.length >= 2 && MISC_ORG_HEADS.has(words[words.length - 1]!.toLowerCase()) && /^\p{Lu}/u.test(words[words.length - 1]!))
      return { first: s.first, last: s.last, type: 'Organization', ruleId: 'ner.misc-organisation-head' };
    if (s.cls === 'MISC' || (s.cls !== 'PER' && isDescriptorBeforeNoun(a.tokens, s.first, s.last)))
      return { first: s.first, last: s.last, ruleId: s.ruleId, block: true };
    // the first words of a title the recogniser took for a name: "Defence" of "Defence Secretary William Perry"
    const sentenceEnd = a.sentences[a.sentenceOfToken[s.first]!]!.lastToken;
    if (s.cls !== 'PER' && roleLengthAt(a.tokens, s.first, sentenceEnd) > s.last - s.first)
      return { first: s.first, last: s.last, ruleId: 'ner.title-words', block: true };
    let [first, last] = trimRoles(a.tokens, s.first, s.last);
    // a rank that is only a rank, before a given name and a surname: the name of an officer, whatever class the
    // recogniser gave it ("Colonel Pascal Ianni" read as an organisation)
    if (last - first >= 3 && PERSON_RANKS.has(a.tokens[first]!.text.toLowerCase()) && a.tokens.slice(first + 1, last).every((t) => isCapitalised(t.text)))
      return { first: first + 1, last, type: 'Person', ruleId: 'ner.after-rank' };
    // a portfolio read into a name: what follows it is the title's holder ("… of the Interior Gerald Darmanin"),
    // and a portfolio alone names no one
    const portfolio = portfolioLength(a.tokens, first, last);
    if (portfolio === last - first) return { first, last, ruleId: 'ner.portfolio', block: true };
    if (portfolio && isCapitalised(a.tokens[first + portfolio]!.text)) return { first: first + portfolio, last, type: 'Person', ruleId: 'ner.after-portfolio' };
    if (s.cls === 'PER') last = extendThroughParticles(a.tokens, last, a.sentences[a.sentenceOfToken[first]!]!.lastToken);
    if (s.cls === 'ORG' && isNumberPrefix(a.tokens, first - 1)) first -= 2;
    if (s.cls !== 'PER' && last - first === 2 && REGNAL_NUMBER.test(a.tokens[last - 1]!.text) && /^\p{Lu}\p{Ll}/u.test(a.tokens[first]!.text))
      return { first, last, type: 'Person', ruleId: 'ner.regnal-number' };
    // "the Panjshir Valley", "the Mekong Delta": a name ending in a kind of land is a place
    if (s.cls === 'ORG' && last - first >= 2 && NATURAL_FEATURE_WORDS.has(a.tokens[last - 1]!.text.toLowerCase()) && /^\p{Lu}/u.test(a.tokens[last - 1]!.text))
      return { first, last, type: 'Location', ruleId: 'ner.natural-feature' };
    return { first, last, type: TYPE_OF_CLASS[s.cls], ruleId: s.ruleId };
  });
  return joinNameParts(a.doc.text, a.tokens, spans);
};

/**
 * One person's name that the recogniser cut in two: "Ibrahim" + "bin" + "Saad al-Ibrahim", "James Leander" +
 * "(Leo)" + "Nichols" (a nickname in brackets), "Adolfo" + "Salamanca" (two spans with nothing between).
 */
/** Whether a title or role ends right before token i ("President", "Deputy Prosecutor-General"). */
function afterTitle(tokens: Token[], i: number): boolean {
  if (i > 0 && NAME_TITLES.has(tokens[i - 1]!.text.toLowerCase().replace(/\.$/, ''))) return true;
  for (let k = Math.max(0, i - 4); k < i; k++) if (roleLengthAt(tokens, k, i) === i - k) return true;
  return false;
}

function joinNameParts(text: string, tokens: Token[], spans: NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  const sorted = [...spans].sort((x, y) => x.first - y.first);
  const oneName = (s: NameSpan) => !s.block && s.last - s.first <= 2 && isCapitalised(tokens[s.first]!.text);
  for (let i = 0; i < sorted.length; i++) {
    const x = sorted[i]!;
    const y = sorted[i + 1];
    const z = sorted[i + 2];
    if (y && !x.block && !y.block && (x.type === 'Person' || y.type === 'Person') && x.last - x.first <= 3 && y.last - y.first <= 3) {
      const gap = tokens.slice(x.last, y.first).map((t) => t.text);
      // on one line, one space apart at most between words (a byline above a dateline is two names)
      if (/\n|\s{2}/.test(text.slice(tokens[x.last - 1]!.end, tokens[y.first]!.start))) {
        out.push(x);
        continue;
      }
      const particle = gap.length === 1 && NAME_PARTICLES.has(gap[0]!);
      // two spans with nothing between join only after a title, which a full name follows ("Deputy
      // Prosecutor-General Adolfo Salamanca"), not in "Yeltsin endorses Lebed Chechnya peace plan"
      const adjacent = gap.length === 0 && x.type === 'Person' && x.last - x.first === 1 && y.last - y.first === 1 && oneName(y) && afterTitle(tokens, x.first);
      if (particle || adjacent) {
        out.push({ first: x.first, last: y.last, type: 'Person', ruleId: 'ner.joined-name' });
        i++;
        continue;
      }
      // "James Leander (Leo) Nichols": the bracketed nickname and the surname after it
      if (
        z &&
        x.type === 'Person' &&
        y.type !== 'Location' &&
        gap.join(' ') === '(' &&
        tokens[y.last]?.text === ')' &&
        z.first === y.last + 1 &&
        y.last - y.first === 1 &&
        z.last - z.first === 1 &&
        oneName(z) &&
        tokens[z.last]?.text !== '('
      ) {
        out.push({ first: x.first, last: z.last, type: 'Person', ruleId: 'ner.joined-name' });
        i += 2;
        continue;
      }
    }
    out.push(x);
  }
  return out;
}

export function defaultRecognizers(): NameRecognizer[] {
  return [nerRecognizer];
}
