/**
 * Where the arcs from the open event go: to each related event's mark, or to the cluster that
 * holds it at the settled zoom. Computed when the selection or the settled view changes; a frame
 * only turns the times into px.
 */
import type { RelationType, StanceEvent } from '../../domain/schema';
import { relatedEvents, type RelationDirection } from '../../domain/relations';
import { itemOf, type Kept, type LodParams } from './lod';
import type { TimelineModel } from './tracks';
import { MARK_HALF_WIDTH_PX } from '../render/mark-fit';

export interface ArcEnd {
  /** ms: where the mark or cluster is drawn. */
  t: number;
  /** px: its row's centre. */
  y: number;
}

export interface Arc {
  /** The related event's id. */
  to: string;
  /** The related event's day (ISO), named at the plot's edge when it lies outside the window. */
  toDate: string;
  from: ArcEnd;
  end: ArcEnd;
  /** Id of the item drawn at the far end (the event, or its cluster). */
  endItem: string;
  /** The first relation between the two: it sets the arc's stroke. */
  type: RelationType;
  /** `out`: the open event states it (the arrow points away from it); `in`: the other does. */
  direction: RelationDirection;
  /** Every relation between the two, in words from the open event's side ("Responds to"). */
  label: string;
}

/**
 * How an arc is stroked, by what the relation says: one event carrying another on (responds to,
 * follows from, implements, part of) is a solid line; one setting itself against another
 * (reverses, vetoed draft of, alternative to) is dashed; one repeating or raising another
 * (reaffirms, escalates) is dotted. The arrow gives the direction, the label on focus the words.
 */
export type ArcStroke = 'solid' | 'dashed' | 'dotted';

export const ARC_STROKE: Record<RelationType, ArcStroke> = {
  'responds-to': 'solid',
  'follows-from': 'solid',
  implements: 'solid',
  'part-of': 'solid',
  reverses: 'dashed',
  'vetoed-draft-of': 'dashed',
  'alternative-to': 'dashed',
  reaffirms: 'dotted',
  escalates: 'dotted',
};

export function arcsFrom(
  event: StanceEvent,
  dataset: { events: readonly StanceEvent[] },
  model: TimelineModel,
  params: LodParams,
  kept: Kept,
): Arc[] {
  const place = model.where.get(event.id);
  if (!place) return [];
  const endOf = (p: { track: number; index: number }) => {
    const track = model.tracks[p.track]!;
    const item = itemOf(track, p.index, params, kept.get(p.track) ?? []);
    const id = item.kind === 'event' ? track.events[item.index]!.id : item.id;
    return { t: item.t, y: track.y, id };
  };
  const from = endOf(place);
  const byId = new Map<string, Arc>();
  for (const r of relatedEvents(event, dataset)) {
    const other = model.where.get(r.id);
    if (!other || r.id === event.id) continue;
    const known = byId.get(r.id);
    if (known) {
      // Two events related in more than one way: one arc, every relation named on it.
      known.label = `${known.label}; ${r.label.toLowerCase()}`;
      continue;
    }
    const end = endOf(other);
    byId.set(r.id, {
      to: r.id,
      toDate: model.tracks[other.track]!.events[other.index]!.date,
      from: { t: from.t, y: from.y },
      end: { t: end.t, y: end.y },
      endItem: end.id,
      type: r.type,
      direction: r.direction,
      label: r.label,
    });
  }
  return [...byId.values()];
}

/** The y of an arc's control point: it bows upward in proportion to its length, up to 120 px. */
function arcTop(x1: number, y1: number, x2: number, y2: number): number {
  return Math.min(y1, y2) - Math.min(120, 24 + Math.abs(x2 - x1) / 4);
}

/** The SVG path of an arc between two px points: it bows upward in proportion to its length. */
export function arcPath(x1: number, y1: number, x2: number, y2: number): string {
  const top = arcTop(x1, y1, x2, y2);
  return `M${x1},${y1} Q${(x1 + x2) / 2},${top} ${x2},${y2}`;
}

/** The point halfway along `arcPath`'s curve, where its label goes. */
export function arcMidpoint(x1: number, y1: number, x2: number, y2: number): [number, number] {
  const top = arcTop(x1, y1, x2, y2);
  // A quadratic Bézier at t = ½: ¼ P0 + ½ C + ¼ P2.
  return [(x1 + x2) / 2, (y1 + y2) / 4 + top / 2];
}

/** px from the plot's edge to an edge tag. */
export const EDGE_TAG_INSET_PX = 4;

export interface EdgeTag {
  side: 'left' | 'right';
  /** px: the tag's edge nearest the plot's (its left on the left, its right on the right). */
  x: number;
  /** px: the height at which the curve leaves the plot, where the tag is centred. */
  y: number;
}

/**
 * Where an arc from (x1, y1) to a far end (x2, y2) outside the part of the plot in view leaves
 * it: `[left, right]` in px, the plot's width less what the details drawer covers. The arcs are
 * clipped at the plot's edges (never drawn over the lane names), so a tag there says where the
 * far end is. Null when the far end is in view, or the curve never crosses into it.
 * `arcPath`'s control point is halfway across, so the curve's x is linear in its parameter.
 */
export function arcEdgeTag(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  [left, right]: readonly [number, number],
): EdgeTag | null {
  const side = x2 < left ? 'left' : x2 > right ? 'right' : null;
  if (side === null || x2 === x1) return null;
  const edge = side === 'left' ? left : right;
  const t = (edge - x1) / (x2 - x1);
  if (!(t >= 0 && t <= 1)) return null;
  const top = arcTop(x1, y1, x2, y2);
  const y = (1 - t) ** 2 * y1 + 2 * (1 - t) * t * top + t ** 2 * y2;
  return {
    side,
    x: side === 'left' ? left + EDGE_TAG_INSET_PX : right - EDGE_TAG_INSET_PX,
    y,
  };
}

/**
 * An arc label's centre kept inside the part of the plot in view (`[left, right]`, px): `x`
 * moved in so that a label `textWidth` px wide is not cut there (a part narrower than the label
 * centres it).
 */
export function labelInside(
  x: number,
  textWidth: number,
  [left, right]: readonly [number, number],
): number {
  const half = textWidth / 2 + EDGE_TAG_INSET_PX;
  if (right - left <= 2 * half) return (left + right) / 2;
  return Math.min(right - half, Math.max(left + half, x));
}

/** px between the centres of two edge tags on the same side: a tag's height and a gap. */
export const EDGE_TAG_LINE_PX = 18;

/**
 * Edge tags on one side moved apart so that none covers another: in order of height, each goes
 * at least a line below the one above it, and never above where its arc leaves. `clear(i, y)`,
 * when given, says the height at or below `y` where tag `i` covers nothing it must leave in
 * sight (the open event's mark and label); the tags after it keep their line from there. Returns
 * the new heights in the order given.
 */
export function spreadEdgeTags(
  ys: readonly number[],
  line = EDGE_TAG_LINE_PX,
  clear: (i: number, y: number) => number = (_, y) => y,
): number[] {
  const order = ys.map((_, i) => i).sort((a, b) => ys[a]! - ys[b]! || a - b);
  const out = [...ys];
  let last = -Infinity;
  for (const i of order) {
    out[i] = clear(i, Math.max(ys[i]!, last + line));
    last = out[i]!;
  }
  return out;
}

/** A box in plot px that edge tags must not cover. */
export interface TagObstacle {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * px around the open event's centre that edge tags leave clear: the widest mark or cluster
 * (MARK_HALF_WIDTH_PX) with the ring drawn round the open one (5 px out, 2 px wide).
 */
export const OPEN_MARK_CLEAR_PX = MARK_HALF_WIDTH_PX + 6;

/** The box edge tags leave clear around the open event's mark, centred at (x, y). */
export function openMarkObstacle(x: number, y: number): TagObstacle {
  const r = OPEN_MARK_CLEAR_PX;
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

/**
 * The box edge tags leave clear around the open event's label: `label` as placed at the settled
 * view (its mark's centre `x`, its box `x0`–`x1`, its line `y`, text `fontPx` high), moved with
 * its mark to `markX`, where the mark is drawn in this frame.
 */
export function openLabelObstacle(
  label: { x: number; x0: number; x1: number; y: number },
  markX: number,
  fontPx: number,
): TagObstacle {
  const dx = markX - label.x;
  const half = fontPx / 2 + 1;
  return { x0: label.x0 + dx, y0: label.y - half, x1: label.x1 + dx, y1: label.y + half };
}

/**
 * Where each edge tag goes, given its `arcEdgeTag` and its width `w` (px): the top-left corner
 * of a tag `height` px high, centred on the height its arc leaves at. Tags on the same side are
 * stacked so that none covers another (`spreadEdgeTags`); where the part in view (`[left,
 * right]`) is too narrow for a left and a right tag side by side (the details drawer open on a
 * narrow screen), all of them are stacked together. A tag that would cover one of `avoid` (the
 * open event's mark and label: the arcs start there, so their tags are often beside them) goes
 * just below it. In the order given.
 */
export function placeEdgeTags(
  tags: ReadonlyArray<EdgeTag & { w: number }>,
  [left, right]: readonly [number, number],
  height: number,
  avoid: readonly TagObstacle[] = [],
): Array<{ x: number; y: number }> {
  const widest = (side: EdgeTag['side']) =>
    Math.max(0, ...tags.filter((t) => t.side === side).map((t) => t.w));
  const apart = right - left >= widest('left') + widest('right') + 3 * EDGE_TAG_INSET_PX;
  const indices = tags.map((_, i) => i);
  const stacks = apart
    ? [
        indices.filter((i) => tags[i]!.side === 'left'),
        indices.filter((i) => tags[i]!.side === 'right'),
      ]
    : [indices];
  const xOf = (t: EdgeTag & { w: number }) => (t.side === 'left' ? t.x : t.x - t.w);
  // Obstacles from the top down: a tag moved below one is then checked against those lower.
  const below = [...avoid].sort((a, b) => a.y0 - b.y0);
  const out = new Array<{ x: number; y: number }>(tags.length);
  for (const stack of stacks) {
    const clear = (k: number, y: number): number => {
      const t = tags[stack[k]!]!;
      const x0 = xOf(t);
      let centre = y;
      for (const box of below) {
        const covers =
          x0 < box.x1 &&
          box.x0 < x0 + t.w &&
          centre - height / 2 < box.y1 &&
          box.y0 < centre + height / 2;
        // The same gap under the box as between two stacked tags.
        if (covers) centre = box.y1 + EDGE_TAG_LINE_PX - height / 2;
      }
      return centre;
    };
    const ys = spreadEdgeTags(
      stack.map((i) => tags[i]!.y),
      EDGE_TAG_LINE_PX,
      clear,
    );
    stack.forEach((i, k) => {
      out[i] = { x: xOf(tags[i]!), y: ys[k]! - height / 2 };
    });
  }
  return out;
}
