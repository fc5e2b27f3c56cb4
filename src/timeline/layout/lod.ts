/**
 * Level of detail: which marks are drawn on their own and which are counted into clusters, at
 * any zoom, read from the track indexes (tracks.ts) instead of re-clustering.
 *
 * The rules, per track (one row of one lane), at a zoom of `msPerPx`:
 *  1. Runs: events whose starts are closer than RUN_PX to their neighbour form a run (single-
 *     linkage). The run threshold is quantised to powers of √2 so that what is clustered changes
 *     in steps while zooming, not at every frame. The runs at any threshold are the stretches
 *     between gaps ≥ it, which `Track.gaps` finds in O(log n) per run.
 *  2. Pieces: a run wider than one cell of a power-of-two time grid (CHUNK_PX to 2·CHUNK_PX wide)
 *     is cut at the cell boundaries, so a dense record becomes a row of counted bubbles rather
 *     than one bubble the width of the chart.
 *  3. Key events (significance 3) whose nearest other key event in the track is at least
 *     KEY_SEP_PX away — key marks that do not overlap one another — are always drawn on their
 *     own, and so are the `kept` events (the selected and the focused one). Everything else in a
 *     piece is one cluster, which counts the key events it holds; a piece left with one event
 *     draws it on its own.
 * Every event is thus in exactly one drawn item at every zoom (tested as a property).
 *
 * Cost: visiting a window touches only the runs and pieces in it, each found by binary search or
 * tree descent (O(log n)); runs are ≥ RUN_PX/√2 apart and pieces ≥ CHUNK_PX wide, so the number
 * of items — and the work — is bounded by the plot's width in px, not by N.
 */
import type { Track } from './tracks';
import { lowerBound } from './tracks';

/** px: marks closer than this in one row may cluster (quantised down by up to √2). */
export const RUN_PX = 24;
/** px: key marks closer than this (centre to centre) overlap; compact marks are smaller. */
export const KEY_SEP_PX = 17;
export const KEY_SEP_PX_COMPACT = 15;
/** px: the narrowest cell a dense run is cut into. */
export const CHUNK_PX = 48;

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
  // The largest power of √2 at or below `run`: never above RUN_PX, so rows packed RUN_PX apart
  // at the widest view never cluster, and at least RUN_PX/√2.
  const runMs = Math.pow(Math.SQRT2, Math.floor(Math.log(run) / Math.log(Math.SQRT2) + 1e-9));
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
  const i = lowerBound(start, a);
  if (i >= n) return; // every event starts before a, so every item is drawn before it
  let r0 = gaps.prevAtLeast(i, p.runMs); // gap[0] is ∞: always found
  while (r0 < n && start[r0]! <= b) {
    const r1 = gaps.nextAtLeast(r0 + 1, p.runMs);
    if (start[r1 - 1]! - start[r0]! > p.chunkMs) {
      // A wide run: only the cells that overlap [a, b] can hold an item drawn inside it.
      const c1 = Math.floor(Math.min(start[r1 - 1]!, b) / p.chunkMs);
      for (let c = Math.floor(Math.max(start[r0]!, a) / p.chunkMs); c <= c1; c++) {
        const p0 = lowerBound(start, c * p.chunkMs, r0, r1);
        const p1 = lowerBound(start, (c + 1) * p.chunkMs, r0, r1);
        if (p1 > p0) visitPiece(track, p0, p1, a, b, p, kept, visit);
      }
    } else {
      visitPiece(track, r0, r1, a, b, p, kept, visit);
    }
    r0 = r1;
  }
}

/** The items of one piece [p0, p1): extracted singles, then the cluster of the rest. */
function visitPiece(
  track: Track,
  p0: number,
  p1: number,
  a: number,
  b: number,
  p: LodParams,
  kept: readonly number[],
  visit: (item: LodItem) => void,
): void {
  const { start } = track;
  const single = (index: number) => {
    const t = start[index]!;
    if (t >= a && t <= b) visit({ kind: 'event', track: track.index, index, t });
  };
  if (p1 - p0 === 1) {
    single(p0);
    return;
  }
  // Drawn alone: key events clear of other key events (at most one per KEY_SEP_PX of the
  // piece's width, found by tree descent), and the kept events.
  const alone: number[] = [];
  const k0 = track.keyBefore[p0]!;
  const k1 = track.keyBefore[p1]!;
  for (let k = track.keyIsolation.nextAtLeast(k0, p.keyMs); k < k1;) {
    alone.push(track.keyPos[k]!);
    k = track.keyIsolation.nextAtLeast(k + 1, p.keyMs);
  }
  for (const index of kept) {
    if (index >= p0 && index < p1 && !alone.includes(index)) alone.push(index);
  }
  alone.sort((x, y) => x - y);
  for (const index of alone) single(index);

  const count = p1 - p0 - alone.length;
  if (count <= 0) return;
  let first = p0;
  for (let e = 0; e < alone.length && alone[e] === first; e++) first++;
  let last = p1 - 1;
  for (let e = alone.length - 1; e >= 0 && alone[e] === last; e--) last--;
  if (count === 1) {
    single(first);
    return;
  }
  let keyCount = k1 - k0;
  let matching = track.matchBefore[p1]! - track.matchBefore[p0]!;
  for (const index of alone) {
    if (track.significance[index]! >= 3) keyCount--;
    if (!track.dimmed[index]) matching--;
  }
  const t = (start[first]! + start[last]!) / 2;
  if (t < a || t > b) return;
  visit({
    kind: 'cluster',
    track: track.index,
    id: `cluster-${track.events[first]!.id}-${count}`,
    first,
    last,
    count,
    keyCount,
    matching,
    t,
  });
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
  const { start, gaps } = track;
  const r0 = gaps.prevAtLeast(index, p.runMs);
  const r1 = gaps.nextAtLeast(index + 1, p.runMs);
  let p0 = r0;
  let p1 = r1;
  if (start[r1 - 1]! - start[r0]! > p.chunkMs) {
    const c = Math.floor(start[index]! / p.chunkMs);
    p0 = lowerBound(start, c * p.chunkMs, r0, r1);
    p1 = lowerBound(start, (c + 1) * p.chunkMs, r0, r1);
  }
  let found: LodItem | undefined;
  let cluster: ClusterItem | undefined;
  visitPiece(track, p0, p1, -Infinity, Infinity, p, kept, (item) => {
    if (item.kind === 'event') {
      if (item.index === index) found = item;
    } else cluster = item;
  });
  // Not drawn alone, so it is one of the cluster's members.
  return found ?? cluster ?? { kind: 'event', track: track.index, index, t: start[index]! };
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
