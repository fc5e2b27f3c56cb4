/**
 * The first view without the facet index. With no filter set, every event passes, in the data's
 * order, and nothing is empty for a filter's sake: that much is known without building the index
 * (about 35 ms at 10,000 events, 350 ms at 100,000), so the chart's first marks do not wait for
 * it. Only the filters' counts need the index; they are shown once the chart has drawn
 * (filters-part.ts), and the index is built then.
 */
import type { StanceEvent } from '../domain/schema';
import type { FilterState } from '../selectors/filter-events';
import type { FilterResults } from '../selectors/filter-results';

/**
 * Only the filter fields of a view: what to memoise filtering on, so panning never re-runs it.
 * Here, not beside the filtering (selectors/filter-events.ts): importing that module would bring
 * its code, and search's, into the first view's script.
 */
export function pickFilterState(s: FilterState): FilterState {
  return { actors: s.actors, types: s.types, tags: s.tags, q: s.q, since: s.since, until: s.until };
}

/**
 * Whether no filter is set. Conservative: a search of only spaces counts as none, any other text
 * as a filter (the index decides whether it holds a term).
 */
export function noFilterSet(s: FilterState): boolean {
  return (
    s.actors.length === 0 &&
    s.types.length === 0 &&
    s.tags.length === 0 &&
    s.q.trim() === '' &&
    s.since === null &&
    s.until === null
  );
}

/** What passes when no filter is set: every event. */
export function unfilteredResults(
  events: readonly StanceEvent[],
): Pick<FilterResults, 'visible' | 'matching' | 'emptyCauses'> {
  return { visible: events.slice(), matching: new Set(events.map((e) => e.id)), emptyCauses: [] };
}
