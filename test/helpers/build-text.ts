import { createHash } from 'node:crypto';
import { build } from '../../src/index.js';
import { defaultRecognizers } from '../../src/pipeline/recognizers.js';

/** Builds the graph of one or more texts. */
export function graphOf(...texts: string[]) {
  const documents = texts.map((text, i) => ({
    id: `doc-${i + 1}.txt`,
    path: `doc-${i + 1}.txt`,
    title: '',
    text,
    sha256: createHash('sha256').update(text).digest('hex'),
  }));
  return build(documents, { recognizers: defaultRecognizers(), layout: false }).graph;
}

/** Builds the graph of one or more texts and lists its edges as "Source|predicate|Target" strings. */
export function edgesOf(...texts: string[]) {
  const graph = graphOf(...texts);
  return graph.mapEdges((key, a, _source, _target, sa, ta) => ({
    key,
    triple: `${sa.label}|${a.predicate}|${ta.label}`,
    negated: !!a.negated,
    attributes: a,
    graph,
  }));
}

/** Ties read from names and data (an organisation's country, a city's), not facts a sentence asserts. */
export const TIE_PREDICATES = new Set(['part_of', 'located_in']);

/** The asserted, not negated facts of the texts as "Source|predicate|Target" strings (ties left out). */
export const triplesOf = (...texts: string[]) =>
  edgesOf(...texts)
    .filter((e) => !e.negated && !TIE_PREDICATES.has(e.attributes.predicate))
    .map((e) => e.triple);
