// How things look: one table from entity type to colour, one from predicate to edge colour (sigma's demo keeps
// domain data in attributes and style in tables like these). Entity types look the same in the exports: their
// table is src/graph/styles.ts.
import { ENTITY_TYPE_STYLES, OTHER_TYPE_STYLE } from '../../src/graph/styles.js';
export { colorOfType } from '../../src/graph/styles.js';

/** Entity type → colour, from the one table the exports use too (src/graph/styles.ts). */
export const TYPE_COLORS: Record<string, string> = Object.fromEntries(Object.entries(ENTITY_TYPE_STYLES).map(([type, style]) => [type, style.color]));
export const OTHER_TYPE_COLOR = OTHER_TYPE_STYLE.color;

const PREDICATE_COLORS: Record<string, string> = {
  holds_role: '#9bb3c9',
  accused_of: '#e8a35c',
  recalled_ambassador: '#d98c8c',
};
const EDGE_COLOR = '#b8b8b8';
const NEGATED_EDGE_COLOR = '#e3e3e3';

export function colorOfPredicate(predicate: string, negated = false): string {
  if (negated) return NEGATED_EDGE_COLOR;
  return PREDICATE_COLORS[predicate] ?? EDGE_COLOR;
}

/** Faded colours for what is outside a hovered node's neighbourhood. */
export const FADED_NODE_COLOR = '#e6e6e6';
export const FADED_EDGE_COLOR = '#f0f0f0';
export const HIGHLIGHT_EDGE_COLOR = '#555555';
