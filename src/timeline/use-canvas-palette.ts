import { useEffect, useState } from 'react';
import { resolveCanvasPalette, type CanvasPalette } from './canvas/palette';

/**
 * The stylesheet's colours for canvas drawing, read from `el` once it is in the document and
 * again whenever the theme changes (the toggle's `data-theme`, the system scheme, forced colours).
 */
export function useCanvasPalette(el: Element | null): CanvasPalette | null {
  const [palette, setPalette] = useState<CanvasPalette | null>(null);
  useEffect(() => {
    if (!el) return;
    const update = () => setPalette(resolveCanvasPalette(el));
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) =>
      window.matchMedia(q),
    );
    queries.forEach((q) => q.addEventListener('change', update));
    return () => {
      observer.disconnect();
      queries.forEach((q) => q.removeEventListener('change', update));
    };
  }, [el]);
  return palette;
}
