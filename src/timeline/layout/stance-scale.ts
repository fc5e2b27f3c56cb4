/**
 * A stance track's vertical scale: one level line per level of the dimension, LEVEL_GAP px
 * apart, lowest at the bottom, so that the level names can stand beside their lines (the y axis)
 * and a track with more levels is taller rather than cramped. Shared by the screen (canvas and
 * marker buttons) and the exported image, so both draw the same scale.
 */

/** px between two level lines: an 11 px name fits between them. */
export const LEVEL_GAP = 13;
/** px above the top level, for the name of a step drawn above its line. */
const PAD_TOP = 17;
const PAD_BOTTOM = 7;

/** px: the height of a track of `levels` levels (never less than three levels' worth). */
export function trackHeight(levels: number): number {
  return PAD_TOP + PAD_BOTTOM + Math.max(2, levels - 1) * LEVEL_GAP;
}

/** px from the track's top to level `i`'s line (0 is the lowest level). */
export function levelY(i: number, levels: number): number {
  return PAD_TOP + (Math.max(1, levels) - 1 - i) * LEVEL_GAP;
}

export interface LevelTick {
  /** Index of the level, 0 the lowest. */
  index: number;
  /** px from the track's top. */
  y: number;
  label: string;
}

/** The scale's ticks, one per level, lowest first (the reading order of the level list). */
export function levelTicks(labels: readonly string[]): LevelTick[] {
  return labels.map((label, index) => ({ index, y: levelY(index, labels.length), label }));
}

/**
 * Index of the step in force at `t` (ms): the last whose date is at or before it, −1 before the
 * first. `dates` ascending, as the steps are. Binary search: it runs every frame for the level
 * named at the window's right edge.
 */
export function stepInForce(dates: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
