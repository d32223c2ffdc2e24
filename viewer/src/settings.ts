// The viewer's thresholds and sizes in one place, with their defaults (as sigma keeps its own in settings.ts):
// when names, edge labels and arrowheads are drawn, and how large nodes and edges are, by the size of the graph.
// Colours are in styles.ts.

/** A value that depends on a count: the value of the first step whose `upTo` the count does not pass, else `beyond`. */
export interface Steps {
  steps: readonly { upTo: number; value: number }[];
  beyond: number;
}

export const stepValue = ({ steps, beyond }: Steps, count: number): number => steps.find((s) => count <= s.upTo)?.value ?? beyond;

export interface ViewerSettings {
  /** graphs up to this many entities show every edge label; larger ones once zoomed in past `edgeLabelsRatio` (camera ratio) */
  edgeLabelsAlways: number;
  edgeLabelsRatio: number;
  /** graphs with more relations than this are drawn with plain lines while seen whole (arrowheads would be sub-pixel
   * there, and cost a third more triangles); arrows come back once zoomed in past `arrowsRatio` */
  linesAbove: number;
  arrowsRatio: number;
  /** graphs with more relations than this draw only their nodes while the camera moves, so panning stays fluid */
  hideEdgesOnMoveAbove: number;
  /** label grid cells (pixels): one name per cell at most (at label density 1), more as the camera zooms in */
  labelGridCell: number;
  /** names offered per grid cell, by the number of entities: small graphs offer every name */
  labelDensity: Steps;
  /** the smallest node (pixels on screen) whose name is drawn, by the number of entities */
  labelRenderedSizeThreshold: Steps;
  /** pixels between a node's disc and its name (sigma's own), and of air kept around a name against collisions */
  labelGap: number;
  labelAir: number;
  /** font sizes (pixels) of names and of edge labels */
  labelSize: number;
  edgeLabelSize: number;
  /** sizes shrink as graphs grow, by the number of entities: thousands of large discs only cover each other (and cost fill time) */
  sizeScale: Steps;
  /** node size: `base + perSqrtDegree·√degree`, at most `max` (before the scale) */
  nodeSize: { base: number; perSqrtDegree: number; max: number };
  /** edge thickness: `base + perEvidence·sentences`, at most `max` (before the scale) */
  edgeSize: { base: number; perEvidence: number; max: number };
  /** the camera ratio a selected node is shown at (or closer), and how long the camera takes (ms) */
  focusRatio: number;
  focusDuration: number;
  resetDuration: number;
  /** how many entities the search box lists */
  searchResults: number;
}

export const DEFAULT_VIEWER_SETTINGS: Readonly<ViewerSettings> = {
  edgeLabelsAlways: 500,
  edgeLabelsRatio: 0.5,
  linesAbove: 20_000,
  arrowsRatio: 0.5,
  hideEdgesOnMoveAbove: 20_000,
  labelGridCell: 120,
  labelDensity: {
    steps: [
      { upTo: 500, value: 3 },
      { upTo: 5_000, value: 2 },
    ],
    beyond: 1,
  },
  labelRenderedSizeThreshold: { steps: [{ upTo: 500, value: 0 }], beyond: 6 },
  labelGap: 3,
  labelAir: 2,
  labelSize: 13,
  edgeLabelSize: 11,
  sizeScale: {
    steps: [
      { upTo: 300, value: 1 },
      { upTo: 2_000, value: 0.7 },
      { upTo: 10_000, value: 0.55 },
    ],
    beyond: 0.4,
  },
  nodeSize: { base: 3, perSqrtDegree: 2, max: 24 },
  edgeSize: { base: 0.5, perEvidence: 0.5, max: 3 },
  focusRatio: 0.35,
  focusDuration: 400,
  resetDuration: 300,
  searchResults: 12,
};
