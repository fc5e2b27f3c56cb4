import { useCallback, useMemo, useRef, useState } from 'react';
import { afterMarksPainted, signalMarksPainted } from '../ui/paint-signal';
import type { Dataset } from '../domain/validate';
import { DAY_MS } from '../domain/dates';
import type { Geometry } from './layout/geometry';
import type { LodItem } from './layout/lod';
import type { TimelineLayout } from './layout/model';
import { toSceneItem, type Scene, type SceneItem } from './layout/scene';
import type { TimeScale } from './layout/time-scale';
import { ChartCanvas } from './chart-canvas';
import { createHoverStore } from './hover-store';
import { loadOverlayCode } from './overlay/load-overlay';
import type { OverlayCode } from './overlay/overlay-code';
import { useCanvasPalette } from './use-canvas-palette';
import { idOf, useChartFocus } from './use-chart-focus';
import { usePlotFollow } from './use-plot-follow';
import { usePlotPointer } from './use-plot-pointer';
import { useSettledScale, useSettledScene } from './use-settled-view';
import { useZoomGestures } from './use-zoom-gestures';
import { usePlotBand } from './use-plot-band';
import type { Viewport } from './viewport';
import type { TimelineProps } from './timeline';
import { sceneItemBox } from './layout/mark-box';

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
  /** px: the part of the plot in sight, [x0, x1], beside the details drawer laid over it. */
  visible: readonly [number, number];
  onSelect: TimelineProps['onSelect'];
  /** Called after the first frame drawn with new data or filters, with its scene. */
  onPainted: (scene: Scene) => void;
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
  const sceneRef = useRef<Scene | null>(null);
  const [hover] = useState(createHoverStore);
  const palette = useCanvasPalette(plot);
  useZoomGestures(plot, viewport, width, height);
  const { settled, scale, params } = useSettledScale(viewport, base, width, compact);
  // The first frame draws the marks alone; the labels, the mark buttons and the arcs are
  // rendered once those marks are on screen (`stanceline:marks-painted`) and their code is
  // fetched, a moment later, and only then is the chart reported painted (`data-painted`,
  // `onPainted`). Code that cannot be fetched is said so by the chart's error boundary.
  const [overlay, setOverlay] = useState<OverlayCode | null>(null);
  const [overlayError, setOverlayError] = useState<Error | null>(null);
  if (overlayError) throw overlayError;
  const marksOnly = overlay === null;
  // Set with the buttons' code: no key can be pressed on the chart before it.
  const keyRest = useMemo(() => overlay?.createKeyRest() ?? null, [overlay]);
  const band = usePlotBand(plot, height, keyRest);

  // A cluster opens into the days it spans, with some room around them.
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
    keyRest,
    keys: overlay?.keys ?? null,
  });
  const { kept } = focus;
  const view = useSettledScene({
    dataset,
    model,
    scale,
    params,
    width,
    geometry,
    compact,
    kept,
    selected,
    visible: p.visible,
    focused: focus.active,
    selectedItem: focus.selectedItem,
    near: focus.near,
    focusedId: focus.activeId,
    overlay,
    band,
  });
  const openLabel = useMemo(() => view.labels.find((l) => l.selected) ?? null, [view.labels]);
  const { overlayRef, axisRef, onFrame } = usePlotFollow(viewport, base, settled, sceneRef);
  // The same function while the model stands: the mark buttons are memoised, and a new
  // callback would render every one of them again on each key press.
  const { onSelect } = p;
  const activate = useCallback(
    (item: SceneItem) => {
      if (item.kind === 'cluster') return expand(item);
      // Where the mark is on screen, so the details can open on the side that leaves it in sight.
      const left = plot?.getBoundingClientRect().left ?? 0;
      const box = sceneItemBox(item, compact);
      onSelect(item.id, 'pointer', { left: left + box.x0, right: left + box.x1 });
    },
    [expand, onSelect, plot, compact],
  );
  const pointer = usePlotPointer(plot, sceneRef, hover, viewport, activate);
  const { onPainted } = p;
  const painted = useCallback(
    (scene: Scene) => {
      if (!marksOnly) return onPainted(scene);
      if (scene.items.length > 0) signalMarksPainted();
      // With nothing to draw there is nothing to wait for.
      const marks = scene.items.length > 0 ? afterMarksPainted() : Promise.resolve();
      void marks.then(loadOverlayCode).then(setOverlay, setOverlayError);
    },
    [marksOnly, onPainted],
  );
  const tooltipFallback =
    focus.active && focus.hasFocus
      ? toSceneItem(model.tracks[focus.active.track]!, focus.active, scale, compact)
      : null;

  return (
    <div
      ref={setPlot}
      className="plot"
      data-zoom-surface=""
      style={{ width, height, marginLeft: geometry.gutter }}
      {...pointer}
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
        related={view.related}
        focused={focus.hasFocus ? focus.activeId : null}
        hover={hover}
        locale={view.locale}
        width={width}
        height={height}
        onFrame={onFrame}
        marksOnly={marksOnly}
        onPainted={painted}
      />
      <div ref={axisRef} className="axis" aria-hidden="true" />
      {overlay && (
        <overlay.ArcLayer
          arcs={view.arcs}
          viewport={viewport}
          width={width}
          height={height}
          focused={focus.hasFocus ? focus.activeId : null}
          openItem={focus.selectedItem ? idOf(model, focus.selectedItem) : null}
          visible={p.visible}
          locale={view.locale}
          openLabel={openLabel}
        />
      )}
      <div ref={overlayRef} className="overlay">
        {overlay && (
          <>
            <overlay.LabelLayer labels={view.labels} />
            <overlay.FocusLayer
              items={view.buttons}
              tabStop={view.tabStop}
              selected={selected}
              compact={compact}
              groupName={groupName}
              group={focus.setGroup}
              onActivate={activate}
              onFocusItem={focus.onFocusItem}
              onHover={hover.set}
              onKeyDown={focus.onKeyDown}
              onFocusIn={focus.onFocusIn}
              onFocusOut={focus.onFocusOut}
            />
            <overlay.TooltipHost
              hover={hover}
              fallback={tooltipFallback}
              focusAhead={focus.tip}
              viewport={viewport}
              groupName={groupName}
              width={width}
              height={height}
            />
          </>
        )}
      </div>
    </div>
  );
}
