import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packageFile } from '../../../src/paths.js';
import { nerModel, recognizeEntities, type NerSpan } from '../../../src/pipeline/ner/index.js';
import { splitSentences, tokenize } from '../../../src/pipeline/text/tokenize.js';

function entities(text: string): string[] {
  const tokens = tokenize(text);
  return recognizeEntities(text, tokens, splitSentences(text, tokens)).map(
    (s: NerSpan) => `${s.cls}:${text.slice(tokens[s.first]!.start, tokens[s.last - 1]!.end)}`,
  );
}

describe('the committed model', () => {
  it('loads from the package without ../shared and is compact', () => {
    const model = nerModel();
    expect(model.header.training.data).toBe('CoNLL-2003 eng.train');
    expect(model.size).toBeGreaterThan(10_000);
  });

  // Sentences of our own writing, in the register of news reports. Each lists every PER/LOC/ORG it must find;
  // MISC spans (nationalities, events) are allowed but not required.
  it.each([
    ['German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday.', ['PER:Angela Merkel', 'PER:Emmanuel Macron', 'LOC:Paris']],
    ['The European Union imposed new sanctions on Belarus after the disputed election.', ['ORG:European Union', 'LOC:Belarus']],
    ['Shares of Toyota fell 3 percent in Tokyo after the company cut its forecast.', ['ORG:Toyota', 'LOC:Tokyo']],
    ['Kenyan runner Eliud Kipchoge won the race in Berlin.', ['PER:Eliud Kipchoge', 'LOC:Berlin']],
    ['The United Nations Security Council will meet in New York on Friday, a spokesman said.', ['ORG:United Nations Security Council', 'LOC:New York']],
    ['Prime Minister Narendra Modi told parliament that India would not back down.', ['PER:Narendra Modi', 'LOC:India']],
    ['The International Monetary Fund said on Tuesday it would lend Argentina 5 billion dollars.', ['ORG:International Monetary Fund', 'LOC:Argentina']],
    ['Police in Sydney arrested two men, Australian Federal Police said in a statement.', ['LOC:Sydney', 'ORG:Australian Federal Police']],
    ['Smith told Reuters the talks had stalled.', ['PER:Smith', 'ORG:Reuters']],
    ['Manchester United beat Arsenal 2-1 at Old Trafford on Saturday.', ['ORG:Manchester United', 'ORG:Arsenal', 'LOC:Old Trafford']],
  ])('%s', (text, expected) => {
    const found = entities(text).filter((e) => !e.startsWith('MISC:'));
    expect(found).toEqual(expected);
  });

  // Sentences that name nothing: capitalised sentence starts, days, months and titles are not entities.
  it.each([
    'The minister said on Tuesday that prices would rise again next year.',
    'Officials expect the talks to resume in March.',
    'He said the deal was a good one for both sides.',
    'Analysts had forecast a rise of 2.5 percent in the third quarter.',
    'Rain fell for most of the afternoon and play was abandoned.',
    'President and prime minister are both titles, not names.',
  ])('finds nothing in: %s', (text) => {
    expect(entities(text).filter((e) => !e.startsWith('MISC:'))).toEqual([]);
  });

  it('reads the nationality in a title as MISC, not as a place', () => {
    expect(entities('Russian President Vladimir Putin spoke first.')).toEqual(['MISC:Russian', 'PER:Vladimir Putin']);
  });

  it('handles a headline in capitals using the body of the article', () => {
    const found = entities('TENNIS - OKAFOR BEATS TOP SEED IN LAGOS\nLAGOS 1997-03-04\nAda Okafor beat the top seed in Lagos on Tuesday. Okafor won 6-3 6-2.');
    expect(found).toContain('PER:OKAFOR');
    expect(found).toContain('LOC:LAGOS');
    expect(found).toContain('PER:Ada Okafor');
  });
});

// The seed articles of the project: the names the graph is built around come out with the right class.
describe('seed articles', () => {
  const found = new Set<string>();
  for (const name of readdirSync(packageFile('seeds')).filter((f) => f.endsWith('.txt'))) {
    for (const e of entities(readFileSync(packageFile(`seeds/${name}`), 'utf8'))) found.add(e);
  }
  it.each([
    'PER:Vladimir Putin',
    'PER:Joe Biden',
    'PER:Jen Psaki',
    'PER:Dmitry Peskov',
    'PER:Anatoly Antonov',
    'PER:Donald Trump',
    'LOC:Russia',
    'LOC:Ukraine',
    'LOC:Japan',
    'LOC:Crimea',
    'LOC:Georgia',
    'ORG:ABC',
    'ORG:White House',
    'ORG:G7',
    'ORG:Foreign Ministry',
  ])('%s', (entity) => expect([...found]).toContain(entity));
});
