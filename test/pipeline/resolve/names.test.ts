// Name resolution as a stage (src/pipeline/resolve/names.ts, then unify.ts), on texts of our own: recognised
// mentions in, each name's entity key, type and rule out, with no relations or graph in between (the end-to-end
// rows are in entities.test.ts). Each row: the documents, a name as written in them, what it resolves to.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { recognizeDocument } from '../../../src/index.js';
import { defaultRecognizers } from '../../../src/pipeline/recognizers.js';
import { resolveNames, type DocumentMentions } from '../../../src/pipeline/resolve/names.js';
import { unifyEntities } from '../../../src/pipeline/resolve/unify.js';

const recognizers = defaultRecognizers();
const recognized = (texts: string[]): DocumentMentions[] =>
  texts.map((text, i) =>
    recognizeDocument(
      { id: `doc-${i + 1}.txt`, path: `doc-${i + 1}.txt`, title: '', text, sha256: createHash('sha256').update(text).digest('hex') },
      recognizers,
    ),
  );

/** Every mention written `name` after a stage, as `entity type rule` (the rule only where `withRule`). */
const resolvedAs = (docs: DocumentMentions[], name: string, withRule = false) =>
  docs.flatMap((d) => d.mentions.filter((m) => m.text === name).map((m) => [m.entity, m.type, ...(withRule ? [m.ruleId] : [])].join(' ')));

const afterNames = (texts: string[]) => resolveNames(recognized(texts));
const afterUnify = (texts: string[]) => unifyEntities(resolveNames(recognized(texts))).docs;

describe('surnames join full names (names.ts)', () => {
  it.each([
    ['later in the same story', ['Foreign Minister Ingrid Solberg met the envoy. Solberg said talks would go on.'], 'Solberg', 'person:ingrid-solberg'],
    [
      'before the full name, in another story',
      ['Talks stalled, Adeyemi said.', 'Trade Minister Tunde Adeyemi left for Abuja on Monday.'],
      'Adeyemi',
      'person:tunde-adeyemi',
    ],
    [
      'without the Arabic article written onto it',
      ['Cleric Yusuf al-Rahman spoke on Friday. Rahman said the vote was unfair.'],
      'Rahman',
      'person:yusuf-al-rahman',
    ],
    ['a surname written first (Chinese order)', ['Vice Premier Zhao Lijun arrived in Hanoi. Zhao said ties were good.'], 'Zhao', 'person:zhao-lijun'],
    [
      'two words that end a longer name',
      ['Mexican President Andres Manuel Lopez Obrador spoke on Monday. Lopez Obrador said the plan would work.'],
      'Lopez Obrador',
      'person:andres-manuel-lopez-obrador',
    ],
    [
      'without its diacritics',
      ['Spanish Transport Minister José Luis Ábalos arrived on Monday. Later Abalos said the trains would run.'],
      'Abalos',
      'person:jose-luis-abalos',
    ],
    [
      'of two namesakes, the one named last',
      ['Finance Minister Anna Berg met Defence Minister Erik Berg on Monday. Berg said the budget was tight.'],
      'Berg',
      'person:erik-berg',
    ],
  ])('%s', (_, texts, name, key) => expect(resolvedAs(afterNames(texts), name)).toEqual([`${key} Person`]));
});

describe('acronyms join their long form (unify.ts)', () => {
  it.each([
    [
      'defined in brackets',
      ['The Baltic Shipping Council (BSC) said on Monday it would appeal.', 'The BSC said prices had fallen.'],
      'BSC',
      'organization:baltic-shipping-council',
    ],
    [
      'the initials of the one long form in the corpus',
      ['The Nordic Investment Bank met on Monday.', 'The NIB said rates would rise.'],
      'NIB',
      'organization:nordic-investment-bank',
    ],
    ['dotted initials', ['Officials of the U.N. met on Friday.', 'The United Nations said aid would arrive.'], 'U.N.', 'organization:united-nations'],
    [
      'left alone when two long forms fit',
      ['The National Labour Party won. The New Liberal Party lost.', 'The NLP said it would appeal.'],
      'NLP',
      'organization:nlp',
    ],
  ])('%s', (_, texts, acronym, key) => {
    const keys = resolvedAs(afterUnify(texts), acronym);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys)).toEqual(new Set([`${key} Organization`]));
  });
});

describe('capitals act as their governments (names.ts)', () => {
  it.each([
    ['Oslo said on Monday it would expel two diplomats.', 'Oslo', 'country:norway Country capital-for-government'],
    ['Ankara summoned the Swedish ambassador on Monday.', 'Ankara', 'country:turkiye Country capital-for-government'],
    ['Warsaw warned Berlin on Tuesday that the pipeline was a mistake.', 'Berlin', 'country:germany Country capital-for-government'],
    ['Ministers met in Oslo on Monday.', 'Oslo', 'location:oslo Location gazetteer-capital'],
    ['Protesters marched back to Ankara on Sunday.', 'Ankara', 'location:ankara Location gazetteer-capital'],
    ['Nothing came of the Oslo talks, officials said.', 'Oslo', 'location:oslo Location gazetteer-capital'],
    ['The envoy flew on to the Norwegian capital Oslo on Monday.', 'Oslo', 'location:oslo Location gazetteer-capital'],
    ['Police in Oslo, Norway, said two people were hurt.', 'Oslo', 'location:oslo Location gazetteer-capital'],
  ])('%s', (text, capital, expected) => expect(resolvedAs(afterNames([text]), capital, true)).toEqual([expected]));
});

describe('a name that is both a country and a US state is typed by its document (names.ts)', () => {
  it.each([
    [
      'a story about the United States',
      'US President Joe Biden will visit Georgia on Friday to meet voters in Atlanta.',
      'location:georgia-us Location us-state-by-context',
    ],
    [
      "a story with the country's demonym",
      'Georgian President Salome Zourabichvili said Georgia would seek closer ties with the European Union.',
      'country:georgia Country gazetteer-country',
    ],
    [
      'a story about the United States that names the capital',
      'The United States sent aid to Georgia, officials in Tbilisi said.',
      'country:georgia Country gazetteer-country',
    ],
    ['a story that says neither', 'Georgia held elections on Saturday.', 'country:georgia Country gazetteer-country'],
  ])('%s', (_, text, expected) => expect(resolvedAs(afterNames([text]), 'Georgia', true)).toEqual([expected]));
});

describe('a country by the title of its official name (names.ts)', () => {
  it.each([
    [
      'in a story that names it',
      ['Talks between Iran and the West stalled. The Islamic Republic said it would not yield.'],
      ['country:iran Country official-title-for-country'],
    ],
    ['not in a story that does not', ['The Islamic Republic said it would not yield.'], []],
  ])('%s', (_, texts, expected) => expect(resolvedAs(afterNames(texts), 'Islamic Republic', true).filter((r) => r.startsWith('country:'))).toEqual(expected));
});
