// Node labels without collisions (viewer/src/labels.ts): the boxes a label takes and the space that refuses a
// second label where one is drawn already. The browser test checks the drawn labels of a crowded graph.
import { describe, expect, it } from 'vitest';
import { labelBox, LabelSpace } from '../../viewer/src/labels.js';

describe('label boxes', () => {
  it('sit to the right of the node, as sigma draws labels, or to its left', () => {
    const node = { x: 100, y: 50, size: 5 };
    const right = labelBox(node, 13, 60);
    expect(right.x1).toBeGreaterThan(node.x + node.size);
    expect(right.x2 - right.x1).toBeGreaterThan(60);
    const left = labelBox(node, 13, 60, 'left');
    expect(left.x2).toBeLessThan(node.x - node.size);
    expect(right.y1).toBeLessThan(node.y);
    expect(right.y2).toBeGreaterThan(node.y);
  });

  it('a label is refused where it would overlap one already placed, and placed where it would not', () => {
    const space = new LabelSpace();
    expect(space.place(labelBox({ x: 0, y: 0, size: 4 }, 13, 80))).toBe(true);
    // the next node's name starts inside the first one's
    expect(space.place(labelBox({ x: 40, y: 3, size: 4 }, 13, 80))).toBe(false);
    // a line below, or further right, is free
    expect(space.place(labelBox({ x: 40, y: 20, size: 4 }, 13, 80))).toBe(true);
    expect(space.place(labelBox({ x: 200, y: 0, size: 4 }, 13, 80))).toBe(true);
    // and to the left of a node whose right side is taken
    expect(space.place(labelBox({ x: 150, y: 0, size: 4 }, 13, 10, 'left'))).toBe(true);
    expect(space.place(labelBox({ x: 150, y: 0, size: 4 }, 13, 60, 'right'))).toBe(false);
  });
});
