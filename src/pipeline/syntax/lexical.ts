// What the tagger and parser know of a word on its own: hashes of its form, lower case, shape and affixes, the
// tags the training data gave it (its ambiguity class), and its distributional cluster. Computed once per
// distinct form and cached on the lexicon, since a corpus repeats most of its words.
import { hashString } from '../../text/hash.js';
import { wordShape } from '../ner/features.js';
import type { Scorer } from './perceptron.js';

export const UPOS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X'] as const;
export type Upos = (typeof UPOS)[number];
export const UPOS_INDEX: ReadonlyMap<string, number> = new Map(UPOS.map((t, i) => [t, i]));

/**
 * The tagger's tags: the universal tags ("VERB"), or (a model trained with --fine-tags) universal tags refined by
 * the Penn Treebank tags the treebank gives beside them ("VERB|VBD", "VERB|VBN", "PRON|WP", "PUNCT|-LRB-"), so the
 * parser reads a verb's form, a noun's number or a wh-word from the tag. Fine tags are learnt from the training
 * data (training.ts: buildTagSet) and stored in the model.
 */
export class TagSet {
  /** fine tag → its universal tag (index into UPOS) */
  readonly upos: Uint8Array;
  private readonly index: ReadonlyMap<string, number>;
  /** per universal tag, its most frequent fine tag (the first listed): where a pair the set lacks falls */
  private readonly fallback: Int32Array;

  /** the universal tags alone, as a model without fine tags has them */
  static readonly universal = new TagSet(UPOS);

  constructor(readonly names: readonly string[]) {
    this.upos = Uint8Array.from(names, (n) => UPOS_INDEX.get(n.includes('|') ? n.slice(0, n.indexOf('|')) : n)!);
    this.index = new Map(names.map((n, i) => [n, i]));
    this.fallback = new Int32Array(UPOS.length).fill(-1);
    names.forEach((_, i) => {
      if (this.fallback[this.upos[i]!]! < 0) this.fallback[this.upos[i]!] = i;
    });
  }

  get size(): number {
    return this.names.length;
  }

  /** whether the tags refine the universal ones */
  get fine(): boolean {
    return this.names.length > UPOS.length;
  }

  /** the fine tag of a (UPOS, XPOS) pair; a pair the set lacks takes its universal tag's most frequent one */
  of(upos: string, xpos: string): number {
    return this.index.get(`${upos}|${xpos}`) ?? this.fallback[UPOS_INDEX.get(upos) ?? UPOS_INDEX.get('X')!]!;
  }
}

export interface WordInfo {
  lowerText: string;
  form: number;
  lower: number;
  shape: number;
  prefix: [number, number, number];
  suffix: [number, number, number, number];
  /** the set of tags the training data gave the lower-cased word (0: unseen): a bit mask of the universal tags, a hash of a set of fine tags */
  ambiguity: number;
  /** the (fine) tag of a frequent word that the training data always tags the same way, else -1 */
  fixedTag: number;
  /** distributional cluster id + 1 (0: no cluster), at a fine and a coarse granularity */
  cluster: number;
  coarseCluster: number;
  /** the tagger's scores of this word's own features, kept for the loaded model's two passes (tagger.ts) */
  tagScores: { model: Scorer; scores: Int32Array } | undefined;
  tagScores2: { model: Scorer; scores: Int32Array } | undefined;
  /** the word's lemma with each (fine) tag, by tag index, once asked for (SyntaxModel.lemma) */
  lemmas: Array<string | undefined> | undefined;
}

/** Word facts learnt in training and stored in the model. */
export interface LexiconData {
  /** lower-case word hash → its set of tags (a mask of universal tags, a hash of fine ones) */
  ambiguity: Map<number, number>;
  /** lower-case word hash → tag, for frequent unambiguous words */
  fixed: Map<number, number>;
  /** lower-case word hash → (coarse cluster << 16) | fine cluster */
  clusters: Map<number, number>;
}

const CACHE_LIMIT = 200_000;

export class Lexicon {
  private readonly cache = new Map<string, WordInfo>();

  constructor(readonly data: LexiconData) {}

  info(form: string): WordInfo {
    let w = this.cache.get(form);
    if (w) return w;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    const lowerText = form.toLowerCase();
    const n = lowerText.length;
    const lower = hashString(lowerText);
    const cluster = this.data.clusters.get(lower);
    w = {
      lowerText,
      form: hashString(form),
      lower,
      shape: hashString(wordShape(form)),
      prefix: [hashString(lowerText.slice(0, 1)), hashString(lowerText.slice(0, 2)), hashString(lowerText.slice(0, 3))],
      suffix: [
        hashString(lowerText.slice(n - 1)),
        hashString(lowerText.slice(Math.max(0, n - 2))),
        hashString(lowerText.slice(Math.max(0, n - 3))),
        hashString(lowerText.slice(Math.max(0, n - 4))),
      ],
      ambiguity: this.data.ambiguity.get(lower) ?? 0,
      fixedTag: this.data.fixed.get(lower) ?? -1,
      cluster: cluster === undefined ? 0 : (cluster & 0xffff) + 1,
      coarseCluster: cluster === undefined ? 0 : (cluster >>> 16) + 1,
      tagScores: undefined,
      tagScores2: undefined,
      lemmas: undefined,
    };
    this.cache.set(form, w);
    return w;
  }
}
