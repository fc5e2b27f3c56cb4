/**
 * Keyboard movement over the timeline's marks, as pure functions of where the marks are: the
 * component maps keys to a `Move` and focuses whatever id comes back.
 *
 * ←/→ walk through time regardless of lane (the reading order of a chronology); ↑/↓ jump to the
 * nearest mark in time in the lane above or below, skipping empty lanes; Home/End go to the
 * first/last mark; PageUp/PageDown jump by a screen of time.
 */

export interface NavNode {
  id: string;
  /** Index of the lane the node is drawn in, top to bottom. */
  lane: number;
  /** Time of the node, ms; clusters use their centre. */
  t: number;
}

export type Move =
  | { kind: 'prev' }
  | { kind: 'next' }
  | { kind: 'up' }
  | { kind: 'down' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'page'; direction: -1 | 1; spanMs: number };

/** Chronological order with a total tie-break, so → then ← always returns to the start. */
export function byTime(a: NavNode, b: NavNode): number {
  return a.t - b.t || a.lane - b.lane || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function nearestIn(nodes: readonly NavNode[], t: number): NavNode | undefined {
  let best: NavNode | undefined;
  for (const n of nodes) {
    if (!best || Math.abs(n.t - t) < Math.abs(best.t - t)) best = n;
  }
  return best;
}

/**
 * The id to focus after `move` from `current` (null when nothing is focused yet: the first
 * node). Returns `current` when there is nowhere to go, so focus never falls off the chart.
 */
export function navigate(
  nodes: readonly NavNode[],
  current: string | null,
  move: Move,
): string | null {
  if (nodes.length === 0) return null;
  const sorted = [...nodes].sort(byTime);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const at = current === null ? -1 : sorted.findIndex((n) => n.id === current);
  if (at === -1) return move.kind === 'last' ? last.id : first.id;
  const here = sorted[at]!;

  switch (move.kind) {
    case 'prev':
      return sorted[Math.max(0, at - 1)]!.id;
    case 'next':
      return sorted[Math.min(sorted.length - 1, at + 1)]!.id;
    case 'first':
      return first.id;
    case 'last':
      return last.id;
    case 'up':
    case 'down': {
      const step = move.kind === 'up' ? -1 : 1;
      const lanes = [...new Set(sorted.map((n) => n.lane))].sort((a, b) => a - b);
      let li = lanes.indexOf(here.lane) + step;
      while (li >= 0 && li < lanes.length) {
        const target = nearestIn(
          sorted.filter((n) => n.lane === lanes[li]),
          here.t,
        );
        if (target) return target.id;
        li += step;
      }
      return here.id;
    }
    case 'page': {
      const goal = here.t + move.direction * move.spanMs;
      const candidates =
        move.direction > 0
          ? sorted.filter((n) => n.t >= goal)
          : sorted.filter((n) => n.t <= goal).reverse();
      // Past the end of the data, stop at the last node in that direction.
      return (candidates[0] ?? (move.direction > 0 ? last : first)).id;
    }
  }
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
