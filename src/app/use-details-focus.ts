import { useCallback, useState } from 'react';
import { getViewState, useViewStore, viewStore } from '../state/view-store';
import { drawerSideFor, type DrawerSide, type Span } from './drawer-side';

/**
 * Opening and closing an event's details with focus where a reader expects it: opened by
 * keyboard, focus moves into the details; closed, it returns to the event's mark or list row.
 * Opened by a click on a mark (`at`, its edges in viewport px), the drawer takes the side that
 * leaves that mark in sight (drawer-side.ts).
 */
export function useDetailsFocus() {
  const selectEvent = useViewStore((s) => s.selectEvent);
  const [focusDetails, setFocusDetails] = useState(false);
  const [side, setSide] = useState<DrawerSide>('right');
  // True when the last event was opened by a click on its mark: nothing may move it.
  const [fromMark, setFromMark] = useState(false);
  const onSelect = useCallback(
    (id: string | null, how: 'pointer' | 'keyboard', at?: Span) => {
      setFocusDetails(how === 'keyboard');
      setFromMark(at !== undefined);
      const open = getViewState(viewStore).event !== null;
      if (id === null) setSide('right');
      else if (at) setSide((was) => drawerSideFor(at, window.innerWidth, open ? was : 'right'));
      else if (!open) setSide('right');
      selectEvent(id);
    },
    [selectEvent],
  );
  const closeDetails = useCallback(() => {
    const id = getViewState(viewStore).event;
    selectEvent(null);
    setSide('right');
    requestAnimationFrame(() => {
      const el = id
        ? document.querySelector<HTMLElement | SVGElement>(`[data-event-id="${CSS.escape(id)}"]`)
        : null;
      el?.focus();
    });
  }, [selectEvent]);
  return { focusDetails, onSelect, closeDetails, side, fromMark };
}
