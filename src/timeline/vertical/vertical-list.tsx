import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { signalLayoutPainted, signalMarksPainted } from '../../ui/paint-signal';
import { targetOrdinal } from './keys';
import { rowAtTime, windowOfRows, type VerticalRows } from './rows';
import { useFocusRows } from './use-focus-rows';
import { useListOffset } from './use-list-offset';
import { VerticalEventRow, VerticalMonthRow } from './vertical-row';

/**
 * Up to this many rows every row is drawn and the page simply scrolls; above it only the rows
 * on screen are (TanStack Virtual over the window's scroll), so 10,000 events cost what forty do.
 */
export const VIRTUAL_FROM_ROWS = 300;
/** First guesses of a row's height (px); rows are measured once drawn. */
const EVENT_PX = 64;
const MONTH_PX = 44;
/** A scroll has settled when no scroll event came for this long (ms). */
const SETTLE_MS = 200;

interface Props {
  rows: VerticalRows;
  selected: string | null;
  /** The view's window in ms, or null for everything: where the reading starts. */
  window: readonly [number, number] | null;
  onSelect: (id: string | null, how: 'pointer' | 'keyboard') => void;
  onWindowChange: (from: number, to: number) => void;
}

/**
 * The events down one spine, as a list the page scrolls. The window of a link is where it opens
 * (or the open event); once the reader scrolls, the window follows what is on screen, so a link
 * reopens that stretch of time, in either direction.
 */
export function VerticalList({ rows, selected, window: view, onSelect, onWindowChange }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const offset = useListOffset(listRef);
  const count = rows.rows.length;
  const virtual = count > VIRTUAL_FROM_ROWS;
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: (i) => (rows.rows[i]?.kind === 'month' ? MONTH_PX : EVENT_PX),
    getItemKey: (i) => rows.rows[i]?.key ?? i,
    overscan: 6,
    scrollMargin: offset ?? 0,
  });
  const reveal = useCallback(
    (index: number, align: 'auto' | 'start' | 'center' = 'auto') =>
      virtualizer.scrollToIndex(index, { align }),
    [virtualizer],
  );
  const focus = useFocusRows({ rows, list: listRef, reveal });
  const { setActive } = focus;

  // Where the reading opens: the open event, else the start of the link's window.
  const opened = useRef(false);
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (opened.current || offset === null) return;
    opened.current = true;
    revealed.current = selected;
    const ordinal = selected === null ? undefined : rows.ordinalOf.get(selected);
    if (ordinal !== undefined) {
      setActive(selected);
      reveal(rows.eventRows[ordinal]!, 'center');
    } else if (view) {
      const row = rowAtTime(rows, view[0]);
      if (row > 0 || (row === 0 && window.scrollY > offset)) reveal(row, 'start');
    }
  }, [offset, rows, selected, view, reveal, setActive]);

  // An event opened from elsewhere (the details' Previous and Next) comes into view.
  const ordinalOfSelected = selected === null ? undefined : rows.ordinalOf.get(selected);
  useEffect(() => {
    if (!opened.current || ordinalOfSelected === undefined || revealed.current === selected) return;
    revealed.current = selected;
    setActive(selected);
    reveal(rows.eventRows[ordinalOfSelected]!);
  }, [ordinalOfSelected, rows, selected, reveal, setActive]);

  // The window follows the reader's scrolling once it settles. Only the reader's: scrolls that
  // follow no input (opening a link, revealing the open event) leave the link as it was.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let byReader = false;
    const input = () => {
      byReader = true;
    };
    const settle = () => {
      if (!byReader) return;
      byReader = false;
      const range = virtualizer.range;
      const shown = range && windowOfRows(rows, range.startIndex, range.endIndex);
      if (shown) onWindowChange(shown[0], shown[1]);
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(settle, SETTLE_MS);
    };
    const inputs = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;
    inputs.forEach((type) => window.addEventListener(type, input, { passive: true }));
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      inputs.forEach((type) => window.removeEventListener(type, input));
      window.removeEventListener('scroll', onScroll);
    };
  }, [virtualizer, rows, onWindowChange]);

  // The reading's rows are its marks: say when they are on screen, as the chart does, so the
  // code the first view does not need (printout, dialogs, the offline worker) loads after them
  // here too, and a new filter's rows mark the layout painted.
  const hasRows = count > 0;
  useEffect(() => {
    if (hasRows) signalMarksPainted();
    signalLayoutPainted();
  }, [rows, hasRows]);

  const items = virtual
    ? virtualizer.getVirtualItems()
    : rows.rows.map((_, index) => ({ index, start: 0, end: 0 }));
  const first = items[0];
  const last = items[items.length - 1];
  const margin = offset ?? 0;
  const before = virtual && first ? first.start - margin : 0;
  const after = virtual && last ? virtualizer.getTotalSize() - (last.end - margin) : 0;

  // The tab stop: the event last focused or opened while drawn, else the first drawn on screen.
  const drawn = new Set<string>();
  for (const { index } of items) {
    const row = rows.rows[index];
    if (row?.kind === 'event') drawn.add(row.key);
  }
  const visibleFrom = virtualizer.range?.startIndex ?? 0;
  const firstShown = items.find(
    ({ index }) => index >= visibleFrom && rows.rows[index]?.kind === 'event',
  );
  const tabStop =
    (focus.active !== null && drawn.has(focus.active) ? focus.active : null) ??
    (selected !== null && drawn.has(selected) ? selected : null) ??
    (firstShown ? rows.rows[firstShown.index]!.key : ([...drawn][0] ?? null));

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const at = Number((e.target as HTMLElement).dataset.ordinal ?? Number.NaN);
    if (Number.isNaN(at) || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape' && selected !== null) {
      e.preventDefault();
      onSelect(null, 'keyboard');
      return;
    }
    const page = Math.max(1, Math.floor(window.innerHeight / EVENT_PX) - 1);
    const next = targetOrdinal(e.key, at, rows.eventRows.length, page);
    if (next === null) return;
    e.preventDefault();
    focus.focusOrdinal(next);
  };

  // Measured in both modes: the rows' heights tell which are on screen, for the window.
  const measure = virtualizer.measureElement;
  const setSize = virtual ? count : undefined;
  return (
    <ol
      ref={listRef}
      className="v-list"
      style={{ paddingTop: before, paddingBottom: after }}
      onKeyDown={onKeyDown}
      onFocus={focus.onFocus}
      onBlur={focus.onBlur}
    >
      {items.map(({ index }) => {
        const row = rows.rows[index]!;
        return row.kind === 'month' ? (
          <VerticalMonthRow
            key={row.key}
            row={row}
            index={index}
            setSize={setSize}
            measure={measure}
          />
        ) : (
          <VerticalEventRow
            key={row.key}
            row={row}
            index={index}
            setSize={setSize}
            tabStop={row.key === tabStop}
            selected={row.key === selected}
            measure={measure}
            onOpen={onSelect}
          />
        );
      })}
    </ol>
  );
}
