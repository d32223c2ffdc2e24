// The rule engine. A sentence is rewritten as a "slot string": lower-case words separated by spaces, with
// every mention replaced by a slot such as ⟦P12⟧ (P person, C country, O organisation, L location,
// D demonym; the number is the mention's id). Rules are regular expressions over that string, written with
// macros ({PER}, {STATE}, {ROLE}, …) and named groups that say which mention plays which part. This keeps
// rules readable as data while one pass over a sentence stays cheap.
import { ROLE_ALTERNATION } from '../../lexicon/roles.js';
import type { AnalyzedDocument, Mention } from '../types.js';

const SLOT_CODE: Record<string, string> = { Person: 'P', Country: 'C', Organization: 'O', Location: 'L' };

export interface SlotSentence {
  index: number;
  /** the slot string */
  text: string;
  /** for each character of `text`, the token it comes from (mention slots map to their first token) */
  tokenAt: Int32Array;
  /** mention id → mention, for the mentions in this sentence */
  mentions: Map<number, Mention>;
}

const PLAIN_WORD = /^[a-z0-9]*$/;
const normalizeWord = (w: string) => {
  const lower = w.toLowerCase();
  if (PLAIN_WORD.test(lower)) return lower;
  return lower
    .replace(/[’‘`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[–—]/g, '-');
};

export function slotSentence(a: AnalyzedDocument, sentenceIndex: number, mentions: Mention[]): SlotSentence {
  const s = a.sentences[sentenceIndex]!;
  const byFirst = new Map<number, Mention>();
  for (const m of mentions) if (m.sentence === sentenceIndex) byFirst.set(m.first, m);
  const parts: string[] = [];
  const owners: number[] = [];
  const inSentence = new Map<number, Mention>();
  for (let t = s.firstToken; t < s.lastToken; ) {
    const m = byFirst.get(t);
    if (m) {
      const code = m.kind === 'demonym' ? 'D' : SLOT_CODE[m.type]!;
      parts.push(`⟦${code}${m.id}⟧`);
      owners.push(t);
      inSentence.set(m.id, m);
      t = m.last;
    } else {
      parts.push(normalizeWord(a.tokens[t]!.text));
      owners.push(t);
      t++;
    }
  }
  const text = parts.join(' ');
  const tokenAt = new Int32Array(text.length);
  let pos = 0;
  parts.forEach((p, i) => {
    tokenAt.fill(owners[i]!, pos, pos + p.length + 1);
    pos += p.length + 1;
  });
  return { index: sentenceIndex, text, tokenAt, mentions: inSentence };
}

/** Macros usable in rule patterns. */
export const MACROS: Record<string, string> = {
  PER: '⟦P\\d+⟧',
  CTRY: '⟦C\\d+⟧',
  DEM: '⟦D\\d+⟧',
  STATE: '⟦[CD]\\d+⟧',
  ORG: '⟦O\\d+⟧',
  GOV: '⟦[CO]\\d+⟧',
  LOC: '⟦L\\d+⟧',
  PLACE: '⟦[LC]\\d+⟧',
  ACTOR: '⟦[PCO]\\d+⟧',
  PARTY: '⟦[PCOD]\\d+⟧',
  ANY: '⟦[PCOLD]\\d+⟧',
  ROLE: `(?:${ROLE_ALTERNATION})`,
  // auxiliaries, adverbs and negations between a subject and its verb
  AUX: "(?:(?:has|have|had|is|are|was|were|will|would|did|does|do|also|not|n't|never|no longer|already|previously|reportedly|then|later|now|just|formally|officially|been|since|on \\w+day|this week|last week|on \\w+|long|repeatedly|again|recently|publicly|openly|directly|explicitly|earlier|first|once|still|even|separately|immediately|swiftly|quickly) )*",
  SAY: '(?:said|says|say|added|adds|told [^ ]+|stated|claimed|insisted|noted|argued|warned|went on to say|announced|declared)',
  DET: "(?:(?:a|an|the|its|his|her|their|new|fresh|further|more|additional|'s|of) )*",
  Q: '(?:["\'] )?',
  // possessives before a noun: its, his, Russia's
  POSS: "(?:its|his|her|their|⟦[PCO]\\d+⟧(?: 's)?) ",
  // an apposition after a subject: ", the US secretary of state,". Never a person: in "the head of the IMF,
  // Kristalina Georgieva, met …" the person is the subject (REL then takes the comma that closes her name)
  APPOS: '(?: , (?:[^,⟦]|⟦[CODL]\\d+⟧){1,80}? ,)?',
  // a title before a person: "US President", "President", "former Prime Minister"
  TITLE: `(?:the )?(?:(?:⟦[CDO]\\d+⟧ (?:'s )?)?(?:former )?(?:${ROLE_ALTERNATION}) )?`,
  // what may stand before a charge: an article and an opening quote ("of a 'stab in the back'")
  CQ: '(?:(?:a|an|the) )?(?:["\'] )?',
  // a subject's clause may go on before its verb: ", who"; or a comma closes the apposition it ends
  REL: '(?: ,? (?:who|which)| ,)?',
  // a charge phrase: lower-case words up to a clause boundary or a name. A nationality word may be part of it
  // ("betraying the ⟦D⟧ people"), and so may the name a gerund takes as its object ("arming ⟦O⟧"); both are
  // written back as their words when the charge is built
  CHARGE:
    '[a-z](?:[a-z0-9\' -]|⟦D\\d+⟧|(?<=ing )⟦[PCOL]\\d+⟧)*?(?= ?[,.;:"!?)]|$| and (?:that|the|said|added|he|she|it|they)\\b| but | as | after | when | despite | over | to |(?<!ing) ⟦[PCOL])',
  // a short lower-case noun phrase
  NP: "[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,5}?",
};

export function expandPattern(pattern: string, flags = 'g'): RegExp {
  const source = pattern.replace(/\{([A-Z]+)\}/g, (_, name: string) => {
    const macro = MACROS[name];
    if (macro === undefined) throw new Error(`newsgraph: unknown macro {${name}} in rule pattern: ${pattern}`);
    return macro;
  });
  // patterns that start with a slot can only match at a "⟦"; others must start at a word boundary
  const startsWithSlot = source.startsWith('⟦') || /^\(\?<\w+>⟦/.test(source);
  return new RegExp(startsWithSlot ? source : `(?<![^ ⟧"'(])${source}`, flags);
}

const SLOT = /⟦[A-Z](\d+)⟧/;

/** The mention in a matched group, if the group is exactly one slot. */
export function mentionInGroup(s: SlotSentence, group: string | undefined): Mention | undefined {
  if (!group) return undefined;
  const m = SLOT.exec(group);
  return m ? s.mentions.get(Number(m[1])) : undefined;
}

/** Character range in the document of a slot-string range. */
export function documentRange(a: AnalyzedDocument, s: SlotSentence, from: number, to: number): [number, number] {
  const firstToken = s.tokenAt[Math.min(from, s.text.length - 1)]!;
  const lastToken = s.tokenAt[Math.max(from, Math.min(to, s.text.length) - 1)]!;
  // a slot covers all of its mention's tokens
  const slotEnd = [...s.mentions.values()].find((m) => m.first === lastToken)?.last ?? lastToken + 1;
  return [a.tokens[firstToken]!.start, a.tokens[slotEnd - 1]!.end];
}
