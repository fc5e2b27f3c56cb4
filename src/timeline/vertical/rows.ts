/**
 * The rows of the vertical reading: the drawn events in time order, one row each, with a month
 * heading wherever the month changes. Time flows down; the lanes of the horizontal chart become
 * the colour (and the named group) of each event's mark on one spine. Pure and computed once per
 * data or filter change; the component only slices it to what is on screen.
 *
 * Lane policy as in `layout/lanes.ts`: an event belongs to the group of its first listed actor
 * that has a known group; the other groups it involves are listed, never drawn twice.
 */
import { compareEvents, eventEndMs, eventStartMs } from '../../domain/dates';
import type { Actor, ActorGroup, StanceEvent } from '../../domain/schema';
import type { InlineShift } from './stance-inline';

export interface EventRow {
  kind: 'event';
  /** The event's id: stable across filter changes, so React keeps the row. */
  key: string;
  event: StanceEvent;
  /** 0-based position among the event rows: what the arrow keys count in. */
  ordinal: number;
  /** Index of the event's group in `groups` (its mark's colour); -1 when it has none. */
  colour: number;
  /** Name of the event's group; '' when it has none. */
  group: string;
  /** Names of the other groups it involves, in the order their actors are listed. */
  others: readonly string[];
  /** Drawn although it fails the filters (the "dim" choice). */
  dim: boolean;
  shifts: readonly InlineShift[];
  /** Start (UTC midnight of the first day) and exclusive end, ms. */
  start: number;
  end: number;
}

export interface MonthRow {
  kind: 'month';
  /** `month:YYYY-MM`. */
  key: string;
  /** UTC midnight of the month's first day, ms. */
  start: number;
  /** Events in the month among the drawn ones. */
  count: number;
}

export type VerticalRow = EventRow | MonthRow;

export interface VerticalRows {
  rows: readonly VerticalRow[];
  /** Row index of each event row, by ordinal. */
  eventRows: readonly number[];
  /** Ordinal of each event, by id. */
  ordinalOf: ReadonlyMap<string, number>;
}

export interface RowsInput {
  events: readonly StanceEvent[];
  matching: ReadonlySet<string>;
  actors: readonly Actor[];
  groups: readonly ActorGroup[];
  /** Stance steps by event id (`inlineShifts`). */
  shifts: ReadonlyMap<string, readonly InlineShift[]>;
}

const NONE: readonly never[] = Object.freeze([]);

/** O(n log n) for the sort; everything else is one pass. */
export function buildVerticalRows(input: RowsInput): VerticalRows {
  const { events, matching, actors, groups, shifts } = input;
  const groupIndex = new Map(groups.map((g, i) => [g.id, i]));
  const groupOf = new Map<string, string>();
  for (const a of actors) if (groupIndex.has(a.group)) groupOf.set(a.id, a.group);

  const sorted = [...events].sort(compareEvents);
  const rows: VerticalRow[] = [];
  const eventRows: number[] = [];
  const ordinalOf = new Map<string, number>();
  let month = null as MonthRow | null;
  for (const event of sorted) {
    const start = eventStartMs(event);
    const monthKey = `month:${event.date.slice(0, 7)}`;
    if (month?.key !== monthKey) {
      month = {
        kind: 'month',
        key: monthKey,
        start: Date.UTC(+event.date.slice(0, 4), +event.date.slice(5, 7) - 1),
        count: 0,
      };
      rows.push(month);
    }
    month.count += 1;
    const involved: string[] = [];
    for (const ref of event.actors) {
      const g = groupOf.get(ref.actor);
      if (g !== undefined && !involved.includes(g)) involved.push(g);
    }
    const primary = involved[0];
    const ordinal = eventRows.length;
    ordinalOf.set(event.id, ordinal);
    eventRows.push(rows.length);
    rows.push({
      kind: 'event',
      key: event.id,
      event,
      ordinal,
      colour: primary === undefined ? -1 : groupIndex.get(primary)!,
      group: primary === undefined ? '' : groups[groupIndex.get(primary)!]!.name,
      others:
        involved.length > 1 ? involved.slice(1).map((g) => groups[groupIndex.get(g)!]!.name) : NONE,
      dim: !matching.has(event.id),
      shifts: shifts.get(event.id) ?? NONE,
      start,
      end: eventEndMs(event),
    });
  }
  return { rows, eventRows, ordinalOf };
}

/**
 * The row to scroll to for a window starting at `fromMs`: the first event starting on or after
 * it, or its month heading when it is the month's first event; the last event when every event
 * starts earlier; -1 when there are none. Binary search over the event rows.
 */
export function rowAtTime(rows: VerticalRows, fromMs: number): number {
  const ordinal = ordinalAtTime(rows, fromMs);
  if (ordinal < 0) return -1;
  const row = rows.eventRows[ordinal]!;
  return rows.rows[row - 1]?.kind === 'month' ? row - 1 : row;
}

/** Ordinal of the first event starting on or after `ms` (else the last); -1 for none. */
export function ordinalAtTime(rows: VerticalRows, ms: number): number {
  const n = rows.eventRows.length;
  if (n === 0) return -1;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (eventAt(rows, mid).start < ms) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, n - 1);
}

/**
 * Ordinal of the event nearest in time to `ms`, the earlier one on a tie: where focus goes when
 * the focused event leaves (a filter change) so that the reader keeps their place.
 */
export function nearestOrdinal(rows: VerticalRows, ms: number): number {
  const after = ordinalAtTime(rows, ms);
  if (after <= 0) return after;
  const before = after - 1;
  const dAfter = Math.abs(eventAt(rows, after).start - ms);
  const dBefore = Math.abs(ms - eventAt(rows, before).start);
  return dBefore <= dAfter ? before : after;
}

export function eventAt(rows: VerticalRows, ordinal: number): EventRow {
  return rows.rows[rows.eventRows[ordinal]!] as EventRow;
}

/**
 * The time the rows `first..last` (inclusive row indices) show, as the window a link keeps:
 * from the first shown event's start to the latest end among the shown events (exclusive), ms.
 * Null when the range holds no event. O(rows in the range).
 */
export function windowOfRows(
  rows: VerticalRows,
  first: number,
  last: number,
): [number, number] | null {
  let from = Infinity;
  let to = -Infinity;
  for (let i = Math.max(0, first); i <= Math.min(last, rows.rows.length - 1); i++) {
    const row = rows.rows[i]!;
    if (row.kind !== 'event') continue;
    from = Math.min(from, row.start);
    to = Math.max(to, row.end);
  }
  return from === Infinity ? null : [from, to];
}
