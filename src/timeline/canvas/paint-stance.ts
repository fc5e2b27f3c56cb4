/**
 * One stance track on canvases: the levels as dotted lines (static), the subject's level over
 * time as a step line, a marker per change (filled when the stance rose) and the level's name
 * where it fits. Per frame it draws only the steps in the window, found by binary search; markers
 * closer than a marker's width to the last one drawn are skipped (the line still shows the step).
 */
import type { TimeScale } from '../layout/time-scale';
import { levelY, trackHeight } from '../layout/stance-scale';
import type { CanvasPalette } from './palette';
import type { PaintContext } from './paint-scene';

/** A dimension's steps as arrays for drawing, made once per data change. */
export function stanceGeometry(
  steps: readonly { date: Date; levelIndex: number; direction: string; label: string }[],
  levels: number,
  labelWidth: (label: string) => number,
): StanceGeometry {
  return {
    dates: Float64Array.from(steps, (s) => s.date.getTime()),
    levelIndex: Uint8Array.from(steps, (s) => s.levelIndex),
    up: Uint8Array.from(steps, (s) => (s.direction === 'up' ? 1 : 0)),
    same: Uint8Array.from(steps, (s) => (s.direction === 'same' ? 1 : 0)),
    labels: steps.map((s) => s.label),
    labelWidths: Float64Array.from(steps, (s) => labelWidth(s.label)),
    levels,
  };
}

export interface StanceGeometry {
  /** ms: each step's date, ascending. */
  dates: Float64Array;
  levelIndex: Uint8Array;
  /** 1 when the step moved the level up (a filled marker). */
  up: Uint8Array;
  /**
   * 1 when the step keeps the level it found (an event marked at the level in force, such as an
   * arms transfer while a hold lasts): a small dot on the line, and no second copy of the name.
   */
  same: Uint8Array;
  labels: readonly string[];
  /** px: each label's estimated width at 11 px. */
  labelWidths: Float64Array;
  /** Number of levels of the dimension. */
  levels: number;
}

export const MARKER_R = 5;

/** Index of the first step at or after t, minus one: the step in force at t (or 0). */
export function firstVisibleStep(dates: Float64Array, t: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dates[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/**
 * The levels as dotted lines, on a canvas of their own: they do not move with the zoom, so they
 * are drawn once per size or theme change (dashed strokes are slow to rasterise every frame).
 */
export function paintStanceLevels(
  ctx: PaintContext,
  levels: number,
  width: number,
  palette: CanvasPalette,
  dpr: number,
  /** px: top of this track on the canvas that holds every track. */
  offsetY: number,
): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, offsetY * dpr);
  ctx.clearRect(0, 0, width, trackHeight(levels));
  ctx.strokeStyle = palette.border;
  ctx.lineWidth = 1;
  ctx.setLineDash([1, 3]);
  ctx.beginPath();
  for (let i = 0; i < levels; i++) {
    const y = Math.round(levelY(i, levels)) + 0.5;
    ctx.moveTo(0, y);
    ctx.lineTo(width, y);
  }
  ctx.stroke();
  ctx.setLineDash([]);
}

/** One frame of a track: the step line, the level names that fit, and the markers. */
export function paintStanceTrack(
  ctx: PaintContext,
  g: StanceGeometry,
  scale: TimeScale,
  width: number,
  palette: CanvasPalette,
  dpr: number,
  selectedStep: number,
  /** px: top of this track on the canvas that holds every track. */
  offsetY: number,
): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, offsetY * dpr);
  ctx.clearRect(0, 0, width, trackHeight(g.levels));
  const n = g.dates.length;
  if (n === 0) return;

  const [d0, d1] = scale.domain() as [Date, Date];
  const first = firstVisibleStep(g.dates, d0.getTime());
  let last = first;
  while (last + 1 < n && g.dates[last + 1]! <= d1.getTime()) last++;
  const xs: number[] = [];
  const x1s: number[] = [];
  for (let i = first; i <= last; i++) {
    xs.push(scale(g.dates[i]!));
    x1s.push(i + 1 < n ? scale(g.dates[i + 1]!) : Math.max(scale(g.dates[i]!), width));
  }

  ctx.strokeStyle = palette.stance;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  for (let k = 0; k <= last - first; k++) {
    const y = levelY(g.levelIndex[first + k]!, g.levels);
    if (k === 0) ctx.moveTo(xs[k]!, y);
    else ctx.lineTo(xs[k]!, y);
    ctx.lineTo(Math.min(x1s[k]!, width + 10), y);
  }
  ctx.stroke();

  ctx.font = `11px ${palette.font}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (let k = 0; k <= last - first; k++) {
    const i = first + k;
    if (g.same[i]) continue;
    // The name runs until the level next changes, past marks that keep it.
    let end = k;
    while (end < last - first && g.same[first + end + 1]) end++;
    if (g.labelWidths[i]! >= x1s[end]! - xs[k]! - 10) continue;
    const y = levelY(g.levelIndex[i]!, g.levels) - 5;
    // A background-coloured box behind the name keeps it legible over the level lines (a stroked
    // halo looks the same but costs far more to rasterise each frame).
    ctx.fillStyle = palette.bg;
    ctx.fillRect(xs[k]! + 4, y - 9, g.labelWidths[i]! + 4, 12);
    ctx.fillStyle = palette.text;
    ctx.fillText(g.labels[i]!, xs[k]! + 6, y);
  }

  let lastMarker = -Infinity;
  for (let k = 0; k <= last - first; k++) {
    const i = first + k;
    const selected = i === selectedStep;
    if (!selected && xs[k]! - lastMarker < 2 * MARKER_R) continue;
    lastMarker = xs[k]!;
    ctx.beginPath();
    const r = g.same[i] && !selected ? MARKER_R - 2 : MARKER_R;
    ctx.arc(xs[k]!, levelY(g.levelIndex[i]!, g.levels), r, 0, 2 * Math.PI);
    ctx.fillStyle = g.up[i] || g.same[i] ? palette.stance : palette.bg;
    ctx.fill();
    ctx.lineWidth = selected ? 4 : 2.5;
    ctx.strokeStyle = selected ? palette.focus : palette.stance;
    ctx.stroke();
  }
}
