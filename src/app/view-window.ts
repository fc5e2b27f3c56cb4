/**
 * The visible window between the link (inclusive ISO days, null = the data's edge) and the
 * timeline (ms, end exclusive). Pure, so the rules are tested: a window showing all the data is
 * the default and leaves the link; a window end in ms is exclusive, so its last day is the day
 * before it.
 */
import type { StanceEvent } from '../domain/schema';
import { DAY_MS, isoDayToMs } from '../domain/dates';

/** First day and last day (the latest end) of the events; ['', ''] for none. O(n). */
export function dataExtent(events: readonly Pick<StanceEvent, 'date' | 'end'>[]): [string, string] {
  let first = '';
  let last = '';
  for (const e of events) {
    if (first === '' || e.date < first) first = e.date;
    const end = e.end ?? e.date;
    if (end > last) last = end;
  }
  return [first, last];
}

/** The link's window in ms [from, to), or null for the whole extent. */
export function windowToMs(
  from: string | null,
  to: string | null,
  extent: readonly [string, string],
): [number, number] | null {
  // With no events there is no extent to complete a half-open window from.
  if ((!from && !to) || !extent[0]) return null;
  return [isoDayToMs(from ?? extent[0]), isoDayToMs(to ?? extent[1]) + DAY_MS];
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The window the timeline shows, as the link writes it: null, null when it shows all the data. */
export function windowFromMs(
  from: number,
  to: number,
  extent: readonly [string, string],
): [string | null, string | null] {
  const all = from <= isoDayToMs(extent[0]) && to >= isoDayToMs(extent[1]) + DAY_MS;
  if (all) return [null, null];
  return [isoDay(from), isoDay(Math.max(from, to - 1))];
}
