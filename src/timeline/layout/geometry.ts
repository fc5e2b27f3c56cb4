/**
 * The vertical layout of the timeline: lanes stacked top to bottom, each as tall as its rows.
 * Computed once per data, filter or lane-mode change; per frame only the x scale moves.
 */
import type { Lane } from './lanes';

export interface Geometry {
  /** Height of one row of marks, px. */
  rowHeight: number;
  /** Space above and below the rows of a lane, px. */
  lanePadding: number;
  /** Height of the header of an expanded group, px. */
  headerHeight: number;
  /** Height of the axis band above the lanes, px. */
  axisHeight: number;
  /** Width of the lane labels on the left, px (0 on narrow screens: labels sit above lanes). */
  gutter: number;
  /** Height of a lane label drawn above its lane when there is no gutter, px. */
  inlineLabel: number;
}

export const WIDE: Geometry = {
  rowHeight: 24,
  lanePadding: 4,
  headerHeight: 26,
  // Era names on top, tick labels below them.
  axisHeight: 44,
  gutter: 176,
  inlineLabel: 0,
};

export const COMPACT: Geometry = {
  rowHeight: 30,
  lanePadding: 6,
  headerHeight: 22,
  axisHeight: 42,
  gutter: 0,
  inlineLabel: 18,
};

export interface PlacedLane {
  lane: Lane;
  /** Index among all placed lanes, top to bottom; keyboard ↑/↓ walks it. */
  index: number;
  top: number;
  height: number;
  /** y of the centre of row r is rowY(r). */
  rowsTop: number;
}

export interface VerticalLayout {
  lanes: PlacedLane[];
  /** Total height of the lane area below the axis, px. */
  height: number;
}

export function stackLanes(lanes: readonly Lane[], g: Geometry): VerticalLayout {
  let y = g.axisHeight;
  const placed = lanes.map((lane, index) => {
    const label = lane.kind === 'group' && lane.expanded ? 0 : g.inlineLabel;
    const height = lane.expanded
      ? g.headerHeight
      : label + g.lanePadding * 2 + Math.max(1, lane.rowCount) * g.rowHeight;
    const p: PlacedLane = { lane, index, top: y, height, rowsTop: y + label + g.lanePadding };
    y += height;
    return p;
  });
  return { lanes: placed, height: y - g.axisHeight };
}

/** y of the centre of a row inside a placed lane. */
export function rowY(lane: PlacedLane, row: number, g: Geometry): number {
  return lane.rowsTop + row * g.rowHeight + g.rowHeight / 2;
}
