import { memo, type CSSProperties, type FocusEvent, type KeyboardEvent } from 'react';
import type { SceneItem } from '../layout/scene';
import { clusterName, eventName, otherGroupNames } from './mark-names';
import { sceneItemBox } from '../layout/mark-box';

interface Props {
  /** At the settled transform; the layer around them follows the live one. */
  items: readonly SceneItem[];
  tabStop: string | null;
  selected: string | null;
  /** Marks are drawn smaller on a phone's chart. */
  compact: boolean;
  groupName: ReadonlyMap<string, string>;
  /** Receives the group element (focus follows keys inside it). */
  group: (el: HTMLDivElement | null) => void;
  onActivate: (item: SceneItem) => void;
  onFocusItem: (item: SceneItem) => void;
  onHover: (item: SceneItem | null) => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  onFocusIn: (e: FocusEvent<HTMLDivElement>) => void;
  onFocusOut: (e: FocusEvent<HTMLDivElement>) => void;
}

/**
 * The accessible layer over the canvas: one real button per mark in the window (up to the cap),
 * each named as the mark was (title, date, type; or the cluster's count and days), in time order,
 * with one tab stop that arrow keys move. The buttons are transparent circles over the drawn
 * marks, placed at the settled view; the frame loop moves the layer around them with the live
 * zoom, so zooming and panning never re-render them.
 */
export function FocusLayer({ group, onKeyDown, onFocusIn, onFocusOut, ...p }: Props) {
  return (
    <div
      ref={group}
      className="marks"
      role="group"
      aria-label="Events"
      aria-describedby="timeline-help"
      onKeyDown={onKeyDown}
      onFocus={onFocusIn}
      onBlur={onFocusOut}
    >
      {p.items.map((item) => (
        <MarkButton
          key={item.id}
          item={item}
          active={item.id === p.tabStop}
          selected={item.id === p.selected}
          compact={p.compact}
          groupName={p.groupName}
          onActivate={p.onActivate}
          onFocusItem={p.onFocusItem}
          onHover={p.onHover}
        />
      ))}
    </div>
  );
}

interface MarkProps {
  item: SceneItem;
  active: boolean;
  selected: boolean;
  compact: boolean;
  groupName: ReadonlyMap<string, string>;
  onActivate: (item: SceneItem) => void;
  onFocusItem: (item: SceneItem) => void;
  onHover: (item: SceneItem | null) => void;
}

const MarkButton = memo(function MarkButton(p: MarkProps) {
  const { item } = p;
  // A target of at least 24 px, larger for big clusters.
  const size = Math.max(24, 2 * item.r + 6);
  const style: CSSProperties = {
    left: item.x - size / 2,
    top: item.y - size / 2,
    width: size,
    height: size,
  };
  const box = sceneItemBox(item, p.compact);
  const common = {
    type: 'button' as const,
    style,
    tabIndex: p.active ? 0 : -1,
    // The tab stop as React last rendered it; arrow keys may move `tabindex` ahead of it.
    'data-tab-stop': p.active ? '' : undefined,
    'data-item-id': item.id,
    // What the canvas draws under the button, in plot px (layout/mark-box.ts): the chart's own
    // statement of where its ink is, read by the overlap check of the end-to-end tests.
    'data-box': [box.x0, box.y0, box.x1, box.y1].map((v) => v.toFixed(2)).join(' '),
    onClick: () => p.onActivate(item),
    onFocus: () => p.onFocusItem(item),
    // A mark hovers when the pointer moves over it, not when it enters: when the page moves
    // under a resting pointer (an arrow key scrolled to a mark in another lane), the mark that
    // arrives under it takes no hover, which would cover the focused mark's tooltip and redraw
    // the canvas; the one that left it loses its hover.
    onPointerMove: () => p.onHover(item),
    onMouseLeave: () => p.onHover(null),
  };
  if (item.kind === 'cluster') {
    return (
      <button
        {...common}
        className={item.keyCount > 0 ? 'mark-button cluster key' : 'mark-button cluster'}
        aria-label={clusterName(item.count, item.t0, item.t1)}
      />
    );
  }
  return (
    <button
      {...common}
      className={`mark-button sig-${item.significance}`}
      aria-label={eventName(item.event, otherGroupNames(item.others, p.groupName))}
      aria-pressed={p.selected}
      data-event-id={item.id}
    />
  );
});
