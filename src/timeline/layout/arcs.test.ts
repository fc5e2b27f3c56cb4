import { describe, expect, it } from 'vitest';
import { lodParams, NO_KEPT } from './lod';
import fc from 'fast-check';
import {
  arcEdgeTag,
  arcMidpoint,
  arcPath,
  arcsFrom,
  ARC_STROKE,
  EDGE_TAG_INSET_PX,
  labelInside,
  openMarkObstacle,
  placeEdgeTags,
  spreadEdgeTags,
} from './arcs';
import { RELATION_TYPES } from '../../domain/schema';
import { DAY, T0, modelFrom } from './test-tracks';

describe('arcsFrom', () => {
  it('points at related events both ways, once each, at their drawn item', () => {
    const { model, events } = modelFrom([
      { day: 1, significance: 2 },
      { day: 20, significance: 1 },
      { day: 20, significance: 1 },
      { day: 50, significance: 1 },
    ]);
    const [a, b, , d] = events;
    a!.relations = [
      { type: 'responds-to', target: b!.id },
      { type: 'reaffirms', target: b!.id },
    ];
    d!.relations = [{ type: 'responds-to', target: a!.id }];
    const arcs = arcsFrom(a!, { events }, model, lodParams(DAY / 10), NO_KEPT);
    expect(arcs.map((x) => x.to)).toEqual([b!.id, d!.id]);
    // b is clustered with its same-day neighbour: the arc ends at the cluster.
    expect(arcs[0]!.endItem).toMatch(/^cluster-/);
    expect(arcs[0]!.end.t).toBe(T0 + 20 * DAY);
    expect(arcs[1]!.endItem).toBe(d!.id);
    expect(arcs.map((x) => x.toDate)).toEqual([b!.date, d!.date]);
    // Type and direction from the open event's side; a second relation to b is named on the arc.
    expect(arcs.map((x) => [x.type, x.direction, x.label])).toEqual([
      ['responds-to', 'out', 'Responds to; reaffirms'],
      ['responds-to', 'in', 'Responded to by'],
    ]);
  });

  it('draws nothing for an event that is not drawn', () => {
    const { model, events } = modelFrom([{ day: 1, significance: 2 }]);
    const other = { ...events[0]!, id: 'elsewhere' };
    expect(arcsFrom(other, { events }, model, lodParams(DAY), NO_KEPT)).toEqual([]);
  });
});

describe('arcPath', () => {
  it('bows upward more for longer arcs, up to 120 px', () => {
    expect(arcPath(0, 100, 40, 100)).toBe('M0,100 Q20,66 40,100');
    expect(arcPath(0, 100, 2000, 100)).toBe('M0,100 Q1000,-20 2000,100');
  });
});

describe('arcMidpoint', () => {
  it('is the middle of the curve arcPath draws', () => {
    expect(arcMidpoint(0, 100, 40, 100)).toEqual([20, 83]);
    expect(arcMidpoint(0, 100, 2000, 100)).toEqual([1000, 40]);
  });
});

/** The point of arcPath's curve (a quadratic Bézier) at parameter t, sampled. */
function curveAt(path: string, t: number): [number, number] {
  const [x1, y1, cx, cy, x2, y2] = path.match(/-?[\d.]+(?:e[-+]?\d+)?/g)!.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const u = 1 - t;
  return [u * u * x1 + 2 * u * t * cx + t * t * x2, u * u * y1 + 2 * u * t * cy + t * t * y2];
}

describe('arcEdgeTag', () => {
  it("sits where the curve leaves the plot, on the far end's side", () => {
    const width = 800;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: width, noNaN: true }),
        fc.double({ min: -5000, max: 6000, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        (x1, x2, y1, y2) => {
          const tag = arcEdgeTag(x1, y1, x2, y2, [0, width]);
          if (x2 >= 0 && x2 <= width) {
            expect(tag).toBeNull();
            return;
          }
          const side = x2 < 0 ? 'left' : 'right';
          expect(tag?.side).toBe(side);
          expect(tag!.x).toBe(side === 'left' ? EDGE_TAG_INSET_PX : width - EDGE_TAG_INSET_PX);
          // The curve crosses the edge at the tag's height plus its rise.
          const edge = side === 'left' ? 0 : width;
          const path = arcPath(x1, y1, x2, y2);
          const t = (edge - x1) / (x2 - x1);
          const [cx, cy] = curveAt(path, t);
          expect(cx).toBeCloseTo(edge, 6);
          expect(tag!.y).toBeCloseTo(cy, 6);
        },
      ),
    );
  });

  it('gives no tag for an arc whose far end is in the plot', () => {
    expect(arcEdgeTag(100, 50, 700, 80, [0, 800])).toBeNull();
    // The right of the plot under the details drawer: the tag is at the edge of what is in view.
    expect(arcEdgeTag(100, 50, 700, 80, [0, 500])).toMatchObject({
      side: 'right',
      x: 500 - EDGE_TAG_INSET_PX,
    });
  });
});

describe('spreadEdgeTags', () => {
  it('keeps tags a line apart, each at or below its arc, in the order given', () => {
    expect(spreadEdgeTags([-30, -32, 100], 13)).toEqual([-19, -32, 100]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -200, max: 600 }), { maxLength: 12 }), (ys) => {
        const out = spreadEdgeTags(ys, 13);
        expect(out).toHaveLength(ys.length);
        out.forEach((y, i) => expect(y).toBeGreaterThanOrEqual(ys[i]!));
        const sorted = [...out].sort((a, b) => a - b);
        for (let k = 1; k < sorted.length; k++) {
          expect(sorted[k]! - sorted[k - 1]!).toBeGreaterThanOrEqual(13 - 1e-9);
        }
      }),
    );
  });
});

describe('placeEdgeTags', () => {
  const tag = (side: 'left' | 'right', y: number, w = 90) => ({
    side,
    x: side === 'left' ? EDGE_TAG_INSET_PX : 600 - EDGE_TAG_INSET_PX,
    y,
    w,
  });

  it('stacks each side apart where both fit side by side, and all together where they do not', () => {
    const tags = [tag('left', 50), tag('right', 52), tag('left', 55)];
    // 600 px in view: the right tag keeps its height; the left ones are a line apart.
    expect(placeEdgeTags(tags, [0, 600], 16)).toEqual([
      { x: EDGE_TAG_INSET_PX, y: 42 },
      { x: 600 - EDGE_TAG_INSET_PX - 90, y: 44 },
      { x: EDGE_TAG_INSET_PX, y: 42 + 18 },
    ]);
    // 150 px in view: one column, in order of height.
    const narrow = placeEdgeTags(tags, [450, 600], 16).map((p) => p.y + 8);
    expect(narrow).toEqual([50, 50 + 18, 50 + 36]);
  });

  it("moves a tag that would cover the open event's mark to just below it", () => {
    // The open event at (560, 60), under where the right tag would go; the left tag is clear.
    const open = openMarkObstacle(560, 60);
    const placed = placeEdgeTags([tag('right', 58), tag('left', 58)], [0, 600], 16, [open]);
    expect(placed[0]).toEqual({ x: 600 - EDGE_TAG_INSET_PX - 90, y: open.y1 + 2 });
    expect(placed[1]).toEqual({ x: EDGE_TAG_INSET_PX, y: 50 });
  });

  it('never lets a tag cover another or the open mark, nor rise above its arc', () => {
    const arb = fc.record({
      tags: fc.array(
        fc.record({
          side: fc.constantFrom<'left' | 'right'>('left', 'right'),
          y: fc.integer({ min: -40, max: 400 }),
          w: fc.integer({ min: 40, max: 120 }),
        }),
        { maxLength: 8 },
      ),
      right: fc.integer({ min: 120, max: 900 }),
      mark: fc.record({ x: fc.integer({ min: 0, max: 900 }), y: fc.integer({ min: 0, max: 400 }) }),
    });
    fc.assert(
      fc.property(arb, ({ tags, right, mark }) => {
        const edges = tags.map((t) => ({
          ...t,
          x: t.side === 'left' ? EDGE_TAG_INSET_PX : right - EDGE_TAG_INSET_PX,
        }));
        const open = openMarkObstacle(mark.x, mark.y);
        const out = placeEdgeTags(edges, [0, right], 16, [open]);
        const boxes = out.map((p, i) => ({
          x0: p.x,
          y0: p.y,
          x1: p.x + edges[i]!.w,
          y1: p.y + 16,
        }));
        const meet = (a: (typeof boxes)[number], b: typeof open) =>
          a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        boxes.forEach((a, i) => {
          expect(meet(a, open)).toBe(false);
          expect(a.y0 + 8).toBeGreaterThanOrEqual(edges[i]!.y);
          for (let j = i + 1; j < boxes.length; j++) expect(meet(a, boxes[j]!)).toBe(false);
        });
      }),
    );
  });
});

describe('labelInside', () => {
  it('keeps a label whole inside the plot, and leaves one that fits where it is', () => {
    expect(labelInside(400, 100, [0, 800])).toBe(400);
    expect(labelInside(10, 100, [0, 800])).toBe(50 + EDGE_TAG_INSET_PX);
    expect(labelInside(795, 100, [0, 800])).toBe(800 - 50 - EDGE_TAG_INSET_PX);
    expect(labelInside(795, 100, [0, 600])).toBe(600 - 50 - EDGE_TAG_INSET_PX);
    expect(labelInside(10, 300, [0, 200])).toBe(100);
  });
});

describe('ARC_STROKE', () => {
  it('strokes every relation type', () => {
    for (const type of RELATION_TYPES) expect(ARC_STROKE[type]).toMatch(/solid|dashed|dotted/);
  });
});
