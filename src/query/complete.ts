// Tab completion for the shell: command words first, then entity names (labels), predicates and flags.
import { PREDICATE_NAMES } from '../graph/schema.js';
import type { NewsGraph } from '../store/graph-file.js';
import { COMMANDS } from './commands.js';
import { graphIndex } from './graph-index.js';
import { normalizeName } from './text.js';

const MATCH_WORDS = ['MATCH', 'WHERE', 'RETURN', 'DISTINCT', 'ORDER BY', 'LIMIT', 'SKIP', 'AND', 'OR', 'NOT', 'CONTAINS', 'AS', 'DESC', 'count(*)'];
const FLAGS = ['--predicate', '--depth', '--limit', '--since', '--until'];

/**
 * Completions for the end of `line`, and the part of the line they replace (as node:readline's completer
 * returns them). Names complete over several words: "show vlad" → "Vladimir Putin".
 */
export function complete(graph: NewsGraph | undefined, line: string, limit = 50): [string[], string] {
  const firstSpace = line.search(/\s/);
  if (firstSpace < 0) {
    const word = line.toLowerCase();
    return [
      COMMANDS.map((c) => c.name)
        .filter((c) => c.startsWith(word))
        .map((c) => `${c} `),
      line,
    ];
  }
  const command = line.slice(0, firstSpace).toLowerCase();
  const lastWord = /\S*$/.exec(line)![0];
  if (command === 'help') return [COMMANDS.map((c) => c.name).filter((c) => c.startsWith(lastWord.toLowerCase())), lastWord];
  if (command === 'match') {
    const upper = lastWord.toUpperCase();
    const inType = /[:|]([\w]*)$/.exec(lastWord);
    if (inType) {
      const prefix = inType[1]!;
      const pool = [...(graph ? graphIndex(graph).byType.keys() : []), ...PREDICATE_NAMES];
      return [
        [...new Set(pool)]
          .filter((p) => p.startsWith(prefix))
          .sort()
          .map((p) => lastWord.slice(0, lastWord.length - prefix.length) + p),
        lastWord,
      ];
    }
    return [MATCH_WORDS.filter((w) => upper && w.startsWith(upper)), lastWord];
  }
  if (lastWord.startsWith('--')) return [FLAGS.filter((f) => f.startsWith(lastWord)), lastWord];
  const previous = /(\S+)\s+\S*$/.exec(line)?.[1];
  if (previous === '--predicate') return [PREDICATE_NAMES.filter((p) => p.startsWith(lastWord)), lastWord];
  if (command === 'why' && lastWord && PREDICATE_NAMES.some((p) => p.startsWith(lastWord))) {
    return [PREDICATE_NAMES.filter((p) => p.startsWith(lastWord)), lastWord];
  }
  if (!graph) return [[], lastWord];
  // the longest tail of the arguments that begins some entity's label
  const args = line.slice(firstSpace).replace(/^\s+/, '');
  const starts = [0, ...[...args.matchAll(/\s+/g)].map((m) => m.index! + m[0].length)];
  const { labels, labelNorms } = graphIndex(graph);
  for (const start of starts) {
    const replaced = args.slice(start);
    const typed = replaced.replace(/^"/, '');
    const norm = normalizeName(typed);
    if (!norm) continue;
    const found: string[] = [];
    for (let i = 0; i < labels.length && found.length < limit; i++) {
      if (labelNorms[i]!.startsWith(norm) || labels[i]!.toLowerCase().startsWith(typed.toLowerCase())) found.push(labels[i]!);
    }
    // node:readline replaces what was typed by the completions' common prefix
    if (found.length) return [found.map((l) => (replaced.startsWith('"') ? `"${l}` : l)), replaced];
  }
  // no label begins so: a word of a label or an alias that does ("alv" → "José Álvarez")
  const { names } = graphIndex(graph);
  for (const start of starts) {
    const replaced = args.slice(start);
    const norm = normalizeName(replaced.replace(/^"/, ''));
    if (!norm) continue;
    const found = new Set<string>();
    for (const e of names) {
      if (e.norm.startsWith(norm) || e.norm.includes(` ${norm}`)) found.add(graph.getNodeAttribute(e.key, 'label') ?? e.key);
      if (found.size >= limit) break;
    }
    if (found.size === 1) return [[...found], replaced];
    // several: keep what was typed as the first choice so that readline lists them instead of replacing it
    if (found.size > 1) return [[replaced, ...[...found].sort((a, b) => a.localeCompare(b))], replaced];
  }
  return [[], lastWord];
}
