// Test helpers: independent readers of the exports and a plain comparable form of a graph.
// The readers know the formats' documented conventions (list syntax, CSV headers, vocabulary), never the
// writers' code.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Parser, type Quad } from 'n3';
import { graphFromExport, type NewsGraph } from '../../src/store/graph-file.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const GEXF_RNG = fileURLToPath(new URL('../../../shared/spec/gexf-1.3/gexf.rng', import.meta.url));
export const SEED_GRAPH = `${ROOT}graph/graph.json`;

export const loadFixture = (name: string): NewsGraph => graphFromExport(JSON.parse(readFileSync(`${ROOT}test/fixtures/${name}`, 'utf8')), name);

/** Fixtures to run every format on: the two fixtures and, once it exists, the seed graph. */
export function graphsUnderTest(): [string, NewsGraph][] {
  const graphs: [string, NewsGraph][] = [
    ['export-small.json', loadFixture('export-small.json')],
    ['export-hostile.json', loadFixture('export-hostile.json')],
    // dated: documents with dates and outlets, edges with firstSeen/lastSeen/date, evidence with event dates
    ['query-dated.json', loadFixture('query-dated.json')],
  ];
  if (existsSync(SEED_GRAPH)) graphs.push(['graph/graph.json', graphFromExport(JSON.parse(readFileSync(SEED_GRAPH, 'utf8')), SEED_GRAPH)]);
  return graphs;
}

// ---- comparable form ------------------------------------------------------------------------------------

export type Attrs = Record<string, unknown>;
export interface Plain {
  nodes: Record<string, Attrs>;
  edges: Record<string, { source: string; target: string; attributes: Attrs }>;
}

/** The graph as plain objects, with each attribute value passed through `value(name, v, kind)`. */
export function plain(graph: NewsGraph, value: (name: string, v: unknown, kind: 'node' | 'edge') => unknown = (_n, v) => v): Plain {
  const out: Plain = { nodes: {}, edges: {} };
  const map = (attributes: Attrs, kind: 'node' | 'edge') => {
    const result: Attrs = {};
    for (const [k, v] of Object.entries(attributes)) {
      if (v === undefined || v === null) continue;
      const mapped = value(k, v, kind);
      if (mapped !== undefined) result[k] = mapped;
    }
    return result;
  };
  graph.forEachNode((key, a) => {
    out.nodes[key] = map(a as unknown as Attrs, 'node');
  });
  graph.forEachEdge((key, a, source, target) => {
    out.edges[key] = { source, target, attributes: map(a as unknown as Attrs, 'edge') };
  });
  return out;
}

/** A graphology graph (as parsed by graphology-gexf/-graphml) in plain form. */
export function plainOf(graph: {
  forEachNode(callback: (key: string, a: Attrs) => void): void;
  forEachEdge(callback: (key: string, a: Attrs, source: string, target: string) => void): void;
}): Plain {
  const out: Plain = { nodes: {}, edges: {} };
  graph.forEachNode((key, a) => {
    out.nodes[key] = { ...a };
  });
  graph.forEachEdge((key, a, source, target) => {
    out.edges[key] = { source, target, attributes: { ...a } };
  });
  return out;
}

// ---- external tools ---------------------------------------------------------------------------------------

export function xmllintAvailable(): string | undefined {
  const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return r.error ? `xmllint not found (${(r.error as NodeJS.ErrnoException).code}): apt-get install -y libxml2-utils` : undefined;
}

export function relaxng(file: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_RNG, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: (r.stderr + r.stdout).slice(0, 2000) };
}

/** Why networkx cannot be used, or undefined when python3 has networkx ≥ 3.6 (the first to read GEXF 1.3). */
export function networkxUnavailable(): string | undefined {
  const r = spawnSync('python3', ['-c', 'import networkx; print(networkx.__version__)'], { encoding: 'utf8' });
  if (r.error) return `python3 not found (${(r.error as NodeJS.ErrnoException).code})`;
  if (r.status !== 0) return `python3 cannot import networkx: ${r.stderr.trim().split('\n').pop()}`;
  const [major, minor] = r.stdout.trim().split('.').map(Number);
  if (major! < 3 || (major === 3 && minor! < 6)) return `python3 has networkx ${r.stdout.trim()}, GEXF 1.3 needs ≥ 3.6`;
  return undefined;
}

export interface NetworkxSummary {
  nodes: number;
  edges: number;
  multigraph: boolean;
  directed: boolean;
  /** sorted "source|target|predicate" */
  triples: string[];
  labels: Record<string, string>;
}

const NETWORKX_SCRIPT = `
import json, sys, networkx as nx
path, kind = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path) if kind == 'gexf' else nx.read_graphml(path, force_multigraph=True)
triples = sorted(f"{u}|{v}|{d.get('predicate')}" for u, v, d in g.edges(data=True))
labels = {n: d.get('label') for n, d in g.nodes(data=True)}
print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'multigraph': g.is_multigraph(),
                  'directed': g.is_directed(), 'triples': triples, 'labels': labels}))
`;

export function readWithNetworkx(path: string, kind: 'gexf' | 'graphml'): NetworkxSummary {
  const r = spawnSync('python3', ['-c', NETWORKX_SCRIPT, path, kind], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`networkx could not read ${path}: ${r.stderr}`);
  return JSON.parse(r.stdout) as NetworkxSummary;
}

// ---- CSV (RFC 4180, as neo4j-admin reads it with --multiline-fields=true) --------------------------------

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = wasQuoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      wasQuoted = false;
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// ---- Cypher literals (the subset the script uses: strings, numbers, booleans, lists, maps) ---------------

export function parseCypherLiteral(src: string, start: number): { value: unknown; end: number } {
  let i = start;
  const ws = () => {
    while (/\s/.test(src[i] ?? '')) i++;
  };
  const value = (): unknown => {
    ws();
    const c = src[i];
    if (c === "'" || c === '"') {
      const q = c;
      let s = '';
      i++;
      while (src[i] !== q) {
        if (i >= src.length) throw new Error('unterminated string');
        if (src[i] === '\\') {
          const n = src[i + 1]!;
          const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', "'": "'", '"': '"', '\\': '\\' };
          if (n === 'u') {
            s += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
            i += 6;
          } else if (n in simple) {
            s += simple[n];
            i += 2;
          } else throw new Error(`bad escape \\${n}`);
        } else s += src[i++];
      }
      i++;
      return s;
    }
    if (c === '[') {
      i++;
      const list: unknown[] = [];
      ws();
      if (src[i] === ']') {
        i++;
        return list;
      }
      for (;;) {
        list.push(value());
        ws();
        if (src[i] === ',') i++;
        else if (src[i] === ']') {
          i++;
          return list;
        } else throw new Error(`expected , or ] at ${i}`);
      }
    }
    if (c === '{') {
      i++;
      const map: Record<string, unknown> = {};
      ws();
      if (src[i] === '}') {
        i++;
        return map;
      }
      for (;;) {
        ws();
        let key: string;
        if (src[i] === '`') {
          const end = src.indexOf('`', i + 1);
          key = src.slice(i + 1, end);
          i = end + 1;
          while (src[i] === '`') {
            const next = src.indexOf('`', i + 1);
            key += `\`${src.slice(i + 1, next)}`;
            i = next + 1;
          }
        } else {
          const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 200))!;
          key = m[0];
          i += key.length;
        }
        ws();
        if (src[i++] !== ':') throw new Error(`expected : at ${i}`);
        map[key] = value();
        ws();
        if (src[i] === ',') i++;
        else if (src[i] === '}') {
          i++;
          return map;
        } else throw new Error(`expected , or } at ${i}`);
      }
    }
    const m = /^(true|false|null|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)/.exec(src.slice(i, i + 64));
    if (!m) throw new Error(`unexpected ${src.slice(i, i + 20)}`);
    i += m[0].length;
    return m[0] === 'true' ? true : m[0] === 'false' ? false : m[0] === 'null' ? null : Number(m[0]);
  };
  const v = value();
  return { value: v, end: i };
}

export interface CypherStatement {
  rows: Record<string, unknown>[];
  /** the text after the UNWIND list */
  rest: string;
}

/** The UNWIND batches of an export script, with the clause that follows each list. */
export function readCypherScript(script: string): CypherStatement[] {
  const out: CypherStatement[] = [];
  let at = 0;
  for (;;) {
    const i = script.indexOf('UNWIND ', at);
    if (i < 0) return out;
    const { value, end } = parseCypherLiteral(script, i + 'UNWIND '.length);
    const stop = script.indexOf(';\n', end);
    out.push({ rows: value as Record<string, unknown>[], rest: script.slice(end, stop) });
    at = stop;
  }
}

// ---- Turtle through n3's parser ---------------------------------------------------------------------------

export const NG = 'https://newsgraph.example/vocab#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

export const parseTurtle = (text: string): Quad[] => new Parser({ format: 'text/turtle' }).parse(text);

function literalValue(q: Quad['object']): unknown {
  if (q.termType !== 'Literal') return q.value;
  const dt = q.datatype.value;
  if (dt === `${XSD}integer` || dt === `${XSD}double`) return Number(q.value);
  if (dt === `${XSD}boolean`) return q.value === 'true';
  if (dt === `${RDF}JSON`) return JSON.parse(q.value);
  return q.value;
}

/** Rebuilds nodes and edges from the Turtle export's vocabulary; list attributes come back as sorted sets. */
export function graphFromTurtle(quads: Quad[], listAttributes: Set<string>): Plain & { directTriples: Set<string> } {
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) {
    let l = bySubject.get(q.subject.value);
    if (!l) {
      l = [];
      bySubject.set(q.subject.value, l);
    }
    l.push(q);
  }
  const typesOf = (s: string) => new Set((bySubject.get(s) ?? []).filter((q) => q.predicate.value === `${RDF}type`).map((q) => q.object.value));
  const one = (s: string, p: string) => bySubject.get(s)?.find((q) => q.predicate.value === p)?.object;
  const entityKey = new Map<string, string>();
  const docId = new Map<string, string>();
  for (const [s] of bySubject) {
    const t = typesOf(s);
    if (t.has(`${NG}Entity`)) entityKey.set(s, one(s, `${NG}key`)!.value);
    if (t.has(`${NG}Document`)) docId.set(s, one(s, `${NG}id`)!.value);
  }
  const RENAMED: Record<string, string> = { alias: 'aliases', mentionedIn: 'docs' };
  const name = (p: string) => {
    const n = p === `${RDFS}label` ? 'label' : p.startsWith(NG) ? decodeURIComponent(p.slice(NG.length)) : p;
    return RENAMED[n] ?? n;
  };
  const object = (q: Quad): unknown =>
    q.object.termType === 'NamedNode' ? (entityKey.get(q.object.value) ?? docId.get(q.object.value) ?? q.object.value) : literalValue(q.object);
  // relations' direct triples (entity → entity) are not node attributes
  const collect = (s: string, skip: Set<string>, entityLinks: boolean) => {
    const a: Attrs = {};
    for (const q of bySubject.get(s)!) {
      const p = q.predicate.value;
      if (skip.has(p) || p.startsWith(RDF) || (!entityLinks && entityKey.has(q.object.value))) continue;
      const n = name(p);
      const v = object(q);
      if (listAttributes.has(n)) {
        a[n] ??= [];
        (a[n] as unknown[]).push(v);
      } else if (n in a) throw new Error(`${s} has two values for ${n}`);
      else a[n] = v;
    }
    for (const n of listAttributes) if (Array.isArray(a[n])) a[n] = [...new Set(a[n] as string[])].sort();
    return a;
  };
  const out = { nodes: {} as Plain['nodes'], edges: {} as Plain['edges'], directTriples: new Set<string>() };
  for (const [s, key] of entityKey) {
    out.nodes[key] = collect(s, new Set([`${NG}key`]), false);
  }
  for (const [s] of bySubject) {
    if (!typesOf(s).has(`${NG}Relation`)) continue;
    const a = collect(s, new Set([`${NG}key`, `${NG}evidence`]), true);
    const evidence = (bySubject.get(s) ?? [])
      .filter((q) => q.predicate.value === `${NG}evidence`)
      .map((q) => {
        const e: Attrs = {};
        for (const eq of bySubject.get(q.object.value)!) {
          if (eq.predicate.value.startsWith(RDF)) continue;
          const n = name(eq.predicate.value);
          e[n === 'document' ? 'doc' : n] = object(eq);
        }
        return e;
      })
      .sort((x, y) => (x.index as number) - (y.index as number))
      .map(({ index: _index, ...e }) => e);
    a.evidence = evidence;
    a.predicate ??= decodeURIComponent(one(s, `${RDF}predicate`)!.value.slice(NG.length));
    out.edges[one(s, `${NG}key`)!.value] = {
      source: entityKey.get(one(s, `${RDF}subject`)!.value)!,
      target: entityKey.get(one(s, `${RDF}object`)!.value)!,
      attributes: a,
    };
  }
  for (const q of quads)
    if (entityKey.has(q.subject.value) && q.object.termType === 'NamedNode' && entityKey.has(q.object.value))
      out.directTriples.add(`${entityKey.get(q.subject.value)}|${q.predicate.value.slice(NG.length)}|${entityKey.get(q.object.value)}`);
  return out;
}
