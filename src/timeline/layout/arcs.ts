/**
 * Where the arcs from the open event go: to each related event's mark, or to the cluster that
 * holds it at the settled zoom. Computed when the selection or the settled view changes; a frame
 * only turns the times into px.
 */
import type { RelationType, StanceEvent } from '../../domain/schema';
import { relatedEvents, type RelationDirection } from '../../domain/relations';
import { itemOf, type Kept, type LodParams } from './lod';
import type { TimelineModel } from './tracks';

export interface ArcEnd {
  /** ms: where the mark or cluster is drawn. */
  t: number;
  /** px: its row's centre. */
  y: number;
}

export interface Arc {
  /** The related event's id. */
  to: string;
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

/** The SVG path of an arc between two px points: it bows upward in proportion to its length. */
export function arcPath(x1: number, y1: number, x2: number, y2: number): string {
  const lift = Math.min(120, 24 + Math.abs(x2 - x1) / 4);
  const top = Math.min(y1, y2) - lift;
  return `M${x1},${y1} Q${(x1 + x2) / 2},${top} ${x2},${y2}`;
}

/** The point halfway along `arcPath`'s curve, where its label goes. */
export function arcMidpoint(x1: number, y1: number, x2: number, y2: number): [number, number] {
  const lift = Math.min(120, 24 + Math.abs(x2 - x1) / 4);
  const top = Math.min(y1, y2) - lift;
  // A quadratic Bézier at t = ½: ¼ P0 + ½ C + ¼ P2.
  return [(x1 + x2) / 2, (y1 + y2) / 4 + top / 2];
}
