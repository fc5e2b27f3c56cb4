/**
 * Why a filtered view is empty, in terms a person can act on: which one active filter, removed
 * on its own, would bring events back, and how many. The empty state can then offer "Remove the
 * actor filter (12 events)" instead of a bare "No events".
 */
import type { StanceEvent } from '../domain/schema';
import {
  FILTER_KEYS,
  compileFilters,
  type FilterKey,
  type FilterOptions,
  type FilterState,
} from './filter-events';

export interface EmptyCause {
  filter: FilterKey;
  /** Events that would show with this filter removed and all the others kept. */
  restores: number;
}

/**
 * For an empty result: the active filters whose removal alone gives a non-empty result, most
 * restored events first (ties in `FILTER_KEYS` order). [] when the result is not empty, or when
 * no single filter is to blame (only removing two or more would help).
 */
export function explainEmpty(
  events: readonly StanceEvent[],
  state: FilterState,
  opts: FilterOptions = {},
): EmptyCause[] {
  const filters = compileFilters(state, opts);
  const keys = FILTER_KEYS.filter((key) => filters.active.has(key));
  const restores = new Map<FilterKey, number>(keys.map((key) => [key, 0]));
  for (const event of events) {
    const failed = keys.filter((key) => !filters.test(event, key));
    if (failed.length === 0) return []; // the result is not empty
    // An event failing exactly one filter is restored by removing that filter, and only that one.
    const [only] = failed;
    if (failed.length === 1 && only !== undefined)
      restores.set(only, (restores.get(only) ?? 0) + 1);
  }
  return keys
    .map((filter) => ({ filter, restores: restores.get(filter) ?? 0 }))
    .filter((cause) => cause.restores > 0)
    .sort((a, b) => b.restores - a.restores);
}
