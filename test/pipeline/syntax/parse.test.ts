// The committed syntax model on the constructions relation reading leans on (subjects and agents, objects,
// appositions, titles, coordination, reported speech, control, relative clauses, possessives): each row names a
// word and the head and relation it must get, so a broken or stale model fails here. Names are given as spans,
// as the pipeline gives the recogniser's names (parsed as one word, written back as `flat`).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageFile } from '../../../src/paths.js';
import { readConllu } from '../../../src/pipeline/syntax/conllu.js';
import { analyzeSyntax, parse, syntaxModel, type ParsedWord } from '../../../src/pipeline/syntax/index.js';
import { splitSentences, tokenize } from '../../../src/pipeline/text/tokenize.js';
import { scoreGoldTokens } from '../../../src/eval/ud.js';

/** Parses one sentence; `names` are the multi-word names in it, by their text. */
function parseOne(text: string, names: string[] = []): ParsedWord[] {
  const tokens = tokenize(text);
  const spans = names.map((n) => {
    const start = text.indexOf(n);
    if (start < 0) throw new Error(`no '${n}' in '${text}'`);
    return { start, end: start + n.length };
  });
  const sentences = analyzeSyntax(tokens, splitSentences(text, tokens), syntaxModel(), spans);
  expect(sentences).toHaveLength(1);
  return sentences[0]!.words;
}

/**
 * "dependent deprel head" for a word given by its form (the first one, or the n-th with form#n), as `expected`
 * writes it when the relation is one of the alternatives it gives ("compound|nmod:desc": a title before a name
 * may be either, and the role rules read both).
 */
function arc(words: ParsedWord[], expected: string): string {
  const [form, relations] = expected.split(' ') as [string, string];
  const [f, nth] = form.split('#') as [string, string | undefined];
  const matches = words.filter((w) => w.form === f);
  const w = matches[nth ? Number(nth) - 1 : 0];
  if (!w) return `${form} missing`;
  const deprel = relations.split('|').includes(w.deprel) ? relations : w.deprel;
  return `${form} ${deprel} ${w.head < 0 ? 'ROOT' : words[w.head]!.form}`;
}

// [sentence, names, expected arcs "dependent relation head"]
const TABLE: Array<[string, string[], string[]]> = [
  // active subject and object; possessive
  ['Norway recalled its ambassador.', [], ['recalled root ROOT', 'Norway nsubj recalled', 'ambassador obj recalled', 'its nmod:poss ambassador']],
  ["Peru's envoy met the minister.", [], ['Peru nmod:poss envoy', "'s case Peru", 'envoy nsubj met', 'minister obj met']],
  // passive subject and agent
  [
    'The ambassador was summoned by the Foreign Ministry.',
    ['Foreign Ministry'],
    ['ambassador nsubj:pass summoned', 'was aux:pass summoned', 'Foreign obl:agent summoned', 'by case Foreign', 'Ministry flat Foreign'],
  ],
  [
    'The ambassador was recalled by Norway.',
    [],
    ['recalled root ROOT', 'ambassador nsubj:pass recalled', 'was aux:pass recalled', 'Norway obl:agent recalled', 'by case Norway'],
  ],
  [
    'Two diplomats were expelled by Russia on Monday.',
    [],
    ['diplomats nsubj:pass expelled', 'were aux:pass expelled', 'Russia obl:agent expelled', 'Monday obl expelled'],
  ],
  // apposition, reported speech
  [
    'Its ambassador, Anna Berg, was recalled.',
    ['Anna Berg'],
    ['ambassador nsubj:pass recalled', 'Anna appos ambassador', 'Berg flat Anna', 'Its nmod:poss ambassador'],
  ],
  [
    "Norway's foreign minister, Anna Berg, said on Friday that Oslo was withdrawing its envoy.",
    ['Anna Berg'],
    [
      'minister nsubj said',
      'Anna appos minister',
      'Norway nmod:poss minister',
      'withdrawing ccomp said',
      'Oslo nsubj withdrawing',
      'that mark withdrawing',
      'envoy obj withdrawing',
      'Friday obl said',
    ],
  ],
  [
    'Norway said it was withdrawing its envoy.',
    [],
    [
      'said root ROOT',
      'Norway nsubj said',
      'withdrawing ccomp said',
      'it nsubj withdrawing',
      'was aux withdrawing',
      'envoy obj withdrawing',
      'its nmod:poss envoy',
    ],
  ],
  [
    'Anna Berg, the foreign minister, met Sergei Lavrov.',
    ['Anna Berg', 'Sergei Lavrov'],
    ['Anna nsubj met', 'minister appos Anna', 'Sergei obj met', 'Lavrov flat Sergei'],
  ],
  [
    'The ministry said it was recalling the envoy.',
    [],
    ['said root ROOT', 'ministry nsubj said', 'recalling ccomp said', 'it nsubj recalling', 'envoy obj recalling'],
  ],
  // titles before a name
  [
    'Foreign Minister Sergei Lavrov met President Emmanuel Macron.',
    ['Sergei Lavrov', 'Emmanuel Macron'],
    ['Sergei nsubj met', 'Minister compound|nmod:desc Sergei', 'Foreign amod|compound Minister', 'Emmanuel obj met', 'President compound|nmod:desc Emmanuel'],
  ],
  [
    'Prime Minister Anna Berg visited Kyiv.',
    ['Anna Berg'],
    ['Anna nsubj visited', 'Minister compound|nmod:desc Anna', 'Prime amod|compound Minister', 'Kyiv obj visited'],
  ],
  // coordination
  ['Norway and Sweden expelled the diplomats.', [], ['Norway nsubj expelled', 'Sweden conj Norway', 'and cc Sweden', 'diplomats obj expelled']],
  [
    'France, Germany and Italy condemned the attack.',
    [],
    ['France nsubj condemned', 'Germany conj France', 'Italy conj France', 'and cc Italy', 'attack obj condemned'],
  ],
  [
    'Russia summoned the ambassador and protested the decision.',
    [],
    ['protested conj summoned', 'and cc protested', 'ambassador obj summoned', 'decision obj protested'],
  ],
  // control
  [
    'Parliament voted to recall the ambassador.',
    [],
    ['voted root ROOT', 'Parliament nsubj voted', 'recall xcomp voted', 'to mark recall', 'ambassador obj recall'],
  ],
  ['Norway decided to recall its ambassador.', [], ['recall xcomp decided', 'to mark recall', 'ambassador obj recall', 'Norway nsubj decided']],
  // relative clauses
  ['The envoy, who was recalled on Monday, left Oslo.', [], ['envoy nsubj left', 'recalled acl:relcl envoy', 'who nsubj:pass recalled', 'Oslo obj left']],
  [
    'Russia expelled the diplomat who had criticised the government.',
    [],
    ['criticised acl:relcl diplomat', 'who nsubj criticised', 'had aux criticised', 'government obj criticised', 'diplomat obj expelled'],
  ],
  [
    "Britain's ambassador met Peru's foreign minister.",
    [],
    ['Britain nmod:poss ambassador', "'s case Britain", 'ambassador nsubj met', 'Peru nmod:poss minister', "'s#2 case Peru", 'minister obj met'],
  ],
  ['Russia recalled the envoy whom Norway had expelled.', [], ['expelled acl:relcl envoy', 'Norway nsubj expelled', 'whom obj expelled', 'envoy obj recalled']],
  // scare quotes around a word inside a phrase: the marks hang on the quoted word, which keeps its place
  ['Turkey threatened "harsh" sanctions against Norway.', [], ['harsh amod sanctions', 'sanctions obj threatened', '" punct harsh', '"#2 punct harsh']],
  // a quotation of its own with punctuation in it is speech: its verb heads it
  ['"We will respond," the minister said.', [], ['respond ccomp said', 'minister nsubj said', '" punct respond']],
];

// Sentences the committed model gets wrong on the words shown: kept as a table that must fail (it.fails), so a
// retrained model that gets them right says so here and they can move up into TABLE.
const KNOWN_MISSES: Array<[string, string[], string[]]> = [
  // "Iran" hangs on the verb, not on "ministry" (tagged a proper noun)
  ["Iran's foreign ministry summoned Britain's ambassador.", [], ['Iran nmod:poss ministry', 'ministry nsubj summoned']],
  // an object relative clause without a pronoun subject: "returned" is read as the clause's complement
  ['The diplomats that Russia expelled returned home.', [], ['returned root ROOT', 'expelled acl:relcl diplomats', 'diplomats nsubj returned']],
];

describe('syntax: the constructions relation reading leans on', () => {
  it.each(TABLE)('%s', (text, names, expected) => {
    const words = parseOne(text, names);
    const got = expected.map((e) => arc(words, e));
    expect(got).toEqual(expected);
  });

  it.fails.each(KNOWN_MISSES)('known miss: %s', (text, names, expected) => {
    const words = parseOne(text, names);
    expect(expected.map((e) => arc(words, e))).toEqual(expected);
  });

  it('keeps exact offsets and one root a sentence', () => {
    const text = "OSLO - Norway's foreign minister said on Friday that Oslo didn't recall its envoy. The al-Assad government was criticised.";
    const sentences = parse(text);
    // the dateline ("OSLO -") is a sentence of its own
    expect(sentences).toHaveLength(3);
    for (const s of sentences) {
      expect(s.words.filter((w) => w.head < 0)).toHaveLength(1);
      for (const w of s.words) expect(text.slice(w.start, w.end)).toBe(w.form);
    }
  });
});

// Floors over a slice of the dev portion (never the test portion): a model that fell behind the committed one
// by more than a little fails here. The committed model scores UPOS 0.957, UAS 0.827 and LAS 0.799 on this slice.
const DEV = packageFile('../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu');
describe.skipIf(!existsSync(DEV))('syntax: floors on the first 600 sentences of UD English-EWT dev', () => {
  it('UPOS, UAS and LAS with gold tokens', () => {
    const score = scoreGoldTokens(readConllu(readFileSync(DEV, 'utf8')).slice(0, 600), syntaxModel());
    expect(score.upos).toBeGreaterThanOrEqual(FLOORS.upos);
    expect(score.uas).toBeGreaterThanOrEqual(FLOORS.uas);
    expect(score.las).toBeGreaterThanOrEqual(FLOORS.las);
  });
});

const FLOORS = { upos: 0.95, uas: 0.82, las: 0.79 };
