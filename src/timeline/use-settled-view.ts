/**
 * What the plot shows for the view at the last settle — the scene, the labels placed in it, the
 * items that get buttons, the arcs of the open event — computed when the view settles or the
 * data, focus or selection change, never per frame. Pure functions from layout/, composed.
 */
import { useMemo, useState } from 'react';
import type { Dataset } from '../domain/validate';
import type { Arc } from './layout/arcs';
import { buttonItems, countInPlot } from './layout/focus';
import type { Geometry } from './layout/geometry';
import { lodParams, type Kept, type LodItem } from './layout/lod';
import type { TimelineModel } from './layout/tracks';
import { buildScene, toSceneItem } from './layout/scene';
import type { SceneLabel } from './layout/scene-labels';
import { lanesInBand, sameLanes, type Band } from './layout/row-band';
import type { TimeScale } from './layout/time-scale';
import { MAX_MARK_BUTTONS } from './overlay/mark-button-cap';
import type { OverlayCode } from './overlay/overlay-code';
import { useSettledTransform } from './use-viewport';
import type { Viewport } from './viewport';

/** The settled scale and the level of detail it draws at. */
export function useSettledScale(
  viewport: Viewport,
  base: TimeScale,
  width: number,
  compact: boolean,
) {
  const settled = useSettledTransform(viewport);
  const scale = useMemo(() => settled.rescaleX(base), [settled, base]);
  const params = useMemo(() => {
    const [d0, d1] = scale.domain() as [Date, Date];
    return lodParams((d1.getTime() - d0.getTime()) / Math.max(1, width), compact);
  }, [scale, width, compact]);
  return { settled, scale, params };
}

interface Input {
  dataset: Dataset;
  model: TimelineModel;
  scale: TimeScale;
  params: ReturnType<typeof lodParams>;
  width: number;
  geometry: Geometry;
  compact: boolean;
  kept: Kept;
  selected: string | null;
  /** px: the part of the plot in sight beside the details drawer: labels keep to it. */
  visible: readonly [number, number];
  /** The focused and selected items: they get a button wherever they are. */
  focused: LodItem | null;
  selectedItem: LodItem | null;
  /** The items an arrow key takes focus to next: they get a button wherever they are too. */
  near: readonly LodItem[];
  focusedId: string | null;
  /**
   * The code of labels, mark buttons and arcs; null for the chart's first frame: the marks are
   * drawn before anything else, which follows once this code is fetched, after the marks are on
   * screen (overlay/load-overlay.ts).
   */
  overlay: OverlayCode | null;
  /** px: the rows of the plot near the window (use-plot-band.ts): only their lanes are built. */
  band: Band;
}

const NO_LABELS: SceneLabel[] = [];
const NO_BUTTONS: ReturnType<typeof buttonItems> = [];
const NO_ARCS: Arc[] = [];

/** Tick labels follow the reader's language; dates in text stay in one fixed style. */
function tickLocale(): string {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-GB';
}

export function useSettledScene(input: Input) {
  const { dataset, model, scale, params, width, geometry, compact, kept, selected } = input;
  const { focused, selectedItem, focusedId, overlay } = input;
  const marksOnly = overlay === null;
  const [visibleFrom, visibleTo] = input.visible;
  const locale = tickLocale();
  const scene = useMemo(
    () =>
      marksOnly
        ? null
        : buildScene({
            model,
            scale,
            width,
            geometry,
            compact,
            eras: dataset.meta.eras,
            kept,
            locale,
          }),
    [marksOnly, model, scale, width, geometry, compact, dataset.meta.eras, kept, locale],
  );
  // A window crowded past the buttons' cap gets labels and buttons for the lanes near the window
  // only (and the open event's, wherever it is): the same set while the same lanes are in it,
  // so scrolling within them rebuilds nothing. Below the cap every mark keeps its button
  // wherever it is, as a screen reader browses them all.
  const selectedLane = selectedItem ? (model.tracks[selectedItem.track]?.lane ?? null) : null;
  const crowded = scene !== null && countInPlot(scene.items, width) > MAX_MARK_BUTTONS;
  const nextShown = crowded ? lanesInBand(model.lanes, input.band, [selectedLane]) : null;
  const [shown, setShown] = useState(nextShown);
  if (!sameLanes(shown, nextShown)) setShown(nextShown);
  const labels = useMemo(
    () =>
      scene && overlay
        ? overlay.placeSceneLabels(scene, {
            compact,
            selected,
            laneRows: overlay.laneRowsOf(model.tracks),
            visible: [visibleFrom, visibleTo],
            lanes: shown,
          })
        : NO_LABELS,
    [scene, overlay, compact, selected, model, visibleFrom, visibleTo, shown],
  );
  const buttons = useMemo(() => {
    if (!scene) return NO_BUTTONS;
    const always = [focused, selectedItem, ...input.near]
      .filter((i): i is LodItem => i !== null)
      .map((i) => toSceneItem(model.tracks[i.track]!, i, scale, compact));
    const inLanes = shown ? scene.items.filter((i) => shown.has(i.lane)) : scene.items;
    return buttonItems(model, inLanes, always, width, MAX_MARK_BUTTONS);
  }, [model, scene, focused, selectedItem, input.near, scale, compact, width, shown]);
  // The one tab stop: the focused item, else the open event, else the first item in view.
  const tabStop =
    focusedId ??
    (selected && buttons.some((b) => b.id === selected) ? selected : null) ??
    buttons[0]?.id ??
    null;

  const selectedEvent = selected ? dataset.eventById.get(selected) : undefined;
  const arcs = useMemo(
    () =>
      selectedEvent && overlay
        ? overlay.arcsFrom(selectedEvent, dataset, model, params, kept)
        : NO_ARCS,
    [overlay, selectedEvent, dataset, model, params, kept],
  );
  const related = useMemo(() => new Set(arcs.map((a) => a.endItem)), [arcs]);
  return { labels, buttons, tabStop, arcs, related, locale };
}
