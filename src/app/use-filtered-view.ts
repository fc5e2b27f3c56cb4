/**
 * What the page shows of a dataset under the current view: the filter results (re-computed only
 * when a filter changes, never on pan or zoom), the data's extent, the window in ms for the
 * timeline and its way back to the link, and the order in which the details panel walks events.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { StanceEvent } from '../domain/schema';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../domain/validate';
import { chronologicalIds } from '../selectors/chronological';
import { pickFilterState } from '../selectors/filter-events';
import { filterResults } from '../selectors/filter-results';
import { useViewStore } from '../state/view-store';
import { dataExtent, windowFromMs, windowToMs } from './view-window';
import { whenFiltersMayLoad } from './filters-part';
import { noFilterSet, unfilteredResults } from './unfiltered-view';

const NO_IDS: readonly string[] = [];

export function useFilteredView(dataset: Dataset) {
  const filters = useViewStore(useShallow(pickFilterState));
  // With no filter set, the chart's first marks do not wait for the facet index: the counts
  // follow once they have drawn (unfiltered-view.ts). The same lists before and after, so the
  // chart does not lay out again when the counts arrive.
  const counted = useFiltersMayShow();
  const none = noFilterSet(filters);
  const unfiltered = useMemo(() => unfilteredResults(dataset.events), [dataset.events]);
  const indexed = useMemo(
    () => (none && !counted ? null : filterResults(dataset.events, filters, dataset.actorById)),
    [dataset.events, dataset.actorById, filters, none, counted],
  );
  const results = none || !indexed ? { ...unfiltered, counts: indexed?.counts ?? null } : indexed;
  const extent = useMemo(() => dataExtent(dataset.events), [dataset.events]);

  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const setWindow = useViewStore((s) => s.setWindow);
  const windowMs = useMemo(() => windowToMs(from, to, extent), [from, to, extent]);
  const onWindowChange = useCallback(
    (fromMs: number, toMs: number) => setWindow(...windowFromMs(fromMs, toMs, extent)),
    [setWindow, extent],
  );

  // Previous / Next in the details: the shown events in time order, or all of them when the
  // open event is filtered out (opened by link), so that stepping never gets stuck. Only while
  // an event is open: the first sort of a large record is work the first view must not wait for.
  const selected = useViewStore((s) => s.event);
  const open = selected !== null;
  const selectedShown = open && results.matching.has(selected);
  const order = useMemo(
    () =>
      open ? chronologicalIds(dataset.events, selectedShown ? results.matching : null) : NO_IDS,
    [results.matching, dataset.events, open, selectedShown],
  );

  return { ...results, extent, windowMs, onWindowChange, order };
}

/** Whether the filters may be drawn yet (filters-part.ts). */
function useFiltersMayShow(): boolean {
  const [may, setMay] = useState(false);
  useEffect(() => {
    let live = true;
    void whenFiltersMayLoad().then(() => live && setMay(true));
    return () => {
      live = false;
    };
  }, []);
  return may;
}

/**
 * What the chart draws: the events and matching ids a render behind the rest of the page. The
 * chart lays its lanes out again for new filters, the costliest part of a filter change (about
 * 100 ms at 100,000 events), so the filters, count and chips answer a click in the next frame
 * and the marks follow. A new dataset is never deferred: the chart must not draw one dataset's
 * events against another's index.
 */
export function useChartEvents(
  dataset: Dataset,
  events: readonly StanceEvent[],
  matching: ReadonlySet<string>,
) {
  const now = useMemo(() => ({ dataset, events, matching }), [dataset, events, matching]);
  const deferred = useDeferredValue(now);
  return deferred.dataset === dataset ? deferred : now;
}
