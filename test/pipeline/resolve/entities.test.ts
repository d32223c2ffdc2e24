// Name resolution end to end (src/pipeline/resolve, through the whole build): one entity, one node, on texts of
// our own; the stage itself is tested in names.test.ts. Each row is a corpus of one or more documents and two
// names that must end on one node (or on two).
import { describe, expect, it } from 'vitest';
import { abbreviates, acronymKey, initialsOf } from '../../../src/pipeline/resolve/acronyms.js';
import { surnameForms } from '../../../src/pipeline/resolve/names.js';
import { UNIFY_RULES } from '../../../src/pipeline/resolve/unify.js';
import { editDistance, isSpellingVariant, soundex } from '../../../src/pipeline/resolve/variants.js';
import { graphOf } from '../../helpers/build-text.js';

type Node = { key: string; label: string; type: string; aliases: string[] };
const nodesOf = (...texts: string[]): Node[] => graphOf(...texts).mapNodes((key, a) => ({ key, label: a.label, type: a.type, aliases: a.aliases }));
/** The nodes that have this name as their label or an alias (a leading "the" aside: labels drop it). */
const bare = (name: string) => name.replace(/^the /i, '');
const nodeNamed = (nodes: Node[], name: string) => nodes.filter((n) => n.label === bare(name) || n.aliases.includes(bare(name)));

/** Both names must be one node; that node's type is given. */
const sameNode = (texts: string[], a: string, b: string, type: string) => {
  const nodes = nodesOf(...texts);
  const x = nodeNamed(nodes, a);
  const y = nodeNamed(nodes, b);
  expect(
    x.map((n) => n.key),
    `${a} in ${JSON.stringify(nodes.map((n) => [n.label, n.aliases]))}`,
  ).toHaveLength(1);
  expect(
    y.map((n) => n.key),
    `${b} in ${JSON.stringify(nodes.map((n) => [n.label, n.aliases]))}`,
  ).toEqual(x.map((n) => n.key));
  expect(x[0]!.type).toBe(type);
};

describe('surnames, first names and headlines', () => {
  it.each([
    [
      'a surname met in one story before the full name in another',
      ['Talks would resume, Okonkwo said on Monday.', 'Nigerian Foreign Minister Chidi Okonkwo arrived in Accra.'],
      'Chidi Okonkwo',
      'Okonkwo',
    ],
    [
      'a surname with an Arabic article written onto it',
      ['Opposition leader Karim al-Mansouri was arrested. On Friday Mansouri denied the charges.'],
      'Karim al-Mansouri',
      'Mansouri',
    ],
    [
      'a surname written first (Chinese order)',
      ['Chinese Foreign Minister Wang Yi met officials in Jakarta. On Tuesday Wang said ties were strong.'],
      'Wang Yi',
      'Wang',
    ],
    [
      'a name in a headline in capitals',
      ['SOCCER - HALVORSEN BACK IN SQUAD.\nOSLO 1996-08-22\nStriker Erling Halvorsen returned to the squad, coach Lars Dahl said.'],
      'Erling Halvorsen',
      'HALVORSEN',
    ],
    [
      'spellings that sound alike across stories',
      ['Envoy Aleksandr Dvornikov arrived in Minsk on Monday.', 'Talks with Alexandr Dvornikov went on for hours, officials said.'],
      'Aleksandr Dvornikov',
      'Alexandr Dvornikov',
    ],
    ['"better known as"', ['Militia leader Mahmoud Qasim, better known as Abu Khalil, was killed on Monday.'], 'Mahmoud Qasim', 'Abu Khalil'],
  ])('%s', (_, texts, a, b) => sameNode(texts, a, b, 'Person'));

  it('keeps two people who share a surname apart when the story says which is which', () => {
    const nodes = nodesOf('Finance Minister Anna Lind met Defence Minister Erik Lind on Monday.');
    expect(
      nodes
        .filter((n) => n.type === 'Person')
        .map((n) => n.label)
        .sort(),
    ).toEqual(['Anna Lind', 'Erik Lind']);
  });

  it('names a royal by the given name: the royal of the story, not a namesake', () => {
    const nodes = nodesOf("Jordan's King Abdullah II met the envoy. King Abdullah said talks would go on. Abdullah Ensour, the prime minister, agreed.");
    expect(nodeNamed(nodes, 'Abdullah').map((n) => n.label)).toEqual(['Abdullah II']);
    const apart = nodesOf('Iraqi President Saddam Hussein spoke on Monday.', 'Relations warmed after King Hussein called for change.');
    expect(nodeNamed(apart, 'Hussein').map((n) => n.key)).toEqual(['person:hussein']);
  });

  it('does not take a headline word in capitals that the story never uses for a name', () => {
    const labels = nodesOf('HALVORSEN BACK IN SQUAD.\nOSLO 1996-08-22\nStriker Erling Halvorsen returned to the squad.').map((n) => n.label);
    expect(labels).not.toContain('SQUAD');
    expect(labels).not.toContain('BACK');
  });

  it('gives a person with an honorific the name without it', () => {
    const nodes = nodesOf('Crown Prince Sultan bin Rashid met the envoy on Monday.');
    expect(nodeNamed(nodes, 'Sultan bin Rashid')[0]?.type).toBe('Person');
  });
});

describe('acronyms and long forms', () => {
  it.each([
    [
      'a definition in brackets',
      ['The Nordic Farmers Alliance (NFA) said on Monday it would appeal.', 'The NFA said prices had fallen.'],
      'Nordic Farmers Alliance',
      'NFA',
    ],
    [
      'initials of the one long form in the corpus',
      ['The African Union met in Addis Ababa on Monday.', 'The AU said it would send troops to the region.'],
      'African Union',
      'AU',
    ],
    ['dotted initials', ['Officials of the U.N. met on Friday.', 'The United Nations said aid would arrive.'], 'United Nations', 'U.N.'],
    [
      'a name after the acronym of the body it belongs to',
      ['The U.N. Human Rights Council met in Geneva on Monday.', 'Members of the Human Rights Council voted on Friday.'],
      'U.N. Human Rights Council',
      'Human Rights Council',
    ],
    ['the head word alone', ['The Electoral Commission met on Monday. The Commission said the vote was fair.'], 'Electoral Commission', 'Commission'],
  ])('%s', (_, texts, a, b) => sameNode(texts, a, b, 'Organization'));

  it('leaves an acronym alone when two long forms of the corpus fit it', () => {
    const nodes = nodesOf('The National Democratic Party won. The New Democratic Party lost.', 'The NDP said it would appeal.');
    expect(nodeNamed(nodes, 'NDP')[0]?.key).toBe('organization:ndp');
  });

  it.each([
    ['U.N.', 'UN'],
    ['OSCE', 'OSCE'],
    ['G7', undefined],
    ['Reuters', undefined],
    ['I', undefined],
  ])('acronymKey(%s) is %s', (word, key) => expect(acronymKey(word)).toBe(key));

  it.each([
    ['OSCE', 'Organisation for Security and Cooperation in Europe', true],
    ['SLORC', 'State Law and Order Restoration Council', true],
    ['NFU', "Welsh National Farmers ' Union", true],
    ['DHA', 'U.N. Department of Humanitarian Affairs', true],
    ['UML', 'Communist United Marxist-Leninist', true],
    ['EU', 'European Union', true],
    ['EU', 'Eastern European Union', false],
    ['KDP', 'Kurdistan Workers Party', false],
  ])('%s abbreviates %s: %s', (acronym, long, yes) => expect(abbreviates(acronym, long.split(' '))).toBe(yes));

  it('lists the initials with leading words dropped', () => expect(initialsOf(['Welsh', 'National', 'Farmers', 'Union'])).toEqual(['WNFU', 'NFU', 'FU']));
});

describe('places, capitals and countries', () => {
  it.each([
    [
      'a place with and without its kind',
      ['Troops entered the Panjshir Valley on Monday. Resistance fighters in Panjshir vowed to fight.'],
      'Panjshir Valley',
      'Panjshir',
      'Location',
    ],
    [
      'a place with and without "City"',
      ['Protests spread across Guatemala City on Monday.', 'Police in Guatemala City said two people were hurt.'],
      'Guatemala City',
      'Guatemala City',
      'Location',
    ],
    [
      'the first part of a country named "X and Y"',
      ['Elections in Trinidad were held on Monday. Trinidad and Tobago has a new government.'],
      'Trinidad and Tobago',
      'Trinidad',
      'Country',
    ],
    [
      "the title of a country's official name",
      ['Talks between Iran and the West stalled. The Islamic Republic said it would not yield.'],
      'Iran',
      'Islamic Republic',
      'Country',
    ],
    [
      'a dateline in capitals and the place in the text',
      ['CANBERRA (Reuters) - Australia said on Monday it would act. Protesters gathered in Canberra.'],
      'Canberra',
      'CANBERRA',
      'Location',
    ],
  ])('%s', (_, texts, a, b, type) => sameNode(texts, a, b, type));

  it.each([
    ['Kansas City', 'Kansas', ['Storms hit Kansas on Monday. Flights from Kansas City were cancelled.']],
    ['Atlantic City', 'Atlantic', ['Storms over the Atlantic closed casinos in Atlantic City on Monday.']],
    ['North Island', 'North', ['Floods hit the North Island on Monday, and the North braced for more rain.']],
  ])('keeps %s apart from %s', (a, b, texts) => {
    const nodes = nodesOf(...texts);
    const x = nodeNamed(nodes, a).map((n) => n.key);
    expect(x).toHaveLength(1);
    expect(nodeNamed(nodes, b).map((n) => n.key)).not.toEqual(x);
  });

  it.each([
    ['Canberra said on Monday it would expel two diplomats.', 'Australia', 'Country'],
    ['The minister flew to Canberra on Monday.', 'Canberra', 'Location'],
    ['Nothing came of the Canberra talks, officials said.', 'Canberra', 'Location'],
    ['The envoy flew on to the Australian capital Canberra on Monday.', 'Canberra', 'Location'],
  ])('a capital that acts is its government, one that is a place is the place: %s', (text, label, type) => {
    expect(nodeNamed(nodesOf(text), 'Canberra')[0]).toMatchObject({ label, type });
  });

  it('types a name that is both a country and a US state by its document', () => {
    expect(nodeNamed(nodesOf('US President Joe Biden will visit Georgia on Friday to meet voters in Atlanta.'), 'Georgia')[0]?.type).toBe('Location');
    expect(nodeNamed(nodesOf('Georgian President Salome Zourabichvili said Georgia would seek closer ties with the European Union.'), 'Georgia')[0]?.type).toBe(
      'Country',
    );
  });

  it('does not read a two-letter code as a country in prose', () => {
    const labels = nodesOf('Palestinians accuse PA of banning books, the group said.').map((n) => n.label);
    expect(labels).not.toContain('Panama');
  });

  it('reads a dateline as the place the story was filed from, not an organisation', () => {
    const nodes = nodesOf('HELSINKI (Reuters) - Finland said on Monday it would close its border with Russia.');
    expect(nodeNamed(nodes, 'HELSINKI')[0]).toMatchObject({ label: 'Helsinki', type: 'Location' });
  });
});

describe('the rules of unify.ts', () => {
  it.each(UNIFY_RULES.map((r) => [r.id, r] as const))('%s: its example joins its two names', (_, rule) => {
    const [text, a, b] = rule.example;
    const nodes = nodesOf(text);
    const x = nodeNamed(nodes, a);
    expect(x, JSON.stringify(nodes.map((n) => [n.label, n.aliases]))).toHaveLength(1);
    expect(nodeNamed(nodes, b).map((n) => n.key)).toEqual([x[0]!.key]);
  });
});

describe('spelling variants', () => {
  it.each([
    ['Guldimann', 'Goldiman', true],
    ['Aleksander', 'Alexander', true],
    ['Birenda', 'Birendra', true],
    ['Jong-il', 'Jong-un', false],
    ['Robert', 'Rupert', false],
    ['Lind', 'Linde', false],
    ['Tikhomirov', 'Tikhonov', false],
  ])('%s and %s: %s', (a, b, yes) => expect(isSpellingVariant(a, b)).toBe(yes));

  it('codes Soundex as the standard does', () => {
    expect(['Robert', 'Rupert', 'Rubin', 'Ashcraft', 'Tymczak', 'Pfister'].map(soundex)).toEqual(['R163', 'R163', 'R150', 'A261', 'T522', 'P236']);
  });

  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });

  it('gives the forms a surname is met in alone', () => {
    expect(surnameForms(['Hassan', 'al-Turabi'])).toEqual(['al-turabi', 'turabi']);
    expect(surnameForms(['Olaf', 'Scholz'])).toEqual(['scholz']);
  });
});
