// Stage 5c: time. Every piece of evidence gets its document's date; where the sentence dates the event ("on
// Thursday", "last week", "on March 17", "in 1994", "a day later"), the date resolved against the document's
// date (`eventDate`), with the words that gave it (`eventText`) and the rule (`eventRule`); roles get `from`
// and `until` where the sentence says since or until when ("ambassador since 2019", "until last month").
// A pure function of the relations and the documents, run after extraction: it reads each evidence sentence,
// its trigger's offsets and, where the document has one, the sentence's dependency tree.
//
// Which expression dates which relation: in a parsed sentence, the one attached to the trigger's own clause
// ("recalled … on Thursday") or to a verb of saying above it ("…, officials said on Wednesday"), not one of
// another clause ("Norway, which expelled diplomats last week, recalled its envoy" dates no recall). Without a
// tree, the expression nearest the trigger.
import { readDateline } from '../context/index.js';
import type { Sentence } from '../text/tokenize.js';
import type { ParsedSentence, ParsedWord } from '../syntax/index.js';
import type { Relation, SourceDocument } from '../types.js';
import { compareTimeValues, isDay, type Day } from './calendar.js';
import { findTimeMentions, type TimeMention } from './mentions.js';
import { parsePublicationDate } from './publication.js';
import { REPORTING_VERBS } from '../../lexicon/triggers.js';

export { findTimeMentions, type TimeMention, type TimeRelation } from './mentions.js';
export { TIME_RULES, type TimeRule } from './expressions.js';
export { parsePublicationDate, PUBLICATION_DATE_FORMS } from './publication.js';
export { compareTimeValues, isTimeValue, overlaps, periodOf, precisionOf, type Day } from './calendar.js';

/** Relations that are no events: ties read from names ("the Russian Foreign Ministry") have no date of their own. */
const UNDATED_PREDICATES = new Set(['part_of', 'located_in']);

/** What the story's first lines say about it: the date, news agency and place of its dateline. */
export interface DocumentDating {
  /** publication day: the metadata's, else a dated dateline's ("BEIJING 1996-08-22") */
  date?: Day;
  /** the outlet: the metadata's, else the dateline's agency ("Reuters") */
  source?: string;
  /** the dateline's place, as the data names it */
  place?: string;
}

/** The date, source and place of a document, from its metadata and its dateline. */
export function documentDating(doc: Pick<SourceDocument, 'text' | 'date' | 'source'>): DocumentDating {
  const dateline = readDateline(doc.text);
  const out: DocumentDating = {};
  let date = doc.date && isDay(doc.date) ? doc.date : undefined;
  if (!date && dateline?.date) {
    const parsed = parsePublicationDate(dateline.date);
    if (parsed.ok) date = parsed.date;
  }
  if (date) out.date = date;
  const source = doc.source ?? dateline?.agency;
  if (source) out.source = source;
  if (dateline) out.place = dateline.place;
  return out;
}

/** A document as the time stage reads it. */
export interface TimedDocument {
  id: string;
  text: string;
  date?: Day;
  sentences: readonly Sentence[];
  /** parallel to sentences, when the document was parsed */
  syntax?: ReadonlyArray<ParsedSentence | undefined>;
}

/**
 * The relations with dated evidence: `date` (the document's), `eventDate`, `eventText` and `eventRule` where
 * the sentence dates the event; holds_role relations get `from`/`until` where the sentence says so. Relations
 * are copied, never changed in place.
 */
export function dateRelations(relations: readonly Relation[], documents: readonly TimedDocument[]): Relation[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const mentionsOf = new Map<string, TimeMention[]>();
  const timeMentions = (d: TimedDocument) => {
    let list = mentionsOf.get(d.id);
    if (!list) {
      list = findTimeMentions(d.text, d.date);
      mentionsOf.set(d.id, list);
    }
    return list;
  };
  return relations.map((r) => {
    const d = byId.get(r.evidence.doc);
    if (!d) return r;
    const ev = r.evidence;
    const inSentence = timeMentions(d).filter((t) => t.start >= ev.start && t.end <= ev.end);
    const evidence = { ...ev, ...(d.date ? { date: d.date } : {}) };
    const attributes = { ...r.attributes };
    if (inSentence.length && !UNDATED_PREDICATES.has(r.predicate)) {
      const tree = sentenceTree(d, ev.start);
      const pick = (relations: TimeMention['relation'][]) =>
        chooseMention(
          inSentence.filter((t) => relations.includes(t.relation)),
          ev.trigger ?? [ev.start, ev.end],
          tree,
        );
      if (r.predicate === 'holds_role') {
        const since = pick(['since', 'from']);
        const until = pick(['until', 'to']);
        if (since) attributes.from = since.value;
        if (until) attributes.until = until.value;
      } else {
        const at = pick(['at']);
        if (at) Object.assign(evidence, { eventDate: at.value, eventText: at.text, eventRule: at.ruleId });
      }
    }
    return { ...r, evidence, attributes };
  });
}

/** The parsed sentence holding an offset, if the document was parsed. */
function sentenceTree(d: TimedDocument, offset: number): ParsedSentence | undefined {
  if (!d.syntax) return undefined;
  let lo = 0;
  let hi = d.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (d.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const parsed = d.syntax[lo];
  return parsed && parsed.start <= offset && offset < Math.max(parsed.end, parsed.start + 1) ? parsed : undefined;
}

/** The expression that dates a trigger: in a tree, one on the trigger's clause or a verb of saying above it; else the nearest. */
function chooseMention(candidates: TimeMention[], trigger: [number, number], tree: ParsedSentence | undefined): TimeMention | undefined {
  if (!candidates.length) return undefined;
  const distance = (t: TimeMention) => (t.end <= trigger[0] ? trigger[0] - t.end : t.start >= trigger[1] ? t.start - trigger[1] : 0);
  // English puts a time adverbial after its verb: the first expression after the trigger, else the last before it
  const nearest = (list: TimeMention[]) => list.find((t) => t.start >= trigger[0]) ?? list.filter((t) => t.end <= trigger[1]).at(-1);
  if (!tree?.words.length) return nearest(candidates);
  const words = tree.words;
  const wordAt = (offset: number) => words.findIndex((w) => w.start <= offset && offset < w.end);
  const triggerWords = new Set(words.map((w, i) => (w.start < trigger[1] && trigger[0] < w.end ? i : -1)).filter((i) => i >= 0));
  if (!triggerWords.size) return nearest(candidates);
  const triggerWord = [...triggerWords].find((i) => !triggerWords.has(words[i]!.head)) ?? [...triggerWords][0]!;
  const clauseOf = (i: number) => {
    for (let j = i, steps = 0; j >= 0 && steps < words.length; j = words[j]!.head, steps++) if (isClauseHead(words[j]!)) return j;
    return -1;
  };
  const triggerClause = clauseOf(triggerWord);
  // verbs of saying that govern the trigger's clause, or hang on it as UD attaches "…, officials said" (parataxis)
  const reporting = new Set<number>();
  const says = (j: number) => isClauseHead(words[j]!) && REPORTING_VERBS.has(words[j]!.lemma.toLowerCase());
  for (let j = words[triggerClause]?.head ?? -1, steps = 0; j >= 0 && steps < words.length; j = words[j]!.head, steps++) if (says(j)) reporting.add(j);
  words.forEach((w, j) => {
    if (w.head >= 0 && /^(?:parataxis|ccomp|conj)$/.test(w.deprel) && clauseOf(w.head) === triggerClause && says(j)) reporting.add(j);
  });
  const scored: [TimeMention, number][] = [];
  for (const t of candidates) {
    const inside = new Set<number>();
    for (let i = 0; i < words.length; i++) if (words[i]!.start >= t.start && words[i]!.end <= t.end) inside.add(i);
    if (!inside.size) {
      const at = wordAt(t.start);
      if (at >= 0) inside.add(at);
    }
    const head = [...inside].find((i) => !inside.has(words[i]!.head));
    if (head === undefined) continue;
    const governor = words[head]!.head;
    if (governor < 0) continue;
    if (triggerWords.has(governor)) scored.push([t, 0]);
    else if (clauseOf(governor) === triggerClause && triggerClause >= 0) scored.push([t, 1]);
    else if (reporting.has(clauseOf(governor))) scored.push([t, 2]);
  }
  if (!scored.length) return undefined;
  scored.sort((a, b) => a[1] - b[1] || distance(a[0]) - distance(b[0]) || a[0].start - b[0].start);
  return scored[0]![0];
}

const isClauseHead = (w: ParsedWord) => w.upos === 'VERB' || w.head < 0 || /^(?:ccomp|xcomp|advcl|acl|acl:relcl|parataxis|root|csubj)$/.test(w.deprel);

/** The earliest and latest of some time values (by their first days), undefined when there are none. */
export function earliestAndLatest(values: Iterable<string | undefined>): [string, string] | undefined {
  let first: string | undefined;
  let last: string | undefined;
  for (const v of values) {
    if (!v) continue;
    if (first === undefined || compareTimeValues(v, first) < 0) first = v;
    if (last === undefined || compareTimeValues(v, last) > 0) last = v;
  }
  return first === undefined ? undefined : [first, last!];
}
