import { useCallback, useLayoutEffect, useState } from 'react';
import { drawerTop } from './drawer-top';

/** The chart frame the drawer starts at; in the list view, the list (the last thing in main). */
function anchorOf(): Element | null {
  return document.querySelector('#main .chart') ?? document.querySelector('#main > :last-child');
}

/**
 * Keeps `--drawer-top` on the element the callback ref is given (the page layout) at the chart
 * frame's top while the details are open: on scroll, on resize, and when what is above the chart
 * changes height (the story panel opening). One write per frame at most.
 */
export function useDrawerTop(open: boolean): (el: HTMLElement | null) => void {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  // A layout effect: the drawer never shows a frame at the top of the page.
  useLayoutEffect(() => {
    if (!root || !open) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const anchor = anchorOf();
      const top = anchor ? anchor.getBoundingClientRect().top : 0;
      root.style.setProperty('--drawer-top', `${drawerTop(top, window.innerHeight)}px`);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    const main = document.getElementById('main');
    const observer = new ResizeObserver(schedule);
    if (main) observer.observe(main);
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [root, open]);
  return useCallback((el: HTMLElement | null) => setRoot(el), []);
}
