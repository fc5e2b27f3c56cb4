/**
 * The chart of an image export, as plain data: the same scene the canvas paints (lanes, era
 * bands, ticks, marks and clusters), the same placed labels as the label layer, and the stance
 * tracks' steps in the window — all computed from the view state with the timeline's own pure
 * layout modules, never read back from the page. The serialiser (chart-svg.ts) draws it.
 */
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { stanceSeries } from '../domain/stance';
import { COMPACT, WIDE, type Geometry } from '../timeline/layout/geometry';
import type { LaneMode } from '../timeline/layout/lanes';
import { keptEvents } from '../timeline/layout/focus';
import { lodParams } from '../timeline/layout/lod';
import { layoutToFit, type TimelineLayout } from '../timeline/layout/model';
import { buildScene, type Scene } from '../timeline/layout/scene';
import { laneRowsOf, placeSceneLabels, type SceneLabel } from '../timeline/layout/scene-labels';
import { dataExtent, makeTimeScale, type TimeScale } from '../timeline/layout/time-scale';
import { firstVisibleStep } from '../timeline/canvas/paint-stance';

export interface ChartViewInput {
  dataset: Pick<Dataset, 'actors' | 'groups' | 'eventById' | 'events' | 'meta'>;
  /** Events drawn (all of them when filtered-out events are dimmed). */
  events: readonly StanceEvent[];
  matching: ReadonlySet<string>;
  mode: LaneMode;
  expanded: readonly string[];
  /** The visible window, ms [from, to); null for the whole extent. */
  window: readonly [number, number] | null;
  /** px: the chart's width as shown (lane names and plot), what the image is as wide as. */
  width: number;
  selected: string | null;
  locale: string;
  /**
   * px: the height the lanes (below the axis) should fit in, taking fewer rows of marks per lane
   * (more of them in clusters) as the embed does; absent, the rows of the chart on screen.
   */
  fitHeight?: number;
  /**
   * Layouts already made, by plot width and fitted height, reused as they are: only for views of
   * the same dataset, events, matching set, lane mode and expanded lanes, the layout's other
   * inputs (the preview pages' pictures draw every event of a dataset the same way).
   */
  layouts?: Map<string, TimelineLayout>;
}

/** One stance step in the window, in plot px. */
export interface StanceStepView {
  eventId: string;
  /**
   * px: where the step starts (left of 0 for the level in force when the window opens) and where
   * the next one does (or the plot's right edge).
   */
  x: number;
  x1: number;
  levelIndex: number;
  label: string;
  up: boolean;
  /** True for an event at the level already in force: a small dot, as on screen. */
  same: boolean;
}

export interface StanceTrackView {
  name: string;
  levels: readonly string[];
  steps: StanceStepView[];
}

export interface ChartView {
  geometry: Geometry;
  compact: boolean;
  /** px: the whole chart's width, and the plot's (right of the lane names). */
  width: number;
  plotWidth: number;
  scene: Scene;
  labels: SceneLabel[];
  /** Lane id → colour index of its group (for the swatches next to lane names). */
  laneColour: ReadonlyMap<string, number>;
  stance: StanceTrackView[];
  /** ms: the window shown. */
  domain: [number, number];
}

/** px: room right of the plot, as on screen (the timeline's right margin). */
export const RIGHT_MARGIN = 16;

export function chartView(input: ChartViewInput): ChartView {
  const { dataset, width, selected } = input;
  // Same breakpoint and geometry as the timeline on screen.
  const compact = width < 640;
  const geometry = compact ? COMPACT : WIDE;
  const plotWidth = Math.max(100, width - geometry.gutter - RIGHT_MARGIN);
  const extent = dataExtent(dataset.events) ?? [new Date(0), new Date(86_400_000)];
  const base = makeTimeScale(extent, plotWidth);
  const scale: TimeScale = input.window
    ? base.copy().domain([new Date(input.window[0]), new Date(input.window[1])])
    : base;
  const key = `${plotWidth}|${input.fitHeight ?? ''}`;
  const layout =
    input.layouts?.get(key) ??
    layoutToFit(
      {
        dataset,
        events: input.events,
        matching: input.matching,
        mode: input.mode,
        expanded: input.expanded,
        geometry,
        base,
        compact,
      },
      input.fitHeight ?? null,
    );
  input.layouts?.set(key, layout);
  const [d0, d1] = scale.domain() as [Date, Date];
  const t0 = d0.getTime();
  const t1 = d1.getTime();
  const params = lodParams((t1 - t0) / plotWidth, compact);
  const scene = buildScene({
    model: layout.model,
    scale,
    width: plotWidth,
    geometry,
    compact,
    eras: dataset.meta.eras,
    kept: keptEvents(layout.model, params, [selected]),
    locale: input.locale,
    // Nothing beyond the edges: an image has no neighbours to slide in.
    margin: 0,
  });
  const laneColour = new Map(
    layout.model.lanes.map(({ lane }) => [
      lane.id,
      lane.groupId ? (layout.colourOfGroup.get(lane.groupId) ?? 0) : 0,
    ]),
  );
  return {
    geometry,
    compact,
    width,
    plotWidth,
    scene,
    labels: placeSceneLabels(scene, {
      compact,
      selected,
      laneRows: laneRowsOf(layout.model.tracks),
    }),
    laneColour,
    stance: stanceTracks(dataset, scale, plotWidth),
    domain: [t0, t1],
  };
}

/** Each dimension's steps in force in the window, in plot px (the stance tracks' step line). */
export function stanceTracks(
  dataset: Pick<Dataset, 'events' | 'meta'>,
  scale: TimeScale,
  plotWidth: number,
): StanceTrackView[] {
  const [d0, d1] = scale.domain() as [Date, Date];
  return dataset.meta.dimensions.map((dimension) => {
    const { steps } = stanceSeries(dimension, dataset.events);
    const dates = Float64Array.from(steps, (s) => s.date.getTime());
    const out: StanceStepView[] = [];
    if (steps.length > 0 && dates[0]! <= d1.getTime()) {
      const first = firstVisibleStep(dates, d0.getTime());
      for (let i = first; i < steps.length && dates[i]! <= d1.getTime(); i++) {
        const step = steps[i]!;
        const next = i + 1 < steps.length ? scale(dates[i + 1]!) : plotWidth;
        out.push({
          eventId: step.eventId,
          x: scale(dates[i]!),
          x1: Math.min(plotWidth, Math.max(scale(dates[i]!), next)),
          levelIndex: step.levelIndex,
          label: step.label,
          up: step.direction === 'up',
          same: step.direction === 'same',
        });
      }
    }
    return { name: dimension.name, levels: dimension.levels.map((l) => l.label), steps: out };
  });
}
