import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { dataExtent, makeTicks, makeTimeScale } from './layout/time-scale';
import type { LaneMode } from './layout/lanes';
import { byTime, moveForKey, navigate, type NavNode } from './layout/navigation';
import { COMPACT, WIDE } from './compute';
import { useZoom } from './use-zoom';
import { useLanesLayout, useSettledLayout, LABEL_FONT_PX } from './use-timeline-model';
import { AxisLayer, EraLayer } from './axis-layer';
import { LaneLabels } from './lane-labels';
import { ClusterMark, EventMark, type EventNode, type Node } from './marks-layer';
import { ArcLayer, arcTargets } from './arc-layer';
import { Tooltip } from './tooltip';
import { Overview } from './overview';
import { StanceTracks } from './stance-tracks';
import { TimelineToolbar } from './timeline-toolbar';
import { Legend } from './legend';
import { useElementWidth, usePrefersReducedMotion } from './use-element-width';
import { formatEventDate, isoDayToMs } from '../domain/dates';
import { ErrorBoundary } from '../ui/error-boundary';

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
  onSelect: (id: string | null, how: 'pointer' | 'keyboard') => void;
  onWindowChange: (from: number, to: number) => void;
  onLaneMode: (mode: LaneMode) => void;
  onToggleExpanded: (groupId: string) => void;
}

const RIGHT_MARGIN = 16;

export function Timeline(props: TimelineProps) {
  const { dataset, events, matching, laneMode, expanded, selected, window } = props;
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const compact = width > 0 && width < 640;
  const geometry = compact ? COMPACT : WIDE;
  const plotWidth = Math.max(100, width - geometry.gutter - RIGHT_MARGIN);
  const reducedMotion = usePrefersReducedMotion();

  // The axis spans all of the dataset, not the filtered events, so filtering never rescales.
  const base = useMemo(() => {
    const extent = dataExtent(dataset.events) ?? [new Date(0), new Date(86_400_000)];
    return makeTimeScale(extent, plotWidth);
  }, [dataset.events, plotWidth]);

  const model = useLanesLayout({
    dataset,
    events,
    matching,
    mode: laneMode,
    expanded,
    geometry,
    base,
    compact,
  });
  const svgHeight = geometry.axisHeight + model.height + 8;
  const svgRef = useRef<SVGSVGElement>(null);
  const zoom = useZoom(svgRef, {
    base,
    width: plotWidth,
    height: svgHeight,
    window,
    onWindowChange: props.onWindowChange,
    reducedMotion,
  });
  const scale = zoom.scale;
  const settledScale = useMemo(() => zoom.settled.rescaleX(base), [zoom.settled, base]);
  const ticks = useMemo(() => makeTicks(scale, plotWidth, tickLocale()), [scale, plotWidth]);

  // Roving focus: one tab stop; arrow keys move it between marks.
  const [active, setActive] = useState<string | null>(null);
  const settled = useSettledLayout(model.nodes, settledScale, plotWidth, selected, active, compact);
  const [hovered, setHovered] = useState<string | null>(null);
  const elements = useRef(new Map<string, SVGGElement>());
  const refFor = useCallback(
    (id: string) => (el: SVGGElement | null) => {
      if (el) elements.current.set(id, el);
      else elements.current.delete(id);
    },
    [],
  );

  const navNodes: NavNode[] = useMemo(
    () =>
      settled.nodes
        .map((n) => ({ id: n.id, lane: n.lane, t: n.kind === 'event' ? n.start : n.t }))
        .sort(byTime),
    [settled.nodes],
  );
  const nodeById = useMemo(
    () => new Map<string, Node>(settled.nodes.map((n) => [n.id, n])),
    [settled.nodes],
  );
  const tabStop =
    active && nodeById.has(active)
      ? active
      : selected && nodeById.has(selected)
        ? selected
        : (navNodes[0]?.id ?? null);

  const focusNode = useCallback(
    (id: string) => {
      setActive(id);
      const node = nodeById.get(id);
      if (node) zoom.reveal(node.kind === 'event' ? node.start : node.t);
      // Focus after React has moved the tab stop, so the browser scrolls the right element.
      requestAnimationFrame(() => elements.current.get(id)?.focus());
    },
    [nodeById, zoom],
  );

  const activateCluster = useCallback(
    (id: string) => {
      const node = nodeById.get(id);
      if (node?.kind !== 'cluster') return;
      const pad = Math.max((node.t1 - node.t0) * 0.6, 3 * 86_400_000);
      props.onWindowChange(node.t0 - pad, node.t1 + pad);
    },
    [nodeById, props],
  );

  const xOfNode = useCallback((n: Node) => scale(n.kind === 'event' ? n.start : n.t), [scale]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<SVGGElement>, id: string) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const [d0, d1] = scale.domain() as [Date, Date];
      const move = moveForKey(e.key, d1.getTime() - d0.getTime());
      if (move) {
        e.preventDefault();
        const next = navigate(navNodes, id, move);
        if (next) focusNode(next);
        return;
      }
      const node = nodeById.get(id);
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        if (node?.kind === 'cluster') activateCluster(id);
        else props.onSelect(id, 'keyboard');
      } else if (e.key === 'Escape' && selected) {
        e.preventDefault();
        props.onSelect(null, 'keyboard');
      } else if (e.key === '+' || e.key === '=') {
        // Zoom around the focused mark, so a keyboard reader never loses their place.
        e.preventDefault();
        zoom.zoomBy(2, node ? xOfNode(node) : undefined);
      } else if (e.key === '-' || e.key === '_') {
        e.preventDefault();
        zoom.zoomBy(0.5, node ? xOfNode(node) : undefined);
      } else if (e.key === '0') {
        e.preventDefault();
        zoom.reset();
      }
    },
    [scale, navNodes, nodeById, focusNode, activateCluster, props, selected, zoom, xOfNode],
  );

  // Bring the selected event into view: a link that opens an event outside its window, or
  // Previous/Next in the details, must not leave the event off screen.
  const selectedEvent = selected ? dataset.eventById.get(selected) : undefined;
  const { reveal } = zoom;
  useEffect(() => {
    if (selectedEvent && width > 0) reveal(isoDayToMs(selectedEvent.date));
  }, [selectedEvent, reveal, width]);

  const selectedNode = selected ? nodeById.get(selected) : undefined;
  const arcs = useMemo(
    () => (selectedNode?.kind === 'event' ? arcTargets(selectedNode, dataset, settled.nodes) : []),
    [selectedNode, dataset, settled.nodes],
  );
  const hoveredNode = hovered ? nodeById.get(hovered) : active ? nodeById.get(active) : undefined;
  const [vx0, vx1] = [-40, plotWidth + 40];
  const presentTypes = useMemo(() => new Set(dataset.events.map((e) => e.type)), [dataset.events]);
  const title = `Timeline of ${dataset.meta.title.replace(/^The /, 'the ')}`;

  return (
    <section className="timeline" aria-label={title} data-lanes={laneMode}>
      <TimelineToolbar
        laneMode={laneMode}
        onLaneMode={props.onLaneMode}
        onZoomIn={() => zoom.zoomBy(2)}
        onZoomOut={() => zoom.zoomBy(0.5)}
        onReset={zoom.reset}
        granularity={ticks.granularity}
        windowLabel={formatWindow(scale)}
      />
      <div className={compact ? 'chart compact' : 'chart'} ref={containerRef}>
        {width > 0 && (
          <>
            <LaneLabels
              lanes={model.lanes}
              gutter={geometry.gutter}
              colourOf={(g) => (g ? (model.colourOfGroup.get(g) ?? 0) : 0)}
              canExpand={laneMode === 'group'}
              onToggleExpanded={props.onToggleExpanded}
            />
            {model.lanes.length === 0 && (
              <p className="chart-empty">No events to draw with these filters.</p>
            )}
            <svg
              ref={svgRef}
              className="chart-svg"
              width={plotWidth}
              height={svgHeight}
              style={{ marginLeft: geometry.gutter }}
              aria-describedby="timeline-help"
            >
              <defs>
                <clipPath id="plot-clip">
                  <rect x={0} y={0} width={plotWidth} height={svgHeight} />
                </clipPath>
              </defs>
              <rect className="zoom-surface" width={plotWidth} height={svgHeight} />
              <EraLayer
                eras={dataset.meta.eras}
                scale={scale}
                top={0}
                height={geometry.axisHeight + model.height}
                width={plotWidth}
              />
              {model.lanes.map((l) => (
                <line
                  key={l.lane.id}
                  className="lane-sep"
                  x1={0}
                  x2={plotWidth}
                  y1={l.top + l.height}
                  y2={l.top + l.height}
                />
              ))}
              <AxisLayer ticks={ticks} height={model.height} axisHeight={geometry.axisHeight} />
              <g clipPath="url(#plot-clip)">
                {selectedNode?.kind === 'event' && (
                  <ArcLayer from={selectedNode} targets={arcs} xOf={xOfNode} />
                )}
                <g className="marks" role="group" aria-label="Events">
                  {settled.nodes.map((n) => {
                    const x = xOfNode(n);
                    const x1 = n.kind === 'event' ? scale(n.end) : x;
                    if (x1 < vx0 || x > vx1) return null;
                    if (n.kind === 'cluster') {
                      return (
                        <ClusterMark
                          key={n.id}
                          node={n}
                          x={x}
                          active={tabStop === n.id}
                          label={clusterName(n.eventIds.length, n.t0, n.t1)}
                          refFor={refFor}
                          onActivate={activateCluster}
                          onFocusMark={setActive}
                          onKeyDown={onKeyDown}
                        />
                      );
                    }
                    return (
                      <EventMark
                        key={n.id}
                        node={n}
                        x={x}
                        x1={x1}
                        active={tabStop === n.id}
                        selected={selected === n.id}
                        related={false}
                        compact={compact}
                        refFor={refFor}
                        onActivate={(id) => props.onSelect(id, 'pointer')}
                        onHover={setHovered}
                        onFocusMark={setActive}
                        onKeyDown={onKeyDown}
                      />
                    );
                  })}
                </g>
                <g className="labels" aria-hidden="true">
                  {settled.nodes.map((n) => {
                    if (n.kind !== 'event') return null;
                    const label = settled.labels.get(n.id);
                    if (!label || zoom.zooming) return null;
                    const x = scale(n.start);
                    if (x < vx0 || x > vx1) return null;
                    const right = label.side === 'right';
                    return (
                      <text
                        key={n.id}
                        className={`mark-label sig-${n.event.significance}${n.id === selected ? ' selected' : ''}`}
                        x={right ? x + 14 : x - 14}
                        y={n.y}
                        dy="0.35em"
                        textAnchor={right ? 'start' : 'end'}
                        fontSize={LABEL_FONT_PX}
                      >
                        {label.text}
                      </text>
                    );
                  })}
                </g>
              </g>
            </svg>
            {hoveredNode?.kind === 'event' && (
              <Tooltip
                node={hoveredNode as EventNode}
                x={xOfNode(hoveredNode) + geometry.gutter}
                y={hoveredNode.y}
                width={width}
              />
            )}
          </>
        )}
      </div>
      <Legend types={presentTypes} />
      {width > 0 && (
        <>
          <Overview
            dataset={dataset}
            base={base}
            gutter={geometry.gutter}
            width={plotWidth}
            view={scale}
            onWindowChange={props.onWindowChange}
            colourOfGroup={model.colourOfGroup}
          />
          <ErrorBoundary area="the stance tracks">
            <StanceTracks
              dataset={dataset}
              scale={scale}
              gutter={geometry.gutter}
              width={plotWidth}
              compact={compact}
              selected={selected}
              onSelect={(id) => props.onSelect(id, 'pointer')}
            />
          </ErrorBoundary>
        </>
      )}
      <p id="timeline-help" className="help small muted">
        Scroll or pinch to zoom, drag to pan. Keyboard: Tab to the events, arrow keys to move, Enter
        to open, + and − to zoom, 0 to reset; press ? for every shortcut.
      </p>
    </section>
  );
}

function clusterName(count: number, t0: number, t1: number): string {
  const from = formatEventDate({ date: new Date(t0).toISOString().slice(0, 10) });
  const to = formatEventDate({ date: new Date(t1 - 86_400_000).toISOString().slice(0, 10) });
  return `${count} events between ${from} and ${to}, grouped; activate to expand`;
}

function formatWindow(scale: ReturnType<typeof makeTimeScale>): string {
  const [d0, d1] = scale.domain() as [Date, Date];
  const f = (d: Date) => formatEventDate({ date: d.toISOString().slice(0, 10) });
  // The domain's end is exclusive: the last day shown is the one before it.
  return `${f(d0)} – ${f(new Date(d1.getTime() - 1))}`;
}

/** Tick labels follow the reader's language; dates in text stay in one fixed, unambiguous style. */
function tickLocale(): string {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-GB';
}
