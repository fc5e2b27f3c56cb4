import { startTransition, useLayoutEffect, useState } from 'react';
import { nextBand, type Band } from './layout/row-band';
import type { KeyRest } from './overlay/key-rest';

/**
 * The band of the plot (plot px) whose lanes get labels and buttons at a settle: the part of the
 * plot in the window, with a margin, kept while the page scrolls inside it (row-band.ts).
 * Before the plot is measured, the window's height from the plot's top: a plot is rarely above
 * the top of the window when it first draws. A scroll that leaves the band asks for the new one
 * at low priority, so a key press or a scroll frame is never held up by the labels it brings;
 * while arrow keys are being pressed, once they pause (`keyRest`): the focused mark and those
 * the next presses reach have their buttons wherever they are, and a key held down across lanes
 * would otherwise build rows at every press.
 */
export function usePlotBand(
  plot: HTMLElement | null,
  height: number,
  keyRest: KeyRest | null = null,
): Band {
  const [band, setBand] = useState<Band>(() =>
    nextBand(null, [0, typeof window === 'undefined' ? 800 : window.innerHeight]),
  );
  useLayoutEffect(() => {
    if (!plot) return;
    const view = (): Band => {
      const top = plot.getBoundingClientRect().top;
      return [-top, window.innerHeight - top];
    };
    const follow = () => {
      const v = view();
      startTransition(() => setBand((b) => nextBand(b, v)));
    };
    // A scroll's new rows are built after the frame that shows the scroll and the one after it:
    // an arrow key that scrolls to a mark in another lane is answered first (its button is
    // there already), and quick scrolls build once. Measured then, not now: a scroll event
    // comes at the start of a frame, and reading layout there would lay out the page twice.
    let later = 0;
    let cancelRest = () => {};
    const onScroll = () => {
      cancelAnimationFrame(later);
      cancelRest();
      later = requestAnimationFrame(() => {
        later = requestAnimationFrame(() => {
          if (keyRest) cancelRest = keyRest.afterRest(follow);
          else follow();
        });
      });
    };
    // Again when the plot's height changes (a filter): what is above it may have moved too.
    // Measured in the next frame, not in this commit: the layout that reading forces is then
    // the one the frame needs anyway, with every effect's changes in it.
    const frame = requestAnimationFrame(follow);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', follow);
    return () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(later);
      cancelRest();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', follow);
    };
  }, [plot, height, keyRest]);
  return band;
}
