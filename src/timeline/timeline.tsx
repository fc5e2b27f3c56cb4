import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { COMPACT, WIDE } from './layout/geometry';
import type { LaneMode } from './layout/lanes';
import { BOTTOM_PX, type Scene } from './layout/scene';
import { afterChartPainted, signalLayoutPainted, signalMarksPainted } from '../ui/paint-signal';
import { LaneLabels } from './lane-labels';
import { Plot } from './plot';
import { TimelineToolbar } from './timeline-toolbar';
import { useElementWidth, usePrefersReducedMotion } from './use-element-width';
import { useBaseScale, useTimelineLayout } from './use-timeline-model';
import { useViewport, useViewportSignals } from './use-viewport';
import { useFrameRoom } from './use-frame-room';
import { writeData } from './dom-writes';
import { visiblePart } from './covered-right';
import { useCoveredPlot } from './use-covered-plot';
import { ErrorBoundary } from '../ui/error-boundary';
import { loadPart } from '../ui/load-part';

/** A mark's left and right edges, in viewport px. */
export interface MarkSpan {
  left: number;
  right: number;
}

export interface TimelineProps {
  dataset: Dataset;
  /** Events to draw (all, when filtered-out ones are dimmed). */
  events: readonly StanceEvent[];
  /** Ids that pass the filters. */
  matching: ReadonlySet<string>;
  laneMode: LaneMode;
  expanded: readonly string[];
  selected: string | null;
  /** The view state's window in ms, or null for everything. */
  window: readonly [number, number] | null;
  /** `at`: the clicked mark's left and right edges in viewport px, for a pointer's choice. */
  onSelect: (id: string | null, how: 'pointer' | 'keyboard', at?: MarkSpan) => void;
  onWindowChange: (from: number, to: number) => void;
  /** Animate moves to a new window (a story's steps); reduced motion still jumps. */
  animateWindow?: boolean;
  /** Fit the lanes in the window's height (an embed), with fewer rows of marks if need be. */
  fitToFrame?: boolean;
  onLaneMode: (mode: LaneMode) => void;
  onToggleExpanded: (groupId: string) => void;
}

const RIGHT_MARGIN = 16;

// The overview strip (with d3-brush) and the stance tracks come after the first marks: they are
// requested once the chart's first frame is on screen, so the code for the first view stays small.
// Memoised: a filter change gives the overview a new model and leaves the stance tracks as they
// were, so they must not render again with the chart.
const Overview = lazy(() => import('./overview').then((m) => ({ default: memo(m.Overview) })));
const StanceTracks = lazy(() =>
  import('./stance-tracks').then((m) => ({ default: memo(m.StanceTracks) })),
);
// What the marks mean is read after them: the legend's code is requested once the chart has
// drawn, and its line is kept for it meanwhile (`.legend-pending`), so nothing below jumps twice.
const Legend = lazy(() =>
  afterChartPainted()
    .then(() => loadPart(() => import('./legend'), 'the legend'))
    .then((m) => ({ default: m.Legend })),
);

/**
 * The timeline, composed: toolbar, lane names, the plot (canvas marks under an accessible layer
 * of buttons), legend, overview and stance tracks. The zoom lives in the viewport, outside React;
 * this component renders again when the data, filters, size, selection or a settled view change.
 *
 * Signals for tests and the benchmark: `data-painted="true"` on the region once the canvas has
 * drawn the current data (set after the first frame of each new layout), and the performance mark
 * of `signalMarksPainted` after the first frame with marks (bench/README.md); `data-zoom-settled`
 * and `data-zoom-scale` on the region (see use-viewport.ts); `data-zoom-surface` on the plot,
 * where gestures go.
 *
 * Memoised: the page renders again for every filter change at once and hands the chart its
 * events a render later (useDeferredValue), so that render must not redraw the chart's tree.
 */
export const Timeline = memo(function Timeline(props: TimelineProps) {
  const { dataset, laneMode, selected } = props;
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const compact = width > 0 && width < 640;
  const geometry = compact ? COMPACT : WIDE;
  const plotWidth = Math.max(100, width - geometry.gutter - RIGHT_MARGIN);
  const reducedMotion = usePrefersReducedMotion();
  const base = useBaseScale(dataset.events, plotWidth);
  const [chart, setChart] = useState<HTMLDivElement | null>(null);
  const chartRef = useCallback(
    (el: HTMLDivElement | null) => {
      containerRef(el);
      setChart(el);
    },
    [containerRef],
  );
  // Below the chart in an embed: the credit line (and the open event's caption, over it).
  const fitHeight = useFrameRoom(chart, props.fitToFrame === true, geometry.axisHeight, 30);
  const layout = useTimelineLayout({
    dataset,
    events: props.events,
    matching: props.matching,
    mode: laneMode,
    expanded: props.expanded,
    geometry,
    base,
    compact,
    fitHeight,
    measured: width > 0,
  });
  const viewport = useViewport({
    base,
    width: plotWidth,
    window: props.window,
    reducedMotion,
    animate: props.animateWindow,
    onWindowChange: props.onWindowChange,
  });
  const [section, setSection] = useState<HTMLElement | null>(null);
  useViewportSignals(section, viewport);
  const [paintedOnce, setPaintedOnce] = useState(false);
  useEffect(() => {
    let live = true;
    void afterChartPainted().then(() => live && setPaintedOnce(true));
    return () => {
      live = false;
    };
  }, []);
  const onPainted = useCallback(
    (scene: Scene) => {
      if (section) writeData(section, 'painted', 'true');
      if (scene.items.length > 0) signalMarksPainted();
      signalLayoutPainted();
    },
    [section],
  );

  // Bring the selected event into view: a link that opens an event outside its window, or
  // Previous/Next in the details, must not leave the event off screen, nor under the details
  // drawer laid over the chart's right or left; and no label is placed under the drawer.
  const selectedEvent = selected ? dataset.eventById.get(selected) : undefined;
  const covered = useCoveredPlot(section, selectedEvent, viewport, width);

  const { onSelect } = props;
  const onSelectStep = useCallback((id: string) => onSelect(id, 'pointer'), [onSelect]);
  const presentTypes = useMemo(() => new Set(dataset.events.map((e) => e.type)), [dataset.events]);
  const { model, colourOfGroup } = layout;
  const height = geometry.axisHeight + model.height + BOTTOM_PX;
  const title = `Timeline of ${dataset.meta.title.replace(/^The /, 'the ')}`;

  return (
    <section ref={setSection} className="timeline" aria-label={title} data-lanes={laneMode}>
      <TimelineToolbar
        laneMode={laneMode}
        onLaneMode={props.onLaneMode}
        onZoomIn={() => viewport.zoomBy(2)}
        onZoomOut={() => viewport.zoomBy(0.5)}
        onReset={() => viewport.reset()}
        viewport={viewport}
      />
      <div className={compact ? 'chart compact' : 'chart'} ref={chartRef}>
        {width > 0 && (
          <>
            <LaneLabels
              lanes={model.lanes}
              gutter={geometry.gutter}
              colourOf={(g) => (g ? (colourOfGroup.get(g) ?? 0) : 0)}
              canExpand={laneMode === 'group'}
              onToggleExpanded={props.onToggleExpanded}
            />
            {model.lanes.length === 0 && (
              <p className="chart-empty">No events to draw with these filters.</p>
            )}
            <Plot
              dataset={dataset}
              layout={layout}
              viewport={viewport}
              base={base}
              geometry={geometry}
              compact={compact}
              width={plotWidth}
              height={height}
              selected={selected}
              visible={visiblePart(plotWidth, covered)}
              onSelect={props.onSelect}
              onPainted={onPainted}
            />
          </>
        )}
      </div>
      <ErrorBoundary area="the legend">
        <Suspense fallback={<div className="legend legend-pending" />}>
          <Legend types={presentTypes} />
        </Suspense>
      </ErrorBoundary>
      {width > 0 && paintedOnce && (
        <Suspense fallback={null}>
          <Overview
            dataset={dataset}
            model={model}
            base={base}
            gutter={geometry.gutter}
            width={plotWidth}
            viewport={viewport}
          />
          <ErrorBoundary area="the stance tracks">
            <StanceTracks
              dataset={dataset}
              viewport={viewport}
              base={base}
              gutter={geometry.gutter}
              width={plotWidth}
              compact={compact}
              selected={selected}
              onSelect={onSelectStep}
            />
          </ErrorBoundary>
        </Suspense>
      )}
      <p id="timeline-help" className="help small muted">
        Scroll or pinch to zoom, drag to pan. Keyboard: Tab to the events, arrow keys to move, Enter
        to open, + and − to zoom, 0 to reset; press ? for every shortcut.
      </p>
    </section>
  );
});
