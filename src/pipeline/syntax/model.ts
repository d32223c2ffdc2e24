// The syntax model and its file: gzip of a magic line, a JSON header (feature version, tag and label sets,
// weight scales, training facts, the treebank's credit), then the three weight tables (tagger, parser actions,
// arc labels) as delta-coded feature hashes and int16 weights column by column, then the lexicon (ambiguity
// classes, fixed tags, clusters) and the learnt lemma exceptions.
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { UserError } from '../../errors.js';
import { Lexicon, TagSet, UPOS, UPOS_INDEX, type LexiconData, type Upos } from './lexical.js';
import { lemmatize } from './lemma.js';
import { sparseRows, WeightTable } from './perceptron.js';
import type { ParserModels } from './parser.js';
import type { Tagger } from './tagger.js';

const MAGIC = 'newsgraph-syntax-1\n';

/**
 * Bump when a feature template, the word splitting or a word-level value changes: a model trained before then
 * refuses to load, with a message to retrain.
 */
export const SYNTAX_FEATURE_VERSION = 2;

export const TREEBANK_CREDIT = 'Universal Dependencies English Web Treebank (UD_English-EWT), CC BY-SA 4.0';

export interface SyntaxHeader {
  featureVersion: number;
  upos: string[];
  /** the tagger's fine tags, "UPOS|XPOS" */
  tags: string[];
  labels: string[];
  /** int16 × scale = weight, per table */
  scales: { tagger: number; tagger2: number; actions: number; labels: number };
  credit: string;
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
  /** the tagger's first and second passes */
  tagger: EncodedTable;
  tagger2: EncodedTable;
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
    this.tagSet = new TagSet(header.tags);
    const rootLabel = header.labels.indexOf('root');
    this.parser = { actions, labels, labelNames: header.labels, rootLabel, tagUpos: this.tagSet.upos };
  }

  /** form → its lemma under each universal tag, filled as met */
  private readonly lemmaCache = new Map<string, Array<string | undefined>>();

  /** The lemma of a word with its tag, cached: a corpus repeats most of its words. */
  lemma(form: string, upos: Upos): string {
    let byTag = this.lemmaCache.get(form);
    if (byTag === undefined) {
      if (this.lemmaCache.size >= 200_000) this.lemmaCache.clear();
      byTag = new Array<string | undefined>(UPOS.length);
      this.lemmaCache.set(form, byTag);
    }
    const t = UPOS_INDEX.get(upos)!;
    return (byTag[t] ??= lemmatize(form, upos, this.lemmas));
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
  u8(values: Uint8Array): void {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(values.length);
    this.parts.push(len, Buffer.from(values.buffer, values.byteOffset, values.length));
  }
  /** int16 values, low bytes then high bytes: the high bytes of small weights are mostly 0 or 255 and compress well */
  i16(values: Int16Array): void {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(values.length);
    const b = Buffer.alloc(values.length * 2);
    for (let i = 0; i < values.length; i++) {
      b[i] = values[i]! & 255;
      b[values.length + i] = (values[i]! >> 8) & 255;
    }
    this.parts.push(len, b);
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
  keys(): Int32Array {
    const d = this.u32();
    const out = new Int32Array(d.length);
    let prev = 0;
    for (let i = 0; i < d.length; i++) {
      prev = (prev + d[i]!) | 0;
      out[i] = prev;
    }
    return out;
  }
  private count(): number {
    this.need(4);
    const n = this.raw.readUInt32LE(this.at);
    this.at += 4;
    return n;
  }
  u8(): Uint8Array {
    const n = this.count();
    this.need(n);
    const out = Uint8Array.from(this.raw.subarray(this.at, this.at + n));
    this.at += n;
    return out;
  }
  i16(): Int16Array {
    const n = this.count();
    this.need(n * 2);
    const out = new Int16Array(n);
    const raw = this.raw;
    const at = this.at;
    for (let i = 0; i < n; i++) out[i] = (raw[at + n + i]! << 24) >> 16 | raw[at + i]!;
    this.at += n * 2;
    return out;
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
    featureVersion: SYNTAX_FEATURE_VERSION,
    upos: [...UPOS],
    scales: { tagger: parts.tagger.scale, tagger2: parts.tagger2.scale, actions: parts.actions.scale, labels: parts.labels.scale },
    credit: TREEBANK_CREDIT,
  };
  const w = new Writer();
  w.text(JSON.stringify(header));
  const classes = [header.tags.length, 4, header.labels.length, header.tags.length];
  [parts.tagger, parts.actions, parts.labels, parts.tagger2].forEach((t, i) => {
    const rows = sparseRows(classes[i]!, t.keys, t.values);
    w.keys(rows.keys);
    w.u8(rows.counts);
    w.u8(rows.classIds);
    w.i16(rows.weights);
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
    raw = gunzipSync(file);
  } catch {
    throw new UserError(`syntax: ${name} is not a gzip model file; retrain it with npm run train:syntax`);
  }
  if (raw.subarray(0, MAGIC.length).toString() !== MAGIC) throw new UserError(`syntax: ${name} is not a newsgraph syntax model; retrain it with npm run train:syntax`);
  const r = new Reader(raw.subarray(MAGIC.length), name);
  const header = JSON.parse(r.text()) as SyntaxHeader;
  if (header.featureVersion !== SYNTAX_FEATURE_VERSION || header.upos.join() !== UPOS.join())
    throw new UserError(`syntax: ${name} was trained for features v${header.featureVersion}, the code has v${SYNTAX_FEATURE_VERSION}; retrain it with npm run train:syntax`);
  const classes = [header.tags.length, 4, header.labels.length, header.tags.length];
  const scales = [header.scales.tagger, header.scales.actions, header.scales.labels, header.scales.tagger2];
  const tables = classes.map((c, i) => {
    const keys = r.keys();
    const counts = r.u8();
    const classIds = r.u8();
    const weights = r.i16();
    if (counts.length !== keys.length || classIds.length !== weights.length) throw new UserError(`syntax: ${name} is damaged; retrain it with npm run train:syntax`);
    return new WeightTable(c, { keys, counts, classIds, weights }, scales[i]!);
  });
  const maps = [0, 1, 2].map(() => {
    const keys = r.keys();
    const values = r.u32();
    return new Map(Array.from(keys, (k, i) => [k >>> 0, values[i]!]));
  });
  const rest = JSON.parse(r.text()) as { lemmas: Array<[string, string]> };
  const lexicon: LexiconData = { ambiguity: maps[0]!, fixed: maps[1]!, clusters: maps[2]! };
  return new SyntaxModel(header, { first: tables[0]!, second: tables[3]! }, tables[1]!, tables[2]!, lexicon, new Map(rest.lemmas));
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
