/**
 * The viewport for one chart: created once, told about size and base-scale changes, following
 * the window the view state asks for, and writing the reader's settled moves back to it. React
 * hears only settles (`useSettledTransform`), never frames.
 */
import { useEffect, useEffectEvent, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { ViewTransform } from './view-transform';
import { DAY_MS } from '../domain/dates';
import type { TimeScale } from './layout/time-scale';
import { Viewport } from './viewport';
import { writeData } from './dom-writes';

interface Options {
  base: TimeScale;
  width: number;
  /** The window the view state asks for, ms; null for the whole extent. */
  window: readonly [number, number] | null;
  reducedMotion: boolean;
  /** Move to a new window with an animation rather than at once (a story's steps). */
  animate?: boolean;
  /** Called when the reader's gesture or animation settles (not per frame) with the window. */
  onWindowChange: (from: number, to: number) => void;
}

export function useViewport({
  base,
  width,
  window,
  reducedMotion,
  animate = false,
  onWindowChange,
}: Options) {
  const [viewport] = useState(() => new Viewport(base, width));
  const emit = useEffectEvent((from: number, to: number) => onWindowChange(from, to));

  useLayoutEffect(() => viewport.setReducedMotion(reducedMotion), [viewport, reducedMotion]);
  useLayoutEffect(() => viewport.setBase(base, width), [viewport, base, width]);
  // A link, Back/Forward or the date inputs: jump there, unless the view already shows it to the
  // day (a settled gesture writes whole days, which must not snap the view back).
  // The flag is read when the window changes; it does not itself move the view.
  const shouldAnimate = useEffectEvent(() => animate);
  useLayoutEffect(
    () => viewport.syncWindow(window, DAY_MS, shouldAnimate()),
    [viewport, window, base, width],
  );

  useEffect(
    () =>
      viewport.subscribe({
        settle: (source) => {
          if (source !== 'user') return;
          const [from, to] = viewport.domainOf();
          emit(from, to);
        },
      }),
    [viewport],
  );
  return viewport;
}

/** The transform at the last settle, as React state: re-renders once per settle. */
export function useSettledTransform(viewport: Viewport): ViewTransform {
  return useSyncExternalStore(
    (onChange) => viewport.subscribe({ settle: onChange }),
    () => viewport.settled,
  );
}

/**
 * Signals on the chart element for tests and the benchmark, set outside React:
 * - `data-zoom-settled`: "true" when no gesture or animation is running, "false" while one is
 *   (set the moment it starts, so a test can wait for the end of a burst of clicks);
 * - `data-zoom-scale`: the zoom factor k at the last settle, to three decimals (1 = whole extent).
 * `data-painted` is set by the canvas (see chart-canvas.tsx).
 */
export function useViewportSignals(el: HTMLElement | null, viewport: Viewport): void {
  useEffect(() => {
    if (!el) return;
    const write = () => {
      writeData(el, 'zoomSettled', String(!viewport.moving));
      writeData(el, 'zoomScale', String(Math.round(viewport.settled.k * 1000) / 1000));
    };
    write();
    return viewport.subscribe({ motion: write, settle: write });
  }, [el, viewport]);
}
