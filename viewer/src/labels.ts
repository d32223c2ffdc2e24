// Node labels that do not collide. Sigma chooses the candidates (its label grid: at most `labelDensity` labels
// per `labelGridCellSize` cell, the largest nodes first), but a long name still runs over the names of the
// next cells. So the drawer sigma calls only collects the candidates of a frame; once the frame is rendered
// they are drawn largest node first (the selected and hovered ones before all), each to the right of its node
// as sigma draws it, else to the left, and not at all when both places overlap a label already drawn.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { DEFAULT_VIEWER_SETTINGS } from './settings.js';

const { labelGap, labelAir } = DEFAULT_VIEWER_SETTINGS;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Boxes taken by the labels drawn so far in a frame; a label goes where it overlaps none of them. */
export class LabelSpace {
  private readonly boxes: Box[] = [];
  /** Takes `box` and returns true when it is free, else returns false. */
  place(box: Box): boolean {
    for (const b of this.boxes) if (box.x1 < b.x2 && b.x1 < box.x2 && box.y1 < b.y2 && b.y1 < box.y2) return false;
    this.boxes.push(box);
    return true;
  }
}

export type Side = 'right' | 'left';

/** Where a label of `width` pixels goes beside its node (right: where sigma draws it), with a little air. */
export function labelBox(data: { x: number; y: number; size: number }, labelSize: number, width: number, side: Side = 'right'): Box {
  const left = labelLeft(data, width, side);
  return { x1: left - labelAir, y1: data.y - labelSize * 0.75, x2: left + width + labelAir, y2: data.y + labelSize * 0.45 };
}

/** Where a label of `width` pixels starts, on either side of its node. */
const labelLeft = (data: { x: number; size: number }, width: number, side: Side) =>
  side === 'right' ? data.x + data.size + labelGap : data.x - data.size - labelGap - width;

type DrawLabel = NodeLabelDrawingFunction;
type LabelData = Parameters<DrawLabel>[1] & { key?: string; forceLabel?: boolean; highlighted?: boolean };

export interface CollisionFreeLabels {
  /** the drawer to give sigma as `defaultDrawNodeLabel` */
  draw: DrawLabel;
  /** draws the labels collected since the last flush (call after each render: sigma's `afterRender`) */
  flush(): void;
  /** the labels the last flush drew, with their boxes (for tests) */
  drawn(): { key: string; label: string; box: Box }[];
}

export function collisionFreeLabels(): CollisionFreeLabels {
  let pending: { context: CanvasRenderingContext2D; data: LabelData; settings: Parameters<DrawLabel>[2] }[] = [];
  let drawn: { key: string; label: string; box: Box }[] = [];
  const widths = new Map<string, number>();
  return {
    drawn: () => drawn,
    draw(context, data, settings) {
      if (data.label) pending.push({ context, data: data as LabelData, settings });
    },
    flush() {
      const frame = pending;
      pending = [];
      if (!frame.length) return;
      const rank = (d: LabelData) => (d.forceLabel || d.highlighted ? 1 : 0);
      frame.sort((a, b) => rank(b.data) - rank(a.data) || b.data.size - a.data.size || String(a.data.key ?? '').localeCompare(String(b.data.key ?? '')));
      const space = new LabelSpace();
      drawn = [];
      for (const { context, data, settings } of frame) {
        const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
        const cacheKey = `${font}\u0000${data.label}`;
        let width = widths.get(cacheKey);
        if (width === undefined) {
          context.font = font;
          width = context.measureText(data.label!).width;
          widths.set(cacheKey, width);
        }
        const boxes = { right: labelBox(data, settings.labelSize, width, 'right'), left: labelBox(data, settings.labelSize, width, 'left') };
        const side = (['right', 'left'] as const).find((side) => space.place(boxes[side]));
        if (!side) continue;
        drawn.push({ key: String(data.key ?? ''), label: data.label!, box: boxes[side] });
        // as sigma's drawDiscNodeLabel, on either side
        const color = settings.labelColor.attribute
          ? (data as Record<string, unknown>)[settings.labelColor.attribute] || settings.labelColor.color || '#000'
          : settings.labelColor.color;
        context.fillStyle = String(color);
        context.font = font;
        context.fillText(data.label!, labelLeft(data, width, side), data.y + settings.labelSize / 3);
      }
    },
  };
}
