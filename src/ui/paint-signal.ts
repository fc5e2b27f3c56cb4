/**
 * The signal the benchmark (`npm run bench`) waits for: a performance mark set once, in the frame
 * after the timeline first drew its marks. The renderer calls `signalMarksPainted()` after its
 * first draw with marks on screen; calling it again does nothing. See bench/README.md.
 */
export const MARKS_PAINTED = 'stanceline:marks-painted';

export function signalMarksPainted(): void {
  if (typeof performance === 'undefined' || typeof requestAnimationFrame === 'undefined') return;
  if (performance.getEntriesByName(MARKS_PAINTED).length > 0) return;
  // Two frames: the first callback runs before the paint of the frame that shows the marks.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(MARKS_PAINTED).length === 0) {
        performance.mark(MARKS_PAINTED);
      }
    }),
  );
}
