import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type RefObject,
} from 'react';
import { eventAt, nearestOrdinal, type VerticalRows } from './rows';

interface Options {
  rows: VerticalRows;
  list: RefObject<HTMLElement | null>;
  /** Brings a row into the DOM and into view (the virtualizer's scrollToIndex). */
  reveal: (rowIndex: number) => void;
}

/**
 * The vertical reading's one tab stop and where DOM focus goes: `active` is the event that holds
 * the tab stop; `focusOrdinal` moves focus to an event, scrolling its row in first when it is not
 * drawn yet; when the focused event leaves (a filter change), focus goes to the event nearest in
 * time instead of falling to the page.
 */
export function useFocusRows({ rows, list, reveal }: Options) {
  const [active, setActive] = useState<string | null>(null);
  const pending = useRef<number | null>(null);
  // The focused event while focus is in the list, kept when its button is removed under it.
  const focused = useRef<{ id: string; start: number } | null>(null);

  const button = (ordinal: number) =>
    list.current?.querySelector<HTMLElement>(`[data-ordinal="${ordinal}"]`) ?? null;
  const focusOrdinal = (ordinal: number) => {
    setActive(eventAt(rows, ordinal).key);
    const el = button(ordinal);
    if (el) {
      pending.current = null;
      el.focus();
    } else {
      pending.current = ordinal;
      reveal(rows.eventRows[ordinal]!);
    }
  };

  // A row scrolled in for the keyboard: focus it once drawn.
  useLayoutEffect(() => {
    const ordinal = pending.current;
    if (ordinal === null || ordinal >= rows.eventRows.length) return;
    const el = button(ordinal);
    if (el) {
      pending.current = null;
      el.focus();
    }
  });

  // The focused event left (new rows after a filter change): keep the reader's place at the
  // nearest event.
  const seenRows = useRef(rows);
  useLayoutEffect(() => {
    if (seenRows.current === rows) return;
    seenRows.current = rows;
    const was = focused.current;
    const el = document.activeElement;
    if (!was || (el && el !== document.body && list.current?.contains(el))) return;
    const ordinal = rows.ordinalOf.get(was.id) ?? nearestOrdinal(rows, was.start);
    if (ordinal >= 0) focusOrdinal(ordinal);
  });

  const onFocus = useCallback(
    (e: FocusEvent<HTMLElement>) => {
      const ordinal = Number(e.target.dataset.ordinal ?? Number.NaN);
      if (Number.isNaN(ordinal) || ordinal >= rows.eventRows.length) return;
      const row = eventAt(rows, ordinal);
      focused.current = { id: row.key, start: row.start };
      setActive(row.key);
    },
    [rows],
  );
  const onBlur = useCallback((e: FocusEvent<HTMLElement>) => {
    if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
    const target = e.target;
    // Focus left for somewhere else (the target is still in the page): forget it. A button
    // removed under focus is no longer connected by the next frame: keep it for the recovery.
    requestAnimationFrame(() => {
      if (target.isConnected) focused.current = null;
    });
  }, []);

  return { active, setActive, focusOrdinal, onFocus, onBlur };
}
