/**
 * The reader's wheel, drag and pinch over the plot (zoom-behaviour.ts, with d3-zoom). That code
 * is requested once the chart has painted its first marks, so it never delays them; until it
 * arrives (a moment after), the buttons and keys already zoom. `data-gestures="ready"` on the
 * plot says when gestures are attached.
 */
import { useEffect } from 'react';
import { afterChartPainted } from '../ui/paint-signal';
import type { Viewport } from './viewport';

export function useZoomGestures(
  el: HTMLElement | null,
  viewport: Viewport,
  width: number,
  height: number,
): void {
  useEffect(() => {
    if (!el || width <= 0) return;
    let detach: (() => void) | undefined;
    let gone = false;
    void afterChartPainted()
      .then(() => import('./zoom-behaviour'))
      .then(({ attachZoom }) => {
        if (!gone) detach = attachZoom(el, viewport, width, height);
      });
    return () => {
      gone = true;
      detach?.();
    };
  }, [el, viewport, width, height]);
}
