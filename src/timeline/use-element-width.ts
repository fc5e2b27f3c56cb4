import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

/** The content width of an element, kept current with a ResizeObserver (px, 0 until measured). */
export function useElementWidth<T extends HTMLElement>(): [(el: T | null) => void, number] {
  const [el, setEl] = useState<T | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!el) return;
    // The observer reports the first size as soon as it observes, so no initial read is needed.
    // It reports every change of height too (the chart's, after each filter change): only a new
    // width is set, as setting the same one can still render the timeline again.
    let last = -1;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (!entry) return;
      const next = Math.round(entry.contentRect.width);
      if (next === last) return;
      last = next;
      setWidth(next);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  const ref = useCallback((node: T | null) => setEl(node), []);
  return [ref, width];
}

/**
 * The media query and its answer as last read: the timeline renders on every filter change and
 * asks each time, and a `matchMedia` call per render is a style query the answer rarely needs.
 */
let motionQuery: MediaQueryList | null = null;
let reducedMotion: boolean | null = null;

function motionList(): MediaQueryList {
  return (motionQuery ??= window.matchMedia('(prefers-reduced-motion: reduce)'));
}

function subscribeMotion(onChange: () => void) {
  const query = motionList();
  // Nothing kept the answer current while nobody listened.
  reducedMotion = null;
  const changed = () => {
    reducedMotion = null;
    onChange();
  };
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

/** True when the reader asked the system for less motion: no animated transitions then. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeMotion,
    () => (reducedMotion ??= motionList().matches),
    () => false,
  );
}

function subscribeResize(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/** The window's inner height, px (re-rendering on resize only). */
export function useViewportHeight(): number {
  return useSyncExternalStore(
    subscribeResize,
    () => window.innerHeight,
    () => 800,
  );
}
