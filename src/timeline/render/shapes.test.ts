import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type EventType } from '../../domain/schema';
import { SHAPE_OF_TYPE, markArea } from './shapes';

/** A path context that flattens a symbol into polygons (arcs in 5° steps). */
function outline(type: EventType, area: number): Array<Array<[number, number]>> {
  const rings: Array<Array<[number, number]>> = [];
  let ring: Array<[number, number]> = [];
  const ctx = {
    moveTo(x: number, y: number) {
      if (ring.length) rings.push(ring);
      ring = [[x, y]];
    },
    lineTo(x: number, y: number) {
      ring.push([x, y]);
    },
    arc(cx: number, cy: number, r: number, a0: number, a1: number, ccw?: boolean) {
      // As d3-path does: a span of 2π or more is the whole circle, in the direction asked.
      let end = a1;
      if (Math.abs(a1 - a0) >= 2 * Math.PI - 1e-9) end = a0 + (ccw ? -2 : 2) * Math.PI;
      else if (!ccw && end < a0) end += 2 * Math.PI;
      else if (ccw && end > a0) end -= 2 * Math.PI;
      const steps = Math.max(2, Math.ceil(Math.abs(end - a0) / (Math.PI / 36)));
      for (let i = 0; i <= steps; i++) {
        const a = a0 + ((end - a0) * i) / steps;
        ring.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
      }
    },
    closePath() {},
    quadraticCurveTo() {},
    bezierCurveTo() {},
    arcTo() {},
    rect(x: number, y: number, w: number, h: number) {
      if (ring.length) rings.push(ring);
      ring = [
        [x, y],
        [x + w, y],
        [x + w, y + h],
        [x, y + h],
      ];
    },
  };
  SHAPE_OF_TYPE[type].type.draw(ctx as unknown as CanvasPath, area);
  if (ring.length) rings.push(ring);
  return rings;
}

/** Nonzero winding test of a point against all rings. */
function inside(rings: Array<Array<[number, number]>>, x: number, y: number): boolean {
  let winding = 0;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[(i + 1) % ring.length]!;
      if (y0 <= y && y1 > y && (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0) > 0) winding++;
      else if (y0 > y && y1 <= y && (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0) < 0) winding--;
    }
  }
  return winding !== 0;
}

/** The mark as pixels a quarter px wide over a 16 px box: which are covered. */
function raster(type: EventType, area: number): boolean[] {
  const rings = outline(type, area);
  const out: boolean[] = [];
  for (let y = -8; y < 8; y += 0.25)
    for (let x = -8; x < 8; x += 0.25) out.push(inside(rings, x, y));
  return out;
}

/** Intersection over union of two rasters: 1 for the same silhouette. */
function overlap(a: boolean[], b: boolean[]): number {
  let both = 0;
  let either = 0;
  a.forEach((v, i) => {
    if (v && b[i]) both++;
    if (v || b[i]) either++;
  });
  return both / either;
}

describe('mark shapes', () => {
  // A minor event's mark: about 10 px across; a key event's: about 16.
  const area = markArea(2);

  it.each<[EventType, EventType]>([
    ['statement', 'report'],
    ['speech', 'meeting'],
    ['statement', 'meeting'],
    ['statement', 'speech'],
    ['letter', 'report'],
  ])('tells %s from %s at 12 px (silhouettes overlap by less than 80 percent)', (a, b) => {
    expect(overlap(raster(a, area), raster(b, area))).toBeLessThan(0.8);
  });

  it('gives every type a silhouette of its own', () => {
    const shapes = EVENT_TYPES.map((t) => raster(t, area));
    for (let i = 0; i < shapes.length; i++) {
      for (let j = i + 1; j < shapes.length; j++) {
        const o = overlap(shapes[i]!, shapes[j]!);
        expect(o, `${EVENT_TYPES[i]} and ${EVENT_TYPES[j]}`).toBeLessThan(0.85);
      }
    }
  });

  it('draws each shape at about the area it is given', () => {
    for (const type of EVENT_TYPES) {
      if (type === 'other') continue; // a ring: the hole is not drawn
      const covered = raster(type, area).filter(Boolean).length / 16;
      expect(covered, type).toBeGreaterThan(area * 0.8);
      expect(covered, type).toBeLessThan(area * 1.2);
    }
  });
});
