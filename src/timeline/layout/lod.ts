/**
 * Level of detail: which marks are drawn on their own and which are counted into clusters, at
 * any zoom, read from the track indexes (tracks.ts) instead of re-clustering.
 *
 * The rules, per track (one row of one lane), at a zoom of `msPerPx`:
 *  1. Runs: events whose starts are closer than RUN_PX to their neighbour form a run (single-
 *     linkage). The run threshold is quantised to powers of 2^⅛ so that what is clustered changes
 *     in steps while zooming, not at every frame, and it never falls below two mark widths
 *     (render/mark-fit.ts): marks of two runs never touch. The runs at any threshold are the
 *     stretches between gaps ≥ it, which `Track.gaps` finds in O(log n) per run. A run's
 *     territory reaches halfway to its neighbours; everything it draws stays inside it.
 *  2. Pieces: a run wider than one cell of a power-of-two time grid (CHUNK_PX to 2·CHUNK_PX wide)
 *     is cut at the cell boundaries, so a dense record becomes a row of counted bubbles rather
 *     than one bubble the width of the chart; its first and last cell join their neighbour when
 *     they hold too little. A piece's territory ends at the cuts.
 *  3. Key events (significance 3) whose nearest other key event in the track is at least
 *     KEY_SEP_PX away — key marks that do not overlap one another — are drawn on their own when
 *     their mark fits the territory, and so are the `kept` events (the selected and the focused
 *     one). Everything else in a piece is one cluster, which counts the key events it holds; its
 *     bubble steps aside from the marks drawn alone, or where there is no room, the nearest key
 *     event joins it. A piece left with one event draws it on its own.
 * Nothing drawn in a row overlaps anything else but a kept mark (tested as a property over the
 * whole layout, mark-overlap.test.ts).
 * Every event is thus in exactly one drawn item at every zoom (tested as a property).
 *
 * Cost: visiting a window touches only the runs and pieces in it, each found by binary search or
 * tree descent (O(log n)); runs are ≥ RUN_PX/2^⅛ apart and pieces ≥ CHUNK_PX wide, so the number
 * of items — and the work — is bounded by the plot's width in px, not by N.
 */
import type { Track } from './tracks';
import { lowerBound } from './tracks';
import { MARK_HALF_WIDTH_PX } from '../render/mark-fit';
import { clusterRadius } from './cluster-size';

/** px: marks closer than this in one row may cluster (quantised down by up to 2^⅛). */
export const RUN_PX = 24;
/** Quantisation step of the run spacing: what is clustered changes in steps of 9 % of zoom. */
const RUN_STEP = Math.pow(2, 1 / 8);
/**
 * px: key marks closer than this (centre to centre) would overlap: two mark widths. The same on
 * phones, where marks are smaller but no narrower than the widest shapes allow.
 */
export const KEY_SEP_PX = 2 * MARK_HALF_WIDTH_PX + 0.5;
export const KEY_SEP_PX_COMPACT = KEY_SEP_PX;
/**
 * px: the farthest an item is drawn from the nearest event it stands for. A cluster's bubble may
 * step aside from a mark drawn alone, by a mark's and a bubble's half-widths.
 */
export const ITEM_SHIFT_PX = 2 * MARK_HALF_WIDTH_PX + 0.5;
/** px: the narrowest cell a dense run is cut into. */
export const CHUNK_PX = 48;
/** px: a dense run's first or last cell holding less of the run than this joins its neighbour. */
const EDGE_PX = 12;

export interface LodParams {
  msPerPx: number;
  /** ms: neighbours closer than this join a run. */
  runMs: number;
  /** ms: key events at least this far from every other key event are drawn on their own. */
  keyMs: number;
  /** ms: width of a cell of the grid dense runs are cut on; a power of two. */
  chunkMs: number;
}

export function lodParams(msPerPx: number, compact = false): LodParams {
  const run = RUN_PX * msPerPx;
  // The largest power of 2^⅛ at or below `run`: never above RUN_PX, so rows packed RUN_PX apart
  // at the widest view never cluster, and above two mark widths, so marks of two runs never touch.
  const runMs = Math.pow(RUN_STEP, Math.floor(Math.log(run) / Math.log(RUN_STEP) + 1e-9));
  const chunkMs = Math.pow(2, Math.ceil(Math.log2(CHUNK_PX * msPerPx)));
  const keyMs = (compact ? KEY_SEP_PX_COMPACT : KEY_SEP_PX) * msPerPx;
  return { msPerPx, runMs, keyMs, chunkMs };
}

export interface SingleItem {
  kind: 'event';
  track: number;
  /** Index of the event in its track. */
  index: number;
  /** ms: where the item is drawn (the event's start). */
  t: number;
}

export interface ClusterItem {
  kind: 'cluster';
  track: number;
  /** Stable while the membership is: the first member's event id and the count. */
  id: string;
  /** Indices of the first and last member in the track (members in between may be drawn alone). */
  first: number;
  last: number;
  count: number;
  /** Key events (significance 3) among the members: key events that overlap one another. */
  keyCount: number;
  /** Members that pass the filters; 0 means the cluster is drawn dimmed. */
  matching: number;
  /** ms: where the count is drawn: midway between the first and the last member's start. */
  t: number;
}

export type LodItem = SingleItem | ClusterItem;

/** Event indices per track that are never hidden in a cluster (selected, focused), ascending. */
export type Kept = ReadonlyMap<number, readonly number[]>;

export const NO_KEPT: Kept = new Map();

/** Id of an item, unique among the items drawn at one zoom. */
export function itemId(tracks: readonly Track[], item: LodItem): string {
  return item.kind === 'event' ? tracks[item.track]!.events[item.index]!.id : item.id;
}

/**
 * A piece of a run: the events [p0, p1) decided together, and its territory [tl, tr] (ms), the
 * stretch of the row its items are drawn in. Territories of neighbouring pieces do not overlap:
 * a run's reaches halfway to the next run (runs are at least two mark widths apart), and a dense
 * run's pieces meet at the cuts between their cells.
 */
interface Piece {
  p0: number;
  p1: number;
  tl: number;
  tr: number;
}

/** ms from event i − 1 to event i; ∞ at either end of the track. */
function gapBefore(track: Track, i: number): number {
  return i <= 0 || i >= track.start.length ? Infinity : track.start[i]! - track.start[i - 1]!;
}

/** The run [p0, p1) of the events whose starts are closer than `runMs`, and its territory. */
type Run = Piece;

function runAt(track: Track, r0: number, p: LodParams): Run {
  const r1 = track.gaps.nextAtLeast(r0 + 1, p.runMs);
  const { start } = track;
  return {
    p0: r0,
    p1: r1,
    tl: start[r0]! - gapBefore(track, r0) / 2,
    tr: start[r1 - 1]! + gapBefore(track, r1) / 2,
  };
}

/**
 * The cells a dense run is cut into (cells c0…c1 of the `chunkMs` grid), with a cut dropped
 * where the run's first or last cell holds too little of it (one event, or less than EDGE_PX):
 * every piece is then wide enough for a cluster's bubble and holds two events or more, because
 * inside a run events are less than a cell apart.
 */
function cellsOf(track: Track, run: Run, p: LodParams) {
  const { start } = track;
  const first = start[run.p0]!;
  const last = start[run.p1 - 1]!;
  const c0 = Math.floor(first / p.chunkMs);
  const c1 = Math.floor(last / p.chunkMs);
  const edge = EDGE_PX * p.msPerPx;
  const firstCut = (c0 + 1) * p.chunkMs;
  const lastCut = c1 * p.chunkMs;
  const dropFirst =
    firstCut - first < edge || lowerBound(start, firstCut, run.p0, run.p1) - run.p0 < 2;
  const dropLast = last - lastCut < edge || run.p1 - lowerBound(start, lastCut, run.p0, run.p1) < 2;
  /** Whether the boundary at the start of cell k (c0 < k ≤ c1) cuts the run. */
  const cuts = (k: number) => !((k === c0 + 1 && dropFirst) || (k === c1 && dropLast));
  return { c0, c1, cuts };
}

/** The piece of a dense run that holds cell c. */
function pieceOfCell(
  track: Track,
  run: Run,
  p: LodParams,
  cells: ReturnType<typeof cellsOf>,
  c: number,
): Piece & { hi: number } {
  const { c0, c1, cuts } = cells;
  let lo = c;
  while (lo > c0 && !cuts(lo)) lo--;
  let hi = c;
  while (hi < c1 && !cuts(hi + 1)) hi++;
  const { start } = track;
  return {
    p0: lo === c0 ? run.p0 : lowerBound(start, lo * p.chunkMs, run.p0, run.p1),
    p1: hi === c1 ? run.p1 : lowerBound(start, (hi + 1) * p.chunkMs, run.p0, run.p1),
    tl: lo === c0 ? run.tl : lo * p.chunkMs,
    tr: hi === c1 ? run.tr : (hi + 1) * p.chunkMs,
    hi,
  };
}

const isDense = (track: Track, run: Run, p: LodParams) =>
  track.start[run.p1 - 1]! - track.start[run.p0]! > p.chunkMs;

/**
 * Calls `visit` for every item of `track` drawn at `t` in [a, b] (ms), at the zoom of `p`. Items
 * of one piece come together; pieces and runs come in time order.
 */
export function visitTrack(
  track: Track,
  a: number,
  b: number,
  p: LodParams,
  kept: readonly number[],
  visit: (item: LodItem) => void,
): void {
  const { start, gaps } = track;
  const n = start.length;
  if (n === 0) return;
  // A cluster may be drawn anywhere in its run's territory, which reaches halfway to the next
  // run: begin with the run before the first event at or after a.
  const i = Math.max(0, lowerBound(start, a) - 1);
  let r0 = gaps.prevAtLeast(i, p.runMs); // gap[0] is ∞: always found
  while (r0 < n) {
    const run = runAt(track, r0, p);
    if (run.tl > b) break;
    if (isDense(track, run, p)) {
      // A wide run: only the pieces whose territory overlaps [a, b] can hold an item inside it.
      const cells = cellsOf(track, run, p);
      const cell = (t: number) => Math.min(cells.c1, Math.max(cells.c0, Math.floor(t / p.chunkMs)));
      let c = cell(a);
      const last = cell(b);
      while (c <= last) {
        const piece = pieceOfCell(track, run, p, cells, c);
        visitPiece(track, piece, a, b, p, kept, visit);
        c = piece.hi + 1;
      }
    } else {
      visitPiece(track, run, a, b, p, kept, visit);
    }
    r0 = run.p1;
  }
}

/** An event drawn on its own inside a piece. */
interface Alone {
  index: number;
  /** ms: where it is drawn. */
  t: number;
  /** Kept events (selected, focused) are drawn alone whatever they cover. */
  kept: boolean;
}

/**
 * The items of one piece: events drawn on their own, then the cluster of the rest. Drawn alone:
 * the kept events, and the key events clear of other key events (found by tree descent) whose
 * mark fits in the piece's territory and clears every kept mark. The rest is one cluster, whose
 * bubble goes at the middle of its members or, where that would touch a mark drawn alone, at
 * the nearest place in the territory that touches none; where there is no such place, the key
 * event nearest to it joins the cluster, until there is. A piece left with one event draws it on
 * its own (a key event next to it joins it if their marks would touch). Nothing is drawn over
 * anything else, but for a kept mark, which is always drawn where it is.
 */
function visitPiece(
  track: Track,
  piece: Piece,
  a: number,
  b: number,
  p: LodParams,
  kept: readonly number[],
  visit: (item: LodItem) => void,
): void {
  const { start } = track;
  const { p0, p1, tl, tr } = piece;
  const single = (index: number) => {
    const t = start[index]!;
    if (t >= a && t <= b) visit({ kind: 'event', track: track.index, index, t });
  };
  if (p1 - p0 === 1) {
    single(p0);
    return;
  }
  const half = MARK_HALF_WIDTH_PX * p.msPerPx;
  const touch = 2 * half;
  // Kept marks are drawn where they are, also those of a neighbouring piece reaching over a cut.
  const obstacles: number[] = [];
  for (const index of kept) {
    const t = start[index]!;
    if (index >= p0 && index < p1) continue;
    if (t + half > tl && t - half < tr) obstacles.push(t);
  }
  const alone: Alone[] = [];
  for (const index of kept) {
    if (index >= p0 && index < p1) alone.push({ index, t: start[index]!, kept: true });
  }
  const k0 = track.keyBefore[p0]!;
  const k1 = track.keyBefore[p1]!;
  for (let k = track.keyIsolation.nextAtLeast(k0, p.keyMs); k < k1;) {
    const index = track.keyPos[k]!;
    const t = start[index]!;
    const fits = t - half >= tl && t + half <= tr;
    const clear =
      obstacles.every((o) => Math.abs(o - t) >= touch) &&
      alone.every((o) => !o.kept || Math.abs(o.t - t) >= touch);
    if (fits && clear && !kept.includes(index)) alone.push({ index, t, kept: false });
    k = track.keyIsolation.nextAtLeast(k + 1, p.keyMs);
  }
  alone.sort((x, y) => x.index - y.index);

  // The members: the piece's events not drawn alone, as the range [p0, p1) minus `alone`.
  for (;;) {
    const count = p1 - p0 - alone.length;
    if (count === 0) break;
    const isAlone = new Set(alone.map((x) => x.index));
    let first = p0;
    while (isAlone.has(first)) first++;
    let last = p1 - 1;
    while (isAlone.has(last)) last--;
    const blockers = [...obstacles, ...alone.map((x) => x.t)];
    if (count === 1) {
      // One event left: drawn where it is, unless a key mark drawn alone would touch it.
      const t = start[first]!;
      // Its mark must fit in the territory (next to a cut it could reach a neighbour's bubble).
      const fits = t - half >= tl && t + half <= tr;
      const hit = nearestFoldable(alone, t, fits ? touch : Infinity);
      if (hit >= 0) {
        alone.splice(hit, 1);
        continue;
      }
      for (const x of alone) single(x.index);
      single(first);
      return;
    }
    const reach = half + (clusterRadius(count) + CLUSTER_OUTLINE_PX) * p.msPerPx;
    const wanted = (start[first]! + start[last]!) / 2;
    const t = placeBubble(wanted, tl + reach - half, tr - reach + half, blockers, reach);
    if (t === null) {
      const fold = nearestFoldable(alone, wanted, Infinity);
      if (fold >= 0) {
        alone.splice(fold, 1);
        continue;
      }
    }
    for (const x of alone) single(x.index);
    const at = t ?? Math.min(Math.max(wanted, tl + reach - half), tr - reach + half);
    if (at < a || at > b) return;
    let keyCount = track.keyBefore[p1]! - track.keyBefore[p0]!;
    let matching = track.matchBefore[p1]! - track.matchBefore[p0]!;
    for (const x of alone) {
      if (track.significance[x.index]! >= 3) keyCount--;
      if (!track.dimmed[x.index]) matching--;
    }
    visit({
      kind: 'cluster',
      track: track.index,
      id: `cluster-${track.events[first]!.id}-${count}`,
      first,
      last,
      count,
      keyCount,
      matching,
      t: at,
    });
    return;
  }
  for (const x of alone) single(x.index);
}

/** px: half the width of a cluster bubble's outline. */
const CLUSTER_OUTLINE_PX = 1;

/** Index in `alone` of the key event (not kept) nearest to t and closer than `within`, or -1. */
function nearestFoldable(alone: readonly Alone[], t: number, within: number): number {
  let best = -1;
  for (let i = 0; i < alone.length; i++) {
    const x = alone[i]!;
    if (x.kept) continue;
    const d = Math.abs(x.t - t);
    if (d < within && (best < 0 || d < Math.abs(alone[best]!.t - t))) best = i;
  }
  return best;
}

/**
 * Where a bubble goes: the point of [lo, hi] nearest to `wanted` that is at least `reach` from
 * every blocker (a mark's centre), or null when there is none. The candidates are `wanted` and
 * the edges of the blocked stretches, so this costs O(k²) for k blockers, a handful.
 */
function placeBubble(
  wanted: number,
  lo: number,
  hi: number,
  blockers: readonly number[],
  reach: number,
): number | null {
  if (lo > hi) return null;
  // A candidate at exactly `reach` from a blocker is free: allow for the rounding of x ± reach.
  const clear = reach * (1 - 1e-9);
  const free = (t: number) =>
    Number.isFinite(t) && t >= lo && t <= hi && blockers.every((x) => Math.abs(x - t) >= clear);
  const candidates = [Math.min(Math.max(wanted, lo), hi), lo, hi];
  for (const x of blockers) candidates.push(x - reach, x + reach);
  let best: number | null = null;
  for (const c of candidates) {
    if (free(c) && (best === null || Math.abs(c - wanted) < Math.abs(best - wanted))) best = c;
  }
  return best;
}

/** The items of `track` drawn in [a, b] (ms), sorted by (t, id). */
export function itemsInTrack(
  track: Track,
  a: number,
  b: number,
  p: LodParams,
  kept: readonly number[],
): LodItem[] {
  const out: LodItem[] = [];
  visitTrack(track, a, b, p, kept, (item) => out.push(item));
  return out.sort((x, y) => x.t - y.t || compareIds(idIn(track, x), idIn(track, y)));
}

function idIn(track: Track, item: LodItem): string {
  return item.kind === 'event' ? track.events[item.index]!.id : item.id;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The item that draws event `index` of `track` at this zoom: itself, or its cluster. */
export function itemOf(
  track: Track,
  index: number,
  p: LodParams,
  kept: readonly number[],
): LodItem {
  const run = runAt(track, track.gaps.prevAtLeast(index, p.runMs), p);
  let piece: Piece = run;
  if (isDense(track, run, p)) {
    const cells = cellsOf(track, run, p);
    piece = pieceOfCell(track, run, p, cells, Math.floor(track.start[index]! / p.chunkMs));
  }
  let found: LodItem | undefined;
  let cluster: ClusterItem | undefined;
  visitPiece(track, piece, -Infinity, Infinity, p, kept, (item) => {
    if (item.kind === 'event') {
      if (item.index === index) found = item;
    } else cluster = item;
  });
  // Not drawn alone, so it is one of the cluster's members.
  return found ?? cluster ?? { kind: 'event', track: track.index, index, t: track.start[index]! };
}

/**
 * Events lasting more than a day that start before `a` but reach into [a, b], and are drawn on
 * their own at this zoom: their bars cross the left edge of the window. Rows are packed so that
 * intervals in one row do not overlap, so outside an overflowing last row there is at most one.
 */
export function spansCrossing(
  track: Track,
  a: number,
  b: number,
  p: LodParams,
  kept: readonly number[],
): number[] {
  const out: number[] = [];
  const { spanPos, spanReach, start, end } = track;
  for (let k = lowerBound(spanReach, a); k < spanPos.length; k++) {
    const index = spanPos[k]!;
    if (start[index]! >= a || start[index]! > b) break;
    if (end[index]! > a && itemOf(track, index, p, kept).kind === 'event') out.push(index);
  }
  return out;
}
