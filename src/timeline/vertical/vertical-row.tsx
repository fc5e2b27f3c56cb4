import { memo, type MouseEvent } from 'react';
import { formatDatePattern, isoDayToMs } from '../../domain/dates';
import { TYPE_LABEL } from '../../domain/labels';
import type { StanceEvent } from '../../domain/schema';
import { eventName } from '../overlay/mark-names';
import { groupColourVar } from '../render/palette';
import { haloUnder, markPath } from '../render/shapes';
import { markAreaOf } from '../render/mark-fit';
import type { EventRow, MonthRow } from './rows';
import { directionWords, type InlineShift } from './stance-inline';

/** The date beside the spine: short, at the precision the record claims ("22 Mar", "in Mar"). */
function shortDate(e: StanceEvent): { first: string; second: string | null } {
  const start = isoDayToMs(e.date);
  if (e.precision === 'year')
    return { first: `in ${formatDatePattern(start, 'year')}`, second: null };
  if (e.precision === 'month')
    return { first: `in ${formatDatePattern(start, 'month')}`, second: null };
  const end = e.end !== undefined && e.end !== e.date ? isoDayToMs(e.end) : null;
  return {
    first: formatDatePattern(start, 'day-month'),
    second: end === null ? null : `to ${formatDatePattern(end, 'day-month')}`,
  };
}

/** With only some rows drawn, each says where it sits in the whole list and how long that is. */
function position(index: number, setSize: number | undefined) {
  return setSize === undefined ? {} : { 'aria-setsize': setSize, 'aria-posinset': index + 1 };
}

interface EventProps {
  row: EventRow;
  index: number;
  /** The number of rows, when only some are drawn. */
  setSize: number | undefined;
  tabStop: boolean;
  selected: boolean;
  measure: ((el: HTMLElement | null) => void) | undefined;
  onOpen: (id: string, how: 'pointer' | 'keyboard') => void;
}

/**
 * One event on the spine: its date, its mark (shape for the type, colour for the group), then
 * across the rest of the width its title (the button that opens it, named as the chart's mark
 * is), its group and type, and the stance steps it makes. The whole row is the button's target.
 */
export const VerticalEventRow = memo(function VerticalEventRow({
  row,
  index,
  setSize,
  tabStop,
  selected,
  measure,
  onOpen,
}: EventProps) {
  const { event } = row;
  const date = shortDate(event);
  const onClick = (e: MouseEvent<HTMLButtonElement>) =>
    // A click with no pointer position is Enter or Space on the button.
    onOpen(event.id, e.detail === 0 ? 'keyboard' : 'pointer');
  let className = `v-row sig-${event.significance}`;
  if (row.dim) className += ' dim';
  if (selected) className += ' selected';
  if (event.precision !== 'day') className += ' uncertain';
  return (
    <li ref={measure} data-index={index} className={className} {...position(index, setSize)}>
      <span className="v-date" aria-hidden="true">
        {date.first}
        {date.second && <span className="v-date-end">{date.second}</span>}
      </span>
      <span className="v-spine" aria-hidden="true">
        <svg width={24} height={24} viewBox="-12 -12 24 24">
          <path
            d={markPath(event.type, markAreaOf(event.type, event.significance, true))}
            className={haloUnder(event.type) ? 'v-mark halo-under' : 'v-mark'}
            style={{ fill: row.colour >= 0 ? groupColourVar(row.colour) : undefined }}
          />
        </svg>
      </span>
      <span className="v-body">
        <button
          type="button"
          className="v-open"
          tabIndex={tabStop ? 0 : -1}
          aria-label={eventName(event, row.others)}
          aria-pressed={selected}
          data-event-id={event.id}
          data-ordinal={row.ordinal}
          onClick={onClick}
        >
          {event.title}
        </button>
        <span className="v-meta">
          {[
            row.group,
            row.others.length ? `also ${row.others.join(', ')}` : '',
            TYPE_LABEL[event.type],
            row.dim ? 'outside the filters' : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
        {row.shifts.length > 0 && (
          <ul className="v-shifts" aria-label="Stance changes">
            {row.shifts.map((s, i) => (
              <ShiftLine key={`${s.dimensionId}-${i}`} shift={s} />
            ))}
          </ul>
        )}
      </span>
    </li>
  );
});

const ARROW = { up: '↑', down: '↓', same: '→', start: '•' } as const;

function ShiftLine({ shift: s }: { shift: InlineShift }) {
  return (
    <li className={`v-shift ${s.direction}`}>
      <span className="v-shift-arrow" aria-hidden="true">
        {ARROW[s.direction]}
      </span>
      <span>
        {s.dimension}: {directionWords(s.direction)} <strong>{s.level}</strong>{' '}
        <span className="v-level" aria-hidden="true">
          {Array.from({ length: s.levels }, (_, i) => (
            <span key={i} className={i <= s.levelIndex ? 'on' : undefined} />
          ))}
        </span>
        <span className="visually-hidden">
          , level {s.levelIndex + 1} of {s.levels}
          {s.previous ? `, from ${s.previous}` : ''}
        </span>
      </span>
    </li>
  );
}

interface MonthProps {
  row: MonthRow;
  index: number;
  setSize: number | undefined;
  measure: ((el: HTMLElement | null) => void) | undefined;
}

/** A month's heading on the spine, so that a screen reader can jump month by month. */
export function VerticalMonthRow({ row, index, setSize, measure }: MonthProps) {
  return (
    <li ref={measure} data-index={index} className="v-month" {...position(index, setSize)}>
      <h2>
        {formatDatePattern(row.start, 'month-long')}
        <span className="v-month-count">
          {' '}
          · {row.count} {row.count === 1 ? 'event' : 'events'}
        </span>
      </h2>
    </li>
  );
}
