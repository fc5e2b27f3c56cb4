import { useLayoutEffect, useState } from 'react';
import type { StanceEvent } from '../domain/schema';
import { isoDayToMs } from '../domain/dates';
import { coveredSides, NOTHING_COVERED, OVERLAY_SELECTOR, type Covered } from './covered-right';
import type { Viewport } from './viewport';

function overlays(): DOMRect[] {
  return [...document.querySelectorAll(OVERLAY_SELECTOR)].map((el) => el.getBoundingClientRect());
}

function measure(section: HTMLElement): Covered {
  const plot = section.querySelector('.plot')?.getBoundingClientRect();
  return plot ? coveredSides(plot, overlays()) : NOTHING_COVERED;
}

const same = (a: Covered, b: Covered) => a.left === b.left && a.right === b.right;

/**
 * How much of the plot the details drawer covers, on its right or left, measured when the open
 * event changes (the drawer is laid out in the same commit) and when the window is resized; and
 * the open event brought out from under the drawer. Measured and revealed in a layout effect, in
 * one go: revealing with the width of a drawer not yet measured would pan a mark the reader just
 * clicked from under the pointer.
 */
export function useCoveredPlot(
  section: HTMLElement | null,
  selectedEvent: StanceEvent | undefined,
  viewport: Viewport,
  width: number,
): Covered {
  const [covered, setCovered] = useState(NOTHING_COVERED);
  useLayoutEffect(() => {
    if (!section || width <= 0) return;
    const update = () => {
      const now = measure(section);
      setCovered((was) => (same(was, now) ? was : now));
      return now;
    };
    const now = update();
    if (selectedEvent) {
      const t = isoDayToMs(selectedEvent.date);
      viewport.reveal(t, now.right, now.left, overlays().length > 0);
    }
    let frame = 0;
    const onResize = () => {
      if (frame === 0) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          update();
        });
      }
    };
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
    };
  }, [section, selectedEvent, viewport, width]);
  return covered;
}
