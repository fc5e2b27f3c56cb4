/**
 * Mark shapes by event type: shape carries the type so that colour (the actor group) is never
 * the only cue. Paths are drawn with d3-shape's symbol generator at a given area.
 */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { EventType } from '../../domain/schema';

/** A regular polygon with `n` corners, the first pointing up, with the given area (px²). */
function polygon(n: number, rotation = 0): SymbolType {
  return {
    draw(context, size) {
      // Area of a regular n-gon with circumradius r is n/2 · r² · sin(2π/n).
      const r = Math.sqrt((2 * size) / (n * Math.sin((2 * Math.PI) / n)));
      for (let i = 0; i < n; i++) {
        const a = rotation + (i * 2 * Math.PI) / n - Math.PI / 2;
        const x = r * Math.cos(a);
        const y = r * Math.sin(a);
        if (i === 0) context.moveTo(x, y);
        else context.lineTo(x, y);
      }
      context.closePath();
    },
  };
}

/** A filled "×": the plus rotated by 45°, the conventional mark for a veto or a block. */
const symbolX: SymbolType = {
  draw(context, size) {
    const r = Math.sqrt(size / 5) / 2; // half the arm width, as d3's symbolCross
    const pts: Array<[number, number]> = [
      [-3 * r, -r],
      [-r, -r],
      [-r, -3 * r],
      [r, -3 * r],
      [r, -r],
      [3 * r, -r],
      [3 * r, r],
      [r, r],
      [r, 3 * r],
      [-r, 3 * r],
      [-r, r],
      [-3 * r, r],
    ];
    const c = Math.SQRT1_2;
    pts.forEach(([x, y], i) => {
      const rx = c * (x - y);
      const ry = c * (x + y);
      if (i === 0) context.moveTo(rx, ry);
      else context.lineTo(rx, ry);
    });
    context.closePath();
  },
};

const triangleDown: SymbolType = polygon(3, Math.PI);
/** A triangle pointing right, "broadcast": a speech, told from the vote (up) and interview (down). */
const triangleRight: SymbolType = polygon(3, Math.PI / 2);

/**
 * Two overlapping discs side by side, people meeting: a silhouette wider than tall, which no other
 * type has, so a meeting never reads as a statement's circle at 12 px.
 */
const symbolPair: SymbolType = {
  draw(context, size) {
    // Two discs of radius r, centres 1.2 r apart: union area ≈ 2πr² − lens(1.2r) ≈ 4.61 r².
    // Drawn as one outline (the outer arcs of each disc), so a stroke never crosses the middle.
    const r = Math.sqrt(size / 4.61);
    const d = 0.6 * r;
    const h = Math.sqrt(r * r - d * d);
    context.moveTo(0, -h);
    context.arc(d, 0, r, Math.atan2(-h, -d), Math.atan2(h, -d));
    context.arc(-d, 0, r, Math.atan2(h, d), Math.atan2(-h, d) + 2 * Math.PI);
    context.closePath();
  },
};

/**
 * A page with its top-right corner folded: a report. Taller than wide (0.75), and the cut corner
 * tells it from the letter's square at 12 px.
 */
const symbolPage: SymbolType = {
  draw(context, size) {
    const h = Math.sqrt(size / 0.75 / 0.94); // the cut corner takes about 6 % of the rectangle
    const w = 0.75 * h;
    const c = 0.38 * w;
    context.moveTo(-w / 2, -h / 2);
    context.lineTo(w / 2 - c, -h / 2);
    context.lineTo(w / 2, -h / 2 + c);
    context.lineTo(w / 2, h / 2);
    context.lineTo(-w / 2, h / 2);
    context.closePath();
  },
};

/**
 * A ring, for events whose type a converted file does not say: the disk of the given area with
 * a hole of half its radius, drawn the other way round so that nonzero filling leaves it empty.
 */
const symbolRing: SymbolType = {
  draw(context, size) {
    const r = Math.sqrt(size / Math.PI);
    context.moveTo(r, 0);
    context.arc(0, 0, r, 0, 2 * Math.PI);
    context.moveTo(r / 2, 0);
    context.arc(0, 0, r / 2, 0, 2 * Math.PI, true);
    context.closePath();
  },
};

export const SHAPE_OF_TYPE: Record<EventType, { type: SymbolType; name: string }> = {
  attack: { type: symbolStar, name: 'star' },
  statement: { type: symbolCircle, name: 'circle' },
  speech: { type: triangleRight, name: 'triangle pointing right' },
  interview: { type: triangleDown, name: 'triangle pointing down' },
  letter: { type: symbolSquare, name: 'square' },
  meeting: { type: symbolPair, name: 'two overlapping circles' },
  diplomacy: { type: symbolWye, name: 'three-armed star' },
  vote: { type: symbolTriangle, name: 'triangle' },
  veto: { type: symbolX, name: 'cross' },
  resolution: { type: symbolCross, name: 'plus' },
  policy: { type: symbolDiamond, name: 'diamond' },
  report: { type: symbolPage, name: 'page with a folded corner' },
  other: { type: symbolRing, name: 'ring' },
};

/**
 * True for a shape whose band is too thin for the light halo every mark gets (1.5 px, half of it
 * inside the edge): the ring's band is half its radius, so a halo over it on both edges leaves
 * about a pixel of colour at 12 px. Its halo is painted under the fill (SVG `paint-order:
 * stroke`), so it only rims the ring, and the hole stays open.
 */
export function haloUnder(type: EventType): boolean {
  return type === 'other';
}

const cache = new Map<string, string>();

/** The SVG path of a type's mark centred on 0,0 with the given area in px². */
export function markPath(type: EventType, area: number): string {
  const key = `${type}:${area}`;
  let path = cache.get(key);
  if (path === undefined) {
    path = symbol(SHAPE_OF_TYPE[type].type, area)() ?? '';
    cache.set(key, path);
  }
  return path;
}

/** Significance drives size: key shifts are the largest marks. Areas in px². */
export function markArea(significance: number, compact = false): number {
  const base = significance >= 3 ? 200 : significance === 2 ? 130 : 80;
  return compact ? Math.round(base * 0.75) : base;
}
