/**
 * The leader line that joins a label to its mark when the label sits away from it: on another
 * row of the lane, or slid along its line to find room. Shared by the label layer on screen and
 * the image exports, so both draw the same line.
 */
import { LABEL_FONT_PX, type SceneLabel } from './scene-labels';

/** px from a label's line to the top or bottom of its text. */
const HALF_LINE = LABEL_FONT_PX / 2 + 1;
/** px: a label whose near edge is further than this from its mark's centre is led to it. */
const NEAR_PX = 15;
/** px of the mark left clear at the leader's start. */
const MARK_GAP_PX = 6;

export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

type Placed = Pick<SceneLabel, 'x' | 'y' | 'markY' | 'x0' | 'x1' | 'side' | 'end'>;

/** The leader from the mark to the nearest point of the label's box; null beside its mark. */
export function labelLeader(l: Placed): Leader | null {
  const sameLine = l.y === l.markY;
  // A label right of the event's own stretch reads as its end's: it needs no line along it.
  const gap = l.side === 'right' ? l.x0 - Math.max(l.x, l.end ?? l.x) : l.x - l.x1;
  if (sameLine && Math.abs(gap) <= NEAR_PX) return null;
  // Straight down or up to a label spanning the mark's x, else to its near edge.
  const ex = Math.min(Math.max(l.x, l.x0 - 2), l.x1 + 2);
  const ey = sameLine ? l.y : l.y + (l.markY < l.y ? -HALF_LINE : HALF_LINE);
  const dx = ex - l.x;
  const dy = ey - l.markY;
  const len = Math.hypot(dx, dy) || 1;
  return {
    x1: l.x + (dx / len) * MARK_GAP_PX,
    y1: l.markY + (dy / len) * MARK_GAP_PX,
    x2: ex,
    y2: ey,
  };
}
