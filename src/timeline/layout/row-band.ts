/**
 * Which part of a tall plot gets labels and mark buttons at a settle: the lanes in and near the
 * window's height, not every lane of the record. At 10,000 events the lanes stand some 2,000 px
 * tall while a screen shows 500 of them; placing labels and building buttons for all of them made
 * every filter change pay for rows nobody sees. The rest is built when the page scrolls to it.
 *
 * Whole lanes, never parts of one: a label may move to another row of its own lane, so a lane's
 * labels depend on all of its rows. Every mark of the window stays an obstacle to them. Only a
 * window crowded past the buttons' cap is cut so (use-settled-view.ts): below it every mark
 * keeps its button, wherever it is. Pure.
 */

/** px: plot y range, [top, bottom]. */
export type Band = readonly [number, number];

/** px beyond the window's top and bottom edges that is built as well, so a short scroll finds it ready. */
export const BAND_MARGIN_PX = 160;

/**
 * The band to build for the part of the plot in the window, `view` (plot px; it may reach past
 * either end of the plot): the current band while the view stays inside it (scrolling within it
 * rebuilds nothing), else the view with `margin` on each side.
 */
export function nextBand(current: Band | null, view: Band, margin = BAND_MARGIN_PX): Band {
  const [top, bottom] = view;
  if (current && current[0] <= top && bottom <= current[1]) return current;
  return [top - margin, bottom + margin];
}

interface LaneBox {
  top: number;
  height: number;
}

/**
 * Indices of the lanes that meet `band`, together with `always` (the open event's lane: its
 * label is placed wherever it is), or null when that is every lane: nothing to leave out.
 */
export function lanesInBand(
  lanes: readonly LaneBox[],
  band: Band | null,
  always: readonly (number | null | undefined)[] = [],
): ReadonlySet<number> | null {
  if (!band) return null;
  const out = new Set<number>();
  lanes.forEach((lane, i) => {
    if (lane.top < band[1] && lane.top + lane.height > band[0]) out.add(i);
  });
  for (const lane of always) if (lane !== null && lane !== undefined) out.add(lane);
  return out.size >= lanes.length ? null : out;
}

/** True when two lane sets (null: every lane) hold the same lanes. */
export function sameLanes(a: ReadonlySet<number> | null, b: ReadonlySet<number> | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const lane of a) if (!b.has(lane)) return false;
  return true;
}
