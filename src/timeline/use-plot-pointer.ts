/**
 * The pointer over the plot where no button is: hover and click hit-test the frame's scene
 * (canvas/hit-test.ts), a double-click zooms with the same additive animation as the buttons.
 * Buttons over marks report their own hover and click.
 */
import type { MouseEvent, PointerEvent, RefObject } from 'react';
import { hitTest } from './canvas/hit-test';
import type { Scene, SceneItem } from './layout/scene';
import type { HoverStore } from './hover-store';
import { isLayerStale, writeCursor } from './dom-writes';
import type { Viewport } from './viewport';

export function usePlotPointer(
  plot: HTMLElement | null,
  sceneRef: RefObject<Scene | null>,
  hover: HoverStore,
  viewport: Viewport,
  activate: (item: SceneItem) => void,
) {
  const itemAt = (e: { clientX: number; clientY: number }) => {
    const s = sceneRef.current;
    if (!s || !plot) return null;
    const rect = plot.getBoundingClientRect();
    return hitTest(s, e.clientX - rect.left, e.clientY - rect.top);
  };
  return {
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      if (e.target instanceof HTMLButtonElement) return;
      const item = viewport.moving ? null : itemAt(e);
      hover.set(item);
      if (plot) writeCursor(plot, item ? 'pointer' : '');
    },
    onPointerLeave: () => hover.set(null),
    // During the reader's zoom gesture the buttons' layer is hidden and left at the settled
    // view (dom-writes.ts `writeFollowOrHide`), so a button may not be over the mark drawn under
    // the pointer: a click then goes by what the canvas draws, as a click beside the buttons
    // does. Only the pointer's clicks (detail > 0): Enter and Space on a focused mark are keys.
    onClickCapture: (e: MouseEvent<HTMLElement>) => {
      if (!(e.target instanceof HTMLButtonElement) || e.detail === 0) return;
      if (!isLayerStale(e.target.closest<HTMLElement>('.overlay'))) return;
      e.stopPropagation();
      const item = itemAt(e);
      if (item) activate(item);
    },
    onClick: (e: MouseEvent<HTMLElement>) => {
      if (e.target instanceof HTMLButtonElement) return;
      const item = itemAt(e);
      if (item) activate(item);
    },
    onDoubleClick: (e: MouseEvent<HTMLElement>) => {
      if (e.target instanceof HTMLButtonElement || !plot) return;
      const x = e.clientX - plot.getBoundingClientRect().left;
      viewport.zoomBy(e.shiftKey ? 0.5 : 2, x);
    },
  };
}
