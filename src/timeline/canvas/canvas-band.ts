/**
 * Which part of the plot the marks' canvas covers: the part on screen, no more. The canvas sticks
 * to the top of the viewport while a tall plot scrolls by, so it is at most a viewport high; and
 * while the plot's top is still below the top of the viewport (a page opens so, under its title
 * and toolbar), it reaches only down to the bottom of the viewport. Every canvas pixel costs each
 * frame of a gesture, in drawing and in handing the bitmap to the compositor: at 1280×800 with
 * the plot starting 330 px down, a full-height canvas drew 40 % of its pixels below the fold.
 *
 * It grows in steps (STEP_PX) as the page scrolls down, and never shrinks again (but to fit a
 * smaller viewport or plot): resizing a canvas clears it and hands the compositor a new bitmap,
 * and a walk with the arrow keys that scrolled the page up and down between lanes resized it
 * on every other key.
 */

/** CSS px: the canvas's height grows in steps of this many. */
export const STEP_PX = 64;

export interface CanvasBand {
  /** CSS px down the plot where the canvas's top is. */
  offset: number;
  /** CSS px: the canvas's height. */
  height: number;
}

/**
 * `top`: where the plot's top is, in CSS px from the top of the viewport (negative once it has
 * scrolled past); `plotHeight` and `viewportHeight` in CSS px; `atLeast`, the canvas's height so
 * far (it keeps it, within the viewport and the plot).
 */
export function canvasBand(
  top: number,
  plotHeight: number,
  viewportHeight: number,
  atLeast = 0,
): CanvasBand {
  const most = Math.max(0, Math.min(plotHeight, viewportHeight));
  const below = Math.max(0, -top);
  // The plot's rows on screen end here (plot px), whether the plot ends first or the viewport;
  // a canvas a viewport high would start at `from`.
  const bottom = Math.min(plotHeight, viewportHeight - top);
  const from = Math.min(plotHeight - most, below);
  const stepped = Math.ceil((bottom - from) / STEP_PX) * STEP_PX;
  const height = Math.min(most, Math.max(STEP_PX, atLeast, stepped));
  return { offset: Math.round(Math.min(plotHeight - height, below)), height };
}
