/**
 * Label placement: which event titles to show, and where, so that no two overlap. Recomputed
 * when zoom settles or crosses a level, not per frame, so it must stay O(n log n) and free of
 * the DOM: widths are estimated from characters, never measured.
 *
 * Greedy by priority (Plot's dodge transform and vis-timeline's stacking follow the same idea):
 * the most important label claims its space first; each later one tries its anchors in turn and
 * is dropped if none is free. Collisions are checked against a sorted list of taken intervals
 * per line (y), by binary search.
 *
 * Marks are obstacles, not labels: each one blocks its box on every label line it reaches
 * vertically before any label is placed, so no label is ever drawn over a mark. (Feeding marks
 * in as labels of top priority, as this module once did, let a mark whose box collided with
 * another mark's "fall back" to a shifted spot, leaving the real mark uncovered.)
 */
import { bisectLeft } from 'd3-array';

export interface LabelCandidate {
  id: string;
  laneId: string;
  /** px: centre of the event's mark. */
  x: number;
  /** px: the label's width, e.g. from `estimateTextWidth`. */
  width: number;
  /** Higher is placed first, e.g. significance * 1e6 minus a tie-breaker. */
  priority: number;
  /**
   * px: a fixed line for this label (say, its mark's row). When set, the lane's label rows are
   * not tried. Labels collide with any other label on the same y, whichever lane it came from.
   */
  y?: number;
  /**
   * px: further lines to try, in order, when the label's own line has no room (with `y`): the
   * label is then drawn away from its mark, joined to it by a leader line.
   */
  alternates?: readonly number[] | undefined;
  /** The side tried first (default 'right'), e.g. the side the lane layout kept free. */
  prefer?: LabelSide | undefined;
  /**
   * px: when neither side of the mark is free on any of its lines, the label may slide along
   * them up to this far from its place, joined to its mark by a leader line (default 0: never).
   */
  slide?: number | undefined;
  /**
   * px: the right end of the event's stretch (a span's bar, an uncertain date's band), when it
   * reaches past the mark. A label on the right starts beyond it, so it never covers its own
   * stretch (which is an obstacle like any other).
   */
  end?: number | undefined;
}

export interface PlaceLabelsOptions {
  /** Label rows in each lane: one number for all, or per lane id (missing lanes get 0). */
  rowsPerLane: number | Readonly<Record<string, number>>;
  /** px between label rows. */
  rowHeight: number;
  /** px: y of each lane's first label row. A candidate whose lane is missing is not placed. */
  laneTop: Readonly<Record<string, number>>;
  /** px: least empty space between two labels on one line. */
  gap: number;
  /** px from the mark's centre to the label's near edge (the mark's radius plus a margin). */
  offset?: number;
  /** px: when set, labels must lie within [0, width]. */
  width?: number;
  /**
   * px: the part of [0, width] a reader can see, when something is laid over the rest (the
   * details drawer over the plot's right or left). Labels must lie within it, and only marks
   * inside it are labelled: a label under the drawer is not read.
   */
  visible?: readonly [number, number];
  /** Boxes no label may overlap (marks), whatever their priority. */
  obstacles?: readonly Obstacle[];
  /**
   * px: height of a label's box, centred on its line; an obstacle blocks every line whose box it
   * overlaps. 0 (the default) blocks only lines inside the obstacle's [y0, y1].
   */
  labelHeight?: number;
}

/** A box in px that labels must keep clear of. */
export interface Obstacle {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export type LabelSide = 'right' | 'left';

export interface PlacedLabel {
  id: string;
  laneId: string;
  /** px: left and right edges of the label's box. */
  x0: number;
  x1: number;
  /** px: the label line's y. */
  y: number;
  /** Index of the label row in its lane (0 for a candidate with a fixed y). */
  row: number;
  /** Which side of the mark the label sits: 'right' draws with text-anchor start at x0. */
  side: LabelSide;
}

/**
 * Taken intervals on one line, kept sorted and disjoint so only the two neighbours of a new
 * interval need checking. Insertion is an array splice: O(k) in the labels on that line, which
 * the plot width bounds to a few dozen, cheaper in practice than a balanced tree.
 */
class Line {
  private readonly x0s: number[] = [];
  private readonly x1s: number[] = [];

  /** True when [x0, x1] keeps `gap` px clear of every taken interval. */
  fits(x0: number, x1: number, gap: number): boolean {
    const i = this.lowerBound(x0);
    const prev = this.x1s[i - 1];
    const next = this.x0s[i];
    return (prev === undefined || prev + gap <= x0) && (next === undefined || x1 + gap <= next);
  }

  /**
   * The left edge nearest `want` of a free stretch `w` wide within [lo, hi], keeping `gap` clear
   * of every taken interval; null when there is none. O(intervals on the line).
   */
  nearestFree(want: number, w: number, gap: number, lo: number, hi: number): number | null {
    let best: number | null = null;
    const n = this.x0s.length;
    for (let i = 0; i <= n; i++) {
      const g0 = Math.max(lo, i === 0 ? -Infinity : this.x1s[i - 1]! + gap);
      const g1 = Math.min(hi, i === n ? Infinity : this.x0s[i]! - gap);
      if (g1 - g0 < w) continue;
      const at = Math.min(Math.max(want, g0), g1 - w);
      if (best === null || Math.abs(at - want) < Math.abs(best - want)) best = at;
    }
    return best;
  }

  add(x0: number, x1: number): void {
    const i = this.lowerBound(x0);
    this.x0s.splice(i, 0, x0);
    this.x1s.splice(i, 0, x1);
  }

  /**
   * Builds a line from intervals that may overlap one another (marks can): sorted and merged, so
   * the line stays disjoint and `fits` needs only its two neighbours.
   */
  static blocked(intervals: Array<[number, number]>): Line {
    const line = new Line();
    intervals.sort((a, b) => a[0] - b[0]);
    for (const [x0, x1] of intervals) {
      const last = line.x1s.length - 1;
      if (last >= 0 && x0 <= line.x1s[last]!) line.x1s[last] = Math.max(line.x1s[last]!, x1);
      else {
        line.x0s.push(x0);
        line.x1s.push(x1);
      }
    }
    return line;
  }

  /** First index whose start is ≥ x. */
  private lowerBound(x: number): number {
    let lo = 0;
    let hi = this.x0s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.x0s[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A total order on candidates, so that the result does not depend on input order: priority
 * first, then id, then the remaining fields for the degenerate case of a repeated id.
 */
function byPriority(a: LabelCandidate, b: LabelCandidate): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  return (
    compareStrings(a.id, b.id) ||
    compareStrings(a.laneId, b.laneId) ||
    a.x - b.x ||
    a.width - b.width ||
    (a.y ?? -Infinity) - (b.y ?? -Infinity)
  );
}

/**
 * Labels that fit, in placement order (priority, then id). Each candidate tries, row by row
 * from its lane's top, the right of its mark and then the left; the first free spot wins. A
 * candidate with no free spot is left out; its mark stays, and its title remains in the
 * tooltip, details panel and list view.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: PlaceLabelsOptions,
): PlacedLabel[] {
  const { rowsPerLane, rowHeight, laneTop, gap, offset = 0 } = options;
  const placed: PlacedLabel[] = [];
  const rowsOf = (laneId: string) =>
    typeof rowsPerLane === 'number' ? rowsPerLane : (rowsPerLane[laneId] ?? 0);
  const lines = blockedLines(candidates, options, rowsOf);
  const [lo0, hi0] = visibleRange(options);
  const withinWidth = (x0: number, x1: number) => x0 >= lo0 && x1 <= hi0;

  for (const c of [...candidates].sort(byPriority)) {
    if (c.x < lo0 || c.x > hi0) continue;
    const top = c.y ?? laneTop[c.laneId];
    if (top === undefined) continue;
    const rows = c.y === undefined ? rowsOf(c.laneId) : 1;
    const ys: number[] = [];
    for (let row = 0; row < rows; row++) ys.push(top + row * rowHeight);
    if (c.y !== undefined && c.alternates) ys.push(...c.alternates);
    const w = Math.max(0, c.width);
    const right = Math.max(c.x + offset, (c.end ?? -Infinity) + gap + 1);
    const spots: [LabelSide, number, number][] = [
      ['right', right, right + w],
      ['left', c.x - offset - w, c.x - offset],
    ];
    if (c.prefer === 'left') spots.reverse();
    let done = false;

    search: for (let row = 0; row < ys.length; row++) {
      const y = ys[row]!;
      let line = lines.get(y);
      for (const [side, x0, x1] of spots) {
        if (!withinWidth(x0, x1)) continue;
        if (line && !line.fits(x0, x1, gap)) continue;
        if (!line) {
          line = new Line();
          lines.set(y, line);
        }
        line.add(x0, x1);
        placed.push({
          id: c.id,
          laneId: c.laneId,
          x0,
          x1,
          y,
          row: c.y === undefined ? row : 0,
          side,
        });
        done = true;
        break search;
      }
    }
    if (done || !c.slide) continue;
    // Last resort: the free stretch nearest the mark on any of its lines, within `slide` px.
    let best: { y: number; x0: number; d: number } | null = null;
    const lo = Math.max(lo0, c.x - offset - w - c.slide);
    const hi = Math.min(hi0, right + w + c.slide);
    for (const y of ys) {
      const line = lines.get(y);
      const x0 = line ? line.nearestFree(right, w, gap, lo, hi) : Math.min(right, hi - w);
      if (x0 === null || x0 < lo) continue;
      // A row away costs as much as sliding three rows' height along one: leaders stay short.
      const d = Math.abs(x0 - right) + 3 * Math.abs(y - ys[0]!);
      if (!best || d < best.d) best = { y, x0, d };
    }
    if (!best) continue;
    let line = lines.get(best.y);
    if (!line) lines.set(best.y, (line = new Line()));
    line.add(best.x0, best.x0 + w);
    placed.push({
      id: c.id,
      laneId: c.laneId,
      x0: best.x0,
      x1: best.x0 + w,
      y: best.y,
      row: 0,
      side: best.x0 >= c.x ? 'right' : 'left',
    });
  }
  return placed;
}

/** px: where labels may lie, from `visible` within [0, width] (unbounded without either). */
function visibleRange(options: PlaceLabelsOptions): [number, number] {
  const { width, visible } = options;
  const lo = width === undefined ? -Infinity : 0;
  const hi = width ?? Infinity;
  if (!visible) return [lo, hi];
  return [Math.max(lo, visible[0]), Math.min(hi, visible[1])];
}

/**
 * The label lines any candidate may use, each with the obstacles that reach it already taken.
 * O(obstacles · log lines + lines reached).
 */
function blockedLines(
  candidates: readonly LabelCandidate[],
  options: PlaceLabelsOptions,
  rowsOf: (laneId: string) => number,
): Map<number, Line> {
  const { obstacles = [], labelHeight = 0, laneTop, rowHeight } = options;
  const lines = new Map<number, Line>();
  if (obstacles.length === 0) return lines;
  const ys = new Set<number>();
  for (const c of candidates) {
    if (c.y !== undefined) {
      ys.add(c.y);
      for (const y of c.alternates ?? []) ys.add(y);
    } else {
      const top = laneTop[c.laneId];
      if (top === undefined) continue;
      for (let row = 0; row < rowsOf(c.laneId); row++) ys.add(top + row * rowHeight);
    }
  }
  const sorted = [...ys].sort((a, b) => a - b);
  const taken = new Map<number, Array<[number, number]>>();
  const half = labelHeight / 2;
  for (const o of obstacles) {
    // Lines whose label box [y − half, y + half] meets [y0, y1] (touching does not count).
    let i = bisectLeft(sorted, o.y0 - half);
    for (; i < sorted.length && sorted[i]! - half < o.y1; i++) {
      const y = sorted[i]!;
      if (y + half <= o.y0) continue;
      let list = taken.get(y);
      if (!list) taken.set(y, (list = []));
      list.push([o.x0, o.x1]);
    }
  }
  for (const [y, list] of taken) lines.set(y, Line.blocked(list));
  return lines;
}

// The measures live in their own module: the chart's first frame needs them, not the placer.
export { estimateTextWidth, truncateLabel } from './text-width';
