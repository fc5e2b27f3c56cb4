/**
 * The signal the benchmark (`npm run bench`) waits for: a performance mark set once, in the frame
 * after the timeline first drew its marks. The renderer calls `signalMarksPainted()` after its
 * first draw with marks on screen; calling it again does nothing. See bench/README.md.
 */
export const MARKS_PAINTED = 'stanceline:marks-painted';

/**
 * A mark set in the frame after the timeline drew something new (data, filters, lanes, size or
 * selection), replaced each time: the benchmark's filter toggle waits for the chart, not only for
 * the count.
 */
export const LAYOUT_PAINTED = 'stanceline:layout-painted';

let marksPainted: () => void = () => undefined;
const firstMarks = new Promise<void>((resolve) => (marksPainted = resolve));

/**
 * Resolves once `stanceline:marks-painted` is set (at once if it already is): the chart draws its
 * first marks before its labels and mark buttons, and renders those only after this, so the
 * first marks never wait for them.
 */
export function afterMarksPainted(): Promise<void> {
  if (typeof performance !== 'undefined' && performance.getEntriesByName(MARKS_PAINTED).length > 0)
    return Promise.resolve();
  return firstMarks;
}

let chartPainted: () => void = () => undefined;
const firstChartPaint = new Promise<void>((resolve) => (chartPainted = resolve));

/**
 * Resolves once the chart has drawn for the first time (with marks or without) and that frame is
 * on screen — when `stanceline:marks-painted` is set: code the first view does not need is
 * requested only then, so it never competes with the first marks.
 */
export function afterChartPainted(): Promise<void> {
  return firstChartPaint;
}

export function signalLayoutPainted(): void {
  if (typeof performance === 'undefined' || typeof requestAnimationFrame === 'undefined') return;
  // Called from the frame that drew it: the next frame starts once that one is on screen.
  requestAnimationFrame(() => {
    performance.clearMarks(LAYOUT_PAINTED);
    performance.mark(LAYOUT_PAINTED);
    // In the frame after that, as signalMarksPainted does.
    requestAnimationFrame(() => chartPainted());
  });
}

export function signalMarksPainted(): void {
  if (typeof performance === 'undefined' || typeof requestAnimationFrame === 'undefined') return;
  if (performance.getEntriesByName(MARKS_PAINTED).length > 0) return;
  // Two frames: the first callback runs before the paint of the frame that shows the marks.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(MARKS_PAINTED).length === 0) {
        performance.mark(MARKS_PAINTED);
      }
      marksPainted();
    }),
  );
}
