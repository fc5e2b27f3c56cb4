/**
 * The timeline's layout for a data, filter, lane-mode or size change: lanes and rows (lanes.ts),
 * stacked and split into indexed tracks (tracks.ts). Pure; the component memoises it on these
 * inputs only, so zooming, panning, hovering and focus never recompute it.
 */
import type { StanceEvent } from '../../domain/schema';
import type { Dataset } from '../../domain/validate';
import { assignLanes, type LaneMode } from './lanes';
import type { Geometry } from './geometry';
import { keyLabelFootprint } from './label-room';
import { RUN_PX } from './lod';
import type { TimeScale } from './time-scale';
import { buildTimelineModel, type TimelineModel } from './tracks';

/** Most rows of marks a lane gets (fewer on phones, where height is scarce). */
export const MAX_ROWS = 5;
export const MAX_ROWS_COMPACT = 3;
/**
 * Most rows the key events of a lane may take with their labels' room (label-room.ts); key
 * events beyond them go on the overflow row, labelled where room is left.
 */
export const MAX_KEY_ROWS = 10;

export interface LayoutInput {
  dataset: Pick<Dataset, 'actors' | 'groups' | 'eventById'>;
  /** Events drawn: all of them when filtered-out events are dimmed, else the matching ones. */
  events: readonly StanceEvent[];
  matching: ReadonlySet<string>;
  mode: LaneMode;
  expanded: readonly string[];
  geometry: Geometry;
  /** The scale at zoom level 1. */
  base: TimeScale;
  compact: boolean;
  /** Most rows of marks per lane; MAX_ROWS (or MAX_ROWS_COMPACT) when not given. */
  maxRows?: number;
}

export interface TimelineLayout {
  model: TimelineModel;
  /** Group id → colour index (the lane swatches and the marks share it). */
  colourOfGroup: ReadonlyMap<string, number>;
  /** Group id → name, for "also involves" in names and tooltips. */
  groupName: ReadonlyMap<string, string>;
}

/**
 * The layout whose lanes fit in `height` px (below the axis) where fewer rows per lane can make
 * them fit: an embed shows every lane in its frame, with more of the marks gathered in clusters.
 * Never fewer than one row; lanes that do not fit even then are taller than `height`.
 */
export function layoutToFit(input: LayoutInput, height: number | null): TimelineLayout {
  const most = input.maxRows ?? (input.compact ? MAX_ROWS_COMPACT : MAX_ROWS);
  let layout = layoutTimeline({ ...input, maxRows: most });
  if (height === null) return layout;
  for (let rows = most - 1; rows >= 1 && layout.model.height > height; rows--) {
    layout = layoutTimeline({ ...input, maxRows: rows });
  }
  return layout;
}

export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { dataset, events, matching, mode, expanded, geometry, base, compact } = input;
  const colourOfGroup = new Map(dataset.groups.map((g, i) => [g.id, i]));
  const groupName = new Map(dataset.groups.map((g) => [g.id, g.name]));
  // Two marks share a row when they are at least RUN_PX apart at the widest view, so rows never
  // cluster there: the level of detail only gathers what rows could not separate.
  const [d0, d1] = base.domain() as [Date, Date];
  const minGapMs = Math.max(
    0,
    base.invert(base(d0) + RUN_PX).getTime() - d0.getTime() - 86_400_000,
  );
  const lanes = assignLanes({
    events,
    actors: dataset.actors,
    groups: dataset.groups,
    mode,
    expanded: new Set(expanded),
    minGapMs,
    maxRows: input.maxRows ?? (compact ? MAX_ROWS_COMPACT : MAX_ROWS),
    // On a phone's narrow plot a label is a third of the width: reserving room for each would
    // stack the key events into many rows, so there labels go where room is left; the same when
    // the rows are capped to fit a height.
    ...(compact || (input.maxRows ?? MAX_ROWS) < MAX_ROWS
      ? {}
      : {
          keyFootprint: keyLabelFootprint(
            { t0: d0.getTime(), t1: d1.getTime(), width: base.range()[1]! - base.range()[0]! },
            false,
          ),
          maxKeyRows: MAX_KEY_ROWS,
        }),
  });
  const model = buildTimelineModel({
    lanes,
    geometry,
    matching,
    colourOfGroup,
  });
  return { model, colourOfGroup, groupName };
}
