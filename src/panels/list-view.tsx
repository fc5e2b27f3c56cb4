import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { compareEvents } from '../domain/dates';
import { ListRow } from './list-row';

interface Props {
  dataset: Dataset;
  events: readonly StanceEvent[];
  selected: string | null;
  query: string;
  onSelect: (id: string) => void;
}

/**
 * Up to this many rows the table renders them all and the page scrolls; above, it scrolls in
 * its own box and renders only the rows in view (TanStack Virtual), so 100,000 rows cost what
 * forty do. It stays one real table either way: `aria-rowcount` and `aria-rowindex` tell
 * assistive technology the whole size and where each rendered row sits in it.
 */
export const VIRTUAL_FROM_ROWS = 200;
/** First guess of a row's height (px); rows are measured once drawn. */
const ROW_ESTIMATE_PX = 44;
/** The header row above the rows in the scroll box (px), so the rows in view are counted right. */
const HEADER_PX = 32;

/**
 * The same visible events as the timeline, as a real table: the text alternative to the chart
 * and the quickest way to scan, sort and open events by keyboard or screen reader. ↑ / ↓, Home
 * and End move between the rows' buttons, scrolling rows in as needed.
 */
export function ListView({ dataset, events, selected, query, onSelect }: Props) {
  const [descending, setDescending] = useState(false);
  const rows = useMemo(() => {
    const sorted = [...events].sort(compareEvents);
    return descending ? sorted.reverse() : sorted;
  }, [events, descending]);
  const virtual = rows.length > VIRTUAL_FROM_ROWS;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer hands back fresh functions each render, which an auto-memoising compiler
  // could cache wrongly; this app does not run one, so the notice does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: 10,
    scrollMargin: HEADER_PX,
    enabled: virtual,
  });

  // Keep the open event's row drawn, so that closing its details can return focus to it.
  const selectedIndex = selected === null ? -1 : rows.findIndex((e) => e.id === selected);
  useEffect(() => {
    if (virtual && selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [virtual, selectedIndex, virtualizer]);

  // Arrow keys: the row to focus once it has been drawn.
  const pendingFocus = useRef<number | null>(null);
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const button = scrollRef.current?.querySelector<HTMLElement>(
      `tr[data-index="${index}"] .row-open`,
    );
    if (button) {
      pendingFocus.current = null;
      button.focus();
    }
  });
  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const row = (e.target as HTMLElement).closest('tr');
    const at = Number(row?.dataset.index ?? Number.NaN);
    if (Number.isNaN(at)) return;
    const next = {
      ArrowDown: Math.min(rows.length - 1, at + 1),
      ArrowUp: Math.max(0, at - 1),
      Home: 0,
      End: rows.length - 1,
    }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    pendingFocus.current = next;
    if (virtual) virtualizer.scrollToIndex(next, { align: 'auto' });
    scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${next}"] .row-open`)?.focus();
  };

  const items = virtual
    ? virtualizer.getVirtualItems()
    : rows.map((_, index) => ({ index, start: 0, end: 0 }));
  const first = items[0];
  const last = items[items.length - 1];
  const before = virtual && first ? first.start - HEADER_PX : 0;
  const after = virtual && last ? virtualizer.getTotalSize() - (last.end - HEADER_PX) : 0;

  return (
    <div ref={scrollRef} className={virtual ? 'list-view virtual' : 'list-view'}>
      <table className="event-table" id="event-list" tabIndex={-1} aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">
          Visible events, sorted by date {descending ? 'newest first' : 'oldest first'}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" aria-sort={descending ? 'descending' : 'ascending'}>
              <button
                type="button"
                className="btn link sort"
                onClick={() => setDescending((d) => !d)}
              >
                Date <span aria-hidden="true">{descending ? '▼' : '▲'}</span>
              </button>
            </th>
            <th scope="col">Event</th>
            <th scope="col">Type</th>
            <th scope="col">Actors</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {before > 0 && <Spacer height={before} />}
          {items.map(({ index }) => {
            const event = rows[index]!;
            return (
              <ListRow
                key={event.id}
                ref={virtual ? virtualizer.measureElement : undefined}
                index={index}
                event={event}
                dataset={dataset}
                query={query}
                current={event.id === selected}
                onSelect={onSelect}
              />
            );
          })}
          {after > 0 && <Spacer height={after} />}
        </tbody>
      </table>
    </div>
  );
}

/** Room for the rows that are not drawn, so the scroll bar tells the list's true length. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={5} style={{ height }} />
    </tr>
  );
}
