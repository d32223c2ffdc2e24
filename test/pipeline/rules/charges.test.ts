// What a charge is: the deed the accuser names, without what the sentence says around it (sentences written for
// this test).
import { describe, expect, it } from 'vitest';
import { edgesOf } from '../../helpers/build-text.js';

/** "Accused|charge" of every asserted accused_of edge. */
const chargesOf = (text: string) =>
  edgesOf(text)
    .filter((e) => e.attributes.predicate === 'accused_of' && !e.negated)
    .map((e) => `${e.triple.split('|')[0]}|${e.triple.split('|')[2]}`);

describe('the words of a charge', () => {
  it.each([
    // a verb in a tense of its own, coordinated after the charge, is the accuser's next clause
    ['Greece accused Turkey of provoking a crisis and said Athens would not tolerate any challenge.', 'Türkiye|provoking a crisis'],
    // gerunds coordinated with it are the charge
    ['Greece accused Turkey of provoking a crisis and threatening peace.', 'Türkiye|provoking a crisis and threatening peace'],
    // a deed's object the parser hung on the verb of accusing
    ['Ankara accused Swedish authorities of allowing "a vile attack" on the embassy.', 'Sweden|allowing a vile attack'],
    ['Serbia accused the Kosovo government on Monday of provoking violence in the north.', 'Kosovo|provoking violence in the north'],
    // a quotation ends it before a prepositional phrase of circumstance; a word quoted inside it does not
    ['Norway called Sweden "a bully" at a rally in Bergen.', 'Sweden|bully'],
    ['Sweden accused Norway of treating its citizens like "hostages" in Oslo.', 'Norway|treating its citizens like hostages'],
    ['Germany accused Russia of "blatant" interference.', 'Russia|blatant interference'],
    // a conjunct's own conjunction is not part of it; a verb in "-ing" is active whatever its subject's label
    ['Norway said Sweden was training and arming the rebels.', 'Sweden|arming the rebels'],
    // a comment set off by a comma ends it
    ['Lithuania accused Belarus of weaponising migrants, which Minsk denies.', 'Belarus|weaponising migrants'],
  ])('%s', (text, charge) => {
    expect(chargesOf(text)).toEqual([charge]);
  });

  it("reads an organisation's people as the organisation", () => {
    expect(chargesOf('Iraq accused United Nations arms inspectors of spying for Washington.')).toEqual(['United Nations|espionage']);
  });
});
