/**
 * Everything the page derives from the filters at once: the events that pass, their ids, the
 * facet counts and, for an empty result, what emptied it. It reads only the filter fields, so the
 * page can memoise it on them and panning or zooming never re-runs it. The answers come from a
 * facet index built once per list of events (facet-index.ts).
 */
import type { StanceEvent } from '../domain/schema';
import type { EmptyCause } from './empty-cause';
import type { FacetCounts } from './facet-counts';
import { buildFacetIndex, queryFacetIndex, type FacetIndex } from './facet-index';
import type { FilterState } from './filter-events';
import { queryTerms } from './search';
import { indexSearchText, type ActorNames } from './search-text';

export interface FilterResults {
  /** The events that pass every filter, in the data's order. */
  visible: StanceEvent[];
  /** Their ids. */
  matching: ReadonlySet<string>;
  counts: FacetCounts;
  /** Why the result is empty; [] when it is not. */
  emptyCauses: EmptyCause[];
}

const indexes = new WeakMap<readonly StanceEvent[], FacetIndex>();

/**
 * `actors` lets search find actor names: with it, the first search over `events` indexes all
 * they show (search-text.ts).
 */
export function filterResults(
  events: readonly StanceEvent[],
  state: FilterState,
  actors?: ActorNames,
): FilterResults {
  if (actors && queryTerms(state.q).length > 0) indexSearchText(events, actors);
  let index = indexes.get(events);
  if (index === undefined) {
    index = buildFacetIndex(events);
    indexes.set(events, index);
  }
  return queryFacetIndex(index, state);
}
