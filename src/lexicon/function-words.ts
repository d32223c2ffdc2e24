// Capitalised words that do not start a name: sentence-initial function words, days and months, and
// interjections. Used to tell "The" or "Thursday" from a name.
export const NOT_NAMES = new Set(
  (
    'a an the this that these those there here it its he she they we i you his her their our my your ' +
    'and or but if when while as at by for from in into of on to with without after before since until ' +
    'although though because so also however meanwhile still yet then later earlier now today tomorrow ' +
    'yesterday what who whom whose which where why how all any some many most more other such no not ' +
    'one two three four five six seven eight nine ten first second third last next both each every ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december mr mrs ms dr sir madam oh yes please thanks ' +
    'according asked speaking despite during under over about against between among through'
  ).split(' '),
);

// ---- classes of function words the stages read ----------------------------------------------------------

/** pronouns that open a relative clause: "the envoy, who …" */
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** subordinators after which a clause's subject is not the main clause's to share ("if …", "unless …") */
export const CONDITION_WORDS = new Set(['if', 'unless', 'whether', 'because', 'although', 'though']);

/** days written bare between a subject and its verb, as AP style has it ("Bob Dole Wednesday accused …") */
export const BARE_DAY_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday today yesterday'.split(' '));

/** subordinators a parser may take for prepositions of the subject that follows them */
export const SUBORDINATORS_AS_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'as']);

/** subjects that negate their clause: "nobody recalled …" */
export const NEGATIVE_PRONOUNS = new Set(['nobody', 'none', 'nothing', 'noone', 'neither']);

/** pronouns that stand for a person, as subject and as object (relations.ts resolves them) */
export const SUBJECT_PRONOUNS = new Set(['he', 'she']);
export const POSSESSIVE_PRONOUNS = new Set(['his']);
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'himself', 'herself']);

/** pronouns that may stand for a country or organisation ("it recalled its envoy"), and the plural ones */
export const STATE_PRONOUNS = new Set(['it', 'its', 'itself', 'they', 'their', 'them', 'themselves']);
export const PLURAL_PRONOUNS = new Set(['they', 'their', 'them', 'themselves']);

/** auxiliaries: a capitalised word before one is a name, not an adjective before a noun */
export const AUXILIARIES = new Set('has had have is was were are will would could can may might should must did does do'.split(' '));

/** Lower-case particles inside personal names: "Lula da Silva", "Ursula von der Leyen". */
export const NAME_PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'del', 'da', 'la', 'le', 'du', 'der', 'dos', 'das', 'di', 'ibn']);

/** prepositions after which a capitalised word is a place: "in Kharkiv" */
export const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'near', 'at', 'across', 'toward', 'towards']);

/** Words left out of an acronym: "Organisation for Security and Cooperation in Europe" → OSCE. */
export const ACRONYM_SKIPPED_WORDS = new Set("of for and the in on at to de du des del la le el & ' ’ -".split(' '));

/** auxiliaries that put an event in the future: "will meet", "would hold talks" */
export const FUTURE_AUXILIARIES = new Set(['will', 'would', "'ll", 'shall']);

// Words for peoples that news style capitalises as adjectives ("Black voters", "Indigenous communities"): the
// recogniser, trained on names, tags some of them as places or organisations. Alone before a lower-case noun
// they describe people and name nothing; in a longer name ("the Black Sea") they stay, and so does a person's
// surname ("Brown said"), which the recogniser tags as a person.
export const CAPITALISED_DESCRIPTORS = new Set(['black', 'white', 'brown', 'indigenous', 'native', 'aboriginal', 'hispanic', 'latino', 'latina', 'latinx']);
