/**
 * How much of the plot a drawer laid over the page covers on its right or left: the details
 * drawer opens over the chart instead of narrowing it, so opening or closing it never moves a
 * mark; the chart reveals the opened event beside it, and labels keep to the part left in sight.
 * Elements that overlay the chart say so with `data-overlays-chart`.
 */
export const OVERLAY_SELECTOR = '[data-overlays-chart]';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** px of the plot's width covered from each edge. */
export interface Covered {
  left: number;
  right: number;
}

export const NOTHING_COVERED: Covered = { left: 0, right: 0 };

/**
 * px of `plot`'s width, from its right and from its left edge, that the boxes cover (those that
 * overlap it in height and reach into it from that side). Both 0 when nothing does, and when the
 * boxes leave no part of the plot in sight (a drawer that fills a phone's screen: the chart is out
 * of sight, nothing to reveal).
 */
export function coveredSides(plot: Box, overlays: readonly Box[]): Covered {
  let right = 0;
  let left = 0;
  for (const o of overlays) {
    if (o.bottom <= plot.top || o.top >= plot.bottom) continue;
    if (o.right >= plot.right && o.left < plot.right) {
      right = Math.max(right, plot.right - Math.max(o.left, plot.left));
    } else if (o.left <= plot.left && o.right > plot.left) {
      left = Math.max(left, Math.min(o.right, plot.right) - plot.left);
    }
  }
  const width = plot.right - plot.left;
  return left + right >= width ? NOTHING_COVERED : { left, right };
}

/** px of `plot`'s width, from its right edge, that the boxes cover (see coveredSides). */
export function coveredRight(plot: Box, overlays: readonly Box[]): number {
  return coveredSides(plot, overlays).right;
}

/** The plot's part in sight, [x0, x1] in plot px, for a plot `width` px wide. */
export function visiblePart(width: number, covered: Covered): [number, number] {
  return [covered.left, width - covered.right];
}
