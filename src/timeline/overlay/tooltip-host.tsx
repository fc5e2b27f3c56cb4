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
  viewport: Viewport;
  groupName: ReadonlyMap<string, string>;
  width: number;
  height: number;
}

/**
 * Shows the tooltip for the hovered mark, or else the focused one; hidden while the view moves.
 * It subscribes to the hover store itself, so a pointer move re-renders only this.
 */
export function TooltipHost({ hover, fallback, viewport, groupName, width, height }: Props) {
  const hovered = useSyncExternalStore(hover.subscribe, hover.get);
  const [moving, setMoving] = useState(viewport.moving);
  useEffect(() => viewport.subscribe({ motion: setMoving }), [viewport]);
  const item = hovered ?? fallback;
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
