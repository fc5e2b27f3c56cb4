/**
 * Where the arcs from the open event go: to each related event's mark, or to the cluster that
 * holds it at the settled zoom. Computed when the selection or the settled view changes; a frame
 * only turns the times into px.
 */
import type { StanceEvent } from '../../domain/schema';
import { relatedEvents } from '../../domain/relations';
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
}

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
  const seen = new Set<string>();
  const arcs: Arc[] = [];
  for (const { id } of relatedEvents(event, dataset)) {
    const other = model.where.get(id);
    if (seen.has(id) || !other || id === event.id) continue;
    seen.add(id);
    const end = endOf(other);
    arcs.push({
      to: id,
      from: { t: from.t, y: from.y },
      end: { t: end.t, y: end.y },
      endItem: end.id,
    });
  }
  return arcs;
}

/** The SVG path of an arc between two px points: it bows upward in proportion to its length. */
export function arcPath(x1: number, y1: number, x2: number, y2: number): string {
  const lift = Math.min(120, 24 + Math.abs(x2 - x1) / 4);
  const top = Math.min(y1, y2) - lift;
  return `M${x1},${y1} Q${(x1 + x2) / 2},${top} ${x2},${y2}`;
}
