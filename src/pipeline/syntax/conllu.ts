// CoNLL-U (https://universaldependencies.org/format.html): the reader used to train and evaluate on Universal
// Dependencies treebanks, and the writer behind `newsgraph parse`. Hand-written because it is twenty lines and
// the npm readers either drop the comment lines (`# text`, `# newdoc`) or multiword-token ranges we need.

/** One syntactic word of a treebank sentence (ids are 1-based in the file, 0-based here). */
export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** index of the head word in the sentence, -1 for the root */
  head: number;
  deprel: string;
  misc: string;
}

/** A multiword token: one surface token ("don't") spelt as several words ("do", "n't"). */
export interface MultiwordToken {
  /** word indices, last inclusive */
  first: number;
  last: number;
  form: string;
  misc: string;
}

export interface ConlluSentence {
  /** comment lines as key → value (`# text = …` → text); a bare comment is kept under its own text */
  comments: Map<string, string>;
  words: ConlluWord[];
  multiwords: MultiwordToken[];
}

/** Reads every sentence of a CoNLL-U file; empty nodes (ids like 8.1, enhanced graphs only) are skipped. */
export function readConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { comments: new Map(), words: [], multiwords: [] };
  const flush = () => {
    if (current.words.length) sentences.push(current);
    current = { comments: new Map(), words: [], multiwords: [] };
  };
  for (const line of text.split('\n')) {
    const trimmed = line.replace(/\r$/, '');
    if (!trimmed.trim()) {
      flush();
      continue;
    }
    if (trimmed.startsWith('#')) {
      const body = trimmed.slice(1).trim();
      const eq = body.indexOf(' = ');
      if (eq >= 0) current.comments.set(body.slice(0, eq).trim(), body.slice(eq + 3));
      else if (body.endsWith(' =')) current.comments.set(body.slice(0, -2).trim(), '');
      else current.comments.set(body, '');
      continue;
    }
    const cols = trimmed.split('\t');
    if (cols.length !== 10) throw new Error(`conllu: a word line needs 10 tab-separated columns: ${JSON.stringify(trimmed.slice(0, 80))}`);
    const id = cols[0]!;
    if (id.includes('.')) continue;
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      current.multiwords.push({ first: Number(range[1]) - 1, last: Number(range[2]) - 1, form: cols[1]!, misc: cols[9]! });
      continue;
    }
    current.words.push({
      form: cols[1]!,
      lemma: cols[2]!,
      upos: cols[3]!,
      xpos: cols[4]!,
      feats: cols[5]!,
      head: cols[6] === '_' ? -1 : Number(cols[6]) - 1,
      deprel: cols[7]!,
      misc: cols[9]!,
    });
  }
  flush();
  return sentences;
}

const field = (value: string | undefined) => (value === undefined || value === '' ? '_' : value.replace(/[\t\n]/g, ' '));

/** Writes sentences as CoNLL-U: comments first (`sent_id`, `text`, …), then one line a word (and a range line before each multiword token). */
export function writeConllu(sentences: ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    for (const [key, value] of s.comments) out.push(value === '' ? `# ${key}` : `# ${key} = ${value}`);
    const rangeAt = new Map(s.multiwords.map((m) => [m.first, m]));
    s.words.forEach((w, i) => {
      const mwt = rangeAt.get(i);
      if (mwt) out.push([`${mwt.first + 1}-${mwt.last + 1}`, field(mwt.form), '_', '_', '_', '_', '_', '_', '_', field(mwt.misc)].join('\t'));
      out.push(
        [
          String(i + 1),
          field(w.form),
          field(w.lemma),
          field(w.upos),
          field(w.xpos),
          field(w.feats),
          String(w.head + 1),
          field(w.deprel),
          '_',
          field(w.misc),
        ].join('\t'),
      );
    });
    out.push('');
  }
  return out.join('\n') + (out.length ? '\n' : '');
}

/** What `fromParsedSentence` needs of a parsed word (ParsedWord has it). */
interface ParsedWordLike {
  form: string;
  start: number;
  end: number;
  token: number;
  fused?: boolean;
  upos: string;
  lemma: string;
  head: number;
  deprel: string;
}

/**
 * A parsed sentence as CoNLL-U: `# sent_id`, `# text` (the sentence's text with each run of white space as one
 * space, so it spells the tokens), words with `SpaceAfter=No` where the next word follows without a space and
 * `TokenRange=start:end` (character offsets in the document, as UDPipe writes them), and a multiword token for
 * the words of one fused surface token ("don't" → "do" "n't").
 */
export function fromParsedSentence(
  text: string,
  sentId: string,
  words: readonly ParsedWordLike[],
  extraComments: Array<[string, string]> = [],
): ConlluSentence {
  const comments = new Map<string, string>(extraComments);
  comments.set('sent_id', sentId);
  const first = words[0];
  const last = words[words.length - 1];
  comments.set('text', first && last ? text.slice(first.start, last.end).replace(/\s+/g, ' ') : '');
  const multiwords: MultiwordToken[] = [];
  const conllu: ConlluWord[] = words.map((w, i) => {
    const next = words[i + 1];
    const misc = [next && next.start === w.end && !(w.fused && next.fused && next.token === w.token) ? 'SpaceAfter=No' : '', `TokenRange=${w.start}:${w.end}`];
    if (w.fused && (i === 0 || !words[i - 1]!.fused || words[i - 1]!.token !== w.token)) {
      let j = i;
      while (j + 1 < words.length && words[j + 1]!.fused && words[j + 1]!.token === w.token) j++;
      const after = words[j + 1];
      multiwords.push({ first: i, last: j, form: text.slice(w.start, words[j]!.end), misc: after && after.start === words[j]!.end ? 'SpaceAfter=No' : '' });
    }
    // inside a multiword token SpaceAfter belongs on the range line
    const inside = w.fused && multiwords.length && i >= multiwords[multiwords.length - 1]!.first;
    return {
      form: w.form,
      lemma: w.lemma,
      upos: w.upos,
      xpos: '',
      feats: '',
      head: w.head,
      deprel: w.deprel,
      misc: misc.filter((m) => m && !(inside && m === 'SpaceAfter=No')).join('|'),
    };
  });
  return { comments, words: conllu, multiwords };
}
