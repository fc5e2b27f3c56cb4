import { useCallback, useLayoutEffect, useState } from 'react';
import { drawerShortfall, drawerTop, panelFloor } from './drawer-top';

/** The chart frame the drawer starts at; in the list view, the list (the last thing in main). */
function anchorOf(): Element | null {
  return document.querySelector('#main .chart') ?? document.querySelector('#main > :last-child');
}

/** The bottom of the story and compare panels that reach under the drawer, in viewport px. */
function floorOf(root: HTMLElement): number {
  const drawer = root.querySelector('.details')?.getBoundingClientRect();
  if (!drawer) return -Infinity;
  const panels = [...document.querySelectorAll('#main .guided')].map((p) =>
    p.getBoundingClientRect(),
  );
  return panelFloor(panels, drawer);
}

/**
 * Keeps `--drawer-top` on the element the callback ref is given (the page layout) at the chart
 * frame's top while the details are open: on scroll, on resize, and when what is above the chart
 * changes height (the story panel opening). One write per frame at most. The drawer never covers
 * the story or compare panel; where that leaves it short, the page scrolls once, as it opens, to
 * give it its height — unless it was opened by a click on a mark (`keepScroll`), which must not
 * move from under the pointer (the reader can scroll).
 */
export function useDrawerTop(
  open: boolean,
  side: string,
  keepScroll: boolean,
): (el: HTMLElement | null) => void {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  // A layout effect: the drawer never shows a frame at the top of the page.
  useLayoutEffect(() => {
    if (!root || !open) return;
    let frame = 0;
    // Until the reader scrolls: the panels above the chart may still be settling as it opens.
    let mayScroll = !keepScroll;
    const update = () => {
      frame = 0;
      const anchor = anchorOf();
      const top = anchor ? anchor.getBoundingClientRect().top : 0;
      const y = drawerTop(top, window.innerHeight, floorOf(root));
      root.style.setProperty('--drawer-top', `${y}px`);
      const short = drawerShortfall(y, window.innerHeight);
      if (short > 0 && mayScroll) {
        mayScroll = false;
        window.scrollBy({ top: short, behavior: 'instant' });
      }
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    const onScroll = () => {
      mayScroll = false;
      schedule();
    };
    update();
    const main = document.getElementById('main');
    const observer = new ResizeObserver(schedule);
    if (main) observer.observe(main);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', schedule);
    };
    // keepScroll is read as the drawer opens or changes side, not followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [root, open, side]);
  return useCallback((el: HTMLElement | null) => setRoot(el), []);
}
