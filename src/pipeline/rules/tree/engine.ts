// The matcher of the rules over the dependency tree. For every word whose lemma triggers a rule, each argument
// is reached by its path, resolved to an entity (or read as a phrase) and checked against the types it may
// have; coordinated arguments give one match each ("Chile and Peru recalled …": two recalls). Whether the
// sentence asserts the event is read once from the tree (assertion.ts): not-asserted matches give nothing,
// negated ones are kept with negated: true. The predicate's builder says what the match means.
import { countryByCapital } from '../../../lexicon/countries.js';
import { seatOfGovernment } from '../../context/cities.js';
import { countryKeyOfCca2 } from '../../context/place.js';
import { ROLE_MODIFIERS, NOT_ROLE_WORDS, OFFICE_ADJECTIVES, roleWithPortfolio } from '../../../lexicon/roles.js';
import { assertionOf, isQuestion } from '../../grammar/assertion.js';
import type { TreeSentence } from '../../grammar/tree.js';
import type { RoleFacts } from '../../role-facts.js';
import type { AnalyzedDocument, Relation } from '../../types.js';
import { BUILDERS, stateOf, type Builder } from './builders.js';
import { compilePath, firstReached, type CompiledPath } from './paths.js';
import { resolveWord, type Resolved, type ResolveScope } from './resolve.js';
import type { ArgSpec, TreeRule } from './types.js';
import { FUTURE_AUXILIARIES } from '../../../lexicon/function-words.js';
import { SCHEDULED_WORDS } from '../../../lexicon/triggers.js';
import { QUOTE_MARKS } from '../../text/tokenize.js';

interface CompiledArg extends ArgSpec {
  name: string;
  reach: CompiledPath;
}

interface CompiledCondition {
  reach: CompiledPath;
  lemmas?: ReadonlySet<string>;
  /** the word's part of speech must be one of these ("attack" the noun, not the verb) */
  upos?: readonly string[];
}

export interface CompiledTreeRule extends TreeRule {
  compiledArgs: CompiledArg[];
  compiledRequires: CompiledCondition[];
  compiledUnless: CompiledCondition[];
  builder: Builder;
}

/** Compiles rules: paths parsed, and every argument checked against what its predicate's builder reads. */
export function compileTreeRules(rules: readonly TreeRule[]): CompiledTreeRule[] {
  const ids = new Set<string>();
  return rules.map((rule) => {
    if (ids.has(rule.id)) throw new Error(`newsgraph: two tree rules share the id ${rule.id}`);
    ids.add(rule.id);
    const builder = BUILDERS[rule.predicate];
    if (!builder) throw new Error(`newsgraph: tree rule ${rule.id}: no builder for ${rule.predicate}`);
    for (const name of Object.keys(rule.args))
      if (!builder.reads.includes(name))
        throw new Error(
          `newsgraph: tree rule ${rule.id}: argument "${name}" is not read by the ${rule.predicate} builder (it reads ${builder.reads.join(', ')})`,
        );
    for (const name of builder.needs)
      if (!rule.args[name] || rule.args[name]!.optional)
        throw new Error(`newsgraph: tree rule ${rule.id}: the ${rule.predicate} builder needs a required "${name}" argument`);
    const compiledArgs = Object.entries(rule.args).map(([name, spec]) => ({ ...spec, name, reach: compilePath(spec.path) }));
    const condition = (c: { path: string; lemmas?: ReadonlySet<string>; upos?: readonly string[] }): CompiledCondition => ({
      reach: compilePath(c.path),
      ...(c.lemmas ? { lemmas: c.lemmas } : {}),
      ...(c.upos ? { upos: c.upos } : {}),
    });
    return {
      ...rule,
      compiledArgs,
      compiledRequires: Object.values(rule.requires ?? {}).map(condition),
      compiledUnless: Object.values(rule.unless ?? {}).map(condition),
      builder,
    };
  });
}

/** Lemma → the rules it triggers. */
export function indexByTrigger(rules: readonly CompiledTreeRule[]): Map<string, CompiledTreeRule[]> {
  const index = new Map<string, CompiledTreeRule[]>();
  for (const rule of rules)
    for (const lemma of rule.trigger.lemmas) {
      if (!index.has(lemma)) index.set(lemma, []);
      index.get(lemma)!.push(rule);
    }
  return index;
}

const FORMER = new Set(ROLE_MODIFIERS.former);

/** the role a verb of leading gives its subject */
const AGENT_NOUNS: Record<string, string> = { lead: 'leader', head: 'head', chair: 'chair', run: 'head', command: 'commander' };

const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday tomorrow week month year weekend morning afternoon evening night'.split(
    ' ',
  ),
);

/** A time phrase hanging on a word: "on Monday", "last week", "in 1994". */
function isTemporal(t: TreeSentence, c: number): boolean {
  const rel = t.rel(c);
  if (!rel.startsWith('obl') && !rel.startsWith('nmod') && rel !== 'advmod') return false;
  return TIME_WORDS.has(t.lemma(c)) || /^(?:1[89]|20)\d\d$/.test(t.lower(c));
}

/**
 * The object a gerund with none of its own leaves to the verb above it when it comes right after the gerund's
 * words (quotation marks between): the parser's misreading of 'accused Sweden of allowing "a vile attack"'; or
 * the noun after a gerund read as its adjective.
 */
function objectAfterGerund(t: TreeSentence, w: number, words: readonly number[]): number | undefined {
  if (!['VERB', 'ADJ'].includes(t.words[w]!.upos) || !t.lower(w).endsWith('ing') || t.kids(w, 'obj', 'ccomp', 'xcomp').length || t.head(w) < 0)
    return undefined;
  // (or the noun it was read as describing: "of provoking violence", "provoking" taken for an adjective)
  if (t.rel(w) === 'amod' && t.head(w) === w + 1 && t.isNominal(w + 1)) return w + 1;
  let next = words[words.length - 1]! + 1;
  while (next < t.length && t.rel(next) === 'punct' && /^["“‘']$/.test(t.lower(next))) next++;
  const object = t.kids(t.head(w), 'obj').find((o) => o > w);
  return object !== undefined && t.subtree(object)[0]! <= next && t.subtree(object)[0]! > w ? object : undefined;
}

/**
 * The position in `words` of the mark closing the first quotation they hold whole (from word `from` on), else -1.
 * The sentence's marks pair up in order (the first opens, the second closes), so a stray closing mark is not taken
 * for an opening one.
 */
function closingQuote(t: TreeSentence, words: readonly number[], from = words[0]): number {
  const marks: number[] = [];
  for (let k = 0; k < t.length; k++) if (QUOTE_MARKS.has(t.words[k]!.form)) marks.push(k);
  // (the opening mark may be one of the leading marks and markers already taken off: from is where they began)
  const opens = (k: number) => words.includes(k) || (from !== undefined && k >= from && k < words[0]!);
  for (let m = 0; m + 1 < marks.length; m += 2) if (opens(marks[m]!) && words.includes(marks[m + 1]!)) return words.indexOf(marks[m + 1]!);
  return -1;
}

/** A phrase naming a party (a country, person or organisation) hanging on a word by a preposition other than "of". */
function isParty(t: TreeSentence, c: number): boolean {
  const rel = t.rel(c);
  if (!rel.startsWith('obl') && !rel.startsWith('nmod')) return false;
  if (rel !== 'nmod:poss' && t.caseOf(c) === 'of') return false;
  const m = t.mentionOf[c];
  return !!m && m.kind === 'name' && (m.type === 'Country' || m.type === 'Person' || m.type === 'Organization');
}

/** The words of a title before its head ("Farm" of "EU Farm Commissioner"), up to a name, a determiner or anything not a title word. */
function titleWords(t: TreeSentence, w: number): number[] {
  const out: number[] = [];
  for (let k = w - 1; k >= 0 && w - k <= 5; k--) {
    if (gluedHyphen(t, k)) {
      // "then-President", "ex-President": a marker of a former title, joined by the hyphen, opens the title
      if (FORMER.has(t.lower(k - 1))) {
        out.unshift(k - 1, k);
        break;
      }
      out.unshift(k);
      continue;
    }
    if (t.mentionOf[k] || !['NOUN', 'PROPN', 'ADJ'].includes(t.words[k]!.upos)) {
      // "former" may stand before the qualifier: "former US President", "then-Israeli Prime Minister"
      if (t.mentionOf[k]) out.unshift(...formerMarkerBefore(t, k));
      break;
    }
    out.unshift(k);
  }
  return out;
}

/** The words of "former", "then-" or "ex-" right before word k ("then-Israeli"), else none. */
function formerMarkerBefore(t: TreeSentence, k: number): number[] {
  if (k > 1 && gluedHyphen(t, k - 1) && FORMER.has(t.lower(k - 2))) return [k - 2, k - 1];
  if (k > 0 && FORMER.has(t.lower(k - 1).replace(/-$/, ''))) return [k - 1];
  return [];
}

/** A hyphen written inside a word ("Director-General"), which the word splitter made a word of its own. */
const gluedHyphen = (t: TreeSentence, k: number) => t.isGluedHyphen(k);

/** Words that open a comment after a comma: a non-restrictive relative clause. */
const COMMENT_OPENERS = new Set(['which', 'who', 'whom', 'whose']);

/** The text of a phrase argument. */
function phraseOf(t: TreeSentence, w: number, mode: NonNullable<ArgSpec['phrase']>, text: string): string | undefined {
  if (mode === 'agent-noun') return AGENT_NOUNS[t.lemma(w)];
  if (mode === 'predicate') {
    const words = t.predicateWords(w).filter((k) => !['aux', 'aux:pass'].includes(t.rel(k)) || k > w);
    // (a conjunct's own conjunction is not its words: "training and arming the rebels" → "arming the rebels")
    while (words.length > 1 && t.head(words[0]!) === w && ['cc', 'punct'].includes(t.rel(words[0]!))) words.shift();
    if (!words.length) return undefined;
    return text.slice(t.words[words[0]!]!.start, t.words[words[words.length - 1]!]!.end);
  }
  if (mode === 'words') {
    // the subtree, without its own case marker or subordinator ("of launching …" → "launching …") and without
    // the time it happened ("a war criminal on Monday" → "a war criminal")
    // and without the parties named in it ("stoking tensions with Cyprus" → "stoking tensions"): the charge is the deed
    const temporal = new Set(
      t
        .subtree(w)
        .filter((c) => c !== w && (isTemporal(t, c) || isParty(t, c)))
        .flatMap((c) => t.subtree(c)),
    );
    // (nor a verb in a tense of its own coordinated with it, which the parser hung there: "of provoking a crisis
    // and said Greece would not tolerate it" — the saying is the accuser's)
    const ownClauses = new Set(
      t
        .subtree(w)
        .filter((c) => c !== w && t.rel(c) === 'conj' && t.isFiniteVerb(c) && !t.isFiniteVerb(w))
        .flatMap((c) => t.subtree(c)),
    );
    const words = t
      .subtree(w)
      .filter((k) => !temporal.has(k) && !ownClauses.has(k) && !(t.head(k) === w && (t.rel(k) === 'case' || t.rel(k) === 'mark') && k < w));
    while (words.length > 1 && ['cc', 'punct'].includes(t.rel(words[words.length - 1]!))) words.pop();
    // (and a deed's object the parser hung on the verb above it: 'of allowing "a vile attack" on Muslims')
    const object = objectAfterGerund(t, w, words);
    if (object !== undefined) {
      const last = words[words.length - 1]!;
      words.push(...t.subtree(object).filter((k) => k > last && !temporal.has(k)));
    }
    // (nor a marker opening it from deeper down: "of hosting French troops", the parser having hung "hosting" on "troops")
    const opening = words[0];
    while (words.length > 1 && ['case', 'mark', 'punct'].includes(t.rel(words[0]!))) words.shift();
    // (and it ends where a comment set off by a comma begins, however the parser read it: ", which Minsk denies")
    const commentAt = words.findIndex((k, i) => i > 0 && t.lower(k) === ',' && COMMENT_OPENERS.has(t.lower(k + 1)));
    if (commentAt > 0) words.length = commentAt;
    // (and it ends with a quotation in it: the words quoted are the charge, what follows the closing mark is the
    // circumstance: 'called Israel "an occupier" at a rally', 'of allowing "a vile attack" on the embassy')
    // (a quoted word inside the phrase is no end: 'of "blatant" interference')
    const closing = closingQuote(t, words, opening);
    if (closing >= 0 && closing + 1 < words.length && ['ADP', 'SCONJ'].includes(t.words[words[closing + 1]!]!.upos)) words.length = closing + 1;
    if (!words.length) return undefined;
    return text.slice(t.words[words[0]!]!.start, t.words[words[words.length - 1]!]!.end);
  }
  // a title's modifiers: the tree's, or the words before its head up to the name that qualifies it
  const modifiers =
    mode === 'title' || mode === 'former-title' ? titleWords(t, w) : t.children[w]!.filter((c) => c < w && ['amod', 'compound', 'flat'].includes(t.rel(c)));
  if (mode === 'former' || mode === 'former-title') {
    // (or an adverb before the office: "Sigmar Gabriel, then Germany's foreign minister,")
    const adverbs = mode === 'former' ? t.kids(w, 'advmod').filter((c) => c < w) : [];
    const marked = [...modifiers, ...adverbs].some((c) => FORMER.has(t.lower(c).replace(/-$/, '')) || (gluedHyphen(t, c - 1) && FORMER.has(t.lower(c - 2))));
    return marked || (gluedHyphen(t, w - 1) && FORMER.has(t.lower(w - 2))) ? 'former' : undefined;
  }
  // the role: the noun and the words before it that are not names, demonyms or determiners ("deputy prime minister"),
  // and the word a hyphen joins to it ("Director-General")
  const parts: string[] = [];
  if (mode === 'role' && gluedHyphen(t, w - 1) && !modifiers.includes(w - 2)) modifiers.push(w - 2, w - 1);
  modifiers.sort((x, y) => x - y);
  for (const c of modifiers) {
    if (t.mentionOf[c] || NOT_ROLE_WORDS.has(t.lower(c)) || FORMER.has(t.lower(c).replace(/-$/, '')) || (gluedHyphen(t, c) && FORMER.has(t.lower(c - 1))))
      continue;
    // an adjective or participle that describes the holder, not the office ("powerful", "ousted", "long-serving")
    if (!['NOUN', 'PROPN'].includes(t.words[c]!.upos) && !OFFICE_ADJECTIVES.has(t.lower(c)) && !gluedHyphen(t, c)) continue;
    if (gluedHyphen(t, c + 1) && !OFFICE_ADJECTIVES.has(t.lower(c + 2))) continue;
    parts.push(t.lower(c));
  }
  // the portfolio an "of/for" phrase after the noun names ("Minister of Foreign Affairs"), however it was parsed
  parts.push(roleWithPortfolio(t.lower(w), wordsAfter(t, w)) ?? t.lower(w));
  return parts.join(' ');
}

/** The lower-case words right after word w, up to a name, a punctuation mark or five words. */
function wordsAfter(t: TreeSentence, w: number): string[] {
  const out: string[] = [];
  for (let k = w + 1; k < t.length && out.length < 5 && !t.mentionOf[k] && /^\p{L}/u.test(t.words[k]!.form); k++) out.push(t.lower(k));
  return out;
}

/** What a rule's id is marked with when an argument came from the story's context, not the sentence's words. */
const FROM_CONTEXT = '+context';

/** Whether a relation took an argument from the story's context ("OSLO - Prime Minister Anna Berg": Norway). */
export const guessedFromContext = (r: Relation) => r.ruleId.endsWith(FROM_CONTEXT);

export interface TreeMatchContext {
  a: AnalyzedDocument;
  facts: RoleFacts;
  scope: ResolveScope;
  /**
   * the country the story's context gives a role word in a sentence (the one it last gave that role, else its
   * dateline), with how far to trust it; absent: no context fallback
   */
  contextCountry?: (sentence: number, word: number) => { country: string; confidence: number } | undefined;
  /** keep only the relations an argument's context fallback made (a later pass, once explicit roles are known) */
  onlyFromContext?: boolean;
}

const allowed = (spec: ArgSpec, r: Resolved) => !spec.types || spec.types.includes(r.type as never);

/**
 * A capital named as a party stands for its government ("criticised Canberra", "accused Moscow"): where an
 * argument may be a country but not a place, a capital, or a seat of government the country data does not
 * call its capital ("accused La Paz"), is read as its country.
 */
function asParty(spec: ArgSpec, r: Resolved): Resolved {
  if (r.type !== 'Location' || !spec.types?.includes('Country') || spec.types.includes('Location')) return r;
  const seat = (name: string) => {
    const cca2 = seatOfGovernment(name);
    return cca2 ? countryKeyOfCca2(cca2) : undefined;
  };
  const country = r.mention ? (countryByCapital.get(r.mention.text)?.key ?? seat(r.mention.text)) : undefined;
  return country && country === r.mention?.country ? { ...r, key: country, type: 'Country' } : r;
}

/**
 * Whether word k is one of a lexicon's words: by its lemma, or, for an entry of two words, by its lemma with the
 * modifier before it ("high commissioner": "commissioner" with "high").
 */
function hasLemma(lemmas: ReadonlySet<string>, t: TreeSentence, k: number): boolean {
  if (lemmas.has(t.lemma(k))) return true;
  return k > 0 && t.head(k - 1) === k && ['amod', 'compound'].includes(t.rel(k - 1)) && lemmas.has(`${t.lower(k - 1)} ${t.lemma(k)}`);
}

/** Runs the rules over one sentence; returns the relations they assert (negated ones flagged). */
export function matchSentence(t: TreeSentence, index: Map<string, CompiledTreeRule[]>, ctx: TreeMatchContext): Relation[] {
  const out: Relation[] = [];
  if (isQuestion(t)) return out;
  const sentence = ctx.a.sentences[t.index]!;
  const text = ctx.a.doc.text;
  for (let w = 0; w < t.length; w++) {
    // by lemma, or by the word as written: a participle read as an adjective ("biased") keeps its form
    const byLemma = index.get(t.lemma(w));
    const byForm = t.lower(w) !== t.lemma(w) ? index.get(t.lower(w)) : undefined;
    const rules = byForm ? [...(byLemma ?? []), ...byForm.filter((r) => !byLemma?.includes(r))] : byLemma;
    if (!rules) continue;
    const assertions: Partial<Record<'clause' | 'own' | 'intent' | 'plan', ReturnType<typeof assertionOf>>> = {};
    for (const rule of rules) {
      const trig = rule.trigger;
      if (trig.upos && !trig.upos.includes(t.words[w]!.upos)) continue;
      if (trig.particles || trig.notParticles) {
        const particles = t.particles(w);
        if (trig.particles && !particles.some((p) => trig.particles!.has(p))) continue;
        if (trig.notParticles && particles.some((p) => trig.notParticles!.has(p))) continue;
      }
      if (trig.child && !t.children[w]!.some((c) => trig.child!.rels.includes(t.rel(c)) && trig.child!.lemmas.has(t.lemma(c)))) continue;
      const holds = (c: CompiledCondition) =>
        c.reach(t, w).some((alt) => alt.some((k) => (!c.lemmas || hasLemma(c.lemmas, t, k)) && (!c.upos || c.upos.includes(t.words[k]!.upos))));
      if (!rule.compiledRequires.every(holds) || rule.compiledUnless.some(holds)) continue;
      // arguments: each a list of alternatives (coordinated entities), or a phrase
      const entityArgs: Array<[string, Resolved[]]> = [];
      const phrases: Record<string, string | undefined> = {};
      let ok = true;
      let fromContext: number | undefined;
      for (const spec of rule.compiledArgs) {
        let alternatives = spec.reach(t, w);
        if (spec.lemmas) alternatives = alternatives.map((alt) => alt.filter((k) => hasLemma(spec.lemmas!, t, k)));
        if (spec.phrase) {
          const reached = firstReached(alternatives);
          phrases[spec.name] = reached.length ? phraseOf(t, reached[0]!, spec.phrase, text) : undefined;
          if (!phrases[spec.name] && !spec.optional) ok = false;
          continue;
        }
        // an entity: the first alternative that reaches one of an allowed type
        // (a role's target is never its holder: "The head of Mexico's mission, Roberto Canseco," where the parser
        // hung the name on "mission" reaches him through it, and the next alternative gives Mexico)
        const sources =
          spec.name === 'target' && rule.predicate === 'holds_role'
            ? new Set((entityArgs.find(([name]) => name === 'source')?.[1] ?? []).map((r) => r.key))
            : undefined;
        let resolved: Resolved[] = [];
        for (const alt of alternatives) {
          const words = spec.noConjuncts ? alt : alt.flatMap((k) => t.conjuncts(k));
          resolved = words
            .map((k) => resolveWord(t, k, ctx.scope))
            .flatMap((r) => (r ? [r, ...(spec.noConjuncts ? [] : (r.others ?? []))] : []))
            .map((r) => asParty(spec, r))
            .filter((r) => allowed(spec, r) && !sources?.has(r.key));
          if (resolved.length) break;
        }
        if (
          !resolved.length &&
          !alternatives.some((alt) => alt.some((k) => t.mentionOf[k] || t.isNominal(k))) &&
          spec.fallback === 'context-country' &&
          ctx.contextCountry
        ) {
          const context = ctx.contextCountry(t.index, w);
          if (context) {
            resolved.push({ key: context.country, type: 'Country', word: -1, via: 'context' });
            fromContext = context.confidence;
          }
        }
        if (!resolved.length && spec.fallback === 'counterparty') {
          const sources = new Set((entityArgs.find(([name]) => name === 'source')?.[1] ?? []).map((r) => stateOf(r, ctx.facts)));
          const other = counterparty(t, w, ctx.scope, sources, ctx.facts);
          if (other) {
            resolved.push(other);
            fromContext = COUNTERPARTY_CONFIDENCE;
          }
        }
        if (!resolved.length && !spec.optional) ok = false;
        entityArgs.push([spec.name, resolved]);
      }
      // (the later pass also keeps what a pronoun gave, which the first pass, before pronouns, could not read:
      // "His spokesman, Dmitry Peskov,")
      const fromPronoun = () => entityArgs.some(([, rs]) => rs.some((r) => r.word >= 0 && t.mentionOf[r.word]?.kind === 'pronoun'));
      if (!ok || (ctx.onlyFromContext && fromContext === undefined && !fromPronoun())) continue;
      const factuality = rule.factuality ?? 'clause';
      assertions[factuality] ??= assertionOf(t, w, factuality === 'own');
      const assertion = assertions[factuality];
      // an intention is an event put in the future: "would hold talks", "will meet"; a plan may be either
      const future = assertion.status === 'unasserted' && FUTURE_AUXILIARIES.has((assertion.cue ?? '').toLowerCase());
      if (
        factuality === 'intent'
          ? !future
          : assertion.status === 'unasserted' && !(factuality === 'plan' && (future || SCHEDULED_WORDS.has((assertion.cue ?? '').toLowerCase())))
      )
        continue;
      // an intention is read past its "would" too: "would not hold talks" is negated, "denied it would" says none
      const intended = factuality === 'intent' ? assertionOf(t, w, false, true) : undefined;
      if (intended?.status === 'unasserted') continue;
      const negated = (intended ?? assertion).status === 'negated';
      const evidence = {
        doc: ctx.a.doc.id,
        start: sentence.start,
        end: sentence.end,
        text: text.slice(sentence.start, sentence.end),
        trigger: [t.words[w]!.start, t.words[w]!.end] as [number, number],
      };
      for (const args of combinations(entityArgs))
        for (const built of rule.builder.build({ args, phrases, facts: ctx.facts }))
          out.push({
            ...built,
            attributes: { ...rule.attributes, ...built.attributes },
            ruleId: fromContext === undefined ? rule.id : `${rule.id}${FROM_CONTEXT}`,
            confidence: fromContext === undefined ? rule.confidence : Math.min(rule.confidence, fromContext),
            evidence,
            ...(negated ? { negated: true } : {}),
          });
    }
  }
  return out;
}

/** How far to trust a host read from the sentence around a recall rather than from its own words. */
const COUNTERPARTY_CONFIDENCE = 0.6;

/** Relations that keep a word within its phrase: "Swedish" of "the Swedish news agency", "Chile and Peru". */
const WITHIN_PHRASE = new Set(['conj', 'flat', 'appos', 'amod', 'compound', 'nmod:poss']);

/** Whether word k acts in its sentence: the subject of a clause or agent, or a word of one ("the Swedish news agency"). */
function acts(t: TreeSentence, k: number): boolean {
  for (let j = k, steps = 0; j >= 0 && steps < 5; j = t.head(j), steps++) {
    const rel = t.rel(j);
    if (rel === 'nsubj' || rel === 'nsubj:pass' || rel === 'obl:agent') return true;
    if (!WITHIN_PHRASE.has(rel)) return false;
  }
  return false;
}

/** Whether a demonym qualifies an organisation's name, which speaks for itself ("the Swedish news agency TT"). */
function qualifiesAnOrganization(t: TreeSentence, k: number): boolean {
  for (let j = k, steps = 0; steps < 4 && WITHIN_PHRASE.has(t.rel(j)) && t.head(j) >= 0; steps++) {
    j = t.head(j);
    if (t.mentionOf[j]?.type === 'Organization') return true;
  }
  return false;
}

/**
 * The other party of an event whose sentence leaves it unsaid: the one country named in the sentence that acts
 * in none of its clauses and is none of the sources; else the same in the sentence before; else, in a story
 * about two countries, the other one ("Paris said it took note of the decision and recalled its ambassador" in a
 * story about France and Mali). Undefined when there are none or several.
 */
function counterparty(t: TreeSentence, w: number, scope: ResolveScope, sources: ReadonlySet<string | undefined>, facts: RoleFacts): Resolved | undefined {
  const candidates = (tree: TreeSentence) => {
    const found = new Map<string, Resolved>();
    for (let k = 0; k < tree.length; k++) {
      const m = tree.mentionOf[k];
      if (!m || (k > 0 && tree.mentionOf[k - 1] === m)) continue;
      const r = resolveWord(tree, k, scope);
      const country = r && (r.type === 'Country' || m.kind === 'demonym') ? stateOf(r, facts) : undefined;
      if (!country || sources.has(country) || acts(tree, k) || (m.kind === 'demonym' && qualifiesAnOrganization(tree, k))) continue;
      found.set(country, { key: country, type: 'Country', word: -1, via: 'context' });
    }
    return [...found.values()];
  };
  const here = candidates(t);
  if (here.length) return here.length === 1 ? here[0] : undefined;
  const before = t.index > 0 ? scope.trees[t.index - 1] : undefined;
  const there = before ? candidates(before) : [];
  if (there.length) return there.length === 1 ? there[0] : undefined;
  // (not for an event told of in general: "recalling an envoy would be a measure of last resort")
  if (t.kids(w, 'obj').some((o) => t.kids(o, 'det').some((d) => INDEFINITE_ARTICLES.has(t.lower(d))))) return undefined;
  const story = scope.storyCounterparty?.(sources);
  return story ? { key: story, type: 'Country', word: -1, via: 'context' } : undefined;
}

const INDEFINITE_ARTICLES = new Set(['a', 'an', 'any']);

/** Every choice of one value per argument (an empty list stands for "absent"). */
function combinations(entityArgs: Array<[string, Resolved[]]>): Array<Record<string, Resolved | undefined>> {
  let out: Array<Record<string, Resolved | undefined>> = [{}];
  for (const [name, values] of entityArgs) {
    const options = values.length ? values : [undefined];
    out = out.flatMap((partial) => options.map((v) => ({ ...partial, [name]: v })));
  }
  return out;
}
