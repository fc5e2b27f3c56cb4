import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's distance from the top of the document (px): what the window virtualizer calls
 * its scroll margin; null until measured. Kept current when anything above it changes height (a notice, the header
 * wrapping), which a ResizeObserver on the body reports.
 */
export function useListOffset(ref: RefObject<HTMLElement | null>): number | null {
  const [offset, setOffset] = useState<number | null>(null);
  useLayoutEffect(() => {
    const measure = () => {
      const el = ref.current;
      if (el) setOffset(Math.round(el.getBoundingClientRect().top + window.scrollY));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return offset;
}
