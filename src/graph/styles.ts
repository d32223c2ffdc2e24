// How each entity type looks, wherever it is drawn: the viewer's discs and its legend (viewer/src/styles.ts), and
// the exports' colours (GEXF `viz:color`). One table, so a graph looks the same in the viewer and in Gephi.
import type { EntityType } from './schema.js';

export interface EntityTypeStyle {
  /** fill colour, `#rrggbb` */
  color: string;
}

/** Entity type → style (colours of d3's category10); types outside the table are drawn as OTHER_TYPE_STYLE. */
export const ENTITY_TYPE_STYLES: Readonly<Record<EntityType, EntityTypeStyle>> = {
  Person: { color: '#1f77b4' },
  Country: { color: '#d62728' },
  Organization: { color: '#2ca02c' },
  Location: { color: '#9467bd' },
  Charge: { color: '#ff7f0e' },
};
export const OTHER_TYPE_STYLE: EntityTypeStyle = { color: '#7f7f7f' };

export const styleOfType = (type: string): EntityTypeStyle => (ENTITY_TYPE_STYLES as Record<string, EntityTypeStyle>)[type] ?? OTHER_TYPE_STYLE;

export const colorOfType = (type: string): string => styleOfType(type).color;

/** A `#rrggbb` colour as its red, green and blue channels (0–255), as GEXF's `viz:color` writes them. */
export function rgbOf(color: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) throw new Error(`newsgraph: ${color} is not a #rrggbb colour`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}
