import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../domain/validate';
import { pickViewState, type ViewState } from '../state/view-state';
import { useViewStore } from '../state/view-store';
import { OrientedTimeline } from '../timeline/vertical/oriented-timeline';
import { FiltersPanel } from '../panels/filters-panel';
import { SummaryBar } from '../panels/summary-bar';
import { AboutDataset, firstSentence } from '../panels/about-dataset';
import { SiteHeader } from './site-header';
import { SearchBox } from './search-box';
import { ShortcutsDialog } from './shortcuts-dialog';
import { useShare } from './use-share';
import { useShareLinks } from './use-share-links';
import { CopyFeedback } from './copy-feedback';
import { ShareMenu } from '../panels/share-menu';
import { DownloadMenu } from '../panels/download-menu';
import { EmbedView } from '../panels/embed-view';
import { GuidedPanels } from '../panels/guided-panels';
import { PrintView } from '../panels/print-view';
import { describeFilters } from '../panels/describe-filters';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { ErrorBoundary } from '../ui/error-boundary';
import { Segmented } from '../ui/segmented';
import { EmptyDataset } from '../panels/empty-dataset';
import { useDetailsFocus } from './use-details-focus';
import { useDrawerTop } from './use-drawer-top';
import { useChartEvents, useFilteredView } from './use-filtered-view';
import { useFiltersDrawer } from './use-filters-drawer';
import { useReconcileLink } from './use-reconcile-link';
import { pluralize } from '../domain/labels';

// Not needed for the first view: loaded when a reader opens an event or the list.
const EventDetails = lazy(() =>
  import('../panels/event-details').then((m) => ({ default: m.EventDetails })),
);
const ListView = lazy(() => import('../panels/list-view').then((m) => ({ default: m.ListView })));

interface Props {
  dataset: Dataset;
  notice: ReactNode;
  /** Called when the link named ids this dataset does not have; they are dropped. */
  onReconciled: (state: ViewState, warnings: string[]) => void;
}

const VIEW_OPTIONS = [
  { value: 'timeline', label: 'Timeline' },
  { value: 'list', label: 'List' },
] as const;

const countText = (shown: number, total: number) =>
  shown === total ? pluralize(total, 'event') : `${shown} of ${pluralize(total, 'event')}`;

export function DatasetPage({ dataset, notice, onReconciled }: Props) {
  const { meta } = dataset;
  const state = useViewStore(useShallow(pickViewState));
  const actions = useViewStore(
    useShallow((s) => ({
      selectEvent: s.selectEvent,
      setWindow: s.setWindow,
      setDateFilter: s.setDateFilter,
      setView: s.setView,
      setLanes: s.setLanes,
      setOrient: s.setOrient,
      toggleExpanded: s.toggleExpanded,
      toggleActor: s.toggleActor,
      toggleType: s.toggleType,
      toggleTag: s.toggleTag,
      setQuery: s.setQuery,
      clearFilters: s.clearFilters,
      setActors: s.setActors,
      setTypes: s.setTypes,
      setTags: s.setTags,
    })),
  );

  useReconcileLink(dataset, onReconciled);

  const selectedEvent = state.event ? dataset.eventById.get(state.event) : undefined;
  useEffect(() => {
    document.title = selectedEvent
      ? `${selectedEvent.title} — ${meta.title} — Stanceline`
      : `${meta.title} — Stanceline`;
  }, [meta.title, selectedEvent]);

  const { visible, matching, counts, emptyCauses, extent, windowMs, onWindowChange, order } =
    useFilteredView(dataset);
  const drawn = useChartEvents(
    dataset,
    state.filtered === 'dim' ? dataset.events : visible,
    matching,
  );
  const { focusDetails, onSelect, closeDetails } = useDetailsFocus();
  const layoutRef = useDrawerTop(selectedEvent !== undefined);

  const { share, copy, message, fallback, clearFallback } = useShare();
  const links = useShareLinks(dataset, state);
  // A link to a file opened from this device opens only in this browser; say so when copying.
  const localOnly = state.file !== null && state.src === null;
  const shareView = () => void share(window.location.href, document.title, localOnly);
  const shareEvent = (id: string) =>
    void share(links.event(id), dataset.eventById.get(id)?.title ?? meta.title, localOnly);
  const sharePreview = (id: string) =>
    void share(links.preview(id), dataset.eventById.get(id)?.title ?? meta.title);
  const copyText = (text: string, what: string) => void copy(text, what);

  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const {
    open: filtersOpen,
    setOpen: setFiltersOpen,
    button: filtersButton,
    done: filtersDone,
  } = useFiltersDrawer();
  const searchRef = useRef<HTMLInputElement>(null);
  useGlobalShortcuts({
    onSearch: () => searchRef.current?.focus(),
    onHelp: () => setShortcutsOpen(true),
    onEscape: () => setFiltersOpen(false),
  });

  const skipToList = (e: React.MouseEvent) => {
    e.preventDefault();
    actions.setView('list');
    requestAnimationFrame(() => document.getElementById('event-list')?.focus());
  };

  const skipToTimeline = (e: React.MouseEvent) => {
    e.preventDefault();
    actions.setView('timeline');
    // The timeline's one tab stop: the focused, selected or first event.
    requestAnimationFrame(() =>
      document.querySelector<SVGGElement>('.marks [tabindex="0"]')?.focus(),
    );
  };

  const details = selectedEvent && (
    <ErrorBoundary
      area="the details panel"
      resetKey={selectedEvent.id}
      recover={{ label: 'Close the details', action: closeDetails }}
    >
      <Suspense fallback={<aside className="details" aria-busy="true" data-overlays-chart="" />}>
        <EventDetails
          dataset={dataset}
          eventId={selectedEvent.id}
          order={order}
          onSelect={(id) => onSelect(id, focusDetails ? 'keyboard' : 'pointer')}
          onClose={closeDetails}
          onShare={shareEvent}
          onSharePreview={sharePreview}
          eventUrl={links.event}
          onCopy={copyText}
          focusOnOpen={focusDetails}
          query={state.q}
        />
      </Suspense>
    </ErrorBoundary>
  );

  const chart =
    dataset.events.length === 0 ? (
      <EmptyDataset />
    ) : state.view === 'list' ? (
      <ErrorBoundary
        key="list"
        area="the list"
        recover={{ label: 'Show the timeline', action: () => actions.setView('timeline') }}
      >
        <Suspense fallback={<p className="loading">Loading the list…</p>}>
          <ListView
            dataset={dataset}
            events={visible}
            selected={state.event}
            query={state.q}
            onSelect={(id) => onSelect(id, 'keyboard')}
          />
        </Suspense>
      </ErrorBoundary>
    ) : (
      <ErrorBoundary
        key="timeline"
        area="the timeline"
        recover={{ label: 'Show the list', action: () => actions.setView('list') }}
      >
        <OrientedTimeline
          orient={state.orient}
          onOrient={actions.setOrient}
          dataset={dataset}
          events={drawn.events}
          matching={drawn.matching}
          laneMode={state.lanes}
          expanded={state.expanded}
          selected={state.event}
          window={windowMs}
          onSelect={onSelect}
          onWindowChange={onWindowChange}
          animateWindow={state.story !== null}
          fitToFrame={state.embed}
          onLaneMode={actions.setLanes}
          onToggleExpanded={actions.toggleExpanded}
        />
      </ErrorBoundary>
    );
  if (state.embed) {
    return (
      <EmbedView
        dataset={dataset}
        chart={chart}
        notice={notice}
        openUrl={links.open}
        selected={selectedEvent}
        onCloseEvent={closeDetails}
        count={countText(visible.length, dataset.events.length)}
      />
    );
  }

  return (
    <>
      <a href="#event-list" className="skip-link" onClick={skipToList}>
        Skip to list view
      </a>
      <a href="#main" className="skip-link" onClick={skipToTimeline}>
        Skip to the timeline
      </a>
      <SiteHeader
        title={meta.title}
        description={firstSentence(meta.description)}
        about={<AboutDataset dataset={dataset} />}
        onShortcuts={() => setShortcutsOpen(true)}
        tools={
          <>
            <SearchBox ref={searchRef} value={state.q} onCommit={actions.setQuery} />
            <Segmented
              label="View"
              options={VIEW_OPTIONS}
              value={state.view}
              onChange={actions.setView}
            />
            <button
              ref={filtersButton}
              type="button"
              className="btn mobile-only"
              aria-expanded={filtersOpen}
              aria-controls="filters"
              onClick={() => setFiltersOpen(true)}
            >
              Filters
            </button>
          </>
        }
        actions={
          <>
            <ShareMenu
              onCopyLink={shareView}
              embedUrl={links.embed}
              datasetTitle={meta.title}
              onCopy={copyText}
            />
            <DownloadMenu
              dataset={dataset}
              shown={visible}
              eventLink={links.event}
              image={{
                drawn: drawn.events,
                matching: drawn.matching,
                state,
                window: windowMs,
                filters: describeFilters(dataset, state),
                link: links.open,
              }}
            />
          </>
        }
      />
      {notice}
      <div ref={layoutRef} className={selectedEvent ? 'layout with-details' : 'layout'}>
        {filtersOpen && (
          <button
            type="button"
            className="scrim mobile-only"
            aria-label="Close filters"
            onClick={() => setFiltersOpen(false)}
          />
        )}
        <nav id="filters" className={filtersOpen ? 'filters open' : 'filters'} aria-label="Filters">
          <div className="filters-head">
            <h2>Filters</h2>
            <button
              ref={filtersDone}
              type="button"
              className="btn mobile-only"
              onClick={() => setFiltersOpen(false)}
            >
              Done
            </button>
          </div>
          <ErrorBoundary
            area="the filters"
            recover={{ label: 'Clear all filters', action: actions.clearFilters }}
          >
            <FiltersPanel dataset={dataset} counts={counts} extent={extent} />
          </ErrorBoundary>
        </nav>
        <main id="main" inert={filtersOpen}>
          <SummaryBar
            dataset={dataset}
            state={state}
            actions={actions}
            shown={visible.length}
            total={dataset.events.length}
            emptyCauses={emptyCauses}
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
      <CopyFeedback message={message} fallback={fallback} onDone={clearFallback} />
      <PrintView dataset={dataset} events={visible} filters={describeFilters(dataset, state)} />
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </>
  );
}
