/**
 * What the page shows of a dataset under the current view: the filter results (re-computed only
 * when a filter changes, never on pan or zoom), the data's extent, the window in ms for the
 * timeline and its way back to the link, and the order in which the details panel walks events.
 */
import { use, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { StanceEvent } from '../domain/schema';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../domain/validate';
import { chronologicalIds } from '../selectors/chronological';
import { useViewStore } from '../state/view-store';
import { dataExtent, windowFromMs, windowToMs } from './view-window';
import { whenFiltersMayLoad } from './filters-part';
import { noFilterSet, pickFilterState, unfilteredResults } from './unfiltered-view';
import { filterCode, readyFilterCode, type FilterCode } from './filter-code';
import { shownResults, type ShownResults } from './shown-results';

const NO_IDS: readonly string[] = [];

/** What the page showed last for a list of events (shown-results.ts). */
const lastShown = new WeakMap<readonly StanceEvent[], ShownResults>();

export function useFilteredView(dataset: Dataset) {
  const filters = useViewStore(useShallow(pickFilterState));
  // With no filter set, the chart's first marks do not wait for the facet index: the counts
  // follow once they have drawn (unfiltered-view.ts). The same lists before and after, so the
  // chart does not lay out again when the counts arrive.
  const counted = useFiltersMayShow();
  const none = noFilterSet(filters);
  const code = useFilterCode(!none || counted);
  const failed = code instanceof Error ? code : null;
  const ready = code instanceof Error ? undefined : code;
  const unfiltered = useMemo(() => unfilteredResults(dataset.events), [dataset.events]);
  const indexed = useMemo(
    () =>
      (none && !counted) || !ready
        ? null
        : ready.filterResults(dataset.events, filters, dataset.actorById),
    [dataset.events, dataset.actorById, filters, none, counted, ready],
  );
  const previous = lastShown.get(dataset.events);
  const results: ShownResults =
    shownResults({ none, unfiltered, indexed, failed, previous }) ??
    // A link that sets a filter, opened before the code has come: the page waits (app.tsx).
    use(filterCode()).filterResults(dataset.events, filters, dataset.actorById);
  lastShown.set(dataset.events, results);
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

/**
 * The filters' code (filter-code.ts) once it is `wanted` and has arrived, or why it could not
 * be fetched.
 */
function useFilterCode(wanted: boolean): FilterCode | Error | undefined {
  const [code, setCode] = useState<FilterCode | Error | undefined>(readyFilterCode);
  useEffect(() => {
    if (!wanted || code !== undefined) return;
    let live = true;
    filterCode().then(
      (c) => live && setCode(c),
      (e: unknown) => live && setCode(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [wanted, code]);
  return code ?? readyFilterCode();
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
