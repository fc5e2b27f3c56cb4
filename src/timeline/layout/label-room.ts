/**
 * Room for the labels of key events, reserved when the lanes are packed: each key event
 * (significance 3) claims, in its row, the px its label needs at the widest view (zoom 1), on
 * the right of its mark or else on the left (the lane packing takes the first that fits; the
 * left only, where the right would run past the end of the plot).
 * Zooming in only spreads marks apart while labels keep their px width, so the room reserved at
 * zoom 1 holds at every zoom: every key event in the window finds space for its label on its
 * own line, and no mark is ever drawn there.
 */
import type { StanceEvent } from '../../domain/schema';
import type { KeyRoom } from './lanes';
import { labelRoomPx } from './label-text';
import { markRadius } from './scene';

export interface RoomScale {
  /** ms: the plot's domain at zoom 1. */
  t0: number;
  t1: number;
  /** px: the plot's width. */
  width: number;
}

/** The footprint of a key event for `assignLanes`' `keyFootprint`, in ms. */
export function keyLabelFootprint(
  scale: RoomScale,
  compact: boolean,
): (event: StanceEvent, start: number, end: number) => KeyRoom {
  const msPerPx = (scale.t1 - scale.t0) / Math.max(1, scale.width);
  return (event, start, end) => {
    const room = labelRoomPx(event.title, compact) * msPerPx;
    const mark = markRadius(event.significance, compact) * msPerPx;
    const right = { start: start - mark, end: Math.max(end, start + room) };
    // A bar (an event over several days) runs right of its mark: its label goes right only.
    const left = end - start > 86_400_000 ? undefined : { start: start - room, end: start + mark };
    if (start + room > scale.t1 && left && left.start >= scale.t0) return [left];
    if (left && left.start < scale.t0) return [right];
    return left ? [right, left] : [right];
  };
}
