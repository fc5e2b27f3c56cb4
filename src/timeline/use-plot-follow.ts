/**
 * The plot's DOM that follows the live view without React: the overlay (laid out at the settled
 * view) moved by one transform per frame and hidden while the zoom differs from the settled one
 * (its labels were spaced for the settled zoom, and the canvas rings the focused mark
 * meanwhile), and the axis' granularity signal for tests.
 */
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ViewTransform } from './view-transform';
import { tickGranularity, type TimeScale } from './layout/time-scale';
import type { Scene } from './layout/scene';
import { writeData, writeFollowOrHide } from './dom-writes';
import type { Viewport } from './viewport';

export function usePlotFollow(
  viewport: Viewport,
  base: TimeScale,
  settled: ViewTransform,
  sceneRef: RefObject<Scene | null>,
) {
  const overlayRef = useRef<HTMLDivElement>(null);
  const axisRef = useRef<HTMLDivElement>(null);
  const follow = useCallback(() => {
    const t = viewport.transform;
    const overlay = overlayRef.current;
    if (!overlay) return;
    writeFollowOrHide(overlay, t, viewport.settled, !viewport.inGesture);
  }, [viewport]);
  // Also right after React has laid the overlay out for a new settled view, before it paints.
  useLayoutEffect(follow, [follow, settled]);
  const onFrame = useCallback(
    (scene: Scene) => {
      sceneRef.current = scene;
      follow();
    },
    [follow, sceneRef],
  );
  useLayoutEffect(() => viewport.invalidate(), [viewport, onFrame]);

  // The axis' granularity, of the view shown or being animated to, like the toolbar's window
  // label (the ticks drawn on the canvas follow every frame).
  useLayoutEffect(() => {
    let shown: unknown = null;
    const write = () => {
      const axis = axisRef.current;
      const goal = viewport.goal;
      if (!axis || goal === shown) return;
      shown = goal;
      writeData(axis, 'granularity', tickGranularity(goal.rescaleX(base)));
    };
    write();
    return viewport.subscribe({ goal: write, settle: write, frame: write });
  }, [viewport, base]);
  return { overlayRef, axisRef, onFrame };
}
