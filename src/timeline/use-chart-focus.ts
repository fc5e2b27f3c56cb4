/**
 * The chart's one tab stop and its keyboard: which item holds focus, what arrow keys, Home/End,
 * PageUp/PageDown, Enter, Escape, + − and 0 do, and putting DOM focus on the right button after
 * React has rendered it. A key press asks the track indexes for the next item (O(tracks · log n)),
 * reveals it and re-renders the buttons; it never rebuilds the layout.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  focusTargetOf,
  keptEvents,
  nearestItem,
  resolveFocus,
  sameKept,
  type FocusTarget,
} from './layout/focus';
import type { LodItem, LodParams } from './layout/lod';
import { moveForKey, navigate, type NavContext } from './layout/navigation';
import type { TimelineModel } from './layout/tracks';
import type { SceneItem } from './layout/scene';
import type { Viewport } from './viewport';

interface Input {
  model: TimelineModel;
  params: LodParams;
  viewport: Viewport;
  selected: string | null;
  onSelect: (id: string | null, how: 'pointer' | 'keyboard') => void;
  onExpand: (item: LodItem | SceneItem) => void;
}

export function useChartFocus({ model, params, viewport, selected, onSelect, onExpand }: Input) {
  const [target, setTarget] = useState<FocusTarget | null>(null);
  const groupRef = useRef<HTMLDivElement | null>(null);
  const setGroup = useCallback((el: HTMLDivElement | null) => {
    groupRef.current = el;
  }, []);
  /** Set when focus should land on the tab stop after the next render. */
  const pending = useRef(false);
  /** The button that last had focus: when a zoom removes it, focus moves to its successor. */
  const lastFocused = useRef<HTMLElement | null>(null);
  /** True while keyboard focus is on one of the mark buttons (the tooltip follows it). */
  const [hasFocus, setHasFocus] = useState(false);
  const onFocusIn = useCallback((e: { target: EventTarget }) => {
    if (e.target instanceof HTMLElement) lastFocused.current = e.target;
    setHasFocus(true);
  }, []);
  const onFocusOut = useCallback((e: { relatedTarget: EventTarget | null }) => {
    const next = e.relatedTarget;
    if (!(next instanceof Node) || !groupRef.current?.contains(next)) setHasFocus(false);
  }, []);

  // The same value while it holds the same events: every focus move changes `target`, but the
  // scene and its labels depend on `kept` and need not be rebuilt when it did not change.
  const nextKept = useMemo(
    () => keptEvents(model, params, [selected, target?.kind === 'event' ? target.id : null]),
    [model, params, selected, target],
  );
  const [kept, setKept] = useState(nextKept);
  if (kept !== nextKept && !sameKept(kept, nextKept)) setKept(nextKept);
  // When the focused item's event has left the chart (filters, new data), the nearest item in
  // time takes its place, so the tab stop never disappears and focus moves there (below).
  const active = useMemo(
    () =>
      target
        ? (resolveFocus(model, params, kept, target) ??
          nearestItem({ tracks: model.tracks, params, kept }, target.t))
        : null,
    [model, params, kept, target],
  );
  const selectedItem = useMemo(() => {
    const place = selected ? model.where.get(selected) : undefined;
    return place
      ? resolveFocus(model, params, kept, {
          id: selected!,
          kind: 'event',
          ...place,
          t: model.tracks[place.track]!.start[place.index]!,
        })
      : null;
  }, [model, params, kept, selected]);

  const nav: NavContext = useMemo(
    () => ({ tracks: model.tracks, params, kept }),
    [model, params, kept],
  );

  const focusItem = useCallback(
    (item: LodItem) => {
      pending.current = true;
      setTarget(focusTargetOf(model, item));
      viewport.reveal(item.t);
    },
    [model, viewport],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const current = active ?? selectedItem;
      const [from, to] = viewport.domainOf(viewport.settled);
      const move = moveForKey(e.key, to - from);
      if (move) {
        e.preventDefault();
        const next = navigate(nav, current, move);
        if (next) focusItem(next);
        return;
      }
      if (!current) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        if (current.kind === 'cluster') onExpand(current);
        else onSelect(model.tracks[current.track]!.events[current.index]!.id, 'keyboard');
      } else if (e.key === 'Escape' && selected) {
        e.preventDefault();
        onSelect(null, 'keyboard');
      } else if (e.key === '+' || e.key === '=') {
        // Zoom around the focused mark, so a keyboard reader never loses their place.
        e.preventDefault();
        viewport.zoomAround(2, current.t);
      } else if (e.key === '-' || e.key === '_') {
        e.preventDefault();
        viewport.zoomAround(0.5, current.t);
      } else if (e.key === '0') {
        e.preventDefault();
        viewport.reset();
      }
    },
    [active, selectedItem, viewport, nav, focusItem, onExpand, onSelect, model, selected],
  );

  const onFocusItem = useCallback(
    (item: SceneItem) => {
      setTarget((t) => (t?.id === item.id ? t : focusTargetOf(model, item)));
    },
    [model],
  );

  const activeId = active ? idOf(model, active) : null;
  // After a key press, or when a zoom replaced the focused cluster's button: focus the tab stop.
  useLayoutEffect(() => {
    const group = groupRef.current;
    if (!group || !activeId) return;
    const last = lastFocused.current;
    const lost =
      last !== null &&
      !last.isConnected &&
      (document.activeElement === null || document.activeElement === document.body);
    if (!pending.current && !lost) return;
    pending.current = false;
    const el = group.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(activeId)}"]`);
    if (el && document.activeElement !== el) focusInSight(el);
  });

  return {
    target,
    active,
    activeId,
    selectedItem,
    kept,
    setGroup,
    onKeyDown,
    onFocusItem,
    onFocusIn,
    onFocusOut,
    hasFocus,
  };
}

export function idOf(model: TimelineModel, item: LodItem): string {
  return item.kind === 'event' ? model.tracks[item.track]!.events[item.index]!.id : item.id;
}

/**
 * Focuses a mark's button, scrolling the page only when the mark is out of sight (above or below
 * the window, its centre included), to the middle of the window as the browser's own focus
 * scroll does. A mark in sight is left where it is: every scroll of a tall chart moves the canvas stuck
 * to the window and so redraws it, and arrow keys walk through time across all the lanes.
 */
function focusInSight(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  const { top, bottom } = el.getBoundingClientRect();
  const middle = (top + bottom) / 2;
  if (middle < 0 || middle > window.innerHeight) {
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
}
