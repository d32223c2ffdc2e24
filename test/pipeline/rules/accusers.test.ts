// Who accuses, where the parse leaves the accuser away from the accusation (sentences written for this test).
import { describe, expect, it } from 'vitest';
import { triplesOf } from '../../helpers/build-text.js';

describe('accusers', () => {
  it.each([
    // a report of indications: whoever reports them
    ['In March the Kenyan government said there were strong indications that Uganda was involved in the raid.', 'Kenya|accuses|Uganda'],
    // the name right before "said", whatever the parser hung it on
    ['On Monday, Ugandan foreign ministry spokesman Okello Oryem said Kenya had used the raid as a pretext for aggression.', 'Okello Oryem|accuses|Kenya'],
    // the second of two coordinated verbs, hung on a word of the first clause
    [
      'Danish Foreign Minister Lars Holm called the attack completely unacceptable and accused the Iraqi authorities of failing to protect the embassy.',
      'Lars Holm|accuses|Iraq',
    ],
    // a group named by who leads it
    ['OSLO (Reuters) - The opposition, led by Erna Lie, has accused the government of fraud.', 'Erna Lie|accuses|Norway'],
    // whoever acts on an allegation: asks for the extradition, expels the diplomats
    ['Norway has asked Sweden to extradite the banker Lars Berg for alleged fraud, a ministry spokesman said.', 'Norway|accuses|Lars Berg'],
    ['Kenya expelled two Ugandan diplomats for their alleged links to the rebels.', 'Kenya|accuses|Uganda'],
    // a participle opening the sentence: the subject after its comma
    ['Accusing Danish Prime Minister Lars Holm of cowardice, Erna Lie launched her strongest attack yet.', 'Erna Lie|accuses|Lars Holm'],
    ['Accusing Russia of spying, Norway expelled three diplomats.', 'Norway|accuses|Russia'],
    // what someone published accuses for them
    ['Lars Holm lives in Sweden, where he has posted videos accusing Norwegian police officers of torture.', 'Lars Holm|accuses|Norway'],
    // of two subjects a parse gave one verb, the nearer
    ["OSLO (Reuters) - Oslo's ethnic Sami National Movement (SNM) accuses the government of neglecting the north.", 'Sami National Movement|accuses|Norway'],
    // ", which" after a name inside the noun phrase the parser gave the clause
    ['Norway criticised a report by the United Nations, which it accused of bias.', 'Norway|accuses|United Nations'],
    ['China said Sweden had become a pawn of the United States, which Beijing accused of meddling in its affairs.', 'China|accuses|United States'],
    // a state called by what it is as a whole
    ['Norway accused the Russian side of provocations.', 'Norway|accuses|Russia'],
    ['A newspaper reported that Lars Holm had accused Sweden\'s "political-military system" of rewriting history.', 'Lars Holm|accuses|Sweden'],
    // a verb the parser coordinated with the clause reported, not with the verb of saying
    ['A government spokesman, Lars Holm, said the flights had taken place in international airspace and accused Sweden of lying.', 'Lars Holm|accuses|Sweden'],
    // a titled name split off the object of a verb of naming
    ['Danish President Lars Holm called Swedish leader Karin Berg a "dictator" on Monday.', 'Lars Holm|accuses|Karin Berg'],
    // the state whose prison held someone on charges
    ['Omar Khan, who spent time in a Danish prison on terrorism charges, lives in Oslo.', 'Denmark|accuses|Omar Khan'],
    // a broadcaster speaks for whoever runs it
    ['A radio station run by the Kurdistan Democratic Party said Iraqi tanks had attacked two villages.', 'Kurdistan Democratic Party|accuses|Iraq'],
    // military strikes criticised are their doer's
    ['Russia and France have criticised the U.S. strikes.', 'Russia|criticized|United States'],
    // a bare day between the subject and its verb
    ['Opposition leader Erna Lie Wednesday accused the Norwegian government of ignoring the crisis.', 'Erna Lie|accuses|Norway'],
  ])('%s', (text, triple) => {
    expect(triplesOf(text)).toContain(triple);
  });

  it('does not take the name in a prepositional phrase of the subject, however the parser hung the verb', () => {
    const text = 'OSLO (Reuters) - A senior judge and critic of President Lars Holm accused the government of indifference on Wednesday.';
    expect(triplesOf(text).filter((x) => x.startsWith('Lars Holm|accuses|'))).toEqual([]);
  });
});
