/**
 * How much of the plot a drawer laid over the page covers on its right: the details drawer
 * opens over the chart instead of narrowing it, so opening or closing it never moves a mark, and
 * the chart reveals the opened event left of it. Elements that overlay the chart say so with
 * `data-overlays-chart`.
 */
export const OVERLAY_SELECTOR = '[data-overlays-chart]';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * px of `plot`'s width, from its right edge, that the boxes cover (those that overlap it in height
 * and reach into it from the right). 0 when none does, and 0 when one covers all of it (a drawer
 * that fills a phone's screen: the chart is out of sight, nothing to reveal).
 */
export function coveredRight(plot: Box, overlays: readonly Box[]): number {
  let covered = 0;
  for (const o of overlays) {
    if (o.bottom <= plot.top || o.top >= plot.bottom) continue;
    if (o.right < plot.right || o.left >= plot.right) continue;
    covered = Math.max(covered, plot.right - Math.max(o.left, plot.left));
  }
  const width = plot.right - plot.left;
  return covered >= width ? 0 : covered;
}
