/**
 * The filters' arithmetic (the facet index, search and the counts: selectors/filter-results.ts)
 * is not part of the first view when no filter is set: every event passes then
 * (unfiltered-view.ts). Its code is fetched once the chart has drawn, with the filters'
 * (filters-part.ts), or as soon as a filter is set: by the link, as the page starts
 * (`prefetchFilterCode`), or by the reader. Kept once it has arrived; a failed fetch is kept until
 * "Try again" (ui/load-part.ts `partLoader`): the page that waits for it (`use`) then shows the
 * failure rather than asking again on every render.
 */
import { partLoader } from '../ui/load-part';
import type * as FilterResultsModule from '../selectors/filter-results';
import type { FilterState } from '../selectors/filter-events';
import { noFilterSet } from './unfiltered-view';

export type FilterCode = typeof FilterResultsModule;

let ready: FilterCode | undefined;

/** The code, one promise for every ask (a render waits on it with `use`). */
export const filterCode: () => Promise<FilterCode> = partLoader(
  () => import('../selectors/filter-results').then((code) => (ready = code)),
  'filtering',
);

/** The code, when it has arrived. */
export function readyFilterCode(): FilterCode | undefined {
  return ready;
}

/** Starts fetching the code at once when the link sets a filter: the first view needs it. */
export function prefetchFilterCode(linked: FilterState): void {
  if (!noFilterSet(linked)) filterCode().catch(() => undefined); // the page says it failed
}
