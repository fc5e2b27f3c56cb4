/**
 * Keyboard movement over the drawn items (marks and clusters at the current zoom), as pure
 * functions of the track indexes: the component maps keys to a `Move` and focuses the item that
 * comes back.
 *
 * ←/→ walk through time regardless of lane (the reading order of a chronology); ↑/↓ jump to the
 * nearest item in time in the lane above or below, skipping empty lanes; Home/End go to the
 * first/last item; PageUp/PageDown jump by a screen of time.
 *
 * The order is precomputed in the tracks (every track is sorted by time once per data or filter
 * change), so a key press never sorts or lists all N events: each track is asked for its item
 * next to the current one through the level-of-detail index, O(tracks · log n) per key.
 *
 * Only keys use it, and keys come to the mark buttons: it is loaded with their code
 * (overlay/overlay-code.ts), after the first marks, never with the first view.
 */
import { ITEM_SHIFT_PX, itemsInTrack, type LodItem } from './lod';
import { compareKeys, keyOf, type NavContext, type NavKey } from './nav-key';
import type { Track } from './tracks';

export type Move =
  | { kind: 'prev' }
  | { kind: 'next' }
  | { kind: 'up' }
  | { kind: 'down' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'page'; direction: -1 | 1; spanMs: number };

const NO_INDICES: readonly number[] = [];
/**
 * ms windows start this many run spacings wide (a little more than a mark's width each) and grow
 * ×4 until they find an item: the next item is usually a few marks away, and a wide first window
 * built every item of several screens in every track on each key press.
 */
const FIRST_WINDOW_RUNS = 4;

/**
 * The first `k` items of `track` after `key` in reading order. Items past `limit` (ms) are not
 * needed: the caller holds `k` better ones from other tracks, so the search stops there.
 */
function afterInTrack(
  track: Track,
  key: NavKey,
  ctx: NavContext,
  k: number,
  limit: number,
): LodItem[] {
  const { start } = track;
  const n = start.length;
  if (n === 0) return [];
  const kept = ctx.kept.get(track.index) ?? NO_INDICES;
  // An item is drawn near the events it stands for (a bubble may step aside from a mark), so
  // never more than ITEM_SHIFT_PX before start[0].
  const shift = ITEM_SHIFT_PX * ctx.params.msPerPx;
  const lo = Math.max(key.t, start[0]! - shift);
  const end = start[n - 1]! + shift;
  for (let w = FIRST_WINDOW_RUNS * ctx.params.runMs; ; w *= 4) {
    const found = itemsInTrack(track, lo, lo + w, ctx.params, kept).filter(
      (item) => compareKeys(keyOf(ctx.tracks, item), key) > 0,
    );
    // Every item drawn inside the window is listed; one past its end may stand before an
    // item that is not, so it counts only once the window holds the whole track.
    if (lo + w >= end) return found.slice(0, k);
    const inside = found.filter((item) => item.t <= lo + w);
    if (inside.length >= k || lo + w >= limit) return inside.slice(0, k);
  }
}

/** The last `k` items of `track` before `key` in reading order, nearest first (see afterInTrack). */
function beforeInTrack(
  track: Track,
  key: NavKey,
  ctx: NavContext,
  k: number,
  limit: number,
): LodItem[] {
  const { start } = track;
  const n = start.length;
  if (n === 0) return [];
  const kept = ctx.kept.get(track.index) ?? NO_INDICES;
  const shift = ITEM_SHIFT_PX * ctx.params.msPerPx;
  const hi = Math.min(key.t, start[n - 1]! + shift);
  const begin = start[0]! - shift;
  for (let w = FIRST_WINDOW_RUNS * ctx.params.runMs; ; w *= 4) {
    const found = itemsInTrack(track, hi - w, hi, ctx.params, kept)
      .filter((item) => compareKeys(keyOf(ctx.tracks, item), key) < 0)
      .reverse();
    if (hi - w <= begin) return found.slice(0, k);
    const inside = found.filter((item) => item.t >= hi - w);
    if (inside.length >= k || hi - w <= limit) return inside.slice(0, k);
  }
}

/**
 * The `k` items nearest `key` on one side over all tracks, nearest first: `after` for the items
 * → reaches in turn, else those ← reaches. Each track is searched only as far as the `k` best
 * found so far in the others.
 */
function itemsBeside(ctx: NavContext, key: NavKey, k: number, after: boolean): LodItem[] {
  if (k <= 0) return [];
  const order = (a: LodItem, b: LodItem) =>
    (after ? 1 : -1) * compareKeys(keyOf(ctx.tracks, a), keyOf(ctx.tracks, b));
  let best: LodItem[] = [];
  for (const track of ctx.tracks) {
    const kth = best.length >= k ? best[k - 1]!.t : after ? Infinity : -Infinity;
    const mine = after
      ? afterInTrack(track, key, ctx, k, kth)
      : beforeInTrack(track, key, ctx, k, kth);
    if (mine.length > 0) best = [...best, ...mine].sort(order).slice(0, k);
  }
  return best;
}

/** The first `k` items after `key` over all tracks, in reading order. */
export function itemsAfter(ctx: NavContext, key: NavKey, k: number): LodItem[] {
  return itemsBeside(ctx, key, k, true);
}

/** The last `k` items before `key` over all tracks, nearest first. */
export function itemsBefore(ctx: NavContext, key: NavKey, k: number): LodItem[] {
  return itemsBeside(ctx, key, k, false);
}

/** The first item after `key` over all tracks. */
export function nextItem(ctx: NavContext, key: NavKey): LodItem | null {
  return itemsAfter(ctx, key, 1)[0] ?? null;
}

/** The last item before `key` over all tracks. */
export function prevItem(ctx: NavContext, key: NavKey): LodItem | null {
  return itemsBefore(ctx, key, 1)[0] ?? null;
}

const BEFORE_ALL: NavKey = { t: -Infinity, track: -Infinity, id: '' };
const AFTER_ALL: NavKey = { t: Infinity, track: Infinity, id: '' };

/** The item nearest in time to `t` among the tracks of one lane (ties: the earlier). */
function nearestInLane(ctx: NavContext, lane: number, t: number): LodItem | null {
  let out: LodItem | null = null;
  let outKey: NavKey | null = null;
  let outD = Infinity;
  for (const track of ctx.tracks) {
    if (track.lane !== lane) continue;
    const around = [
      beforeInTrack(track, { t, track: Infinity, id: '' }, ctx, 1, -Infinity)[0],
      afterInTrack(track, { t, track: -Infinity, id: '' }, ctx, 1, Infinity)[0],
    ];
    for (const c of around) {
      if (!c) continue;
      const d = Math.abs(c.t - t);
      const k = keyOf(ctx.tracks, c);
      if (d < outD || (d === outD && outKey && compareKeys(k, outKey) < 0)) {
        out = c;
        outKey = k;
        outD = d;
      }
    }
  }
  return out;
}

/**
 * The item to focus after `move` from `current` (null when nothing is focused yet: the first
 * item, or the last for End). Returns `current` when there is nowhere to go, so focus never
 * falls off the chart; null only when nothing is drawn.
 */
export function navigate(ctx: NavContext, current: LodItem | null, move: Move): LodItem | null {
  const first = () => nextItem(ctx, BEFORE_ALL);
  const last = () => prevItem(ctx, AFTER_ALL);
  if (!current) return move.kind === 'last' ? last() : first();
  const here = keyOf(ctx.tracks, current);

  switch (move.kind) {
    case 'prev':
      return prevItem(ctx, here) ?? current;
    case 'next':
      return nextItem(ctx, here) ?? current;
    case 'first':
      return first() ?? current;
    case 'last':
      return last() ?? current;
    case 'up':
    case 'down': {
      const lanes = [...new Set(ctx.tracks.map((t) => t.lane))].sort((a, b) => a - b);
      const step = move.kind === 'up' ? -1 : 1;
      const lane = ctx.tracks[current.track]!.lane;
      for (let li = lanes.indexOf(lane) + step; li >= 0 && li < lanes.length; li += step) {
        const target = nearestInLane(ctx, lanes[li]!, current.t);
        if (target) return target;
      }
      return current;
    }
    case 'page': {
      const goal = current.t + move.direction * move.spanMs;
      // Past the end of the data, stop at the last item in that direction.
      if (move.direction > 0) {
        return nextItem(ctx, { t: goal, track: -Infinity, id: '' }) ?? last() ?? current;
      }
      return prevItem(ctx, { t: goal, track: Infinity, id: '' }) ?? first() ?? current;
    }
  }
}

/** The moves of the four arrow keys. */
export type ArrowMove = 'prev' | 'next' | 'up' | 'down';

const ARROWS: readonly ArrowMove[] = ['prev', 'next', 'up', 'down'];

/**
 * Where each arrow key takes focus from `item`, as `navigate` answers it (`item` itself where
 * there is nowhere to go); empty for no item. Worked out once per focus move, so the next press
 * of an arrow is answered without searching the tracks again.
 */
export function arrowTargets(
  ctx: NavContext,
  item: LodItem | null,
): Partial<Record<ArrowMove, LodItem | null>> {
  if (!item) return {};
  const out: Partial<Record<ArrowMove, LodItem | null>> = {};
  for (const kind of ARROWS) out[kind] = navigate(ctx, item, { kind });
  return out;
}

/**
 * The items within `reach` presses of ← and of → from `item`, in reading order, `item` among
 * them: the walk a key held down takes. Empty for no item.
 */
export function walkAround(ctx: NavContext, item: LodItem | null, reach: number): LodItem[] {
  if (!item) return [];
  const here = keyOf(ctx.tracks, item);
  return [...itemsBefore(ctx, here, reach).reverse(), item, ...itemsAfter(ctx, here, reach)];
}

/**
 * Where ← (`prev`) or → (`next`) takes focus from the item `fromId` on `walk` (walkAround's, over
 * the same tracks, zoom and kept events), or undefined when the walk cannot tell: `fromId` is not
 * on it, or at either end of it. Answers a press of a held key without searching the tracks.
 */
export function stepOnWalk(
  tracks: readonly Track[],
  walk: readonly LodItem[],
  fromId: string,
  kind: 'prev' | 'next',
): LodItem | undefined {
  const at = walk.findIndex((item) => keyOf(tracks, item).id === fromId);
  if (at < 0) return undefined;
  return walk[kind === 'next' ? at + 1 : at - 1];
}

/**
 * The items one arrow key away from `item` (←, →, ↑, ↓), without `item` itself: they get a
 * button beside the focused one, wherever they are, so the next arrow press finds its target
 * ready and moves focus without waiting for a render. `targets`: arrowTargets(ctx, item), when
 * worked out already. `walk`: walkAround(ctx, item, reach), whose items are added, so that a key
 * held down walks that far on buttons that are there already.
 */
export function neighbours(
  ctx: NavContext,
  item: LodItem | null,
  targets: Partial<Record<ArrowMove, LodItem | null>> = arrowTargets(ctx, item),
  walk: readonly LodItem[] = [],
): LodItem[] {
  if (!item) return [];
  const here = keyOf(ctx.tracks, item);
  const out: LodItem[] = [];
  const seen = new Set<string>([here.id]);
  const add = (next: LodItem | null | undefined) => {
    const id = next ? keyOf(ctx.tracks, next).id : null;
    if (next && id !== null && !seen.has(id)) {
      seen.add(id);
      out.push(next);
    }
  };
  for (const kind of ARROWS) add(targets[kind]);
  for (const step of walk) add(step);
  return out;
}

/** Whether a move is one of the four arrow keys'. */
export function isArrowMove(move: Move): move is { kind: ArrowMove } {
  return (ARROWS as readonly string[]).includes(move.kind);
}

/** The move a key asks for, or null when the key is not a navigation key. */
export function moveForKey(key: string, pageSpanMs: number): Move | null {
  switch (key) {
    case 'ArrowLeft':
      return { kind: 'prev' };
    case 'ArrowRight':
      return { kind: 'next' };
    case 'ArrowUp':
      return { kind: 'up' };
    case 'ArrowDown':
      return { kind: 'down' };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'PageUp':
      return { kind: 'page', direction: -1, spanMs: pageSpanMs };
    case 'PageDown':
      return { kind: 'page', direction: 1, spanMs: pageSpanMs };
    default:
      return null;
  }
}

/**
 * The drawn item nearest in time to `t` (the earlier on a tie), or null when nothing is drawn:
 * where focus goes when the item that held it leaves the chart (a filter hid its event, a new
 * record has no such event).
 */
export function nearestItem(ctx: NavContext, t: number): LodItem | null {
  const before = prevItem(ctx, { t, track: Infinity, id: '\uffff' });
  const after = nextItem(ctx, { t, track: -Infinity, id: '' });
  if (!before) return after;
  if (!after) return before;
  return t - before.t <= after.t - t ? before : after;
}
