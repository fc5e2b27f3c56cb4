/**
 * The chart's one tab stop and its keyboard: which item holds focus, what arrow keys, Home/End,
 * PageUp/PageDown, Enter, Escape, + − and 0 do, and putting DOM focus on the right button after
 * React has rendered it. A key press asks the track indexes for the next item (O(tracks · log n))
 * and reveals it; it never rebuilds the layout.
 *
 * Most presses land on a mark that already has its button and leave the drawn marks as they
 * were: then focus and the tab stop move on the two buttons at once, the tooltip follows through
 * its store, and React hears of the new target later, at low priority (a transition), so the
 * frame that shows the move carries no render of the plot. Any other press (the next item has no
 * button, or focusing it changes which events are kept out of clusters) renders first and
 * focuses after.
 *
 * The items within REACH presses of ← and → get buttons when focus is rendered, so a key held
 * down walks on buttons that are there already; React catches up once the keys pause
 * (overlay/key-rest.ts), or sooner when the walk has used half of them. A render after every
 * press was still running when the next press of a held key came, which then waited for it.
 */
import {
  startTransition,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { createHoverStore } from './hover-store';
import {
  focusTargetOf,
  keptEvents,
  resolveFocus,
  sameKept,
  type FocusTarget,
} from './layout/focus';
import type { LodItem, LodParams } from './layout/lod';
import type { NavContext } from './layout/nav-key';
import type { TimelineModel } from './layout/tracks';
import type { SceneItem } from './layout/scene';
import type { KeyRest } from './overlay/key-rest';
import type { OverlayCode } from './overlay/overlay-code';
import type { Viewport } from './viewport';

/** Presses of ← and of → from the rendered focus whose targets get buttons (see above). */
const REACH = 8;
/** Presses ahead of the rendered focus after which React catches up without waiting for a pause. */
const CATCH_UP_AFTER = REACH / 2;
/** The keys the chart answers besides those that move focus. */
const CHART_KEYS = new Set(['Enter', ' ', 'Escape', '+', '=', '-', '_', '0']);

interface Input {
  model: TimelineModel;
  params: LodParams;
  viewport: Viewport;
  selected: string | null;
  onSelect: (id: string | null, how: 'pointer' | 'keyboard') => void;
  onExpand: (item: LodItem | SceneItem) => void;
  /** Tells when keys pause; null until the mark buttons' code has arrived (no keys before). */
  keyRest: KeyRest | null;
  /** The keyboard's moves, loaded with the mark buttons (null before: no key reaches the chart). */
  keys: OverlayCode['keys'] | null;
}

export function useChartFocus(input: Input) {
  const { model, params, viewport, selected, onSelect, onExpand, keyRest, keys } = input;
  const [target, setRenderedTarget] = useState<FocusTarget | null>(null);
  /**
   * The latest target, ahead of `target` while a transition carries a key press to React: keys
   * pressed before it renders move on from here, and a focus event for it changes nothing.
   */
  const latest = useRef<FocusTarget | null>(null);
  const catchUp = useRef(0);
  const cancelRest = useRef<() => void>(() => {});
  /** Presses whose moves have not been rendered yet. */
  const unrendered = useRef(0);
  const setTarget = useCallback(
    (next: FocusTarget | null, urgent = true) => {
      latest.current = next;
      cancelAnimationFrame(catchUp.current);
      cancelRest.current();
      if (urgent) {
        unrendered.current = 0;
        setRenderedTarget(next);
        return;
      }
      unrendered.current += 1;
      const render = () => {
        unrendered.current = 0;
        startTransition(() => setRenderedTarget(latest.current));
      };
      keyRest?.note();
      if (keyRest && unrendered.current < CATCH_UP_AFTER) {
        // Keys may follow: React catches up when they pause (the buttons ahead are there).
        cancelRest.current = keyRest.afterRest(render);
        return;
      }
      // After the frame that shows the move (and the scroll it may bring) and the one after it:
      // what the render adds (the buttons further on) can wait a frame, the reader's next key
      // press cannot. Only the last of quick presses is rendered.
      catchUp.current = requestAnimationFrame(() => {
        catchUp.current = requestAnimationFrame(render);
      });
    },
    [keyRest],
  );
  useLayoutEffect(
    () => () => {
      cancelAnimationFrame(catchUp.current);
      cancelRest.current();
    },
    [],
  );
  /** The focused mark's tooltip between a key press and the render that catches up with it. */
  const [tip] = useState(createHoverStore);
  useLayoutEffect(() => {
    // Dropped once React has caught up with the latest press. A render that carries an earlier
    // one (keys went on while it ran) leaves it: the tooltip stays on the mark that has focus,
    // not on the one that render knows of.
    if (latest.current === target) tip.set(null);
  }, [tip, target]);
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
  // Set only when it changes: a state update queued beside a pending transition would render.
  const focusedIn = useRef(false);
  const onFocusIn = useCallback((e: { target: EventTarget }) => {
    if (e.target instanceof HTMLElement) lastFocused.current = e.target;
    if (focusedIn.current) return;
    focusedIn.current = true;
    setHasFocus(true);
  }, []);
  const onFocusOut = useCallback(
    (e: { relatedTarget: EventTarget | null }) => {
      const next = e.relatedTarget;
      if (next instanceof Node && groupRef.current?.contains(next)) return;
      focusedIn.current = false;
      tip.set(null);
      setHasFocus(false);
    },
    [tip],
  );

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
          keys?.nearestItem({ tracks: model.tracks, params, kept }, target.t) ??
          null)
        : null,
    [model, params, kept, target, keys],
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

  // One arrow press away from the focused item: given buttons too, so that press is answered
  // without a render (below), and without searching the tracks while it is the focused item.
  const arrows = useMemo(() => keys?.arrowTargets(nav, active) ?? {}, [keys, nav, active]);
  // The presses of a held ← or → from it, answered from here while React has not caught up.
  const walk = useMemo(() => keys?.walkAround(nav, active, REACH) ?? [], [keys, nav, active]);
  const near = useMemo(
    () => keys?.neighbours(nav, active, arrows, walk) ?? [],
    [keys, nav, active, arrows, walk],
  );

  const focusItem = useCallback(
    (item: LodItem) => {
      const next = focusTargetOf(model, item);
      const button = buttonOf(groupRef.current, next.id);
      const nextKept = keptEvents(model, params, [
        selected,
        next.kind === 'event' ? next.id : null,
      ]);
      if (button && sameKept(kept, nextKept)) {
        // Drawn as it is and already a button: move focus now, render later.
        setTarget(next, false);
        moveTabStop(groupRef.current!, button);
        focusInSight(button);
      } else {
        pending.current = true;
        setTarget(next);
      }
      viewport.reveal(item.t);
    },
    [model, params, selected, kept, viewport, setTarget],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.altKey || e.ctrlKey || e.metaKey || !keys) return;
      // Ahead of this render when a key press has not reached React yet.
      const ahead = latest.current !== target ? latest.current : null;
      const current = (ahead && resolveFocus(model, params, kept, ahead)) ?? active ?? selectedItem;
      const [from, to] = viewport.domainOf(viewport.settled);
      const move = keys.moveForKey(e.key, to - from);
      if (move) {
        e.preventDefault();
        // The rendered focus, unmoved since: its arrow targets are worked out already; or a
        // held ← or → further along the walk worked out with them.
        const ready =
          !ahead && current === active && keys.isArrowMove(move)
            ? arrows[move.kind]
            : ahead && current && (move.kind === 'next' || move.kind === 'prev')
              ? keys.stepOnWalk(model.tracks, walk, idOf(model, current), move.kind)
              : undefined;
        const next = ready !== undefined ? ready : keys.navigate(nav, current, move);
        if (next) focusItem(next);
        return;
      }
      if (!current) return;
      // Any other key of the chart's acts on the focused mark, which React hears of now: the
      // canvas rings it while a zoom runs, and what the key opens starts from it.
      if (ahead && CHART_KEYS.has(e.key)) setTarget(ahead);
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
    [
      target,
      active,
      selectedItem,
      viewport,
      nav,
      arrows,
      walk,
      focusItem,
      onExpand,
      onSelect,
      model,
      params,
      kept,
      selected,
      setTarget,
      keys,
    ],
  );

  const onFocusItem = useCallback(
    (item: SceneItem) => {
      tip.set(item);
      if (latest.current?.id !== item.id) setTarget(focusTargetOf(model, item));
    },
    [model, tip, setTarget],
  );

  const activeId = active ? idOf(model, active) : null;
  // After a key press, or when a zoom replaced the focused cluster's button: focus the tab stop.
  useLayoutEffect(() => {
    const group = groupRef.current;
    if (!group) return;
    // React writes `tabindex` only where its own value changed, so a stop moved ahead of it can
    // outlive a render that went elsewhere (a press that had to render first): after every
    // render there is one stop, the press's that React has not heard of yet, else React's.
    const ahead = latest.current !== target && latest.current ? latest.current.id : null;
    const stop =
      (ahead && buttonOf(group, ahead)) ?? group.querySelector<HTMLElement>('[data-tab-stop]');
    if (stop) moveTabStop(group, stop);
    if (!activeId) return;
    const last = lastFocused.current;
    const lost =
      last !== null &&
      !last.isConnected &&
      (document.activeElement === null || document.activeElement === document.body);
    if (!pending.current && !lost) return;
    if (latest.current !== target) {
      // A key press on its way to React: its button has focus already, unless a render that
      // did not know of it yet (a scroll's new rows) has just removed that button; then it is
      // rendered at once, before this frame paints, and focused after.
      if (lost) {
        pending.current = true;
        setTarget(latest.current);
      }
      return;
    }
    pending.current = false;
    const el = buttonOf(group, activeId);
    if (el && document.activeElement !== el) focusInSight(el);
  });

  return {
    target,
    active,
    activeId,
    selectedItem,
    near,
    kept,
    setGroup,
    onKeyDown,
    onFocusItem,
    onFocusIn,
    onFocusOut,
    hasFocus,
    tip,
  };
}

function buttonOf(group: HTMLElement | null, id: string): HTMLElement | null {
  return group?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`) ?? null;
}

/**
 * Moves the one tab stop to `to`, ahead of React. React writes an attribute only when its own
 * value changes, so it does not move the stop back when the press reaches it; a render that went
 * elsewhere first is mended after it commits (the layout effect above).
 */
function moveTabStop(group: HTMLElement, to: HTMLElement): void {
  for (const el of group.querySelectorAll<HTMLElement>('[tabindex="0"]')) {
    if (el !== to) el.tabIndex = -1;
  }
  to.tabIndex = 0;
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
