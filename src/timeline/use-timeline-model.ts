/**
 * The layout a data, filter, lane-mode or size change needs, memoised on exactly those inputs:
 * zooming, panning, hovering, focus and selection never recompute it.
 */
import { useMemo } from 'react';
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import type { Geometry } from './layout/geometry';
import type { LaneMode } from './layout/lanes';
import { layoutToFit, type TimelineLayout } from './layout/model';
import { dataExtent, makeTimeScale, type TimeScale } from './layout/time-scale';

/** The scale at zoom 1: the whole padded extent of the dataset (not of the filtered events). */
export function useBaseScale(events: readonly StanceEvent[], width: number): TimeScale {
  // The extent walks every event; the width changes on its own (first measure, resize).
  const extent = useMemo(() => dataExtent(events), [events]);
  return useMemo(
    () => makeTimeScale(extent ?? [new Date(0), new Date(86_400_000)], width),
    [extent, width],
  );
}

interface Input {
  dataset: Dataset;
  events: readonly StanceEvent[];
  matching: ReadonlySet<string>;
  mode: LaneMode;
  expanded: readonly string[];
  geometry: Geometry;
  base: TimeScale;
  compact: boolean;
  /** px the lanes should fit in (an embed's frame), or null for as tall as they need. */
  fitHeight: number | null;
  /**
   * False until the chart's width is known: the lanes are packed for the width (label room,
   * row gaps), so a layout before then would be thrown away at once, and at 10,000 events it
   * costs as much as the one that is drawn. Nothing is drawn before the width is known.
   */
  measured: boolean;
}

const NO_EVENTS: readonly StanceEvent[] = [];

export function useTimelineLayout(input: Input): TimelineLayout {
  const { dataset, matching, mode, expanded, geometry, base, compact, fitHeight } = input;
  const events = input.measured ? input.events : NO_EVENTS;
  return useMemo(
    () =>
      layoutToFit(
        { dataset, events, matching, mode, expanded, geometry, base, compact },
        fitHeight,
      ),
    [dataset, events, matching, mode, expanded, geometry, base, compact, fitHeight],
  );
}
