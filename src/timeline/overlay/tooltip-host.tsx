import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SceneItem } from '../layout/scene';
import type { HoverStore } from '../hover-store';
import type { Viewport } from '../viewport';
import { otherGroupNames } from './mark-names';
import { Tooltip } from './tooltip';

interface Props {
  hover: HoverStore;
  /** The item to describe when nothing is hovered: the one with keyboard focus. */
  fallback: SceneItem | null;
  /**
   * The mark that just took keyboard focus, before the plot has rendered with it (a key press
   * reaches React at low priority): shown instead of `fallback` until `fallback` names it too.
   */
  focusAhead: HoverStore;
  viewport: Viewport;
  groupName: ReadonlyMap<string, string>;
  width: number;
  height: number;
}

/**
 * Shows the tooltip for the hovered mark, or else the focused one; hidden while the view moves.
 * It subscribes to the hover store itself, so a pointer move re-renders only this.
 */
export function TooltipHost(p: Props) {
  const { hover, fallback, focusAhead, viewport, groupName, width, height } = p;
  const hovered = useSyncExternalStore(hover.subscribe, hover.get);
  const ahead = useSyncExternalStore(focusAhead.subscribe, focusAhead.get);
  const [moving, setMoving] = useState(viewport.moving);
  useEffect(() => viewport.subscribe({ motion: setMoving }), [viewport]);
  const item = hovered ?? (ahead && ahead.id !== fallback?.id ? ahead : fallback);
  if (moving || !item || item.kind !== 'event') return null;
  return (
    <Tooltip
      item={item}
      width={width}
      height={height}
      others={otherGroupNames(item.others, groupName)}
    />
  );
}
