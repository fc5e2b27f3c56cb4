/**
 * Which drawn item is under a point: the pointer's hover and click on the canvas. Searches the
 * frame's scene, whose items are grouped by track and sorted by x, by binary search — never a
 * DOM node per mark, and never all N events.
 */
import type { Scene, SceneItem } from '../layout/scene';

/** px: a mark answers the pointer within this radius at least (a 24 px target). */
export const MIN_HIT_RADIUS = 12;
/** px: the largest hit radius of any item (a cluster bubble plus a margin). */
const MAX_HIT_RADIUS = 16;

function firstAtOrAfter(items: readonly SceneItem[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.x < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The item whose mark is nearest to (x, y) within its hit radius, or null. */
export function hitTest(scene: Scene, x: number, y: number): SceneItem | null {
  let best: SceneItem | null = null;
  let bestD = Infinity;
  let bestRank = -1;
  const consider = (item: SceneItem, d: number) => {
    // The item drawn on top wins where two overlap: marks over clusters, key marks over minor
    // ones (see paintScene); then the nearer one.
    const rank = item.kind === 'cluster' ? 0 : item.significance;
    if (best === null || rank > bestRank || (rank === bestRank && d <= bestD)) {
      best = item;
      bestD = d;
      bestRank = rank;
    }
  };
  for (const track of scene.tracks) {
    if (Math.abs(track.y - y) > MAX_HIT_RADIUS) continue;
    const { items } = scene;
    const start = firstAtOrAfter(items, x - MAX_HIT_RADIUS, track.from, track.to);
    for (let i = start; i < track.to && items[i]!.x <= x + MAX_HIT_RADIUS; i++) {
      const item = items[i]!;
      const d = Math.hypot(item.x - x, item.y - y);
      if (d <= Math.max(MIN_HIT_RADIUS, item.r + 3)) consider(item, d);
    }
    if (best) continue;
    // A span's bar answers along its length (the bars that start left of the search window).
    for (let i = track.from; i < start; i++) {
      const item = items[i]!;
      if (item.kind === 'event' && item.x1 > item.x && x <= item.x1 && Math.abs(y - item.y) <= 6) {
        consider(item, Math.abs(y - item.y) + MAX_HIT_RADIUS);
      }
    }
  }
  return best;
}
