/**
 * The filters' code (the tree of actors, types and topics, the dates, what unmatched events do)
 * and their counts (the facet index, unfiltered-view.ts) are not part of what the chart's first
 * marks wait for: both are made once the chart has drawn its first frame, beside the chart's
 * labels and buttons, while the sidebar keeps its column (a fixed width, so the chart never
 * moves when the filters arrive). A page that draws no chart first (the list view, an empty
 * record) or a reader who opens the filters drawer asks for them at once (`loadFiltersNow`); a
 * chart that never paints (its code failed) releases them after `FALLBACK_MS`.
 */
import { lazy } from 'react';
import { afterChartPainted } from '../ui/paint-signal';
import { loadPart } from '../ui/load-part';
import type * as FiltersPanelModule from '../panels/filters-panel';
import { filterCode } from './filter-code';

/** ms: the longest the filters wait for a chart that has not drawn (a failed chart). */
export const FALLBACK_MS = 4000;

let release: () => void = () => undefined;
const released = new Promise<void>((resolve) => (release = resolve));

/** Requests the filters' code now: nothing waits for the chart's first frame any longer. */
export function loadFiltersNow(): void {
  release();
}

/** Resolves when the filters' code may be requested: whichever of the three comes first. */
export function whenFiltersMayLoad(
  chartPainted: Promise<void> = afterChartPainted(),
  now: Promise<void> = released,
  fallbackMs = FALLBACK_MS,
): Promise<void> {
  const fallback = new Promise<void>((resolve) => setTimeout(resolve, fallbackMs));
  return Promise.race([chartPainted, now, fallback]);
}

let code: Promise<typeof FiltersPanelModule> | undefined;

/**
 * The filters' code, requested once they may load (the same request however often it is asked
 * for): the sidebar asks as it mounts, so the code downloads while the counts are computed. It
 * comes with the code that counts (filter-code.ts), fetched beside it: without that, the panel
 * would have no counts to show, and says so.
 */
export function filtersCode(): Promise<typeof FiltersPanelModule> {
  code ??= whenFiltersMayLoad().then(() =>
    Promise.all([
      loadPart(() => import('../panels/filters-panel'), 'the filters'),
      filterCode(),
    ]).then(([panel]) => panel),
  );
  return code;
}

/** The filters panel; a failure to fetch its code is said by the filters' error boundary. */
export const LazyFiltersPanel = lazy(() =>
  filtersCode().then((m) => ({ default: m.FiltersPanel })),
);
