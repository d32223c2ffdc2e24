// Context (src/pipeline/context): datelines, where places lie, the country a sentence is about, what "the
// government" stands for, and the part_of and located_in ties; on texts of our own.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import {
  contextMentions,
  countryOrganizationIsNamedFor,
  documentContext,
  findDateline,
  likeliestCity,
  placeInfo,
  readDateline,
  seatOfGovernment,
} from '../../src/pipeline/context/index.js';
import { tieOfMention, TIE_RULES } from '../../src/pipeline/context/part-of.js';
import { defaultRecognizers } from '../../src/pipeline/recognizers.js';
import { analyzeDocument } from '../../src/pipeline/text/analyze.js';
import { edgesOf } from '../helpers/build-text.js';

const doc = (text: string, id = 'doc-1.txt') => ({ id, path: id, title: '', text, sha256: createHash('sha256').update(text).digest('hex') });
/** The resolved mentions of one text and its context, as the relation stage sees them. */
const contextOf = (text: string) => {
  const { mentions } = extract([doc(text)], { recognizers: defaultRecognizers(), layout: false });
  const analyzed = analyzeDocument(doc(text));
  const names = mentions.filter((m) => m.kind === 'name' || m.kind === 'demonym');
  return { analyzed, mentions: names, ctx: documentContext(analyzed, names) };
};

describe('datelines', () => {
  it.each([
    ['OSLO - Prime Minister Anna Berg said on Monday the talks would go on.', ['OSLO'], undefined, 'OSLO -'],
    ['STOCKHOLM (Reuters) - Sweden said on Monday it would act.', ['STOCKHOLM'], undefined, 'STOCKHOLM (Reuters) -'],
    ['WASHINGTON, March 17 (Reuters) - The United States said it would act.', ['WASHINGTON'], undefined, 'WASHINGTON, March 17 (Reuters) -'],
    ['RIYADH/DUBAI, Jan 4 (Reuters) - Saudi Arabia cut ties with Iran.', ['RIYADH', 'DUBAI'], undefined, 'RIYADH/DUBAI, Jan 4 (Reuters) -'],
    ['Nepal king visits China.\nBEIJING 1996-08-22\nKing Birendra arrived on Thursday.', ['BEIJING'], undefined, 'BEIJING 1996-08-22'],
    ['Talks resume.\nKANO, Nigeria 2023-05-02\nPolice said on Tuesday.', ['KANO'], 'Nigeria', 'KANO, Nigeria 2023-05-02'],
    ['LUSAKA, Sept. 3 (AP) — Zambia said on Friday it would act.', ['LUSAKA'], undefined, 'LUSAKA, Sept. 3 (AP) —'],
  ])('%s', (text, places, region, written) => {
    const d = findDateline(text)!;
    expect(d.places.map((p) => p.text)).toEqual(places);
    expect(d.region?.text).toBe(region);
    expect(text.slice(d.start, d.end)).toBe(written);
    for (const p of d.places) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it.each([
    'SOCCER - HALVORSEN BACK IN SQUAD.\nHe scored twice.',
    'EU rejects call to boycott lamb.\nBrussels officials said no.',
    'NATO and the EU met in Brussels on Monday.',
    'The U.S. - Mexico border was closed.',
  ])('is not read in %s', (text) => expect(findDateline(text)).toBeUndefined());

  it.each([
    ['OSLO - Norway said on Monday it would act.', 'Oslo', 'country:norway'],
    ['RIYADH/DUBAI, Jan 4 (Reuters) - Saudi Arabia cut ties with Iran.', 'Riyadh', 'country:saudi-arabia'],
    ['TEL AVIV (Reuters) - The army said on Monday it had struck.', 'Tel Aviv', 'country:israel'],
    ['Talks fail.\nNOVYE ATAGI, Russia 1996-08-27\nRebels said on Tuesday.', 'Novye Atagi', 'country:russia'],
    ['Dole campaigns.\nVENTURA, Calif. 1996-08-28\nBob Dole said on Wednesday.', 'Ventura', 'country:united-states'],
  ])('%s: the place and its country', (text, place, country) => {
    const d = readDateline(text)!;
    expect(d.place).toBe(place);
    expect(d.country).toBe(country);
  });

  it('takes a word in capitals before a dash for a place only when it is one', () => {
    expect(readDateline('TENNIS - Sampras beats Agassi in straight sets on Monday.')).toBeUndefined();
    expect(readDateline('NAIROBI - Kenya said on Monday it would act.')?.country).toBe('country:kenya');
  });

  it('gives the second place of a dateline its own country', () => {
    expect(readDateline('RIYADH/DUBAI, Jan 4 (Reuters) - Saudi Arabia cut ties.')!.places.map((p) => p.info?.country)).toEqual([
      'country:saudi-arabia',
      'country:united-arab-emirates',
    ]);
  });
});

describe('organisations named for their country', () => {
  it.each([
    ['Global Affairs Canada', 'country:canada'],
    ['Bank of Canada', 'country:canada'],
    ['China Daily', 'country:china'],
    ['Air France', 'country:france'],
    ['United Nations', undefined],
    ['European Union', undefined],
    ['Amnesty International', undefined],
    ['Canada', undefined],
  ])('%s → %s', (name, country) => {
    expect(countryOrganizationIsNamedFor(name)).toBe(country);
  });
});

describe('where places lie', () => {
  it.each([
    ['Paris', [], 'Paris', 'country:france', 'capital'],
    ['Zurich', [], 'Zürich', 'country:switzerland', 'city'],
    ['Hebron', [], 'Hebron', 'country:palestine', 'city'],
    ['Vienna', ['country:united-states'], 'Vienna', 'country:austria', 'capital'],
    ['Salamanca', ['country:spain'], 'Salamanca', 'country:spain', 'city'],
    ['Salamanca', ['country:mexico'], 'Salamanca', 'country:mexico', 'city'],
    ['Texas', [], 'Texas', 'country:united-states', 'us-state'],
    ['Peru', [], 'Peru', 'country:peru', 'country'],
    ['LA PAZ', [], 'La Paz', 'country:bolivia', 'city'],
  ])('%s in a story naming %j is %s, %s', (name, story, placeName, country, kind) => {
    expect(placeInfo(name, story)).toMatchObject({ name: placeName, country, kind });
  });

  it('leaves regions, seas and small towns of other countries alone', () => {
    expect(placeInfo('Middle East')).toBeUndefined();
    expect(placeInfo('Atlantic')).toBeUndefined();
    expect(likeliestCity('Hebron', new Set())?.cca2).toBe('PS');
  });

  it('knows the seats of government that are not the capitals of the country data, and only those', () => {
    expect(['La Paz', 'The Hague', 'Cotonou', 'Putrajaya'].map(seatOfGovernment)).toEqual(['BO', 'NL', 'BJ', 'MY']);
    // a capital, a city, and a hamlet GeoNames also marks as a seat of government
    expect(['Paris', 'Zurich', 'Iron River'].map(seatOfGovernment)).toEqual([undefined, undefined, undefined]);
  });

  it('reads a seat of government as its country where a party is named', () => {
    const triples = edgesOf('LIMA (Reuters) - Peru recalled its envoy. Foreign Minister Ana Rojas accused La Paz of meddling in the vote.').map(
      (e) => e.triple,
    );
    expect(triples).toContain('Ana Rojas|accuses|Bolivia');
  });
});

describe('the country the context gives a sentence', () => {
  it("is the dateline's for a title without a country", () => {
    const { ctx } = contextOf('OSLO - Prime Minister Anna Berg said on Monday talks with Iran would resume.');
    expect(ctx.dateline?.country).toBe('country:norway');
    expect(ctx.countryForSentence(0)).toEqual({ country: 'country:norway', source: 'dateline', confidence: 0.6 });
  });

  it('is the only country acting in the sentence when there is no dateline', () => {
    const { ctx } = contextOf('Kenya said on Monday it would reopen the border. The foreign minister said talks went well.');
    expect(ctx.countryForSentence(0)).toMatchObject({ country: 'country:kenya', source: 'sentence' });
    expect(ctx.countryForSentence(1)).toMatchObject({ country: 'country:kenya', source: 'story' });
  });

  it('resolves "the government" and "the ministry"', () => {
    const { ctx } = contextOf('LIMA (Reuters) - The Peruvian Foreign Ministry summoned the envoy of Chile. The ministry said the government would act.');
    expect(ctx.bodyFor(1, 'government')).toBe('country:peru');
    expect(ctx.bodyFor(1, 'ministry')).toBe('organization:peru-foreign-ministry');
    expect(ctx.bodyFor(1, 'army')).toBeUndefined();
  });

  it('adds description mentions for "the government" and "the ministry" in lower case', () => {
    const { analyzed, mentions, ctx } = contextOf(
      'QUITO (Reuters) - The government recalled its ambassador, the ministry said. The government of Peru did not comment.',
    );
    expect(contextMentions(analyzed, mentions, ctx).map((m) => [m.text, m.entity, m.ruleId])).toEqual([
      ['The government', 'country:ecuador', 'context.government'],
      ['the ministry', 'country:ecuador', 'context.government'],
    ]);
  });

  it('gives a recall that names no host the other of the two countries the story is about', () => {
    const story =
      "Chad expels Sudanese ambassador\n\nN'DJAMENA (Reuters) - Chad ordered the Sudanese ambassador to leave within 72 hours on Monday. " +
      'Sudan called the decision hasty. Officials in Khartoum said they took note of it and recalled their own ambassador as well. ' +
      'Sudan and Chad have traded accusations for months.';
    expect(edgesOf(story).map((e) => e.triple)).toContain('Sudan|recalled_ambassador|Chad');
    // not for a recall told of in general
    expect(
      edgesOf(story.replace('recalled their own ambassador as well', 'said recalling an envoy would be a last resort')).map((e) => e.triple),
    ).not.toContain('Sudan|recalled_ambassador|Chad');
    // not when a third country is named as often as the other
    const three = 'Sudan recalled its ambassador on Monday. Chad, Egypt and Sudan met. Chad and Egypt said so.';
    expect(
      edgesOf(three)
        .map((e) => e.triple)
        .filter((t) => t.includes('recalled')),
    ).toEqual([]);
  });

  it('lets a dateline give a recall its country', () => {
    expect(edgesOf('QUITO (Reuters) - The government recalled its ambassador to Colombia on Monday.').map((e) => e.triple)).toContain(
      'Ecuador|recalled_ambassador|Colombia',
    );
  });
});

describe('ties to a country', () => {
  it.each([
    ['The Kremlin denied the report, and Russia said nothing more.', 'Kremlin|part_of|Russia'],
    ['The Élysée said France would respond.', 'Elysee|part_of|France'],
    ['The Kenyan Foreign Ministry said on Monday it had summoned the envoy.', 'Kenyan Foreign Ministry|part_of|Kenya'],
    ["Egypt's interior ministry said two men were held.", "Egypt's interior ministry|part_of|Egypt"],
    ['Protesters marched in Mombasa, and Kenya said it would respond.', 'Mombasa|located_in|Kenya'],
    ['Talks in Nairobi ended, and Kenya said it would respond.', 'Nairobi|located_in|Kenya'],
  ])('%s', (text, triple) => {
    const edges = edgesOf(text);
    const tie = edges.find((e) => e.triple === triple);
    expect(tie, edges.map((e) => e.triple).join('; ')).toBeDefined();
    const rule = TIE_RULES[tie!.attributes.ruleId as keyof typeof TIE_RULES];
    expect(rule.predicate).toBe(tie!.attributes.predicate);
    expect(tie!.attributes.evidence[0]!.text).toBe(text);
  });

  it('ties nothing to a country the corpus does not name', () => {
    expect(edgesOf('Protesters marched in Mombasa on Monday.').map((e) => e.triple)).toEqual([]);
  });

  it('gives every tie rule an example that makes its tie', () => {
    for (const [id, rule] of Object.entries(TIE_RULES)) {
      const text = rule.example.replace(' …', '');
      const { mentions } = extract([doc(text)], { recognizers: defaultRecognizers(), layout: false });
      expect(
        mentions.map((m) => tieOfMention(m)?.ruleId),
        `${id}: ${text}`,
      ).toContain(id);
    }
  });
});
