import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import type { Dataset } from '../domain/validate';
import { DAY_MS } from '../domain/dates';
import { hitTest } from './canvas/hit-test';
import { arcsFrom } from './layout/arcs';
import { buttonItems } from './layout/focus';
import type { Geometry } from './layout/geometry';
import { lodParams, type LodItem } from './layout/lod';
import type { TimelineLayout } from './layout/model';
import { buildScene, toSceneItem, type Scene, type SceneItem } from './layout/scene';
import { laneRowsOf, placeSceneLabels } from './layout/scene-labels';
import { tickGranularity, type TimeScale } from './layout/time-scale';
import { ChartCanvas } from './chart-canvas';
import { createHoverStore } from './hover-store';
import { writeClass, writeCursor, writeData, writeFollow } from './dom-writes';
import { ArcLayer } from './overlay/arc-layer';
import { FocusLayer, MAX_MARK_BUTTONS } from './overlay/focus-layer';
import { LabelLayer } from './overlay/label-layer';
import { TooltipHost } from './overlay/tooltip-host';
import { useCanvasPalette } from './use-canvas-palette';
import { useChartFocus } from './use-chart-focus';
import { useSettledTransform } from './use-viewport';
import { useZoomGestures } from './use-zoom-gestures';
import type { Viewport } from './viewport';

interface Props {
  dataset: Dataset;
  layout: TimelineLayout;
  viewport: Viewport;
  /** The scale at zoom 1 (the viewport's base). */
  base: TimeScale;
  geometry: Geometry;
  compact: boolean;
  width: number;
  height: number;
  selected: string | null;
  onSelect: (id: string | null, how: 'pointer' | 'keyboard') => void;
  /** Called after the first frame drawn with new data or filters, with its scene. */
  onPainted: (scene: Scene) => void;
}

/** Tick labels follow the reader's language; dates in text stay in one fixed style. */
function tickLocale(): string {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-GB';
}

/**
 * The plot: the canvas with the marks, and over it the DOM a person uses — mark buttons, labels,
 * arcs and the tooltip. React renders it when the view settles, the data or the selection
 * change; the frame loop moves it in between.
 */
export function Plot(p: Props) {
  const { dataset, layout, viewport, base, geometry, compact, width, height, selected } = p;
  const { model, groupName } = layout;
  const [plot, setPlot] = useState<HTMLDivElement | null>(null);
  const axisRef = useRef<HTMLDivElement>(null);
  const sceneRef = useRef<Scene | null>(null);
  const [hover] = useState(createHoverStore);
  const palette = useCanvasPalette(plot);
  useZoomGestures(plot, viewport, width, height);

  const settled = useSettledTransform(viewport);
  const settledScale = useMemo(() => settled.rescaleX(base), [settled, base]);
  const params = useMemo(() => {
    const [d0, d1] = settledScale.domain() as [Date, Date];
    return lodParams((d1.getTime() - d0.getTime()) / Math.max(1, width), compact);
  }, [settledScale, width, compact]);

  const expand = useCallback(
    (item: LodItem | SceneItem) => {
      if (item.kind !== 'cluster') return;
      const track = model.tracks[item.track]!;
      const t0 = track.start[item.first]!;
      const t1 = 'last' in item ? track.start[item.last]! : item.t1;
      const pad = Math.max((t1 - t0) * 0.6, 3 * DAY_MS);
      viewport.showWindow(t0 - pad, t1 + DAY_MS + pad, 'user');
    },
    [model, viewport],
  );
  const focus = useChartFocus({
    model,
    params,
    viewport,
    selected,
    onSelect: p.onSelect,
    onExpand: expand,
  });
  const { kept } = focus;

  const locale = tickLocale();
  const scene = useMemo(
    () =>
      buildScene({
        model,
        scale: settledScale,
        width,
        geometry,
        compact,
        eras: dataset.meta.eras,
        kept,
        locale,
      }),
    [model, settledScale, width, geometry, compact, dataset.meta.eras, kept, locale],
  );
  const laneRows = useMemo(() => laneRowsOf(model.tracks), [model]);
  const labels = useMemo(
    () => placeSceneLabels(scene, { compact, selected, laneRows }),
    [scene, compact, selected, laneRows],
  );
  const buttons = useMemo(() => {
    const always = [focus.active, focus.selectedItem]
      .filter((i): i is LodItem => i !== null)
      .map((i) => toSceneItem(model.tracks[i.track]!, i, settledScale, compact));
    return buttonItems(model, scene.items, always, width, MAX_MARK_BUTTONS);
  }, [model, scene, focus.active, focus.selectedItem, settledScale, compact, width]);
  const tabStop =
    focus.activeId ??
    (selected && buttons.some((b) => b.id === selected) ? selected : null) ??
    buttons[0]?.id ??
    null;

  const selectedEvent = selected ? dataset.eventById.get(selected) : undefined;
  const arcs = useMemo(
    () => (selectedEvent ? arcsFrom(selectedEvent, dataset, model, params, kept) : []),
    [selectedEvent, dataset, model, params, kept],
  );
  const related = useMemo(() => new Set(arcs.map((a) => a.endItem)), [arcs]);

  // Per frame: the overlay, laid out at the settled view, moves with the live transform; labels
  // hide while the zoom differs from the one they were placed for. Also right after React has
  // laid the overlay out for a new settled view, before it is painted.
  const overlayRef = useRef<HTMLDivElement>(null);
  const follow = useCallback(() => {
    const t = viewport.transform;
    if (overlayRef.current) writeFollow(overlayRef.current, t, viewport.settled);
    if (plot) writeClass(plot, 'zooming', Math.abs(t.k / viewport.settled.k - 1) > 1e-9);
  }, [plot, viewport]);
  useLayoutEffect(follow, [follow, settled]);
  const onFrame = useCallback(
    (s: Scene) => {
      sceneRef.current = s;
      follow();
    },
    [follow],
  );
  useLayoutEffect(() => viewport.invalidate(), [viewport, onFrame]);
  // The axis' granularity, as a signal for tests: of the view shown or being animated to, like the
  // toolbar's window label (the ticks drawn on the canvas follow every frame).
  useLayoutEffect(() => {
    let shown: unknown = null;
    const write = () => {
      const axis = axisRef.current;
      const goal = viewport.goal;
      if (!axis || goal === shown) return;
      shown = goal;
      writeData(axis, 'granularity', tickGranularity(goal.rescaleX(base)));
    };
    write();
    return viewport.subscribe({ goal: write, settle: write, frame: write });
  }, [viewport, base]);

  const itemAt = (e: { clientX: number; clientY: number }) => {
    const s = sceneRef.current;
    if (!s || !plot) return null;
    const rect = plot.getBoundingClientRect();
    return hitTest(s, e.clientX - rect.left, e.clientY - rect.top);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.target instanceof HTMLButtonElement) return; // the button reports its own hover
    const item = viewport.moving ? null : itemAt(e);
    hover.set(item);
    if (plot) writeCursor(plot, item ? 'pointer' : '');
  };
  const activate = (item: SceneItem) => {
    if (item.kind === 'cluster') expand(item);
    else p.onSelect(item.id, 'pointer');
  };
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (e.target instanceof HTMLButtonElement) return;
    const item = itemAt(e);
    if (item) activate(item);
  };
  const onDoubleClick = (e: MouseEvent<HTMLDivElement>) => {
    if (e.target instanceof HTMLButtonElement || !plot) return;
    const x = e.clientX - plot.getBoundingClientRect().left;
    viewport.zoomBy(e.shiftKey ? 0.5 : 2, x);
  };

  const tooltipFallback =
    focus.active && focus.hasFocus
      ? toSceneItem(model.tracks[focus.active.track]!, focus.active, settledScale, compact)
      : null;

  return (
    <div
      ref={setPlot}
      className="plot"
      data-zoom-surface=""
      style={{ width, height, marginLeft: geometry.gutter }}
      onPointerMove={onPointerMove}
      onPointerLeave={() => hover.set(null)}
      onClick={onClick}
      onDoubleClick={onDoubleClick}
    >
      <ChartCanvas
        viewport={viewport}
        model={model}
        palette={palette}
        geometry={geometry}
        compact={compact}
        eras={dataset.meta.eras}
        kept={kept}
        selected={selected}
        related={related}
        focused={focus.hasFocus ? focus.activeId : null}
        hover={hover}
        locale={locale}
        width={width}
        height={height}
        onFrame={onFrame}
        onPainted={p.onPainted}
      />
      <div ref={axisRef} className="axis" aria-hidden="true" />
      <ArcLayer arcs={arcs} viewport={viewport} width={width} height={height} />
      <div ref={overlayRef} className="overlay">
        <LabelLayer labels={labels} />
        <FocusLayer
          items={buttons}
          tabStop={tabStop}
          selected={selected}
          groupName={groupName}
          group={focus.setGroup}
          onActivate={activate}
          onFocusItem={focus.onFocusItem}
          onHover={hover.set}
          onKeyDown={focus.onKeyDown}
          onFocusIn={focus.onFocusIn}
          onFocusOut={focus.onFocusOut}
        />
        <TooltipHost
          hover={hover}
          fallback={tooltipFallback}
          viewport={viewport}
          groupName={groupName}
          width={width}
          height={height}
        />
      </div>
    </div>
  );
}
