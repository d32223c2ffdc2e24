// Titles belong to the name they are written before: a coordination of titled names gives each name its own
// title, and a counterpart takes the role of the person named before "his" (sentences written for this test).
import { describe, expect, it } from 'vitest';
import { edgesOf } from '../../helpers/build-text.js';

/** "Person|role|Target" for every asserted holds_role edge. */
const rolesOf = (text: string) =>
  edgesOf(text)
    .filter((e) => e.attributes.predicate === 'holds_role' && !e.negated)
    .map((e) => `${e.triple.split('|')[0]}|${e.attributes.role}|${e.triple.split('|')[2]}`)
    .sort();

describe('titles in coordinations', () => {
  it.each([
    ['Hungarian Prime Minister Novak and opposition leader Peter Lakatos met on Monday.', 'Peter Lakatos|prime minister|Hungary'],
    ['Schmidt hoped to meet his Danish counterpart Lars Holm and Danish Prime Minister Karen Lund in Copenhagen.', 'Lars Holm|prime minister|Denmark'],
    [
      'BERLIN 2001-05-02\nGerman Defence Minister Otto Brandt planned to meet his Polish counterpart Jan Nowak and Polish President Adam Zielinski.',
      'Jan Nowak|president|Poland',
    ],
    // a name ending a clause, then the one who speaks: no apposition
    ["Relations were cut in 2009 under then-President Juan Perez, Bolivia's foreign minister said.", 'Juan Perez|foreign minister|Bolivia'],
  ])('%s', (text, wrong) => {
    expect(rolesOf(text)).not.toContain(wrong);
  });

  it('gives each name the title written before it, and a counterpart the role of the one named before', () => {
    const roles = rolesOf('German Defence Minister Otto Brandt planned to meet his Polish counterpart Jan Nowak and Polish President Adam Zielinski.');
    expect(roles).toEqual(
      expect.arrayContaining(['Otto Brandt|defense minister|Germany', 'Jan Nowak|defense minister|Poland', 'Adam Zielinski|president|Poland']),
    );
    expect(rolesOf('Hungarian Prime Minister Novak and opposition leader Peter Lakatos met on Monday.')).toContain('Novak|prime minister|Hungary');
  });
});

describe("a title over another country's body", () => {
  it('reads "the head of Mexico\'s mission, Roberto Canseco," as Mexico\'s, whatever the parser hung the name on', () => {
    expect(rolesOf("The head of Norway's mission, Lars Holm, was shoved to the ground by officers.")).toContain('Lars Holm|head|Norway');
  });
});

describe('a title read twice, once clipped', () => {
  it('keeps a hyphenated title whole ("secretary-general", not "secretary" as well)', () => {
    const roles = rolesOf('Iraq wrote to U.N. Secretary-General Boutros Boutros-Ghali on Thursday.');
    expect(roles.filter((r) => r.startsWith('Boutros Boutros-Ghali|'))).toEqual(['Boutros Boutros-Ghali|secretary-general|U.N.']);
  });

  it('keeps the whole title ("prime minister", not "minister" as well)', () => {
    const roles = rolesOf("OSLO 2001-05-02\nPrime Minister Lars Holm's centre-left government hopes the elections will help.");
    expect(roles.filter((r) => r.startsWith('Lars Holm|'))).toEqual(['Lars Holm|prime minister|Norway']);
  });
});

describe("a title without a country in a story filed from a party's capital", () => {
  it("takes the dateline's country when no other country is named more often (a tie is no rival ahead)", () => {
    const roles = rolesOf(
      "WELLINGTON (Reuters) - New Zealand expelled Fiji's ambassador on Tuesday. Foreign Minister Tom Hale said Fiji had breached diplomatic norms. Fiji's Prime Minister Sami Rabu called the decision regrettable. Australia urged both to talk. Samoa said nothing.",
    );
    expect(roles).toContain('Tom Hale|foreign minister|New Zealand');
  });

  // a sentence that opens with a title carries on from the actor of the sentence before it in the paragraph
  it.each([
    [
      "OSLO (Reuters) - Norway recalled its ambassador to Sweden on Monday.\n\nSweden's foreign ministry called the move regrettable. Foreign Minister Karl Lund said Stockholm would respond calmly.",
      'Karl Lund|foreign minister|Sweden',
    ],
    [
      'OSLO (Reuters) - Norway recalled its ambassador to Sweden on Monday.\n\nOn Sunday the Swedish government had closed its consulate in Bergen. Prime Minister Eva Strand said the closure was temporary.',
      'Eva Strand|prime minister|Sweden',
    ],
    // a quotation opening the sentence is the speaker's: the title after it still opens the sentence
    [
      'OSLO (Reuters) - Norway recalled its ambassador to Sweden on Monday.\n\nSweden said it regretted the step. "We will not be pressured," Foreign Minister Karl Lund told reporters.',
      'Karl Lund|foreign minister|Sweden',
    ],
    // an organisation named for its country acts for it
    [
      'OSLO (Reuters) - Norway summoned the Canadian charge d’affaires on Monday.\n\nLast week Global Affairs Canada criticised the arrests. Foreign Minister Jane Doe had said she was alarmed.',
      'Jane Doe|foreign minister|Canada',
    ],
  ])('%s', (text, role) => {
    expect(rolesOf(text)).toContain(role);
  });

  it("reads a title in a sentence that opens in a place as that place country's, its first words not a name", () => {
    const roles = rolesOf('OSLO 1996-09-12\nNorway accused Sweden of spying. In Stockholm, Defence Secretary Karl Lund said Sweden would respond.');
    expect(roles).toContain('Karl Lund|defense secretary|Sweden');
    expect(roles.filter((r) => r.startsWith('Karl Lund|'))).toEqual(['Karl Lund|defense secretary|Sweden']);
  });

  it('does not carry on from a sentence an envoy leads (the envoy speaks for a country abroad)', () => {
    const roles = rolesOf(
      'Norway summoned the Swedish ambassador, Karl Lund, on Monday. Lund had angered Norwegian politicians by calling their demands absurd. Prime Minister Eva Strand wrote that the envoy was testing relations.',
    );
    expect(roles).not.toContain('Eva Strand|prime minister|Sweden');
  });

  it('drops the guess where the same sentence names what the title is of', () => {
    const roles = rolesOf("PARIS (Reuters) - Air Lorraine chairman Jean Dupont on Tuesday blamed a pilots' strike for the airline's loss.");
    expect(roles.filter((r) => r.startsWith('Jean Dupont|'))).toEqual(['Jean Dupont|chair|Air Lorraine']);
  });

  it("moves a title from the context's country when its holder acts against that country", () => {
    const text =
      'OSLO (Reuters) - Norway barred the plane of Foreign Minister Karl Lund from landing on Sunday. Sweden called the decision outrageous.\n\nLund threatened sanctions against Norway and accused Oslo of hostility. Swedish officials said Norway must apologise.';
    const roles = rolesOf(text);
    expect(roles).toContain('Karl Lund|foreign minister|Sweden');
    expect(roles).not.toContain('Karl Lund|foreign minister|Norway');
    // where the story has no other country, the guess is dropped
    expect(rolesOf('OSLO (Reuters) - Foreign Minister Karl Lund accused Norway of hostility on Sunday.')).not.toContain('Karl Lund|foreign minister|Norway');
  });

  it('gives a title the country of a name coordinated with it, when the story says whose that one is', () => {
    const roles = rolesOf(
      'OSLO (Reuters) - Norway’s trade minister Ola Berg will visit Sweden next week. Swedish Prime Minister Eva Strand welcomed the visit. Berg is also expected to meet Prime Minister Eva Strand and opposition leader Nils Dahl.',
    );
    expect(roles).toContain('Nils Dahl|opposition leader|Sweden');
    expect(roles).not.toContain('Nils Dahl|opposition leader|Norway');
  });

  it.each([
    // a new paragraph starts afresh: the dateline's country
    [
      "OSLO (Reuters) - Norway recalled its ambassador to Sweden on Monday.\n\nSweden's foreign ministry called the move regrettable.\n\nForeign Minister Karl Lund said Oslo would not back down.",
      'Karl Lund|foreign minister|Norway',
    ],
    // an envoy's sentence speaks for a country abroad: it does not carry on into the next
    [
      'OSLO (Reuters) - Norway protested to Sweden on Monday.\n\nU.S. Ambassador John Smith said Washington backed talks. Prime Minister Eva Strand said Oslo would wait.',
      'Eva Strand|prime minister|Norway',
    ],
    // a title after the sentence's own verb is no opening: the sentence before does not carry on into it
    [
      'OSLO (Reuters) - Norway protested to Sweden on Sunday.\n\nThe Swedish government barred the plane of a Norwegian minister. Hours later police stopped Trade Minister Ola Berg from entering the consulate.',
      'Ola Berg|trade minister|Norway',
    ],
  ])('%s', (text, role) => {
    expect(rolesOf(text)).toContain(role);
  });
});

describe('former titles written with "then-" and "ex-"', () => {
  const formerRoles = (text: string) =>
    edgesOf(text)
      .filter((e) => e.attributes.predicate === 'holds_role' && !e.negated)
      .map((e) => `${e.triple.split('|')[0]}|${e.attributes.former ? 'former ' : ''}${e.attributes.role}|${e.triple.split('|')[2]}`)
      .sort();

  it.each([
    ['The talks began under then-Danish Prime Minister Lars Holm in 1993.', 'Lars Holm|former prime minister|Denmark'],
    ['The deal was signed by ex-Swedish Foreign Minister Karin Berg and her Finnish host.', 'Karin Berg|former foreign minister|Sweden'],
    ['OSLO (Reuters) - Norway first cut ties in 2009 under then-President Lars Holm.', 'Lars Holm|former president|Norway'],
    ['OSLO (Reuters) - The plan was drawn up by ex-President Lars Holm, officials said.', 'Lars Holm|former president|Norway'],
    // "then" before an office in an apposition, whatever the parser made of the name before it
    ["Lars Holm, then Denmark's foreign minister, visited Oslo.", 'Lars Holm|former foreign minister|Denmark'],
  ])('%s', (text, role) => {
    expect(formerRoles(text)).toContain(role);
  });

  it('keeps each title to the name written after it, whatever the parser hung on it', () => {
    const roles = formerRoles('The talks were started by then-Danish Prime Minister Lars Holm and the ex-Swedish Foreign Minister Karin Berg.');
    expect(roles).toEqual(expect.arrayContaining(['Lars Holm|former prime minister|Denmark', 'Karin Berg|former foreign minister|Sweden']));
    expect(roles.filter((r) => r.startsWith('Karin Berg|'))).toEqual(['Karin Berg|former foreign minister|Sweden']);
  });

  it('reads "UN Secretary-General" as the UN\'s, not the dateline country\'s', () => {
    expect(formerRoles('OSLO (Reuters) - The plan was welcomed by UN Secretary-General Kofi Annan on Monday.')).toEqual(['Kofi Annan|secretary-general|UN']);
  });
});

describe('roles named as someone’s', () => {
  it.each([
    // a possessive pronoun, before or after the name; an office of state is held for the person's country
    ['Norwegian Prime Minister Eva Strand spoke on Monday. Her foreign minister, Karl Lund, said Oslo would wait.', 'Karl Lund|foreign minister|Norway'],
    ['Norwegian Prime Minister Eva Strand spoke on Monday. Karl Lund, her foreign minister, said Oslo would wait.', 'Karl Lund|foreign minister|Norway'],
    // a personal role for the person
    ['Norwegian Prime Minister Eva Strand spoke on Monday. Her spokesman, Ola Berg, said Oslo would wait.', 'Ola Berg|spokesperson|Eva Strand'],
    ['Norwegian Prime Minister Eva Strand spoke on Monday. Ola Berg, her spokesman, said Oslo would wait.', 'Ola Berg|spokesperson|Eva Strand'],
  ])('%s', (text, role) => {
    expect(rolesOf(text)).toContain(role);
  });
});

describe('a title naming its portfolio after the noun, and secretaries of any department', () => {
  it.each([
    ['Chilean Minister of Foreign Affairs Ana Soto said the talks would resume.', 'Ana Soto|foreign minister|Chile'],
    ["Kenya's Minister for Defence Peter Otieno visited the base.", 'Peter Otieno|defense minister|Kenya'],
    ['Belgian Minister of the Interior Luc Peeters met the mayors.', 'Luc Peeters|interior minister|Belgium'],
    ['Canadian Health Secretary Mary Olsen said the plan was ready.', 'Mary Olsen|health secretary|Canada'],
    ['Japanese Chief Cabinet Secretary Kenji Mori told reporters the talks had ended.', 'Kenji Mori|cabinet secretary|Japan'],
  ])('%s', (text, role) => {
    expect(rolesOf(text)).toEqual([role]);
  });

  it('reads a title past a military rank before the name', () => {
    expect(rolesOf('BAMAKO (AFP) - Mali expelled the envoy. The decision was announced by government spokesman Colonel Amadou Keita.')).toEqual([
      'Amadou Keita|government spokesperson|Mali',
    ]);
  });

  it("takes no other title word for the name's title", () => {
    expect(rolesOf('Turkish Deputy Prime Minister Ali Demir said it.')).toEqual(['Ali Demir|deputy prime minister|Türkiye']);
  });
});

describe('what describes the holder is no part of the role', () => {
  it.each([
    ["Lars Holm, Norway's powerful interior minister, said it.", 'Lars Holm|interior minister|Norway'],
    ["Iran's hardline President Ali Rezaei said it.", 'Ali Rezaei|president|Iran'],
    ["Sweden's embattled Finance Minister Eva Lind said it.", 'Eva Lind|finance minister|Sweden'],
    ["Kenya's long-serving ambassador Peter Otieno said it.", 'Peter Otieno|ambassador|Kenya'],
    ["Italy's outspoken Deputy Prime Minister Marco Rossi said it.", 'Marco Rossi|deputy prime minister|Italy'],
    // words of the office stay: special, acting, first
    ["Anna Berg, Norway's special envoy to the Middle East, said it.", 'Anna Berg|special envoy|Norway'],
  ])('%s', (text, role) => {
    expect(rolesOf(text)).toEqual([role]);
  });
});

describe('"the country" in a title', () => {
  it.each([
    ["OSLO (Reuters) - Norway recalled its envoy. Anna Berg, the country's foreign minister, said talks had failed.", 'Anna Berg|foreign minister|Norway'],
    ["Chile recalled its envoy. The country's president, Ana Soto, said talks had failed.", 'Ana Soto|president|Chile'],
  ])('is the country named last before it: %s', (text, role) => {
    expect(rolesOf(text)).toContain(role);
  });
});
