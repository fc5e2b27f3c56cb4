import { useLayoutEffect, useState } from 'react';
import { BOTTOM_PX } from './layout/scene';

/**
 * px left for the lanes when the chart must fit its window (an embed's frame): from the top of
 * the chart `el` to the bottom of the window, less the axis band, the bottom margin and `below`
 * px for what follows the chart. Null when not asked for. Measured again on resize.
 */
export function useFrameRoom(
  el: HTMLElement | null,
  enabled: boolean,
  axisHeight: number,
  below: number,
): number | null {
  const [room, setRoom] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (!enabled || !el) return;
    const measure = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      setRoom(Math.max(0, Math.floor(window.innerHeight - top - axisHeight - BOTTOM_PX - below)));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [el, enabled, axisHeight, below]);
  return enabled ? room : null;
}
