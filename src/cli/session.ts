// What both front ends share: the loaded graph and the commands that touch files (load, export). Each line
// runs through the query engine; an ambiguous name is settled by a `choose` callback (the shell's picker)
// when there is one.
import { UserError } from '../errors.js';
import {
  AmbiguousEntityError,
  commandInfo,
  normalizeName,
  parseCommandLine,
  QueryError,
  runQuery,
  warmIndex,
  type EntityCandidate,
  type QueryResult,
} from '../query/index.js';
import { EXPORT_FORMATS, exportToPath, isExportFormat } from '../export/index.js';
import { createGraph, graphFileOf, readGraphFile, type NewsGraph } from '../store/graph-file.js';

export type Chooser = (text: string, candidates: EntityCandidate[]) => Promise<string | undefined>;

export type Outcome = { kind: 'result'; result: QueryResult } | { kind: 'message'; text: string } | { kind: 'exit' } | { kind: 'cancelled' };

export class Session {
  graph: NewsGraph | undefined;
  graphPath: string | undefined;
  /** why there is no graph, when there is none */
  private loadError: string | undefined;

  /** Loads a graph file; on failure the previous graph stays loaded and the UserError is thrown. */
  /** @param warm build the query indexes of each loaded graph soon after loading it (the interactive shell) */
  constructor(private readonly warm = false) {}

  /** Loads a graph file, or the graph.json of a directory. */
  load(path: string): NewsGraph {
    try {
      const file = graphFileOf(path);
      this.graph = readGraphFile(file);
      if (this.warm) {
        const graph = this.graph;
        setImmediate(() => warmIndex(graph));
      }
      this.graphPath = file;
      this.loadError = undefined;
      return this.graph;
    } catch (e) {
      if (!this.graph && e instanceof UserError) this.loadError = e.message;
      throw e;
    }
  }

  private requireGraph(): NewsGraph {
    if (this.graph) return this.graph;
    throw new QueryError(`no graph loaded${this.loadError ? ` (${this.loadError})` : ''}: use load FILE`);
  }

  async execute(line: string, choose?: Chooser): Promise<Outcome> {
    const cmd = parseCommandLine(line.replace(/;\s*$/, ''));
    if (!cmd.name) return { kind: 'message', text: '' };
    const info = commandInfo(cmd.name);
    if (info?.name === 'exit') return { kind: 'exit' };
    if (info?.name === 'load') {
      if (cmd.words.length !== 1) throw new QueryError('usage: load PATH (a graph.json, or the directory build --out wrote)');
      const graph = this.load(cmd.words[0]!.text);
      return { kind: 'message', text: `loaded ${this.graphPath}: ${graph.order} entities, ${graph.size} relations` };
    }
    if (info?.name === 'export') {
      if (cmd.words.length !== 2) throw new QueryError(`usage: export FORMAT FILE (formats: ${EXPORT_FORMATS.join(', ')})`);
      const [format, file] = [cmd.words[0]!.text.toLowerCase(), cmd.words[1]!.text];
      if (!isExportFormat(format)) throw new QueryError(`unknown export format "${format}": use one of ${EXPORT_FORMATS.join(', ')}`);
      const written = exportToPath(this.requireGraph(), format, file);
      return { kind: 'message', text: `wrote ${format} to ${written.join(', ')}` };
    }
    if (info?.name === 'help') return { kind: 'result', result: runQuery(this.graph ?? emptyGraph(), cmd.line) };
    const graph = this.requireGraph();
    const choices = new Map<string, string>();
    for (;;) {
      try {
        return { kind: 'result', result: runQuery(graph, cmd.line, { choices, graphName: this.graphPath }) };
      } catch (e) {
        if (!(e instanceof AmbiguousEntityError) || !choose) throw e;
        const key = await choose(e.text, e.candidates);
        if (key === undefined) return { kind: 'cancelled' };
        choices.set(normalizeName(e.text), key);
      }
    }
  }

  describe(): string {
    // the path as given: graph.json alone would not say which of several graphs this is
    return this.graph ? `${this.graphPath ?? ''}: ${this.graph.order} entities, ${this.graph.size} relations` : 'no graph loaded';
  }
}

// help needs no graph
let empty: NewsGraph | undefined;
const emptyGraph = (): NewsGraph => (empty ??= createGraph());
