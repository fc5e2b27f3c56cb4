/**
 * Where an event is drawn in time: an event dated to a day (or a span of days) over its days; one
 * known only to the month or the year across that whole month or year, so it does not look as if
 * it happened on the 1st. Its mark stays at the start, and the painter draws the stretch as an
 * uncertain band (unlike a span's solid bar).
 */
import { eventEndMs, eventStartMs } from '../../domain/dates';
import type { StanceEvent } from '../../domain/schema';

type Dated = Pick<StanceEvent, 'date' | 'end' | 'precision'>;

/** True when the event's date is known only to the month or the year. */
export function isUncertain(event: Pick<StanceEvent, 'precision'>): boolean {
  return event.precision === 'month' || event.precision === 'year';
}

/** ms: exclusive end of the stretch the event is drawn over. */
export function drawnEndMs(event: Dated): number {
  const start = new Date(eventStartMs(event));
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  const own = eventEndMs(event);
  if (event.precision === 'month') return Math.max(own, Date.UTC(y, m + 1, 1));
  if (event.precision === 'year') return Math.max(own, Date.UTC(y + 1, 0, 1));
  return own;
}
