// The word-list and rule-based parts of recognition, and entity resolution, on sentences of our own.
import { describe, expect, it } from 'vitest';
import { countryByDemonym, countryByName } from '../../src/lexicon/countries.js';
import { US_STATE_NAMES } from '../../src/lexicon/us-states.js';
import { matchGazetteer } from '../../src/pipeline/mentions/gazetteer.js';
import { chunkProperNouns } from '../../src/pipeline/mentions/proper-nouns.js';
import { tokenize } from '../../src/pipeline/text/tokenize.js';
import { edgesOf, graphOf } from '../helpers/build-text.js';

describe('country word lists (world-countries)', () => {
  it.each([
    ['United States', 'country:united-states'],
    ['U.S.', 'country:united-states'],
    ['USA', 'country:united-states'],
    ['America', 'country:united-states'],
    ['Russian Federation', 'country:russia'],
    ['UK', 'country:united-kingdom'],
    ['Britain', 'country:united-kingdom'],
    ['Turkey', 'country:turkiye'],
    ['Ivory Coast', 'country:ivory-coast'],
  ])('%s → %s', (name, key) => expect(countryByName.get(name)?.key).toBe(key));

  it.each([
    ['American', 'country:united-states'],
    ['Russian', 'country:russia'],
    ['British', 'country:united-kingdom'],
    ['Chinese', 'country:china'],
    // a country of two parts has one for each; adjectives the package gives in another form
    ['Bosnian', 'country:bosnia-and-herzegovina'],
    ['Herzegovinian', 'country:bosnia-and-herzegovina'],
    ['Philippine', 'country:philippines'],
    ['Kyrgyz', 'country:kyrgyzstan'],
    ['Ecuadorian', 'country:ecuador'],
  ])('demonym %s → %s (independent and larger countries first)', (d, key) => expect(countryByDemonym.get(d)?.key).toBe(key));

  it('knows US states for telling them from countries', () => {
    expect(US_STATE_NAMES.has('Georgia')).toBe(true);
    expect(US_STATE_NAMES.has('Puerto Rico')).toBe(false);
  });
});

describe('matchGazetteer', () => {
  const match = (text: string, allCaps = false) => {
    const tokens = tokenize(text);
    return matchGazetteer(tokens, 0, tokens.length, allCaps).map((m) => [
      tokens
        .slice(m.first, m.last)
        .map((t) => t.text)
        .join(' '),
      m.entry.kind,
    ]);
  };
  it.each([
    [
      'The White House and the Kremlin spoke.',
      [
        ['White House', 'seat'],
        ['Kremlin', 'seat'],
      ],
    ],
    [
      'South Korean and North Korean officials met in Seoul.',
      [
        ['South Korean', 'demonym'],
        ['North Korean', 'demonym'],
        ['Seoul', 'capital'],
      ],
    ],
    ['Officials from the United States of America arrived.', [['United States of America', 'country']]],
    [
      'He flew from Texas to Ohio.',
      [
        ['Texas', 'us-state'],
        ['Ohio', 'us-state'],
      ],
    ],
  ])('%s', (text, expected) => expect(match(text)).toEqual(expected));

  it.each([
    // diacritics folded: written with or without them, as the list writes them or not
    ['The envoy left Chisinau on Monday.', [['Chisinau', 'capital']]],
    ['The envoy left Chișinău on Monday.', [['Chișinău', 'capital']]],
    [
      'Talks in Bogota and Yaounde ended.',
      [
        ['Bogota', 'capital'],
        ['Yaounde', 'capital'],
      ],
    ],
    [
      "Officials from Cote d'Ivoire and Curacao arrived.",
      [
        ["Cote d'Ivoire", 'country'],
        ['Curacao', 'country'],
      ],
    ],
    [
      'România and Türkiye signed.',
      [
        ['România', 'country'],
        ['Türkiye', 'country'],
      ],
    ],
    // a name that without its diacritics is an English word is read only as the list writes it
    ['Male voters backed him in Malé.', [['Malé', 'capital']]],
    ['Reunion talks began in Réunion.', [['Réunion', 'country']]],
  ])('%s', (text, expected) => expect(match(text)).toEqual(expected));

  it('gives a name written without its diacritics the entity and label of the list', () => {
    const graph = graphOf('Moldova recalled its ambassador to Russia. The ambassador flew home to Chisinau on Tuesday. Protests in Chișinău followed.');
    expect(graph.hasNode('location:chisinau')).toBe(true);
    expect(graph.getNodeAttributes('location:chisinau')).toMatchObject({ label: 'Chișinău', aliases: ['Chisinau'], mentions: 2 });
  });

  it('joins a person named with and without diacritics, labelled as written with them', () => {
    const graph = graphOf(
      'Spanish Foreign Minister José Manuel Albares met Moroccan officials in Rabat. Later, Albarés said the talks were useful. Albares left on Monday.',
    );
    const people = graph.filterNodes((_k, a) => a.type === 'Person');
    expect(people).toEqual(['person:jose-manuel-albares']);
    expect(graph.getNodeAttributes('person:jose-manuel-albares')).toMatchObject({ label: 'José Manuel Albares', mentions: 3 });
  });

  it('reads two-letter codes in ordinary text but not in all-capitals headlines', () => {
    expect(match('The US said no.')).toEqual([['US', 'country']]);
    expect(match('SOCCER - ITALY AT WEMBLEY', true)).toEqual([]);
  });
});

describe('chunkProperNouns', () => {
  const chunk = (text: string) => {
    const tokens = tokenize(text);
    return chunkProperNouns(tokens, 0, tokens.length).map((s) => [
      tokens
        .slice(s.first, s.last)
        .map((t) => t.text)
        .join(' '),
      s.type ?? 'untyped',
    ]);
  };
  it.each([
    [
      'Russian President Vladimir Putin spoke.',
      [
        ['Russian', 'untyped'],
        ['Vladimir Putin', 'Person'],
      ],
    ],
    [
      'Reporters met Joseph R. Biden on Thursday.',
      [
        ['Reporters', 'untyped'],
        ['Joseph R . Biden', 'Person'],
      ],
    ],
    ['The Bank of England raised rates.', [['Bank of England', 'Organization']]],
    [
      'NATO and the G20 met.',
      [
        ['NATO', 'Organization'],
        ['G20', 'Organization'],
      ],
    ],
    [
      'Mr. Smith went to Denver.',
      [
        ['Smith', 'Person'],
        ['Denver', 'Location'],
      ],
    ],
  ])('%s', (text, expected) => expect(chunk(text)).toEqual(expected));
});

describe('entity resolution', () => {
  const nodes = (...texts: string[]) => graphOf(...texts).mapNodes((key, a) => ({ key, ...a }));

  it('joins a surname to the full name, across documents, and keeps the fullest label', () => {
    const n = nodes(
      'Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha.',
      'Ruto said on Monday that talks with Hassan would continue.',
    );
    const ruto = n.find((x) => x.key === 'person:william-ruto')!;
    expect(ruto.label).toBe('William Ruto');
    expect(ruto.aliases).toContain('Ruto');
    expect(ruto.docs).toEqual(['doc-1.txt', 'doc-2.txt']);
    expect(
      n
        .filter((x) => x.type === 'Person')
        .map((x) => x.key)
        .sort(),
    ).toEqual(['person:samia-suluhu-hassan', 'person:william-ruto']);
  });

  it('resolves "the Kenyan president" and pronouns to the person holding that role', () => {
    const edges = edgesOf('Kenyan President William Ruto arrived in Addis Ababa. The Kenyan president said he would hold talks with Ethiopia.');
    expect(edges.map((e) => e.triple)).toContain('William Ruto|offered_talks|Ethiopia');
    // past an age
    const aged = edgesOf('Kenyan President William Ruto arrived in Addis Ababa. The 57-year-old Kenyan president accused Somalia of arming the rebels.');
    expect(aged.map((e) => e.triple)).toContain('William Ruto|accuses|Somalia');
  });

  it('leaves a pronoun after someone described whom the corpus does not know unresolved', () => {
    const triples = edgesOf(
      'Kenyan President William Ruto met Yoweri Museveni in Kampala. The Kenyan leader accused Somalia of arming the rebels. The Ugandan president said he would visit Mogadishu.',
    ).map((e) => e.triple);
    expect(triples).toContain('William Ruto|accuses|Somalia');
    expect(triples).not.toContain('William Ruto|travels_to|Mogadishu');
  });

  it('reads a capital that acts as its government, and one after a preposition as the place', () => {
    const n = nodes('Moscow said the envoy had returned to Moscow.');
    expect(n.find((x) => x.key === 'country:russia')?.aliases).toContain('Moscow');
    expect(n.find((x) => x.key === 'location:moscow')?.type).toBe('Location');
  });

  it('types a name that is both a country and a US state by its document', () => {
    const us = nodes('US President Joe Biden will travel to Georgia on Friday to campaign.');
    expect(us.find((x) => x.label === 'Georgia')?.type).toBe('Location');
    const caucasus = nodes('Georgian Prime Minister Irakli Kobakhidze said Georgia would not join the sanctions.');
    expect(caucasus.find((x) => x.label === 'Georgia')?.type).toBe('Country');
  });

  it('does not take a capitalised word for a people ("Black voters") for a name, but keeps "the Black Sea"', () => {
    const labels = nodes('Black voters turned out in large numbers, and Indigenous communities in Canada protested. Ships crossed the Black Sea.').map(
      (x) => x.label,
    );
    expect(labels).not.toContain('Black');
    expect(labels).not.toContain('Indigenous');
    expect(labels).toContain('Black Sea');
    expect(labels).toContain('Canada');
    const people = nodes('British Prime Minister Gordon Brown arrived in Paris. Brown said the talks went well.');
    expect(people.find((x) => x.label === 'Gordon Brown')?.aliases).toContain('Brown');
  });

  it('reads a name after a military rank as the officer, not the rank as part of the name', () => {
    const n = nodes('Norway closed its airspace, a Norwegian army spokesman, Colonel Anders Vik, told reporters. Lieutenant Kari Dahl confirmed it.');
    expect(n.filter((x) => x.type === 'Person').map((x) => x.label)).toEqual(expect.arrayContaining(['Anders Vik', 'Kari Dahl']));
    expect(n.map((x) => x.label).some((l) => /Colonel|Lieutenant/.test(l))).toBe(false);
  });

  it('merges organisation names that differ only in spacing', () => {
    const n = nodes('A Whitehouse spokesperson said the White House would respond.');
    expect(n.filter((x) => x.type === 'Organization').map((x) => x.label)).toEqual(['White House']);
  });
});

describe('a name two countries share', () => {
  const countriesOf = (...texts: string[]) =>
    graphOf(...texts)
      .filterNodes((_, a) => a.type === 'Country')
      .sort();

  it('names the Congo the story names otherwise, by its full name or its capital', () => {
    expect(countriesOf('Congo expelled the Rwandan ambassador. The Democratic Republic of Congo accuses Rwanda of backing rebels.')).toEqual([
      'country:dr-congo',
      'country:rwanda',
    ]);
    expect(countriesOf('Congo expelled the Rwandan ambassador on Saturday, officials in Kinshasa said.')).toContain('country:dr-congo');
    expect(countriesOf('Congo and Gabon signed a border pact in Brazzaville.')).toContain('country:republic-of-the-congo');
  });

  it('reads "Congo" and "Congolese" in one story as one country when nothing else says which', () => {
    expect(countriesOf('Congo and Gabon signed a border pact. Congolese President Denis Sassou Nguesso attended.')).toEqual([
      'country:gabon',
      'country:republic-of-the-congo',
    ]);
  });
});

describe('labels', () => {
  it("take a name as the body writes it, not in a headline's capitals; acronyms keep theirs", () => {
    const graph = graphOf(
      'SOCCER - BAYERN BEAT HAMBURG 2-1.\n\nMUNICH 1996-10-26\n\nBayern Munich beat Hamburg 2-1 on Saturday. NATO and Nato officials watched.',
    );
    const labels = graph.mapNodes((_, a) => a.label as string);
    expect(labels).toContain('Hamburg');
    expect(labels).not.toContain('HAMBURG');
    expect(labels).toContain('NATO');
  });
});
