import { Suspense, useEffect, useState, type RefObject } from 'react';
import type { Dataset } from '../domain/validate';
import type { FacetCounts } from '../selectors/facet-counts';
import { ErrorBoundary } from '../ui/error-boundary';
import { filtersCode, LazyFiltersPanel, loadFiltersNow } from './filters-part';

interface Props {
  dataset: Dataset;
  /** Null until the filters may be drawn (filters-part.ts): nothing is shown until then. */
  counts: FacetCounts | null;
  /** The data's first and last day, bounds for the date inputs. */
  extent: [string, string];
  /** On narrow screens the filters are a drawer over the page, with a scrim and a Done button. */
  open: boolean;
  setOpen: (open: boolean) => void;
  doneRef: RefObject<HTMLButtonElement | null>;
  onClearFilters: () => void;
  /** Whether the page draws the timeline's marks first: then the filters' code waits for them. */
  chartFirst: boolean;
}

/** The "Filters" navigation: a sidebar on wide screens, a drawer on narrow ones. */
export function FiltersNav({
  dataset,
  counts,
  extent,
  open,
  setOpen,
  doneRef,
  onClearFilters,
  chartFirst,
}: Props) {
  // Nothing to wait for: no chart comes first, or the reader has opened the drawer.
  const now = !chartFirst || open;
  useEffect(() => {
    if (now) loadFiltersNow();
  }, [now]);
  // Their code downloads while the counts are made; a failure is the boundary's to say, also
  // when it leaves no counts to show the panel with.
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    filtersCode().catch((e: unknown) => live && setFailure(e));
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
      {open && (
        <button
          type="button"
          className="scrim mobile-only"
          aria-label="Close filters"
          onClick={() => setOpen(false)}
        />
      )}
      <nav id="filters" className={open ? 'filters open' : 'filters'} aria-label="Filters">
        <div className="filters-head">
          <h2>Filters</h2>
          <button
            ref={doneRef}
            type="button"
            className="btn mobile-only"
            onClick={() => setOpen(false)}
          >
            Done
          </button>
        </div>
        <ErrorBoundary
          area="the filters"
          recover={{ label: 'Clear all filters', action: onClearFilters }}
        >
          {/* Until its code arrives the column keeps its width (the layout's grid), empty:
              nothing to focus yet. */}
          <Suspense fallback={null}>
            {counts ? (
              <LazyFiltersPanel dataset={dataset} counts={counts} extent={extent} />
            ) : (
              failure !== null && <Rethrow error={failure} />
            )}
          </Suspense>
        </ErrorBoundary>
      </nav>
    </>
  );
}

/** Hands a failure to the nearest error boundary, which says it. */
function Rethrow({ error }: { error: unknown }): null {
  throw error;
}
