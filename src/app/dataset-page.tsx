import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../domain/validate';
import { pickViewState, type ViewState } from '../state/view-state';
import { useViewStore } from '../state/view-store';
import { SummaryBar } from '../panels/summary-bar';
import { GuidedPanels } from '../panels/guided-panels';
import { describeFilters } from '../panels/describe-filters';
import { formatCount, pluralize } from '../domain/labels';
import { CopyFeedback } from './copy-feedback';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { useDetailsFocus } from './use-details-focus';
import { useDrawerTop } from './use-drawer-top';
import { layoutClass } from './drawer-side';
import { useFilteredView } from './use-filtered-view';
import { useFiltersDrawer } from './use-filters-drawer';
import { useReconcileLink } from './use-reconcile-link';
import { usePageShare } from './use-page-share';
import { useViewActions } from './use-view-actions';
import { ChartArea } from './chart-area';
import { DatasetHeader } from './dataset-header';
import { DetailsSlot } from './details-slot';
import { FiltersNav } from './filters-nav';
import { SkipLinks } from './skip-links';
import { afterFirstView } from './after-first-view';
import { loadPart } from '../ui/load-part';

// Neither is on screen in the first view: they load after it (after-first-view.ts).
const PrintView = lazy(() =>
  afterFirstView()
    .then(() => import('../panels/print-view'))
    .then((m) => ({ default: m.PrintView })),
);
// Drawn only on an embedded page (`?embed=1`): loaded there, never with the full page.
const EmbedView = lazy(() =>
  loadPart(() => import('../panels/embed-view'), 'the embedded view').then((m) => ({
    default: m.EmbedView,
  })),
);
const ShortcutsDialog = lazy(() =>
  afterFirstView()
    .then(() => import('./shortcuts-dialog'))
    .then((m) => ({ default: m.ShortcutsDialog })),
);

interface Props {
  dataset: Dataset;
  notice: ReactNode;
  /** Called when the link named ids this dataset does not have; they are dropped. */
  onReconciled: (state: ViewState, warnings: string[]) => void;
}

const countText = (shown: number, total: number) =>
  shown === total
    ? pluralize(total, 'event')
    : `${formatCount(shown)} of ${pluralize(total, 'event')}`;

/**
 * One dataset's page: the header, the filters, the summary, the guided panels, the chart or the
 * list, and the opened event's details. It wires the view state to those parts; what each part
 * does lives in it, and what the page shows (filter results, links) in the hooks it calls.
 */
export function DatasetPage({ dataset, notice, onReconciled }: Props) {
  const { meta } = dataset;
  const state = useViewStore(useShallow(pickViewState));
  const actions = useViewActions();
  useReconcileLink(dataset, onReconciled);

  const selectedEvent = state.event ? dataset.eventById.get(state.event) : undefined;
  useEffect(() => {
    document.title = selectedEvent
      ? `${selectedEvent.title} — ${meta.title} — Stanceline`
      : `${meta.title} — Stanceline`;
  }, [meta.title, selectedEvent]);

  const filtered = useFilteredView(dataset);
  const { visible, matching, counts, emptyCauses, extent, windowMs, onWindowChange, order } =
    filtered;
  // What the chart draws: all events when filtered-out ones are dimmed. The chart takes it a
  // render later (chart-area.tsx), in a render of its own.
  const drawn = { events: state.filtered === 'dim' ? dataset.events : visible, matching };
  const { focusDetails, onSelect, closeDetails, side, fromMark } = useDetailsFocus();
  const layoutRef = useDrawerTop(selectedEvent !== undefined, side, fromMark);
  const { links, shareView, shareEvent, sharePreview, copyText, feedback } = usePageShare(
    dataset,
    state,
  );

  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const filtersDrawer = useFiltersDrawer();
  const searchRef = useRef<HTMLInputElement>(null);
  useGlobalShortcuts({
    onSearch: () => searchRef.current?.focus(),
    onHelp: () => setShortcutsOpen(true),
    onEscape: () => filtersDrawer.setOpen(false),
  });

  const details = selectedEvent && (
    <DetailsSlot
      dataset={dataset}
      event={selectedEvent}
      order={order}
      focusOnOpen={focusDetails}
      query={state.q}
      links={links}
      onSelect={(id) => onSelect(id, focusDetails ? 'keyboard' : 'pointer')}
      onClose={closeDetails}
      onShare={shareEvent}
      onSharePreview={sharePreview}
      onCopy={copyText}
    />
  );
  const chart = (
    <ChartArea
      dataset={dataset}
      state={state}
      actions={actions}
      visible={visible}
      drawn={drawn}
      windowMs={windowMs}
      onWindowChange={onWindowChange}
      onSelect={onSelect}
    />
  );
  if (state.embed) {
    return (
      <Suspense fallback={null}>
        <EmbedView
          dataset={dataset}
          chart={chart}
          notice={notice}
          openUrl={links.open}
          selected={selectedEvent}
          onCloseEvent={closeDetails}
          count={countText(visible.length, dataset.events.length)}
        />
      </Suspense>
    );
  }

  const filters = describeFilters(dataset, state);
  return (
    <>
      <SkipLinks setView={actions.setView} />
      <DatasetHeader
        dataset={dataset}
        state={state}
        actions={actions}
        searchRef={searchRef}
        filtersButtonRef={filtersDrawer.button}
        filtersOpen={filtersDrawer.open}
        onOpenFilters={() => filtersDrawer.setOpen(true)}
        shown={visible}
        image={{
          drawn: drawn.events,
          matching: drawn.matching,
          state,
          window: windowMs,
          filters,
          link: links.open,
        }}
        links={links}
        onShareView={shareView}
        onCopy={copyText}
        onShortcuts={() => setShortcutsOpen(true)}
      />
      {notice}
      <div ref={layoutRef} className={layoutClass(selectedEvent !== undefined, side)}>
        <FiltersNav
          dataset={dataset}
          counts={counts}
          extent={extent}
          open={filtersDrawer.open}
          setOpen={filtersDrawer.setOpen}
          doneRef={filtersDrawer.done}
          onClearFilters={actions.clearFilters}
          chartFirst={state.view !== 'list' && dataset.events.length > 0}
        />
        <main id="main" inert={filtersDrawer.open}>
          <SummaryBar
            dataset={dataset}
            state={state}
            actions={actions}
            shown={visible.length}
            total={dataset.events.length}
            emptyCauses={emptyCauses}
            pending={filtered.pending === true}
          />
          <GuidedPanels
            dataset={dataset}
            extent={extent}
            onOpenEvent={(id) => onSelect(id, 'keyboard')}
            onCopy={copyText}
          />
          {chart}
        </main>
        {details}
      </div>
      <div className="visually-hidden" aria-live="polite">
        {selectedEvent ? `Opened: ${selectedEvent.title}` : ''}
      </div>
      <CopyFeedback
        message={feedback.message}
        fallback={feedback.fallback}
        onDone={feedback.clearFallback}
      />
      <Suspense fallback={null}>
        <PrintView dataset={dataset} events={visible} filters={filters} />
        <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      </Suspense>
    </>
  );
}
