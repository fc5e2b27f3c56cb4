/**
 * Whether an element is on screen, kept by an IntersectionObserver in a ref, so a frame listener
 * reads it without laying the page out. Layers below the fold (the overview strip, the stance
 * tracks) skip their per-frame work while the view moves and they are out of sight; they still
 * draw every settled view, and `onShown` lets them catch up when they scroll into view.
 */
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react';

export function useOnScreen(el: Element | null, onShown?: () => void): RefObject<boolean> {
  // On screen until the observer says otherwise: nothing is skipped before it has answered.
  const onScreen = useRef(true);
  const shown = useEffectEvent(() => onShown?.());
  useEffect(() => {
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const last = entries.at(-1);
      if (!last) return;
      const was = onScreen.current;
      onScreen.current = last.isIntersecting;
      if (last.isIntersecting && !was) shown();
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      onScreen.current = true;
    };
  }, [el]);
  return onScreen;
}
