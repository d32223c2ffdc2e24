// The rule tables, tested on sentences written for these tests (no seed sentence appears here): every rule's
// own example fires that rule; positive sentences yield their triples; negatives (hypotheticals, demands,
// questions, denials, unrelated news) yield no asserted relation.
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/pipeline/rules/index.js';
import { edgesOf, triplesOf } from '../helpers/build-text.js';

describe('every rule fires on its own example sentence', () => {
  it.each(allRules.map((r) => [r.id, r.example, r.predicate] as const))('%s', (id, example, predicate) => {
    const edges = edgesOf(example);
    const fired = edges.filter((e) => e.attributes.rules?.includes(id));
    expect(
      fired.map((e) => e.attributes.predicate),
      `edges: ${edges.map((e) => e.triple).join('; ')}`,
    ).toContain(predicate);
  });

  it('every rule has an id, an example and a unique id', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of allRules) expect(r.example.length).toBeGreaterThan(10);
  });
});

const positives: [string, string[]][] = [
  ['French President Emmanuel Macron arrived in Berlin on Monday.', ['Emmanuel Macron|holds_role|France', 'Emmanuel Macron|travels_to|Berlin']],
  [
    'Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo.',
    ['Fumio Kishida|holds_role|Japan', 'Yoon Suk Yeol|holds_role|South Korea'],
  ],
  ['Britain recalled its ambassador to Iran after the embassy was stormed.', ['United Kingdom|recalled_ambassador|Iran']],
  ['Former Australian Prime Minister Kevin Rudd criticised the decision.', ['Kevin Rudd|holds_role|Australia']],
  ['Bolivia accused Chile of espionage on Thursday.', ['Chile|accused_of|espionage']],
  ['The Netherlands expelled two Russian diplomats on Tuesday.', ['Netherlands|expelled_diplomats|Russia']],
  ['Ukrainian President Volodymyr Zelensky spoke with British Prime Minister Rishi Sunak by phone.', ['Rishi Sunak|holds_role|United Kingdom']],
  ['China and Brazil signed a trade agreement in Beijing.', ['Brazil|signed_agreement|China']],
  ['Turkey summoned the Swedish ambassador over the protest.', ['Türkiye|summoned_ambassador|Sweden']],
  ['Nigeria imposed sanctions on Niger after the coup.', ['Nigeria|sanctioned|Niger']],
  ['Qatar offered talks with Afghanistan on Sunday.', ['Qatar|offered_talks|Afghanistan']],
  ['Greek Prime Minister Kyriakos Mitsotakis accused Turkey of provocations in the Aegean.', ['Türkiye|accused_of|provocations']],
  ['Maria Zakharova, the Russian Foreign Ministry spokeswoman, denied the report.', ['Maria Zakharova|holds_role|Russian Foreign Ministry']],
  ['Antony Blinken, the US secretary of state, flew to Kyiv on Wednesday.', ['Antony Blinken|holds_role|United States', 'Antony Blinken|travels_to|Kyiv']],
  ["Poland's ambassador to Israel, Jacek Chodorowicz, was recalled for consultations.", ['Poland|recalled_ambassador|Israel']],
  ['Indian Prime Minister Narendra Modi visited Washington last week.', ['Narendra Modi|travels_to|Washington']],
  [
    'Canadian Prime Minister Justin Trudeau met Mexican President Andres Manuel Lopez Obrador. Trudeau later said he would hold talks with Lopez Obrador in June.',
    ['Justin Trudeau|offered_talks|Andres Manuel Lopez Obrador'],
  ],
  ['Argentina condemned the United Kingdom over the military exercise.', ['Argentina|criticized|United Kingdom']],
  ['Israel annexed the Golan Heights from Syria in 1981.', ['Israel|annexed|Golan Heights']],
  ['The Czech government said it was preparing sanctions against Belarus.', ['Czechia|sanctioned|Belarus']],
  ['German Chancellor Olaf Scholz threatened Hungary with legal action.', ['Olaf Scholz|threatened|Hungary']],
  [
    'Peruvian President Dina Boluarte said she spoke with Brazilian President Luiz Inacio Lula da Silva on Friday. Boluarte and Lula da Silva spoke about the border.',
    ['Dina Boluarte|spoke_with|Luiz Inacio Lula da Silva'],
  ],
  [
    'France has recalled its ambassadors to the United States and Australia for consultations.',
    ['France|recalled_ambassador|United States', 'France|recalled_ambassador|Australia'],
  ],
  [
    'The German Foreign Ministry said it had summoned the Russian ambassador, Sergei Nechayev, on Monday.',
    ['Germany|summoned_ambassador|Russia', 'Sergei Nechayev|holds_role|Russia'],
  ],
  [
    'Chancellor Olaf Scholz, who spoke with Russian President Vladimir Putin by phone last month, said Germany would not yield.',
    ['Olaf Scholz|spoke_with|Vladimir Putin'],
  ],
  ['Foreign Minister Jean-Yves Le Drian spoke on Friday. Le Drian accused Australia of a "stab in the back".', ['Australia|accused_of|stab in the back']],
  ['A Kremlin spokesman said Moscow would respond and accused Berlin of an unfriendly step.', ['Germany|accused_of|unfriendly step']],
  ['Turkish President Tayyip Erdogan called Israel "an occupier" at a rally in Istanbul.', ['Israel|accused_of|occupier']],
  // a subject set off by a comment the parser took for the main clause
  ['Norway, which recalled its ambassador to Sweden in May, has now expelled two Swedish diplomats.', ['Norway|expelled_diplomats|Sweden']],
  ['Jordan\'s King Abdullah warned Israel of "dire consequences" if the fighting spread.', ['Abdullah|holds_role|Jordan', 'Abdullah|threatened|Israel']],
  ['The United States on Friday imposed sanctions on 11 Chinese officials.', ['United States|sanctioned|China']],
  ['Beijing has accused Washington of interfering in its internal affairs.', ['United States|accused_of|interfering in its internal affairs']],
  ['Prosecutors charged Brazilian President Jair Bolsonaro with attempting a coup.', ['Jair Bolsonaro|accused_of|attempting a coup']],
  ['The Dutch government held Russia responsible for downing the airliner.', ['Russia|accused_of|downing the airliner']],
  // a title before the accused, and "by the …" in the passive
  [
    'Colombia accused Venezuelan President Nicolas Maduro of rigging the election.',
    ['Nicolas Maduro|accused_of|election interference', 'Nicolas Maduro|holds_role|Venezuela'],
  ],
  ['Canada blamed Indian Prime Minister Narendra Modi for the killing.', ['Narendra Modi|accused_of|murder']],
  ['Caracas was accused by the United States of harbouring drug traffickers.', ['Venezuela|accused_of|harbouring drug traffickers']],
  ['Germany held Belarusian leader Alexander Lukashenko responsible for the crisis.', ['Alexander Lukashenko|accused_of|crisis']],
  // the charge stops before a name without leaving its preposition behind
  ['Greece accused Turkey of stoking tensions with Cyprus.', ['Türkiye|accused_of|stoking tensions']],
  ['The Danish ambassador was summoned by Iraq after the protest in Copenhagen.', ['Iraq|summoned_ambassador|Denmark']],
  ['Peru has called back its ambassador from Mexico.', ['Peru|recalled_ambassador|Mexico']],
  ['Colombia pulled its envoy out of Nicaragua on Monday.', ['Colombia|recalled_ambassador|Nicaragua']],
  ['The Netherlands ordered its ambassador in Moscow home for consultations.', ['Netherlands|recalled_ambassador|Russia']],
  [
    "Ukraine's foreign minister, Dmytro Kuleba, said Russia was responsible for the attack on the dam.",
    ['Russia|accused_of|attack on the dam', 'Dmytro Kuleba|holds_role|Ukraine'],
  ],
  ['NATO chief Jens Stoltenberg arrived in Vilnius.', ['Jens Stoltenberg|holds_role|NATO']],
  [
    'President Gustavo Petro of Colombia met President Nicolas Maduro of Venezuela.',
    ['Gustavo Petro|holds_role|Colombia', 'Nicolas Maduro|holds_role|Venezuela', 'Gustavo Petro|met_with|Nicolas Maduro'],
  ],
  ['Estonia expelled the Russian ambassador on Monday.', ['Estonia|expelled_diplomats|Russia']],
  ['The Czech Republic has expelled 18 Russian embassy staff.', ['Czechia|expelled_diplomats|Russia']],
  ['Moldova ordered 45 Russian diplomats to leave the country.', ['Moldova|expelled_diplomats|Russia']],
  ['Poland declared three Belarusian diplomats persona non grata.', ['Poland|expelled_diplomats|Belarus']],
  // adverbs, "which", a date before "of" and a participle after a comma
  ['Venezuela has long accused Guyana of provocations.', ['Guyana|accused_of|provocations']],
  ['Iran repeatedly accused Saudi Arabia of funding terrorism.', ['Saudi Arabia|accused_of|terrorism']],
  ['Ukraine, which accuses Moscow of war crimes, demanded a tribunal.', ['Russia|accused_of|war crimes']],
  ['Russia accused Ukraine on Monday of shelling the plant.', ['Ukraine|accused_of|shelling the plant']],
  ['China hit back, accusing Japan of hypocrisy.', ['Japan|accused_of|hypocrisy']],
  ['Israel again accused Iran of arming Hezbollah.', ['Iran|accused_of|arming hezbollah']],
  ["Britain's ambassador to the United Nations, Barbara Woodward, said the council would meet.", ['Barbara Woodward|holds_role|United Kingdom']],
  ['Bahrain said it had recalled its ambassador from Lebanon.', ['Bahrain|recalled_ambassador|Lebanon']],
  ['The Israeli ambassador to Turkey was recalled on Saturday.', ['Israel|recalled_ambassador|Türkiye']],
  ["Colombia's withdrawal of its ambassador from Israel was criticised.", ['Colombia|recalled_ambassador|Israel']],
  // coordinated agents act each on their own
  ['Britain and Canada recalled their ambassadors from Iran on Friday.', ['United Kingdom|recalled_ambassador|Iran', 'Canada|recalled_ambassador|Iran']],
  [
    'The United States, Britain and Canada imposed sanctions on Belarus.',
    ['United States|sanctioned|Belarus', 'United Kingdom|sanctioned|Belarus', 'Canada|sanctioned|Belarus'],
  ],
  ['France and Germany accused Russia of cyberattacks.', ['Russia|accused_of|hacking']],
  [
    'The head of the International Monetary Fund, Kristalina Georgieva, met Argentine Economy Minister Sergio Massa.',
    ['Kristalina Georgieva|holds_role|International Monetary Fund', 'Sergio Massa|holds_role|Argentina'],
  ],
  ['Kremlin aide Yuri Ushakov said a summit was possible.', ['Yuri Ushakov|holds_role|Kremlin']],
  ["Ukraine's top diplomat, Dmytro Kuleba, met his Polish counterpart.", ['Dmytro Kuleba|holds_role|Ukraine']],
  ['German Chancellor Olaf Scholz spoke in Berlin. "Russia is responsible for this war," he told reporters.', ['Russia|accused_of|war']],
  ['"Iran was to blame for the attack," said Israeli Prime Minister Benjamin Netanyahu.', ['Iran|accused_of|attack']],
  ['Serbian President Aleksandar Vucic said Kosovo was to blame for the violence in the north.', ['Kosovo|accused_of|violence in the north']],
  ['Armenia accused Azerbaijan of starving the Armenian population of the enclave.', ['Azerbaijan|accused_of|starving the armenian population of the enclave']],
  ["The talks ended, New Zealand's foreign minister, Nanaia Mahuta, told reporters.", ['Nanaia Mahuta|holds_role|New Zealand']],
  ['The Kenyan interior minister, Kithure Kindiki, said the border would reopen.', ['Kithure Kindiki|holds_role|Kenya']],
  ['Chilean President Gabriel Boric said he had spoken with Argentine President Javier Milei.', ['Gabriel Boric|spoke_with|Javier Milei']],
];

describe('positive sentences yield their triples', () => {
  it.each(positives)('%s', (sentence, expected) => {
    const triples = triplesOf(sentence);
    for (const t of expected) expect(triples, triples.join('; ')).toContain(t);
  });
});

const negatives: string[] = [
  'Recalling an ambassador would be a measure of last resort, the minister said.',
  'Lawmakers urged Norway to recall its envoy from Beijing.',
  'Will Canada recall its ambassador to India?',
  'Sweden could expel Russian diplomats if the investigation confirms the leak.',
  'Officials discussed whether to impose sanctions on Venezuela.',
  'The talks in Geneva ended without agreement.',
  'The president said the weather in Paris was lovely.',
  'The coach called the striker a genius after the match.',
  'The Georgian wine festival opened in Tbilisi on Saturday.',
  'Critics say sanctions on Cuba have failed.',
  "The ambassador's residence in Rome was renovated last year.",
  'If Iran attacks, Israel might annex the territory.',
  'Thousands of fans travelled to London for the final.',
  'Analysts asked whether Japan would sign a treaty with China.',
  'A spokesman for the ministry declined to comment.',
  'The film about the former president premiered in Cannes.',
  'Manchester United beat Chelsea 2-1 in London on Sunday.',
  'Could Germany expel Chinese diplomats next?',
  'The senator asked Egypt to summon the Ethiopian ambassador.',
  'Shares in Tokyo rose after the central bank held rates.',
  'Should France recall its ambassador to Algeria, relations would suffer.',
  'Prices of wheat from Ukraine fell sharply in Europe.',
  'The minister called the plan "historic" in a speech.',
  'Egypt and Qatar have offered to mediate between the two sides.',
  'The minister said nobody was responsible for the delay.',
  'Germany told its ambassador to stay in Kyiv.',
  'Olena Zelenska, the head of the Ukrainian delegation, spoke first.',
  'Colombia may pull its envoy out of Nicaragua.',
  'Poland urged Hungary to order its ambassador home.',
  'Did Kenya say Uganda was to blame for the clashes?',
  'The minister said Russia might be responsible for the attack.',
  '"Nobody is responsible for the flood," the mayor said.',
  'Lithuania asked Russian diplomats to leave the building before the vote.',
  'Brazil hit back, saying nobody accused Argentina of anything.',
  "Norway's ambassador to Chile could be recalled if talks fail.",
  '"Iran must stop," Foreign Minister Penny Wong said.',
];

describe('counterparts', () => {
  it("take the possessor's role, with no placeholder role beside it", () => {
    const roles = edgesOf('Mexican President Claudia Sheinbaum met her Canadian counterpart Mark Carney in Ottawa.')
      .filter((e) => e.attributes.predicate === 'holds_role' && e.triple.startsWith('Mark Carney'))
      .map((e) => e.attributes.role);
    expect(roles).toEqual(['president']);
  });
});

describe('coordinated agents', () => {
  it('joins only names that begin the clause, not an object before "and"', () => {
    const triples = triplesOf('Germany criticized Hungary and Poland recalled its ambassador from Belarus.');
    expect(triples).toContain('Poland|recalled_ambassador|Belarus');
    expect(triples).not.toContain('Hungary|recalled_ambassador|Belarus');
  });

  it('takes every name of a list after a comma or "that"', () => {
    expect(triplesOf('On Friday, Britain and Canada recalled their envoys from Iran.')).toContain('United Kingdom|recalled_ambassador|Iran');
    expect(triplesOf('Officials said that Norway and Denmark expelled Russian diplomats.')).toContain('Norway|expelled_diplomats|Russia');
  });
});

describe('negative sentences assert nothing', () => {
  it.each(negatives)('%s', (sentence) => {
    expect(triplesOf(sentence)).toEqual([]);
  });

  it('reads a denial above an intention ("denied it would hold talks" offers none)', () => {
    expect(triplesOf('Sweden denied it would hold talks with Norway.')).toEqual([]);
  });

  it.each([
    ['Italy has not recalled its ambassador to France.', 'Italy|recalled_ambassador|France'],
    ['Kenya did not accuse Uganda of spying.', 'Uganda|accused_of|espionage'],
    ['Peru has not called back its ambassador from Mexico.', 'Peru|recalled_ambassador|Mexico'],
    ['Chile never signed a treaty with Bolivia.', 'Bolivia|signed_agreement|Chile'],
    ['US Secretary of State Antony Blinken did not meet Turkish President Tayyip Erdogan.', 'Antony Blinken|met_with|Tayyip Erdogan'],
    // an intention negated past its "would"
    ['Sweden said it would not hold talks with Norway.', 'Sweden|offered_talks|Norway'],
  ])('a denied fact is kept as negated: %s', (sentence, triple) => {
    const edges = edgesOf(sentence);
    expect(edges.filter((e) => e.triple === triple).map((e) => e.negated)).toEqual([true]);
  });
});
