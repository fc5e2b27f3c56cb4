import { lazy, Suspense } from 'react';
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import type { ViewState } from '../state/view-state';
import type { TimelineProps } from '../timeline/timeline';
import { OrientedTimeline } from '../timeline/vertical/oriented-timeline';
import { EmptyDataset } from '../panels/empty-dataset';
import { ErrorBoundary } from '../ui/error-boundary';
import type { PageActions } from './use-view-actions';
import { useChartEvents } from './use-filtered-view';

// Not needed for the first view: loaded when a reader switches to the list.
const ListView = lazy(() => import('../panels/list-view').then((m) => ({ default: m.ListView })));

interface Props {
  dataset: Dataset;
  state: ViewState;
  actions: PageActions;
  /** The events that pass the filters, in time order: the list's rows. */
  visible: readonly StanceEvent[];
  /** What the chart draws (all events when filtered-out ones are dimmed) and which match; the
   * chart takes them a render later. */
  drawn: Pick<TimelineProps, 'events' | 'matching'>;
  windowMs: TimelineProps['window'];
  onWindowChange: TimelineProps['onWindowChange'];
  onSelect: TimelineProps['onSelect'];
}

/**
 * The page's main view: the timeline or the list, each behind its own error boundary that offers
 * the other, or the empty-record message.
 */
export function ChartArea({ dataset, state, actions, visible, ...view }: Props) {
  // A render behind the rest of the page (use-filtered-view.ts); deferred here, not in the page,
  // so that the later render is the chart's alone and the page's other parts are not rendered
  // again with it.
  const drawn = useChartEvents(dataset, view.drawn.events, view.drawn.matching);
  if (dataset.events.length === 0) return <EmptyDataset />;
  if (state.view === 'list') {
    return (
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
            onSelect={(id) => view.onSelect(id, 'keyboard')}
          />
        </Suspense>
      </ErrorBoundary>
    );
  }
  return (
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
        window={view.windowMs}
        onSelect={view.onSelect}
        onWindowChange={view.onWindowChange}
        animateWindow={state.story !== null}
        fitToFrame={state.embed}
        onLaneMode={actions.setLanes}
        onToggleExpanded={actions.toggleExpanded}
      />
    </ErrorBoundary>
  );
}
