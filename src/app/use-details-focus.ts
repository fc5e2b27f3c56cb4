import { useCallback, useState } from 'react';
import { getViewState, useViewStore, viewStore } from '../state/view-store';

/**
 * Opening and closing an event's details with focus where a reader expects it: opened by
 * keyboard, focus moves into the details; closed, it returns to the event's mark or list row.
 */
export function useDetailsFocus() {
  const selectEvent = useViewStore((s) => s.selectEvent);
  const [focusDetails, setFocusDetails] = useState(false);
  const onSelect = useCallback(
    (id: string | null, how: 'pointer' | 'keyboard') => {
      setFocusDetails(how === 'keyboard');
      selectEvent(id);
    },
    [selectEvent],
  );
  const closeDetails = useCallback(() => {
    const id = getViewState(viewStore).event;
    selectEvent(null);
    requestAnimationFrame(() => {
      const el = id
        ? document.querySelector<HTMLElement | SVGElement>(`[data-event-id="${CSS.escape(id)}"]`)
        : null;
      el?.focus();
    });
  }, [selectEvent]);
  return { focusDetails, onSelect, closeDetails };
}
