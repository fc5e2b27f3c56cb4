/**
 * How far a drawn mark reaches from its centre. The level of detail (layout/lod.ts) keeps marks
 * apart by these sizes, and rows are as tall as two half-heights, so marks never overlap; the
 * few shapes that would reach further at their significance's area (a star, a tall diamond,
 * triangles) are drawn a little smaller, by one factor per type, so sizes keep their order.
 */
import { symbol, type CanvasPath_D3Shape } from 'd3-shape';
import type { EventType } from '../../domain/schema';
import { SHAPE_OF_TYPE, markArea } from './shapes';

/** px: the outline drawn round every mark. */
export const MARK_STROKE_PX = 1.5;
/** px: the farthest any mark reaches left or right of its centre, outline included. */
export const MARK_HALF_WIDTH_PX = 10.75;
/** px: the farthest any mark reaches above or below its centre, outline included (rows are 24). */
export const MARK_HALF_HEIGHT_PX = 11.75;

/** px from the centre to each side of a shape or a mark. */
export interface Extent {
  left: number;
  right: number;
  up: number;
  down: number;
}

/** The bounds of a shape's outline at an area, measured from the path d3-shape draws. */
export function shapeExtent(type: EventType, area: number): Extent {
  let x0 = 0;
  let x1 = 0;
  let y0 = 0;
  let y1 = 0;
  const at = (x: number, y: number) => {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  };
  // Curves count their control points, which bound them; no shape here draws one.
  const bounds: CanvasPath_D3Shape = {
    moveTo: at,
    lineTo: at,
    closePath: () => undefined,
    rect: (x, y, w, h) => {
      at(x, y);
      at(x + w, y + h);
    },
    // Sampled finely enough that the bound is within a hundredth of a px of the true arc.
    arc: (cx, cy, r, a0, a1) => {
      for (let i = 0; i <= 256; i++) {
        const a = a0 + ((a1 - a0) * i) / 256;
        at(cx + r * Math.cos(a), cy + r * Math.sin(a));
      }
    },
    arcTo: (x1, y1, x2, y2) => {
      at(x1, y1);
      at(x2, y2);
    },
    bezierCurveTo: (c1x, c1y, c2x, c2y, x, y) => {
      at(c1x, c1y);
      at(c2x, c2y);
      at(x, y);
    },
    quadraticCurveTo: (cx, cy, x, y) => {
      at(cx, cy);
      at(x, y);
    },
    ellipse: (cx, cy, rx, ry) => {
      at(cx - rx, cy - ry);
      at(cx + rx, cy + ry);
    },
  };
  // d3 types the context as a canvas; it calls only the path methods above.
  symbol(SHAPE_OF_TYPE[type].type, area).context(bounds as unknown as CanvasRenderingContext2D)();
  return { left: -x0, right: x1, up: -y0, down: y1 };
}

const scales = new Map<string, number>();

/** The linear factor a type's shapes are drawn at: 1, or less where its key mark would not fit. */
function fitScale(type: EventType, compact: boolean): number {
  const id = `${type}:${compact ? 1 : 0}`;
  let scale = scales.get(id);
  if (scale === undefined) {
    const e = shapeExtent(type, markArea(3, compact));
    const stroke = MARK_STROKE_PX / 2;
    scale = Math.min(
      1,
      (MARK_HALF_WIDTH_PX - stroke) / Math.max(e.left, e.right),
      (MARK_HALF_HEIGHT_PX - stroke) / Math.max(e.up, e.down),
    );
    scales.set(id, scale);
  }
  return scale;
}

/** px²: the area a mark of this type and significance is drawn at. */
export function markAreaOf(type: EventType, significance: number, compact = false): number {
  return markArea(significance, compact) * fitScale(type, compact) ** 2;
}

const extents = new Map<string, Extent>();

/**
 * px from the mark's centre to each side of what is drawn, outline included. Measured once per
 * type, significance and size (a path traced with sampled arcs): every mark button and label
 * placement asks for it.
 */
export function markExtent(type: EventType, significance: number, compact = false): Extent {
  const id = `${type}:${significance}:${compact ? 1 : 0}`;
  let extent = extents.get(id);
  if (extent === undefined) {
    const e = shapeExtent(type, markAreaOf(type, significance, compact));
    const s = MARK_STROKE_PX / 2;
    extent = Object.freeze({
      left: e.left + s,
      right: e.right + s,
      up: e.up + s,
      down: e.down + s,
    });
    extents.set(id, extent);
  }
  return extent;
}
