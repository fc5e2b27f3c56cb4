/**
 * What the page shows for the filters while their code (filter-code.ts) may not have arrived:
 * with no filter set, every event (unfiltered-view.ts), and the counts once the code has made
 * them; with a filter set, its results. A filter set before the code has arrived (a search typed
 * in the moment after the first marks) leaves the events shown for these events as they were,
 * marked `pending` (the count says it is filtering), until it arrives, so the page never blanks
 * or loses focus; with none shown yet (a link that sets a filter, opened before the code came)
 * there is nothing true to show: the page waits.
 */
import type { FacetCounts } from '../selectors/facet-counts';
import type { FilterResults } from '../selectors/filter-results';

export type ShownResults = Omit<FilterResults, 'counts'> & {
  counts: FacetCounts | null;
  /** A filter is set whose results are not made yet: these are the ones shown before it. */
  pending?: true;
};

export interface ShownInput {
  /** No filter is set. */
  none: boolean;
  unfiltered: Omit<FilterResults, 'counts'>;
  /** The filters' results, once their code has arrived and is wanted. */
  indexed: FilterResults | null;
  /** The code could not be fetched. */
  failed: Error | null;
  /** What was shown last for the same events. */
  previous: ShownResults | undefined;
}

/** The results to show, or null to wait for the code; throws when it could not be fetched. */
export function shownResults({
  none,
  unfiltered,
  indexed,
  failed,
  previous,
}: ShownInput): ShownResults | null {
  if (none) return { ...unfiltered, counts: indexed?.counts ?? null };
  if (indexed) return indexed;
  if (failed) throw failed;
  return previous ? { ...previous, pending: true } : null;
}
