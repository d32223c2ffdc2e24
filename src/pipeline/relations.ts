// Stage 4 and 5: rules → relations, with the coreference that needs roles in between.
//   pass 1  role rules over names ("German Chancellor Olaf Scholz")
//   then    definite descriptions ("the German leader", "his French counterpart") resolve to the person
//           holding that role, and pronouns to the most salient person nearby
//   pass 2  every rule over names, descriptions and pronouns
import { normalizeCharge } from '../lexicon/charges.js';
import { ROLE_FIRST_WORDS } from '../lexicon/roles.js';
import { PREDICATES } from '../graph/schema.js';
import { slugify } from '../text/slug.js';
import { QUOTE_MARKS } from './text/tokenize.js';
import { documentRange, expandPattern, mentionInGroup, slotSentence, type SlotSentence } from './rules/engine.js';
import { nameRoleRules, relationRules, roleRules, type CompiledRule } from './rules/index.js';
import type { AnalyzedDocument, Diagnostic, Mention, Relation } from './types.js';
import { TreeSentence } from './grammar/tree.js';
import { lemmaCandidates } from './syntax/lemma.js';
import { grammarRelationRules } from './rules/grammar-rules.js';
import { grammarRoleRules } from './rules/grammar-roles.js';
import { compileTreeRules, guessedFromContext, indexByTrigger, matchSentence, type TreeMatchContext } from './rules/tree/engine.js';
import { resolveWord, type ResolveScope } from './rules/tree/resolve.js';
import { ENVOY_NOUNS } from '../lexicon/triggers.js';
import { CONTEXT_CONFIDENCE } from './context/index.js';
import { countryOfMention, isCountryKey, LEADER_ROLES, learnRoles, normalizeRole, roleHolder, type RoleFacts } from './role-facts.js';
import { OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/function-words.js';

const NEGATION = /(?:^| )(?:not|never|no longer|neither|nor|[a-z]+n't)(?= |$)/;
const MODAL = /(?:^| )(?:could|might|may|can|should|if|whether|unless)(?= |$)/;
// "urged Oslo to recall its envoy": the subject right after a verb of demanding is asked, not acting
const DEMAND = /(?:^| )(?:urged?|urging|called on|calls on|asked|asking|pressed|pressing|demanded|demanding|told|telling) $/;

export { countryOfEntity, emptyRoleFacts, isCountryKey, learnOrganizations, learnRoles, type RoleFacts } from './role-facts.js';

interface RuleContext {
  a: AnalyzedDocument;
  facts: RoleFacts;
  relations: Relation[];
  diagnostics: Diagnostic[];
}

function runRules(ctx: RuleContext, rules: CompiledRule[], sentences: SlotSentence[]): void {
  for (const s of sentences) {
    if (!s.mentions.size) continue;
    // questions assert nothing
    if (/\? ?["']?$/.test(s.text)) continue;
    const words = new Set(s.text.split(' '));
    const hasKeyword = new Map<string[], boolean>();
    for (const rule of rules) {
      if (s.mentions.size < rule.minSlots) continue;
      if (rule.keywords.length) {
        let has = hasKeyword.get(rule.keywords);
        if (has === undefined) {
          has = rule.keywords.some((w) => words.has(w));
          hasKeyword.set(rule.keywords, has);
        }
        if (!has) continue;
      }
      rule.regex.lastIndex = 0;
      for (const found of s.text.matchAll(rule.regex)) {
        rule.detailed.lastIndex = found.index;
        const match = rule.detailed.exec(s.text)!;
        const g = match.groups ?? {};
        const idx = match.indices!.groups ?? {};
        // a pattern may offer a second wording with its own groups (source2, verb2: active and passive)
        const verbAt = idx.verb ?? idx.verb2;
        // the subject: whichever of the parties ends nearest before the trigger
        const sourceAt = [idx.source ?? idx.source2, idx.by ?? idx.by2]
          .filter((x): x is [number, number] => !!x && !!verbAt && x[1] <= verbAt[0])
          .sort((x, y) => y[1] - x[1])[0];
        // the words between the subject and the trigger decide negation and modality
        let between = sourceAt && verbAt && verbAt[0] > sourceAt[1] ? s.text.slice(sourceAt[1], verbAt[0]) : '';
        between = between.split(/ and | , /).pop() ?? between;
        if (MODAL.test(between)) continue;
        const before = s.text
          .slice(Math.max(0, match.index - 40), match.index)
          .split(' ')
          .slice(-4)
          .join(' ');
        if (DEMAND.test(before) && rule.predicate !== 'holds_role') continue;
        const negated = NEGATION.test(between);
        const trigger = documentRange(ctx.a, s, (verbAt ?? [match.index, match.index + match[0].length])[0], (verbAt ?? [0, match.index + match[0].length])[1]);
        const sentence = ctx.a.sentences[s.index]!;
        const evidence = {
          doc: ctx.a.doc.id,
          start: sentence.start,
          end: sentence.end,
          text: ctx.a.doc.text.slice(sentence.start, sentence.end),
          trigger,
        };
        const base = { ruleId: rule.id, confidence: rule.confidence ?? 0.8, evidence, ...(negated ? { negated: true } : {}) };
        for (const groups of withCoordinatedAgents(rule.predicate, s, personBeforeOf(rule.predicate, s, g, idx), idx))
          for (const r of buildRelations(ctx, rule, s, groups)) ctx.relations.push({ ...base, ...r, attributes: { ...rule.attributes, ...r.attributes } });
      }
    }
  }
}

/** The group that names who acts: the accuser of an accusation, the subject of anything else. */
const agentGroup = (predicate: string) => (predicate === 'accused_of' ? 'by' : 'source');

// Predicates whose agent acts alone, so that "Britain and Canada recalled their ambassadors" is two recalls.
// The symmetric ones (met, spoke, signed) have their own "A and B" rules, and roles are not actions.
const COORDINATED_AGENT_PREDICATES = new Set([
  'recalled_ambassador',
  'expelled_diplomats',
  'summoned_ambassador',
  'sanctioned',
  'threatened',
  'criticized',
  'accused_of',
  'offered_talks',
  'rejected_talks',
  'travels_to',
]);
// the names joined to the agent before it ("⟦C1⟧ and ", "⟦C1⟧ , ⟦C2⟧ , and "), where a clause begins: not
// "Germany criticized ⟦Hungary⟧ and ⟦Poland⟧ recalled …", whose Hungary is an object
const CONJUNCTS_BEFORE = /(?:^|, |that )(?:the )?((?:⟦[PCO]\d+⟧ , )*⟦[PCO]\d+⟧ (?:, )?and (?:the )?)$/;
const SLOT_IN = /⟦[PCO]\d+⟧/g;

/** The rule's groups, and one copy per name coordinated with its agent (the accuser for accused_of). */
function withCoordinatedAgents(
  predicate: string,
  s: SlotSentence,
  g: Record<string, string | undefined>,
  idx: Record<string, [number, number] | undefined>,
): Record<string, string | undefined>[] {
  if (!COORDINATED_AGENT_PREDICATES.has(predicate)) return [g];
  const agent = agentGroup(predicate);
  const at = idx[agent];
  if (!at || !g[agent]) return [g];
  const conjuncts = CONJUNCTS_BEFORE.exec(s.text.slice(0, at[0]))?.[1];
  if (!conjuncts) return [g];
  return [g, ...[...conjuncts.matchAll(SLOT_IN)].map(([slot]) => ({ ...g, [agent]: slot }))];
}

// Predicates a person performs: in "President Gustavo Petro of Colombia met …" the person met, not Colombia.
const PERSON_ACTION_PREDICATES = new Set(['met_with', 'spoke_with', 'travels_to', 'criticized', 'threatened', 'accused_of', 'offered_talks', 'rejected_talks']);
const PERSON_OF_BEFORE = /(⟦P\d+⟧) of (?:the )?$/;

/** The rule's groups with a country or organisation agent replaced by the person named just before "of" it. */
function personBeforeOf(
  predicate: string,
  s: SlotSentence,
  g: Record<string, string | undefined>,
  idx: Record<string, [number, number] | undefined>,
): Record<string, string | undefined> {
  if (!PERSON_ACTION_PREDICATES.has(predicate)) return g;
  const agent = agentGroup(predicate);
  const at = idx[agent];
  if (!at || !g[agent] || g[agent]!.startsWith('⟦P')) return g;
  const person = PERSON_OF_BEFORE.exec(s.text.slice(0, at[0]))?.[1];
  return person ? { ...g, [agent]: person } : g;
}

type Built = Pick<Relation, 'predicate' | 'source' | 'target' | 'attributes'>;

function buildRelations(ctx: RuleContext, rule: CompiledRule, s: SlotSentence, g: Record<string, string | undefined>): Built[] {
  const { facts } = ctx;
  const m = (name: string) => mentionInGroup(s, g[name]);
  const p = rule.predicate;
  if (p === 'holds_role') {
    const person = m('source');
    const target = m('target');
    if (person?.type !== 'Person' || !person.entity || !target?.entity) return [];
    let role = g.role ? normalizeRole(g.role) : undefined;
    if (rule.id.startsWith('role.counterpart')) {
      // the counterpart holds for their country the role the possessor holds for theirs
      // "his" is a person named before the counterpart, the clause's subject first ("Ruehe planned to meet his
      // Israeli counterpart Mordechai and Israeli President Weizman": Ruehe, never a person named after)
      const possessor = m('of') ?? [...s.mentions.values()].find((x) => x.type === 'Person' && x.entity !== person.entity && x.start < person.start);
      const held = possessor?.entity ? facts.byPerson.get(possessor.entity) : undefined;
      role = held?.find((r) => LEADER_ROLES.has(r.role))?.role ?? held?.[0]?.role ?? 'counterpart';
    }
    if (!role) return [];
    const targetKey = roleHolder(role, target.kind === 'demonym' ? target.country! : target.entity, facts);
    if (targetKey === person.entity) return [];
    const attributes: Record<string, unknown> = { role, former: !!g.former };
    const post = countryOfMention(m('post'), facts);
    if (post) attributes.posted_to = post;
    return [{ predicate: p, source: person.entity, target: targetKey, attributes }];
  }
  if (p === 'recalled_ambassador') {
    const ambassador = m('ambassador')?.entity;
    let source = countryOfMention(m('source') ?? m('source2'), facts);
    let target = countryOfMention(m('target'), facts) ?? countryOfMention(m('target2'), facts);
    if (ambassador) {
      const post = facts.byPerson.get(ambassador)?.find((r) => r.postedTo || ['ambassador', 'envoy'].includes(r.role));
      source ??= post && isCountryKey(post.target) ? post.target : undefined;
      target ??= post?.postedTo;
    }
    // "its ambassadors to the United States and Australia": one recall per host
    const hosts = [target, countryOfMention(m('target3'), facts)].filter((t): t is string => !!t && t !== source);
    if (!source) return [];
    return hosts.map((host) => ({ predicate: p, source: source!, target: host, attributes: ambassador ? { ambassador } : {} }));
  }
  if (p === 'accused_of') {
    const accused = (m('source') ?? m('source2'))?.entity;
    if (!accused) return [];
    const by = [g.by, g.by2]
      .map((x) => mentionInGroup(s, x))
      .filter((x): x is Mention => !!x?.entity)
      .map((x) => (x.kind === 'demonym' ? x.country! : x.entity!));
    if (by.includes(accused)) return [];
    return [g.charge, g.charge2]
      .filter((c): c is string => !!c && /[a-z]/.test(c))
      .map((c) => {
        // a nationality or a gerund's object inside the phrase ("betraying the ⟦D⟧ people", "arming ⟦O⟧") is
        // read back as its words
        const words = c.replace(/⟦[A-Z](\d+)⟧/g, (slot, id: string) => s.mentions.get(Number(id))?.text.toLowerCase() ?? slot);
        const charge = normalizeCharge(words);
        return {
          predicate: p,
          source: accused,
          target: `charge:${slugify(charge.label)}`,
          attributes: { by: [...new Set(by)].sort(), charge: charge.label, surface: charge.surface },
        };
      })
      .filter((r) => r.attributes.charge.length >= 3);
  }
  const entityOf = (x: Mention | undefined) => (x?.kind === 'demonym' ? x.country : x?.entity);
  let source = entityOf(m('source'));
  let target = entityOf(m('target'));
  if (p === 'rejected_talks' && !target && g.a && g.b) {
    const [a, b] = [entityOf(m('a')), entityOf(m('b'))];
    target = a === source ? b : b === source ? a : undefined;
  }
  if (p === 'expelled_diplomats' || p === 'summoned_ambassador') {
    source = countryOfMention(m('source'), facts);
    target = countryOfMention(m('target') ?? m('target2'), facts);
    // "summoned the Russian ambassador, Sergei Nechayev": a named envoy stands for the country he serves
    const envoy = m('envoy')?.entity;
    const envoyRole = envoy ? facts.byPerson.get(envoy)?.find((r) => ['ambassador', 'envoy'].includes(r.role) && isCountryKey(r.target)) : undefined;
    target ??= envoyRole?.target;
  }
  if (!source || !target || source === target) return [];
  const attributes: Record<string, unknown> = {};
  if (p === 'annexed') {
    const from = countryOfMention(m('from'), facts);
    if (from) attributes.from = from;
  }
  if (p === 'signed_agreement' && g.agreement) attributes.agreement = g.agreement.replace(/^(?:(?:a|an|the|its|new) )+/, '').trim();
  if ((PREDICATES[p] as { symmetric?: boolean }).symmetric && source > target) [source, target] = [target, source];
  return [{ predicate: p, source, target, attributes }];
}

// (past an age: "the 71-year-old Russian leader")
const DESCRIPTION = expandPattern(
  `(?<![⟧'] )the (?:\\d+ - year-old )?(?<country>{STATE}) (?:'s )?(?<role>{ROLE})(?! (?:⟦P|of |'s|and |(?:in|to) ⟦[LC]\\d+⟧ , ⟦P))|(?:his|her|their|⟦P\\d+⟧ 's) (?<country2>{STATE}) (?<counterpart>counterpart)(?! ⟦P)`,
);

/** "the Russian President", "the US president", "his American counterpart" → a Person mention. */
function resolveDescriptions(
  a: AnalyzedDocument,
  sentences: SlotSentence[],
  facts: RoleFacts,
  unresolved: Array<{ sentence: number; token: number }> = [],
): Mention[] {
  const found: Mention[] = [];
  for (const s of sentences) {
    DESCRIPTION.lastIndex = 0;
    for (const match of s.text.matchAll(DESCRIPTION)) {
      const g = match.groups!;
      const countryMention = mentionInGroup(s, g.country ?? g.country2);
      const country = countryMention?.kind === 'demonym' ? countryMention.country : countryMention?.entity;
      if (!isCountryKey(country)) continue;
      const role = g.counterpart ? 'leader' : normalizeRole(g.role!);
      if (!role) continue;
      const fits = (r: { role: string; target: string }) => r.target === country && (role === 'leader' ? LEADER_ROLES.has(r.role) : r.role === role);
      const holders = [...facts.byPerson].filter(([, roles]) => roles.some(fits));
      const inDoc = holders.filter(([, roles]) => roles.some((r) => fits(r) && r.doc === a.doc.id));
      const pick = inDoc.length === 1 ? inDoc : holders.length === 1 ? holders : [];
      if (pick.length !== 1) {
        // someone the text describes without the corpus knowing who: a pronoun after it may be them
        unresolved.push({ sentence: s.index, token: s.tokenAt[match.index]! });
        continue;
      }
      const [from, to] = documentRange(a, s, match.index, match.index + match[0].length);
      const first = s.tokenAt[match.index]!;
      let last = first;
      while (last < a.tokens.length && a.tokens[last]!.end <= to) last++;
      found.push({
        id: -1,
        doc: a.doc.id,
        first,
        last,
        start: from,
        end: to,
        text: a.doc.text.slice(from, to),
        type: 'Person',
        kind: 'description',
        sentence: s.index,
        ruleId: g.counterpart ? 'description-counterpart' : 'description-role',
        entity: pick[0]![0],
        role,
        country,
      });
    }
  }
  return found;
}

/**
 * Third-person pronouns → the most salient person: for "he" and "his", the first person of the sentence
 * before it (the subject), else of the previous sentence; a "that he" parallel to an earlier "that X" is X;
 * for "him", the nearest person before it other than the subject of its own clause. Pronouns inside
 * double quotes are left alone: there they usually point outside the quotation.
 */
function resolvePronouns(
  a: AnalyzedDocument,
  persons: Mention[],
  diagnostics: Diagnostic[],
  clauseSubject: (token: number) => string | undefined = () => undefined,
  unknownPersons: ReadonlyArray<{ sentence: number; token: number }> = [],
): Mention[] {
  const found: Mention[] = [];
  const bySentence = new Map<number, Mention[]>();
  for (const m of persons) {
    if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, []);
    bySentence.get(m.sentence)!.push(m);
  }
  let inQuote = false;
  const covered = new Set<number>();
  for (const m of persons) for (let t = m.first; t < m.last; t++) covered.add(t);
  for (let t = 0; t < a.tokens.length; t++) {
    const word = a.tokens[t]!.text;
    if (word === '"') inQuote = !inQuote;
    else if (word === '“') inQuote = true;
    else if (word === '”') inQuote = false;
    const lower = word.toLowerCase();
    if (inQuote || covered.has(t)) continue;
    const isSubject = SUBJECT_PRONOUNS.has(lower);
    const isObject = OBJECT_PRONOUNS.has(lower) && !(lower === 'her' && /^\p{Ll}/u.test(a.tokens[t + 1]?.text ?? ''));
    const isPossessive = POSSESSIVE_PRONOUNS.has(lower) || (lower === 'her' && !isObject);
    if (!isSubject && !isObject && !isPossessive) continue;
    const sentence = a.sentenceOfToken[t]!;
    const before = (bySentence.get(sentence) ?? []).filter((m) => m.last <= t && m.entity);
    let antecedent: Mention | undefined;
    if (isObject) {
      const nearest = before[before.length - 1];
      // an object pronoun is never its own clause's subject ("Milei, a critic of Maduro, called him a dictator":
      // him is Maduro); the tree names that subject, else the nearest person is taken for it
      const subject = clauseSubject(t);
      antecedent = subject ? [...before].reverse().find((m) => m.entity !== subject) : [...before].reverse().find((m) => m.entity !== nearest?.entity);
      if (!antecedent && !subject && nearest && t - nearest.last > 6) antecedent = nearest;
    } else {
      const prevWord = a.tokens[t - 1]?.text.toLowerCase();
      if (prevWord === 'that' && isSubject) {
        // "said that Lukashenko had lied and that he would resign": parallel clauses share their subject
        antecedent = [...before].reverse().find((m) => a.tokens[m.first - 1]?.text.toLowerCase() === 'that' && m.kind !== 'pronoun');
      }
      // a possessive opening an apposition is never the name it is set beside: "Dmitry Peskov, his spokesman,"
      const apposed = isPossessive && a.tokens[t - 1]?.text === ',' ? before.find((m) => m.last === t - 1)?.entity : undefined;
      antecedent ??= before.find((m) => m.entity !== apposed);
    }
    // (not past a person the sentence describes without a name the corpus knows: "The U.S. president said he …")
    const described = unknownPersons.some((u) => u.sentence === sentence && u.token < t);
    if (!antecedent && sentence > 0 && !described) antecedent = (bySentence.get(sentence - 1) ?? []).find((m) => m.entity);
    if (!antecedent) {
      diagnostics.push({
        doc: a.doc.id,
        start: a.tokens[t]!.start,
        end: a.tokens[t]!.end,
        ruleId: 'pronoun-unresolved',
        message: `no person found for "${word}"`,
      });
      continue;
    }
    const pronoun: Mention = {
      id: -1,
      doc: a.doc.id,
      first: t,
      last: t + 1,
      start: a.tokens[t]!.start,
      end: a.tokens[t]!.end,
      text: word,
      type: 'Person',
      kind: 'pronoun',
      sentence,
      ruleId: 'pronoun-salience',
      entity: antecedent.entity!,
    };
    found.push(pronoun);
    // a resolved pronoun can be the antecedent of the next one
    const list = bySentence.get(sentence) ?? [];
    list.push(pronoun);
    list.sort((x, y) => x.first - y.first);
    bySentence.set(sentence, list);
  }
  return found;
}

const renumber = (mentions: Mention[]) => mentions.sort((x, y) => x.first - y.first || y.last - x.last).map((m, id) => ({ ...m, id }));

export interface DocumentRelations {
  mentions: Mention[];
  relations: Relation[];
  diagnostics: Diagnostic[];
}

const slotAll = (a: AnalyzedDocument, mentions: Mention[]) => {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, []);
    bySentence.get(m.sentence)!.push(m);
  }
  return [...bySentence.keys()].sort((x, y) => x - y).map((i) => slotSentence(a, i, outermost(bySentence.get(i)!)));
};

/** Mentions nested in a longer one ("US" in "the US president") give way to it in slot strings. */
function outermost(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((x, y) => x.first - y.first || y.last - x.last);
  const out: Mention[] = [];
  let end = -1;
  for (const m of sorted)
    if (m.first >= end) {
      out.push(m);
      end = m.last;
    }
  return out;
}

/** What the story's context (context/) gives the rules: a country for a title without one, the body "the government" stands for. */
export interface StoryContext {
  /** country keys the story names, most named first */
  storyCountries: readonly string[];
  /** how many times the story names each */
  storyCountryCounts: ReadonlyMap<string, number>;
  countriesForSentence(sentence: number): Array<{ country: string; confidence: number; source: string }>;
  bodyFor(sentence: number, noun: string): string | undefined;
  leadCountry(sentence: number): string | undefined;
  leadMention?(sentence: number): Mention | undefined;
  opensParagraph(sentence: number): boolean;
}

const treeRoleIndex = indexByTrigger(compileTreeRules(grammarRoleRules));
const treeRelationIndex = indexByTrigger(compileTreeRules(grammarRelationRules));

/** The parsed sentences of a document that hold a mention, as trees that know their mentions. */
function treeSentences(a: AnalyzedDocument, mentions: Mention[]): Array<TreeSentence | undefined> {
  const trees: Array<TreeSentence | undefined> = new Array(a.sentences.length);
  if (!a.syntax) return trees;
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, []);
    bySentence.get(m.sentence)!.push(m);
  }
  for (const [i, list] of bySentence) {
    const parsed = a.syntax[i];
    if (parsed) trees[i] = new TreeSentence(i, parsed, list);
  }
  return trees;
}

/** Every lemma that triggers a rule over the tree. */
const TRIGGER_LEMMAS = new Set([...treeRoleIndex.keys(), ...treeRelationIndex.keys()]);
const mayTrigger = new Map<string, boolean>();

/**
 * Whether a sentence is worth parsing: it names someone or something, and one of its words may be a trigger (its
 * lower case, or its lemma as a verb, noun or adjective, is a trigger lemma). Parsing is the costliest stage,
 * and most sentences of news (results, quotes about nothing political) trigger no rule.
 */
export function worthParsing(a: AnalyzedDocument, sentence: number, mentions: number): boolean {
  if (mentions === 0) return false;
  const s = a.sentences[sentence]!;
  for (let t = s.firstToken; t < s.lastToken; t++) {
    const lower = a.tokens[t]!.text.toLowerCase();
    let hit = mayTrigger.get(lower);
    if (hit === undefined) {
      if (mayTrigger.size > 100_000) mayTrigger.clear();
      // the parts of a hyphenated token too: the parser reads "then-President" and "Director-General" as words apart
      const parts = lower.includes('-') ? [lower, ...lower.split('-').filter(Boolean)] : [lower];
      hit = parts.some((part) => [part, ...lemmaCandidates(part)].some((l) => TRIGGER_LEMMAS.has(l)));
      mayTrigger.set(lower, hit);
    }
    if (hit) return true;
  }
  return false;
}

function runTreeRules(
  a: AnalyzedDocument,
  trees: Array<TreeSentence | undefined>,
  index: ReturnType<typeof indexByTrigger>,
  facts: RoleFacts,
  story: StoryContext | undefined,
  options: Pick<TreeMatchContext, 'contextCountry' | 'onlyFromContext'> = {},
): Relation[] {
  const ctx: TreeMatchContext = {
    a,
    facts,
    scope: { trees, ...(story ? { body: (i, noun) => story.bodyFor(i, noun), storyCounterparty: (acting) => storyCounterparty(story, acting) } : {}) },
    ...options,
  };
  return trees.flatMap((t) => (t ? matchSentence(t, index, ctx) : []));
}

/**
 * The other of the two countries a story is about, given the ones acting: the story's two most named countries,
 * one of them acting, the other named at least twice and more often than any third.
 */
function storyCounterparty(story: StoryContext, acting: ReadonlySet<string | undefined>): string | undefined {
  const [first, second, third] = story.storyCountries;
  const other = acting.has(first) ? second : acting.has(second) ? first : undefined;
  if (!other || acting.has(other)) return undefined;
  const count = (c: string | undefined) => (c ? (story.storyCountryCounts.get(c) ?? 0) : 0);
  return count(other) >= 2 && count(other) > count(third) ? other : undefined;
}

/** a dateline's country gives a title its country only if it is among the countries the story names most */
const DATELINE_STORY_RANK = 2;
/** the actor of the sentence before gives a title its country if it is one of the three the story names most */
const LEAD_STORY_RANK = 3;

/** how far an envoy's country taken from an earlier mention of an envoy in the story is trusted */
const ROLE_MEMORY_CONFIDENCE = 0.7;

/**
 * The envoys the story names without a name, with the country they serve, in order: "its ambassador" (the state
 * the possessive stands for), "the Dutch ambassador", "Canada's envoy", "the ambassador of Peru". A story about
 * a row has one envoy in view at a time, so a later bare "the ambassador" or "Ambassador X" is the one named last.
 * (Leaders are not remembered so: a story names several presidents.)
 */
function envoyMemory(trees: Array<TreeSentence | undefined>, scope: ResolveScope): Array<{ sentence: number; word: number; country: string }> {
  const out: Array<{ sentence: number; word: number; country: string }> = [];
  for (const t of trees) {
    if (!t) continue;
    for (let w = 0; w < t.length; w++) {
      if (!ENVOY_NOUNS.has(t.lemma(w)) || t.mentionOf[w]?.type === 'Person' || !t.isNominal(w)) continue;
      for (const q of [...t.kids(w, 'nmod:poss', 'amod', 'compound'), ...t.withCase(w, ['of'], ['nmod'])]) {
        const r = resolveWord(t, q, scope);
        if (r?.type === 'Country') {
          out.push({ sentence: t.index, word: w, country: r.key });
          break;
        }
      }
    }
  }
  return out;
}

/** The country of the place a sentence opens in ("In Washington, …"), when word w comes after that opening. */
function openingPlaceCountry(t: TreeSentence, w: number): string | undefined {
  if (t.lower(0) !== 'in') return undefined;
  const m = t.mentionOf[1];
  if (m?.type !== 'Location' || m.kind !== 'name' || !m.country) return undefined;
  let end = 1;
  while (end + 1 < t.length && t.mentionOf[end + 1] === m) end++;
  return t.lower(end + 1) === ',' && w > end + 1 ? m.country : undefined;
}

/** The first word after a quotation that opens the sentence and closes before word w, else 0. */
function afterOpeningQuote(t: TreeSentence, w: number): number {
  if (!QUOTE_MARKS.has(t.words[0]?.form ?? '')) return 0;
  for (let k = 1; k < w; k++) if (QUOTE_MARKS.has(t.words[k]!.form)) return k + 1;
  return 0;
}

/** The country the corpus gives another name coordinated with the name title w is written before. */
function coordinatedCountry(t: TreeSentence, w: number, facts: RoleFacts): string | undefined {
  const named = t.nameAfter(w);
  if (named === undefined) return undefined;
  let first = named;
  while (t.rel(first) === 'conj' && t.head(first) >= 0) first = t.head(first);
  for (const q of t.conjuncts(first)) {
    if (q === named || t.mentionOf[q]?.type !== 'Person') continue;
    const country = countryOfMention(t.mentionOf[q], facts);
    if (isCountryKey(country)) return country;
  }
  return undefined;
}

/** Pass 1 for one document: roles from names (surface title patterns, and the tree's appositions, copulas and titles). */
export function extractRoles(a: AnalyzedDocument, names: Mention[], facts: RoleFacts, story?: StoryContext): Relation[] {
  const ctx: RuleContext = { a, facts, relations: [], diagnostics: [] };
  runRules(ctx, nameRoleRules, slotAll(a, names));
  return [...ctx.relations, ...runTreeRules(a, treeSentences(a, names), treeRoleIndex, facts, story)];
}

/** Descriptions, pronouns and pass 2 for one document, once the roles of the whole corpus are known. */
export function extractRelations(a: AnalyzedDocument, names: Mention[], facts: RoleFacts, roles: Relation[] = [], story?: StoryContext): DocumentRelations {
  const diagnostics: Diagnostic[] = [];
  // descriptions are only looked for in sentences with a role word
  const unknownPersons: Array<{ sentence: number; token: number }> = [];
  const descriptions = resolveDescriptions(
    a,
    slotAll(a, names).filter((s) => s.text.split(' ').some((w) => ROLE_FIRST_WORDS.has(w) || w === 'counterpart')),
    facts,
    unknownPersons,
  );
  const persons = outermost([...names.filter((m) => m.type === 'Person'), ...descriptions]);
  const namedTrees = treeSentences(a, [...names, ...descriptions]);
  const pronouns = resolvePronouns(
    a,
    persons,
    diagnostics,
    (token) => {
      const t = namedTrees[a.sentenceOfToken[token]!];
      const w = t?.words.findIndex((x) => x.token === token) ?? -1;
      if (!t || w < 0) return undefined;
      const subject = t.agent(t.head(w) >= 0 ? t.head(w) : w);
      return subject === undefined ? undefined : t.mentionOf[subject]?.entity;
    },
    unknownPersons,
  );
  const mentions = renumber([...names, ...descriptions, ...pronouns]);
  const ctx: RuleContext = { a, facts, relations: [...roles], diagnostics };
  const sentences = slotAll(a, mentions);
  runRules(ctx, roleRules, sentences);
  const trees = treeSentences(a, mentions);
  // titles with no country of their own, once every explicit role of the corpus is known, take the one the
  // story gave that role last ("… recalled its ambassador … The ambassador, Christian Masset,"), else the dateline's
  // ("OSLO - Prime Minister Anna Berg said"), except envoys, who serve abroad
  if (story) {
    const memory = envoyMemory(trees, { trees, body: (i, noun) => story.bodyFor(i, noun) });
    const contextCountry = (i: number, w: number) => {
      const t = trees[i]!;
      if (!ENVOY_NOUNS.has(t.lemma(w))) {
        // titled names coordinated serve one country, when the corpus says whose one of them is ("to meet Prime
        // Minister Netanyahu and opposition leader Shimon Peres")
        const shared = coordinatedCountry(t, w, facts);
        if (shared) return { country: shared, confidence: CONTEXT_CONFIDENCE.sentence };
        // a sentence that opens in a place is told from there: "In Washington, Defence Secretary William Perry said"
        const place = openingPlaceCountry(t, w);
        if (place) return { country: place, confidence: CONTEXT_CONFIDENCE.sentence };
        // a dateline places the reporter; it names the officials' country when the story is about that country,
        // one of the DATELINE_STORY_RANK it names most ("BONN - President Boris Yeltsin" in a story on Chechnya is not)
        const dateline = story.countriesForSentence(i).find((c) => c.source === 'dateline');
        // (a country named as often as the dateline's is no rival ahead of it)
        const named = (c: string | undefined) => (c ? (story.storyCountryCounts.get(c) ?? 0) : 0);
        const ahead = story.storyCountries.filter((c) => c !== dateline?.country && named(c) > named(dateline?.country)).length;
        // a sentence that opens with the title carries on from the one before it in the paragraph: its actor's
        // country ("Israel's foreign ministry denounced Bolivia's decision. Spokesman Lior Haiat accused …")
        // (a quotation the sentence opens with is its speaker's words: '"We respect …," Foreign Minister X said')
        const opening = afterOpeningQuote(t, w);
        const opensWithTitle = !t.words.slice(opening, w).some((word, k) => t.mentionOf[opening + k] || word.upos === 'VERB');
        // (not when an envoy the corpus knows leads it: "Livne had angered Polish politicians. Prime Minister Donald
        // Tusk wrote …" answers the envoy, whose country is abroad)
        const lead = story.leadMention?.(i - 1);
        const envoyLeads = lead?.type === 'Person' && !!lead.entity && (facts.byPerson.get(lead.entity) ?? []).some((f) => ENVOY_NOUNS.has(f.role));
        const previous = opensWithTitle && !story.opensParagraph(i) && !envoyLeads ? story.leadCountry(i - 1) : undefined;
        const rank = previous === undefined ? -1 : story.storyCountries.indexOf(previous);
        if (previous !== undefined && rank >= 0 && rank < LEAD_STORY_RANK && previous !== dateline?.country)
          return { country: previous, confidence: CONTEXT_CONFIDENCE.sentence };
        return dateline && ahead < DATELINE_STORY_RANK ? dateline : undefined;
      }
      const remembered = memory.filter((m) => m.sentence < i || (m.sentence === i && m.word < w)).pop();
      return remembered && { country: remembered.country, confidence: ROLE_MEMORY_CONFIDENCE };
    };
    ctx.relations.push(...runTreeRules(a, trees, treeRoleIndex, facts, story, { contextCountry, onlyFromContext: true }));
  }
  learnRoles(facts, ctx.relations);
  runRules(ctx, relationRules, sentences);
  ctx.relations.push(...runTreeRules(a, trees, treeRelationIndex, facts, story));
  const relations = story ? withContextRolesChecked(ctx.relations, facts, story) : ctx.relations;
  return { mentions, relations: withoutGuessedTwins(withoutClippedTitles(relations)), diagnostics };
}

/**
 * A role whose target came from context is dropped where the same sentence gives its holder the same role for a
 * target it names ("PARIS - Air France chairman Christian Blanc": chair of Air France, not of France).
 */
export function withoutGuessedTwins(relations: Relation[]): Relation[] {
  const key = (r: Relation) => `${r.source}\u0000${r.attributes.role}\u0000${r.evidence.doc}\u0000${r.evidence.start}`;
  const named = new Set(relations.filter((r) => r.predicate === 'holds_role' && !guessedFromContext(r)).map(key));
  return relations.filter((r) => r.predicate !== 'holds_role' || !guessedFromContext(r) || !named.has(key(r)));
}

/** what someone does against a country, which no official of that country does to it */
const ACTS_AGAINST = new Set(['threatened', 'sanctioned', 'criticized', 'expelled_diplomats', 'summoned_ambassador', 'recalled_ambassador']);

/**
 * A title whose country came from the story's context, not from its words, is checked against what its holder
 * does in the story: an official who threatens, accuses, criticises or sanctions that very country serves the
 * other one ("AMSTERDAM — … withdrew landing rights for the plane of Foreign Minister Mevlut Cavusoglu … Cavusoglu
 * threatened sanctions against the Netherlands": not a Dutch minister). The role moves to the story's other
 * country when it has one, else it is dropped; what the corpus learnt from it is corrected the same way.
 */
export function withContextRolesChecked(relations: Relation[], facts: RoleFacts, story: StoryContext): Relation[] {
  const against = new Set<string>();
  for (const r of relations) {
    if (r.negated) continue;
    if (ACTS_AGAINST.has(r.predicate)) against.add(`${r.source}\u0000${r.target}`);
    // (an accusation names its accusers on the accused's edge; the accuser's edge is drawn from it later)
    if (r.predicate === 'accused_of' && Array.isArray(r.attributes.by)) for (const by of r.attributes.by) against.add(`${by}\u0000${r.source}`);
  }
  if (against.size === 0) return relations;
  const out: Relation[] = [];
  for (const r of relations) {
    if (r.predicate !== 'holds_role' || !guessedFromContext(r) || !against.has(`${r.source}\u0000${r.target}`)) {
      out.push(r);
      continue;
    }
    const other = storyCounterparty(story, new Set([r.target]));
    const learnt = facts.byPerson.get(r.source);
    const fact = learnt?.findIndex((f) => f.role === r.attributes.role && f.target === r.target && f.doc === r.evidence.doc) ?? -1;
    if (other === undefined || against.has(`${r.source}\u0000${other}`)) {
      if (fact >= 0) learnt!.splice(fact, 1);
      continue;
    }
    if (fact >= 0) learnt![fact] = { ...learnt![fact]!, target: other };
    out.push({ ...r, target: other });
  }
  return out;
}

/**
 * A role read twice from one sentence, once clipped ("minister" where the parser hung "Prime" elsewhere, beside
 * "prime minister" read from the title's words; "deputy" where it read "Deputy" alone as the title), is the
 * longer one: the clipped reading is dropped.
 */
export function withoutClippedTitles(relations: Relation[]): Relation[] {
  const roles = new Map<string, string[]>();
  const key = (r: Relation) => `${r.source}\u0000${r.target}\u0000${r.evidence.doc}\u0000${r.evidence.start}`;
  for (const r of relations)
    if (r.predicate === 'holds_role' && typeof r.attributes.role === 'string')
      (roles.get(key(r)) ?? roles.set(key(r), []).get(key(r))!).push(r.attributes.role);
  return relations.filter((r) => {
    if (r.predicate !== 'holds_role' || typeof r.attributes.role !== 'string') return true;
    const role = r.attributes.role;
    // (a hyphen joins a title's words too: "secretary" beside "secretary-general")
    return !roles
      .get(key(r))!
      .some((other) => other.length > role.length && [' ', '-'].some((glue) => other.endsWith(`${glue}${role}`) || other.startsWith(`${role}${glue}`)));
  });
}
