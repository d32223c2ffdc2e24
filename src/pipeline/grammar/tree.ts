// A parsed sentence as the relation rules read it: each word's children by relation, the case marker of a
// phrase, the logical subject and object of a predicate (through passives, control, coordination and relative
// clauses), the conjuncts of a phrase, and the mentions that cover each word. Pure functions of one sentence.
import type { ParsedSentence, ParsedWord } from '../syntax/index.js';
import type { Mention } from '../types.js';
import { BARE_DAY_WORDS, RELATIVE_PRONOUNS, CONDITION_WORDS, SUBORDINATORS_AS_PREPOSITIONS } from '../../lexicon/function-words.js';
import { DOCUMENT_NOUNS, OBJECT_CONTROL_VERBS, REPORT_VERBS } from '../../lexicon/triggers.js';
import { MILITARY_RANKS } from '../../lexicon/roles.js';

/** Adverbs saying when an office was held, before the office in an apposition ("Sigmar Gabriel, then Germany's foreign minister,"). */
const TIME_OF_OFFICE = new Set(['then', 'now', 'formerly', 'previously', 'once', 'later']);

export class TreeSentence {
  readonly words: readonly ParsedWord[];
  /** children of each word, in order */
  readonly children: number[][];
  /** the outermost mention covering each word, if any */
  readonly mentionOf: (Mention | undefined)[];

  constructor(
    readonly index: number,
    parsed: ParsedSentence,
    mentions: readonly Mention[],
  ) {
    this.words = parsed.words;
    this.children = parsed.words.map(() => []);
    parsed.words.forEach((w, i) => {
      if (w.head >= 0) this.children[w.head]!.push(i);
    });
    this.mentionOf = parsed.words.map(() => undefined);
    // longer mentions first, so a word keeps the outermost mention that covers it
    const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const m of sorted)
      parsed.words.forEach((w, i) => {
        if (!this.mentionOf[i] && w.start >= m.start && w.end <= m.end) this.mentionOf[i] = m;
      });
  }

  get length(): number {
    return this.words.length;
  }

  lemma(i: number): string {
    return this.words[i]!.lemma.toLowerCase();
  }

  lower(i: number): string {
    return this.words[i]!.form.toLowerCase();
  }

  rel(i: number): string {
    return this.words[i]!.deprel;
  }

  head(i: number): number {
    return this.words[i]!.head;
  }

  /** children of i whose relation is one of rels ("obl" matches "obl" and "obl:tmod"; "obl:agent" only itself) */
  kids(i: number, ...rels: string[]): number[] {
    return this.children[i]!.filter((c) => matchesRel(this.rel(c), rels));
  }

  /** the lemma of the case marker of a nominal ("to" of "to Iran"), or of the marker of a clause ("of" of "of launching") */
  caseOf(i: number): string | undefined {
    const marker = this.children[i]!.find((c) => this.rel(c) === 'case' || this.rel(c) === 'mark');
    return marker === undefined ? undefined : this.lemma(marker);
  }

  /** a passive clause, or a passive participle with its agent ("the ceasefire signed by Lebed and Maskhadov") */
  isPassive(i: number): boolean {
    if (this.isPresentParticiple(i)) return false;
    const kids = this.children[i]!;
    if (kids.some((c) => this.rel(c) === 'nsubj:pass' || this.rel(c) === 'aux:pass')) return true;
    // (an "agent" beside a subject is the parser's slip: "spoke by telephone to …")
    return this.rel(i) === 'acl' && kids.some((c) => this.rel(c) === 'obl:agent') && !kids.some((c) => this.rel(c).startsWith('nsubj'));
  }

  /**
   * A verb in "-ing", which is never passive: "Eritrea was training the rebels", whose subject the labeller may
   * still call passive ("was" read as a passive auxiliary).
   */
  isPresentParticiple(i: number): boolean {
    return this.words[i]!.upos === 'VERB' && this.lower(i).endsWith('ing') && this.lemma(i) !== this.lower(i);
  }

  /** A verb in a tense of its own ("said", "denies"), not a gerund or an infinitive. */
  isFiniteVerb(i: number): boolean {
    return this.words[i]!.upos === 'VERB' && this.lower(i) !== this.lemma(i) && !this.lower(i).endsWith('ing');
  }

  /**
   * i and the words coordinated with it ("Chile and Peru": both; "Chile, Peru and Bolivia": all three). A single
   * name after a comma with no conjunction is more often a parser's slip than a list ("accusing Netanyahu of
   * stupidity, Arafat launched …"); a longer list is a list even when the parser lost its "and".
   */
  conjuncts(i: number): number[] {
    const list: number[] = [];
    for (let k = -1; k < list.length; k++)
      for (const c of this.kids(k < 0 ? i : list[k]!, 'conj'))
        if (this.isNominal(c) === this.isNominal(i) && !(this.isNominal(c) && this.startsClause(c))) list.push(c);
    const joined = list.length > 1 || list.some((c) => this.kids(c, 'cc').length);
    return joined ? [i, ...list] : [i];
  }

  isNominal(i: number): boolean {
    const u = this.words[i]!.upos;
    return u === 'NOUN' || u === 'PROPN' || u === 'PRON' || u === 'NUM' || u === 'X' || u === 'SYM';
  }

  isVerbal(i: number): boolean {
    const u = this.words[i]!.upos;
    return u === 'VERB' || u === 'AUX' || (u === 'ADJ' && this.kids(i, 'cop').length > 0);
  }

  /** the noun a relative clause on i modifies, when i heads one ("the envoy, who was called home") */
  relativeAntecedent(i: number): number | undefined {
    let c = i;
    // "which severed ties and expelled …": the second verb is in the clause too
    while (this.rel(c) === 'conj' && this.head(c) >= 0) c = this.head(c);
    return this.rel(c) === 'acl:relcl' || this.rel(c) === 'advcl:relcl' ? this.head(c) : undefined;
  }

  /** a relative pronoun stands for the noun its clause modifies */
  private throughRelative(word: number, clause: number): number {
    if (!RELATIVE_PRONOUNS.has(this.lower(word))) return word;
    const antecedent = this.relativeAntecedent(clause);
    // ", which" right after a name inside the noun phrase the parser gave the clause is about that name: "a pawn of
    // the United States, which it accused of meddling" (the United States, not the pawn)
    if (antecedent !== undefined && this.lower(word) === 'which') {
      const before = this.nounBeforeComma(word);
      if (before !== undefined && before !== antecedent && this.mentionOf[before]?.kind === 'name' && this.insideNounPhrase(before, antecedent)) return before;
    }
    return antecedent ?? this.nounBeforeComma(word) ?? word;
  }

  /** Whether word k hangs on noun n through modifiers of nouns only ("the United States" in "a pawn of the United States"). */
  private insideNounPhrase(k: number, n: number): boolean {
    for (let depth = 0; depth < 6 && k >= 0; depth++) {
      if (!['nmod', 'nmod:poss', 'flat', 'compound', 'conj', 'appos'].includes(this.rel(k))) return false;
      k = this.head(k);
      if (k === n) return true;
    }
    return false;
  }

  /**
   * The noun set off before ", who": where the parser took the relative clause for the main one ("Di Maio, who
   * leads the 5-Star Movement, crossed into France"), the antecedent the words still show.
   */
  private nounBeforeComma(word: number): number | undefined {
    if (word < 2 || this.lower(word - 1) !== ',') return undefined;
    let k = word - 2;
    while (k > 0 && this.rel(k) === 'flat') k = this.head(k);
    return this.isNominal(k) && this.words[k]!.upos !== 'PRON' ? k : undefined;
  }

  /**
   * The logical subject of predicate i: its subject, or the "by" agent of a passive; failing those, the one it
   * shares: the controller of a "to" complement ("Oslo decided to recall": Oslo; "urged Oslo to recall": Oslo),
   * the subject of the verb it is coordinated with, the noun a relative clause modifies, or the subject of the
   * clause a participle hangs on ("hit back, accusing Japan of …").
   */
  agent(i: number, depth = 0): number | undefined {
    if (depth > 6) return undefined;
    const passive = this.isPassive(i);
    // of two subjects (a parse gone wrong: "Karachi's ethnic Mohajir National Movement accuses …"), the nearer
    const subject = this.kids(i, passive ? 'obl:agent' : 'nsubj', passive ? '' : 'csubj', this.isPresentParticiple(i) ? 'nsubj:pass' : '').at(-1);
    if (subject !== undefined) return this.throughRelative(subject, i);
    if (passive) {
      const by = this.kids(i, 'obl').find((c) => this.caseOf(c) === 'by');
      return by;
    }
    return this.inheritedSubject(i, depth) ?? this.subjectBefore(i) ?? this.openingParticipleSubject(i);
    // (the root itself, when the parser found no subject: "On Friday, Britain and Canada recalled their envoys")
  }

  /**
   * A verb with an object but no subject the tree can give (a clause the parser hung on a noun: "after the US
   * president branded him a killer"): the noun right before it, past adverbs and auxiliaries, is its subject.
   */
  private subjectBefore(i: number): number | undefined {
    // (or a clause it reports: "On Monday, spokesman Hossein Ansari said …", "Monday" taking the name as apposition)
    if (!this.kids(i, 'obj', 'iobj', 'ccomp').length || !['acl', 'advcl', 'conj', 'dep', 'parataxis', 'xcomp', 'root'].includes(this.rel(i))) return undefined;
    let k = i - 1;
    // past adverbs, auxiliaries and a bare day ("Bob Dole Wednesday accused …")
    while (k >= 0 && (['ADV', 'AUX', 'PART'].includes(this.words[k]!.upos) || (BARE_DAY_WORDS.has(this.lower(k)) && !this.mentionOf[k]))) k--;
    // past a comment set off by commas: "Norway, which recalled its envoy in May, has now expelled …"
    if (k > 0 && this.lower(k) === ',') {
      let j = k - 1;
      while (j > 0 && this.lower(j) !== ',') j--;
      if (j > 0 && ['which', 'who'].includes(this.lower(j + 1))) k = j - 1;
    }
    // a name inside a name's words stands for its first word; the last of a coordination for the first
    while (k > 0 && this.rel(k) === 'flat') k = this.head(k);
    // (the verb's own dependent only when "after"/"before" was taken for its preposition: "after Tehran expelled …")
    if (k < 0) return undefined;
    const misread = this.head(k) === i && this.rel(k) === 'obl' && SUBORDINATORS_AS_PREPOSITIONS.has(this.caseOf(k) ?? '');
    if (!this.isNominal(k) || (this.head(k) === i && !misread) || this.words[k]!.upos === 'PRON') return undefined;
    // a noun in an "of" phrase stands for the noun it qualifies ("a critic of President Samper accused …")
    while (this.rel(k) === 'nmod' && this.caseOf(k) === 'of' && this.head(k) >= 0 && this.head(k) < k && this.head(k) !== i) k = this.head(k);
    while (this.rel(k) === 'conj' && this.head(k) >= 0 && this.head(k) < k && this.kids(k, 'cc').length && !['obj', 'iobj'].includes(this.rel(this.head(k))))
      k = this.head(k);
    return k;
  }

  /**
   * A participle opening the sentence ("Accusing Netanyahu of stupidity, Arafat launched …"), which a parser of
   * web text may take for the main verb: its subject is the main clause's, the name right after the comma that
   * closes the participle's phrase, when a verb follows that name.
   */
  private openingParticipleSubject(i: number): number | undefined {
    if (this.rel(i) !== 'root' || !/ing$/.test(this.lower(i)) || this.words.slice(0, i).some((w) => w.upos !== 'PUNCT')) return undefined;
    const comma = this.words.findIndex((w, k) => k > i && w.form === ',');
    const m = comma > 0 ? this.mentionOf[comma + 1] : undefined;
    if (m?.kind !== 'name' || this.words[comma + 1]!.start !== m.start) return undefined;
    let next = comma + 1;
    while (next < this.length && this.mentionOf[next] === m) next++;
    while (next < this.length && ['ADV', 'AUX'].includes(this.words[next]!.upos)) next++;
    return next < this.length && this.words[next]!.upos === 'VERB' ? comma + 1 : undefined;
  }

  /** a name the parser coordinated with an object that really starts the next clause: "criticized Hungary and Poland recalled …" */
  private startsClause(c: number): boolean {
    let end = c;
    while (end + 1 < this.length && this.head(end + 1) === c && this.rel(end + 1) === 'flat') end++;
    const next = end + 1;
    return (
      next < this.length &&
      this.words[next]!.upos === 'VERB' &&
      !this.kids(next, 'nsubj', 'nsubj:pass').length &&
      this.rel(next) !== 'acl' &&
      this.subjectBefore(next) === c
    );
  }

  /** who issued a text ("resolution", "statement"): a name as its possessor or before it, or its possessive pronoun */
  private issuerOf(document: number): number | undefined {
    if (!DOCUMENT_NOUNS.has(this.lemma(document))) return undefined;
    const owner = this.possessorOf(document);
    const named = [owner, ...this.kids(document, 'compound')].find((k) => k !== undefined && this.mentionOf[k]);
    return named ?? (owner !== undefined && this.words[owner]!.upos === 'PRON' ? owner : undefined);
  }

  /** the subject a predicate without one of its own takes from the clause around it */
  private inheritedSubject(i: number, depth: number): number | undefined {
    const rel = this.rel(i);
    const h = this.head(i);
    if (h < 0) return undefined;
    // a complement without "to" right after a name ("Germany criticized Hungary and Poland recalled its envoy") is
    // more likely a clause the parser joined wrongly: the name before it is its subject
    // (not the verb's own object when that names no one: "posted videos accusing Morocco of torture" is the poster's)
    if (rel === 'xcomp' && !this.kids(i, 'mark').length) {
      const before = this.subjectBefore(i);
      if (before !== undefined && !(this.head(before) === h && this.rel(before) === 'obj' && !this.mentionOf[before])) return before;
    }
    if (rel === 'xcomp' || (rel === 'advcl' && this.caseOf(i) === 'to')) {
      if (OBJECT_CONTROL_VERBS.has(this.lemma(h))) {
        const obj = this.kids(h, 'obj', 'iobj')[0];
        if (obj !== undefined) return obj;
      }
      // raising through a passive: "Biden is scheduled to travel", "Iran was said to have armed …"
      const raised = this.isPassive(h) ? this.kids(h, 'nsubj:pass')[0] : undefined;
      return raised !== undefined ? this.throughRelative(raised, h) : this.agent(h, depth + 1);
    }
    // coordinated verbs share a subject; where the parser hung the second on a word of the first clause that is no
    // verb ("called the storming unacceptable and accused …"), the subject of the sentence's main verb before it
    if (rel === 'conj') {
      const shared = this.agent(h, depth + 1);
      if (shared !== undefined || ['VERB', 'AUX'].includes(this.words[h]!.upos)) return shared;
      const root = this.words.findIndex((_, k) => this.head(k) < 0);
      return root >= 0 && root < i && root !== h ? this.agent(root, depth + 1) : undefined;
    }
    if (rel === 'acl:relcl' || rel === 'advcl:relcl') return h;
    // an adverbial clause without a subject of its own shares its clause's: "…, accusing Japan of", "after
    // speaking by telephone to Ischinger"; a participle or infinitive on a noun, the noun's possessor ("Norway's
    // decision to recall")
    // (unless a name stands right before it: "after the United States and Russia signed a pact", the parser having
    // read "after" as a preposition)
    if (rel === 'advcl' && !this.kids(i, 'mark').some((m) => CONDITION_WORDS.has(this.lemma(m)))) {
      // the name before it, unless that is the main clause's own object ("adopted a resolution denouncing Belarus")
      const before = this.subjectBefore(i);
      const ownObject =
        before !== undefined && this.head(before) === h && !(this.rel(before) === 'obl' && SUBORDINATORS_AS_PREPOSITIONS.has(this.caseOf(before) ?? ''));
      if (before !== undefined && !ownObject) return before;
      // (a text the main clause acts on speaks for whoever issued it: "sponsored the Security Council resolution
      // threatening a ban")
      const issuer = before !== undefined ? this.issuerOf(before) : undefined;
      return issuer ?? this.agent(h, depth + 1);
    }
    // a verb hung on an apposition is the named one's: "Antony Blinken, the US secretary of state, flew to Kyiv"
    if (rel === 'acl' && this.rel(h) === 'appos' && this.kids(i, 'obl', 'obj').length && this.mentionOf[this.head(h)]?.type === 'Person') return this.head(h);
    if (rel === 'acl' && this.isNominal(h) && !this.kids(i, 'mark').some((m) => m !== undefined && this.lemma(m) !== 'to')) {
      if (!DOCUMENT_NOUNS.has(this.lemma(h))) return this.possessorOf(h);
      // a text says what it says for whoever issued it: "last week's Security Council resolution threatening a
      // ban", "the League adopted a resolution denouncing Wallstrom's remarks"
      return this.issuerOf(h) ?? (this.rel(h) === 'obj' ? this.agent(this.head(h), depth + 1) : undefined);
    }
    return undefined;
  }

  /** the logical object of predicate i: its object, or the subject of a passive (through a relative pronoun) */
  patient(i: number): number | undefined {
    const passive = this.isPassive(i);
    const object = this.kids(i, passive ? 'nsubj:pass' : 'obj')[0];
    if (object !== undefined) return this.throughRelative(object, i);
    // a titled name the parser took for a bare oblique ("summoned Canada's High Commissioner Cameron MacKay")
    const named = passive ? undefined : this.kids(i, 'obl').find((c) => c > i && this.mentionOf[c]?.type === 'Person' && !this.kids(c, 'case').length);
    if (named !== undefined) return named;
    // a passive participle modifying its noun: "the ambassador recalled from Tehran"
    if (this.rel(i) === 'acl' && this.words[i]!.upos === 'VERB') return this.head(i);
    if (passive || this.rel(i) === 'acl:relcl') {
      const antecedent = this.relativeAntecedent(i);
      if (antecedent !== undefined && passive) return antecedent;
      // a relative clause with a subject of its own and no object is about its noun: "a diplomat it accused of
      // espionage", "the sanctions Washington imposed"
      const subject = this.kids(i, 'nsubj')[0];
      if (antecedent !== undefined && subject !== undefined && !RELATIVE_PRONOUNS.has(this.lower(subject)) && !this.kids(i, 'ccomp', 'xcomp').length)
        return antecedent;
    }
    return undefined;
  }

  /** the possessor of a noun: "Norway's" of "Norway's recall", "its" of "its envoy" */
  possessorOf(i: number): number | undefined {
    return this.kids(i, 'nmod:poss')[0];
  }

  /** obliques and nominal modifiers of i whose case marker is one of preps ("to Iran" of "envoy to Iran") */
  withCase(i: number, preps: ReadonlySet<string> | readonly string[], rels: readonly string[] = ['obl', 'nmod', 'advcl', 'acl']): number[] {
    const set = preps instanceof Set ? preps : new Set(preps as readonly string[]);
    return this.children[i]!.filter((c) => matchesRel(this.rel(c), rels) && set.has(this.caseOf(c) ?? ''));
  }

  /** the particle or adverb of a phrasal verb: "back" of "called back", "home" of "ordered … home" */
  particles(i: number): string[] {
    return this.children[i]!.filter(
      (c) =>
        (['compound:prt', 'advmod', 'xcomp', 'obl:unmarked', 'obj'].includes(this.rel(c)) && this.kids(c, 'case').length === 0) ||
        // "called its diplomats in Tehran home": "home" read as a noun the place before it hangs on
        (this.rel(c) === 'obl' && this.lower(c) === 'home' && this.kids(c, 'compound').length > 0),
    ).map((c) => this.lemma(c));
  }

  /**
   * The verb reporting the clause of i, when i stands in reported speech: going up through the clauses that
   * embed it, the head of a clausal complement or parenthetical whose lemma is one of `verbs` ("Egypt says the
   * Sudanese government helped …", "\"…,\" he said").
   */
  reporterOf(i: number, verbs: ReadonlySet<string>): number | undefined {
    let c = i;
    for (let steps = 0; steps < 5 && this.head(c) >= 0; steps++) {
      const rel = this.rel(c);
      const h = this.head(c);
      if ((rel === 'ccomp' || rel === 'parataxis') && verbs.has(this.lemma(h))) return h;
      // "…, he said" hangs the reporting verb on the reported clause
      const said = this.kids(c, 'parataxis').find((p) => verbs.has(this.lemma(p)) && p > i);
      if (said !== undefined && c === i) return said;
      if (!['ccomp', 'advcl', 'xcomp', 'conj', 'acl:relcl'].includes(rel)) return undefined;
      c = h;
    }
    return undefined;
  }

  /** the words of i's clause without its subject: what is said of the subject */
  predicateWords(i: number): number[] {
    // (nor a clause coordinated with it that has a subject of its own: "was shelling the city and tanks had advanced")
    const ownClauses = this.kids(i, 'conj').filter((c) => this.isVerbal(c) && this.kids(c, 'nsubj', 'nsubj:pass', 'csubj').length);
    const skip = new Set([...this.kids(i, 'nsubj', 'nsubj:pass', 'csubj', 'mark', 'punct'), ...ownClauses].flatMap((s) => this.subtree(s)));
    const words = this.subtree(i).filter((w) => !skip.has(w));
    // (and the conjunction before such a clause)
    while (words.length > 1 && ['cc', 'punct'].includes(this.rel(words[words.length - 1]!))) words.pop();
    return words;
  }

  /** the heads of what i's own clause says: i, its objects and obliques and its predicate complement, not the clauses below it */
  predicateHeads(i: number): number[] {
    // and of the verbs coordinated with it: "thrived on tension and had used the incident as a pretext"
    const verbs = [i, ...this.kids(i, 'conj').filter((c) => this.isVerbal(c))];
    return verbs.flatMap((v) => [v, ...this.kids(v, 'obj', 'obl', 'xcomp', 'iobj').filter((c) => this.isNominal(c))]);
  }

  /** phrases below i, outside its subject and object, whose case marker or subordinator is one of markers, in word order */
  markedDescendants(i: number, markers: ReadonlySet<string>): number[] {
    const out: number[] = [];
    const walk = (w: number) => {
      for (const c of this.children[w]!) {
        const rel = this.rel(c);
        if (w === i && (rel.startsWith('nsubj') || rel === 'obj' || rel === 'csubj')) continue;
        if (rel === 'case' || rel === 'mark' || rel === 'punct') continue;
        const marker = this.caseOf(c);
        if (marker !== undefined && markers.has(marker)) out.push(c);
        else walk(c);
      }
    };
    walk(i);
    return out.sort((a, b) => a - b);
  }

  /**
   * the word starting the name mention that follows title word i, directly or past the rest of the title:
   * "Minister Ali Fallahiyan", "Secretary of State Antony Blinken", "Minister for Foreign Affairs Penny Wong"
   */
  nameAfter(i: number): number | undefined {
    let next = i + 1;
    // past the rest of a title written in capitals ("Secretary of State"), never past lower-case words ("a member
    // of Samper's party"); adjectives only in a portfolio after "of" or "for" ("Minister of Foreign Affairs"), so
    // that "Deputy" in "Deputy Prime Minister Numan Kurtulmus" is not the name's title
    let ofPhrase = false;
    const titleWord = (k: number) => {
      const lower = this.lower(k);
      if (lower === 'of' || lower === 'for') {
        ofPhrase = true;
        return true;
      }
      if (lower === 'the') return ofPhrase;
      const tags = ofPhrase ? ['PROPN', 'NOUN', 'ADJ'] : ['PROPN', 'NOUN'];
      return tags.includes(this.words[k]!.upos) && /^\p{Lu}/u.test(this.words[k]!.form);
    };
    if (/^\p{Lu}/u.test(this.words[i]!.form)) while (next < this.length && next - i <= 4 && this.mentionOf[next]?.type !== 'Person' && titleWord(next)) next++;
    // past a rank between any title and the name ("government spokesman Colonel Abdoulaye Maiga")
    while (next < this.length && next - i <= 5 && !this.mentionOf[next] && /^\p{Lu}/u.test(this.words[next]!.form) && MILITARY_RANKS.has(this.lower(next)))
      next++;
    const m = this.mentionOf[next];
    if (m?.kind !== 'name' || this.words[next]!.start !== m.start || this.mentionOf[i] === m) return undefined;
    return next;
  }

  /** a hyphen written inside a word ("Secretary-General"), which the word splitter made a word of its own */
  isGluedHyphen(k: number): boolean {
    const w = this.words[k];
    return !!w && w.form === '-' && k > 0 && k + 1 < this.length && this.words[k - 1]!.end === w.start && this.words[k + 1]!.start === w.end;
  }

  /**
   * Walking left from a title's head word over the words of a title (nouns, adjectives, "'s"), the first word
   * of a name: "EU" in "EU Farm Commissioner", "Iran" in "Iran's intelligence minister". Stops at anything else.
   */
  titleQualifier(i: number): number | undefined {
    for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
      const m = this.mentionOf[k];
      if (m) return m.kind === 'pronoun' ? undefined : k;
      const u = this.words[k]!.upos;
      if (this.lower(k) === "'s" || this.lower(k) === '’s') continue;
      // a hyphen inside the title: "UN Secretary-General"
      if (this.isGluedHyphen(k)) continue;
      // "its former president": the state the possessive stands for
      if (this.lower(k) === 'its' || this.lower(k) === 'their') return k;
      // (and what describes the holder: "Kenya's long-serving ambassador", "its newly appointed envoy")
      const describes = (u === 'VERB' && this.rel(k) === 'amod') || (u === 'ADV' && this.head(k) > k && this.head(k) < i);
      if (u !== 'NOUN' && u !== 'PROPN' && u !== 'ADJ' && !describes) return undefined;
    }
    return undefined;
  }

  /**
   * The name set off by commas beside a noun phrase, read on the surface because a parser of web text often
   * hangs it on the wrong noun: after it ("Iran's deputy representative to the United Nations, Majid Takht
   * Ravanchi,") or before it ("Gyaicain Norbu, chairman of the Tibetan government,"). Returns its first word.
   */
  appositiveName(i: number, side: 'after' | 'before'): number | undefined {
    const phrase = (k: number) => this.mentionOf[k]?.type !== 'Person' && ['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART'].includes(this.words[k]!.upos);
    if (side === 'after') {
      let k = i + 1;
      while (k < this.length && this.lower(k) !== ',' && phrase(k) && k - i <= 12) k++;
      if (k + 1 >= this.length || this.lower(k) !== ',') return undefined;
      // past a title written before the name: "the army commander in the region, General Vyacheslav Tikhomirov,"
      // (then only an apposition closed by a comma: "its ambassador to Iran on Thursday, Foreign Minister Anders Lund
      // said" is the minister speaking)
      const comma = k;
      while (
        k + 2 < this.length &&
        k - i <= 15 &&
        !this.mentionOf[k + 1] &&
        /^\p{Lu}\p{Ll}/u.test(this.words[k + 1]!.form) &&
        ['NOUN', 'PROPN', 'ADJ'].includes(this.words[k + 1]!.upos)
      )
        k++;
      const m = this.mentionOf[k + 1];
      if (m?.type !== 'Person' || m.kind !== 'name' || this.words[k + 1]!.start !== m.start) return undefined;
      // the name ends the apposition: a comma, the end, or a verb follows it
      let end = k + 1;
      while (end + 1 < this.length && this.mentionOf[end + 1] === m) end++;
      const after = end + 1 < this.length ? this.words[end + 1]! : undefined;
      if (k !== comma) return after?.form === ',' ? k + 1 : undefined;
      return !after || after.form === ',' || after.upos === 'VERB' || after.upos === 'AUX' || after.upos === 'PUNCT' ? k + 1 : undefined;
    }
    // back over the noun's modifiers: "the", "Germany's foreign", "then Germany's", "a former Swedish"
    let k = i - 1;
    const modifier = (j: number) =>
      this.mentionOf[j]
        ? this.mentionOf[j]!.type !== 'Person' && this.mentionOf[j]!.kind !== 'pronoun'
        : ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(this.words[j]!.upos) || ["'s", '’s'].includes(this.lower(j)) || TIME_OF_OFFICE.has(this.lower(j));
    while (k >= 0 && i - k <= 6 && modifier(k)) k--;
    if (k < 1 || this.lower(k) !== ',') return undefined;
    // a phrase a verb of saying follows is the speaker: "under then-President Juan Perez, Bolivia's foreign minister said"
    if (i + 1 < this.length && REPORT_VERBS.has(this.lemma(i + 1)) && this.words[i + 1]!.upos === 'VERB') return undefined;
    const m = this.mentionOf[k - 1];
    if (m?.type !== 'Person' || m.kind !== 'name') return undefined;
    let first = k - 1;
    while (first > 0 && this.mentionOf[first - 1] === m) first--;
    return first;
  }

  /** word indices of i's subtree, in order */
  subtree(i: number): number[] {
    const out: number[] = [];
    const walk = (w: number) => {
      out.push(w);
      for (const c of this.children[w]!) walk(c);
    };
    walk(i);
    return out.sort((a, b) => a - b);
  }
}

function matchesRel(rel: string, rels: readonly string[]): boolean {
  for (const r of rels) {
    if (!r) continue;
    if (r === rel) return true;
    // a bare relation matches its subtypes, except those that change who is who
    if (!r.includes(':') && rel.startsWith(`${r}:`) && rel !== 'nsubj:pass' && rel !== 'obl:agent' && rel !== 'nmod:poss' && rel !== 'csubj:pass') return true;
  }
  return false;
}
