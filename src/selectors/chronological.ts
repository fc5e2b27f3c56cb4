/**
 * The order in which the details panel walks events (Previous / Next): chronological, as
 * `compareEvents` defines it. The full list is sorted once per dataset and cached; the shown
 * events keep that order by one pass over it, so a filter change never sorts (at 100,000 events a
 * sort costs more than the whole filter query).
 */
import { compareEvents } from '../domain/dates';
import type { StanceEvent } from '../domain/schema';

const sortedLists = new WeakMap<readonly StanceEvent[], readonly StanceEvent[]>();

/** `events` sorted by `compareEvents`; the same array for the same list. */
export function chronological(events: readonly StanceEvent[]): readonly StanceEvent[] {
  let sorted = sortedLists.get(events);
  if (sorted === undefined) {
    sorted = [...events].sort(compareEvents);
    sortedLists.set(events, sorted);
  }
  return sorted;
}

/** Ids of `events` in chronological order; only those in `keep` when it is given. */
export function chronologicalIds(
  events: readonly StanceEvent[],
  keep: ReadonlySet<string> | null,
): string[] {
  const ids: string[] = [];
  for (const e of chronological(events)) if (keep === null || keep.has(e.id)) ids.push(e.id);
  return ids;
}
