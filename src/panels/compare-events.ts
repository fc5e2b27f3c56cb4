/**
 * "Compare two events": the events a reader can pick instead of two dates — those that moved
 * the stance — and which of them a compared day stands for. A picked event compares as its day
 * (the level on a day includes that day's shifts), so the link stays `compare=DAY..DAY`.
 */
import type { StanceEvent } from '../domain/schema';
import { compareEvents } from '../domain/dates';

/** The events with at least one stance shift, in chronological order. */
export function shiftEvents(events: readonly StanceEvent[]): StanceEvent[] {
  return events.filter((e) => e.shifts.length > 0).sort(compareEvents);
}

/** The first of `events` (chronological) on `day`, or undefined: what a picker shows for it. */
export function eventOnDay(events: readonly StanceEvent[], day: string): StanceEvent | undefined {
  return events.find((e) => e.date === day);
}
