import {
  useCallback,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../domain/validate';
import { compareEvents, DAY_MS, isoDayToMs } from '../domain/dates';
import { pickFilterState } from '../selectors/filter-events';
import { filterResults } from '../selectors/filter-results';
import { reconcile } from '../state/url-codec';
import { pickViewState, type ViewState } from '../state/view-state';
import { getViewState, useViewStore, viewStore } from '../state/view-store';
import { Timeline } from '../timeline/timeline';
import { ListView } from '../panels/list-view';
import { EventDetails } from '../panels/event-details';
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
import { reconcileStory } from '../state/story-state';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { ErrorBoundary } from './error-boundary';
import { Segmented } from '../ui/segmented';

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
  shown === total ? `${total} events` : `${shown} of ${total} events`;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

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

  // Drop ids the link names but this dataset lacks, once per dataset, without a history entry.
  const report = useEffectEvent((state: ViewState, warnings: string[]) =>
    onReconciled(state, warnings),
  );
  useEffect(() => {
    const current = getViewState(viewStore);
    const result = reconcile(current, {
      events: new Set(dataset.eventById.keys()),
      actors: new Set(dataset.actorById.keys()),
      tags: new Set(meta.tags.map((t) => t.id)),
      groups: new Set(dataset.groups.map((g) => g.id)),
    });
    const story = reconcileStory(result.state, meta.stories ?? []);
    if (story.state !== current) report(story.state, [...result.warnings, ...story.warnings]);
  }, [dataset, meta.tags, meta.stories]);

  const selectedEvent = state.event ? dataset.eventById.get(state.event) : undefined;
  useEffect(() => {
    document.title = selectedEvent
      ? `${selectedEvent.title} — ${meta.title} — Stanceline`
      : `${meta.title} — Stanceline`;
  }, [meta.title, selectedEvent]);

  // Keyed on the filter fields only: panning and zooming never re-run filtering or counting.
  const filters = useViewStore(useShallow(pickFilterState));
  const { visible, matching, counts, emptyCauses } = useMemo(
    () => filterResults(dataset.events, filters, dataset.actorById),
    [dataset.events, dataset.actorById, filters],
  );
  const drawn = state.filtered === 'dim' ? dataset.events : visible;
  const extent = useMemo((): [string, string] => {
    const sorted = [...dataset.events].sort(compareEvents);
    const last = sorted.reduce((m, e) => ((e.end ?? e.date) > m ? (e.end ?? e.date) : m), '');
    return [sorted[0]?.date ?? '', last];
  }, [dataset.events]);

  const windowMs = useMemo((): [number, number] | null => {
    if (!state.from && !state.to) return null;
    const from = isoDayToMs(state.from ?? extent[0]);
    const to = isoDayToMs(state.to ?? extent[1]) + DAY_MS;
    return [from, to];
  }, [state.from, state.to, extent]);

  const onWindowChange = useCallback(
    (from: number, to: number) => {
      // A view that shows all the data is the default window: nothing in the link.
      const all = from <= isoDayToMs(extent[0]) && to >= isoDayToMs(extent[1]) + DAY_MS;
      if (all) actions.setWindow(null, null);
      else actions.setWindow(isoDay(from), isoDay(Math.max(from, to - 1)));
    },
    [actions, extent],
  );

  const order = useMemo(() => {
    const list =
      state.event && !visible.some((e) => e.id === state.event) ? dataset.events : visible;
    return [...list].sort(compareEvents).map((e) => e.id);
  }, [visible, dataset.events, state.event]);

  const [focusDetails, setFocusDetails] = useState(false);
  const onSelect = useCallback(
    (id: string | null, how: 'pointer' | 'keyboard') => {
      setFocusDetails(how === 'keyboard');
      actions.selectEvent(id);
    },
    [actions],
  );
  const closeDetails = useCallback(() => {
    const id = getViewState(viewStore).event;
    actions.selectEvent(null);
    // Return focus to where the reader came from: the event's mark, or its row in the list.
    requestAnimationFrame(() => {
      const el = id
        ? document.querySelector<HTMLElement | SVGElement>(`[data-event-id="${CSS.escape(id)}"]`)
        : null;
      el?.focus();
    });
  }, [actions]);

  const { share, copy, message, fallback, clearFallback } = useShare();
  const links = useShareLinks(dataset, state);
  const shareView = () => void share(window.location.href, document.title);
  const shareEvent = (id: string) =>
    void share(links.event(id), dataset.eventById.get(id)?.title ?? meta.title);
  const sharePreview = (id: string) =>
    void share(links.preview(id), dataset.eventById.get(id)?.title ?? meta.title);
  const copyText = (text: string, what: string) => void copy(text, what);

  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersButton = useRef<HTMLButtonElement>(null);
  const filtersDone = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // The drawer takes focus when it opens and gives it back to its button when it closes.
  useEffect(() => {
    if (filtersOpen) filtersDone.current?.focus();
    else if (wasOpen.current) filtersButton.current?.focus();
    wasOpen.current = filtersOpen;
  }, [filtersOpen]);
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
    <ErrorBoundary area="the details panel">
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
    </ErrorBoundary>
  );

  const chart = (
    <ErrorBoundary area="the timeline">
      {state.view === 'list' ? (
        <ListView
          dataset={dataset}
          events={visible}
          selected={state.event}
          query={state.q}
          onSelect={(id) => onSelect(id, 'keyboard')}
        />
      ) : (
        <Timeline
          dataset={dataset}
          events={drawn}
          matching={matching}
          laneMode={state.lanes}
          expanded={state.expanded}
          selected={state.event}
          window={windowMs}
          onSelect={onSelect}
          onWindowChange={onWindowChange}
          onLaneMode={actions.setLanes}
          onToggleExpanded={actions.toggleExpanded}
        />
      )}
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
            <ShareMenu
              onCopyLink={shareView}
              embedUrl={links.embed}
              datasetTitle={meta.title}
              onCopy={copyText}
            />
            <DownloadMenu dataset={dataset} shown={visible} eventLink={links.event} />
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
      />
      {notice}
      <div className={selectedEvent ? 'layout with-details' : 'layout'}>
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
          <FiltersPanel dataset={dataset} counts={counts} extent={extent} />
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
