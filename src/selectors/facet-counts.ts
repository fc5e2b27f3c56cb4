/**
 * Counts beside each filter value, as faceted search shows them: for a value of one facet, the
 * number of events that pass every OTHER active filter and carry that value. A facet's own
 * selection does not narrow its counts, so ticking a second actor shows how many events it would
 * add instead of zeros everywhere else.
 */
import type { EventType, StanceEvent } from '../domain/schema';
import {
  compileFilters,
  involvedActorIds,
  type FilterOptions,
  type FilterState,
} from './filter-events';

export interface FacetCounts {
  /** Actor id → events involving that actor. Absent = 0. */
  actors: Map<string, number>;
  /** Event type → events of that type. Absent = 0. */
  types: Map<EventType, number>;
  /** Tag id → events with that tag. Absent = 0. */
  tags: Map<string, number>;
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * One pass over the events: each filter is tested once per event, and each facet counts the
 * event when all the other filters pass. O(n · values per event).
 */
export function facetCounts(
  events: readonly StanceEvent[],
  state: FilterState,
  opts: FilterOptions = {},
): FacetCounts {
  const filters = compileFilters(state, opts);
  const counts: FacetCounts = { actors: new Map(), types: new Map(), tags: new Map() };
  for (const event of events) {
    const actorsOk = filters.test(event, 'actors');
    const typesOk = filters.test(event, 'types');
    const tagsOk = filters.test(event, 'tags');
    if (!(filters.test(event, 'q') && filters.test(event, 'dates'))) continue;
    if (typesOk && tagsOk) for (const id of involvedActorIds(event)) bump(counts.actors, id);
    if (actorsOk && tagsOk) bump(counts.types, event.type);
    // Tags are de-duplicated so that a tag listed twice still counts its event once.
    if (actorsOk && typesOk) for (const tag of new Set(event.tags)) bump(counts.tags, tag);
  }
  return counts;
}
