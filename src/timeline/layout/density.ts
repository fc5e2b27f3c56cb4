/**
 * The overview's density strip: events counted into bins of one px across the whole extent.
 * Computed once per data or filter change (O(n)); drawing it is O(width).
 */
import type { TimeScale } from './time-scale';

export interface DensityInput {
  /** ms: each event's start. */
  start: number;
  significance: number;
  /** Colour index of the event's group. */
  colour: number;
  /** False for an event that fails the filters. */
  matching: boolean;
}

export interface Density {
  /** Events per bin that pass the filters, and all events per bin. */
  matching: Uint32Array;
  all: Uint32Array;
  /** Highest significance among the bin's matching events (0 when none). */
  significance: Uint8Array;
  /** Colour index of the group with the most matching events in the bin. */
  colour: Uint8Array;
  /** The largest `matching` count of any bin. */
  max: number;
}

export function densityBins(
  events: Iterable<DensityInput>,
  base: TimeScale,
  width: number,
): Density {
  const n = Math.max(1, Math.ceil(width));
  const matching = new Uint32Array(n);
  const all = new Uint32Array(n);
  const significance = new Uint8Array(n);
  const colour = new Uint8Array(n);
  // Per bin and colour, counts to find the dominant group; colours are few (the palette's 9).
  const perColour = new Map<number, Uint32Array>();
  for (const e of events) {
    const bin = Math.min(n - 1, Math.max(0, Math.floor(base(e.start))));
    all[bin]! += 1;
    if (!e.matching) continue;
    matching[bin]! += 1;
    if (e.significance > significance[bin]!) significance[bin] = e.significance;
    let counts = perColour.get(e.colour);
    if (!counts) perColour.set(e.colour, (counts = new Uint32Array(n)));
    counts[bin]! += 1;
  }
  let max = 0;
  for (let bin = 0; bin < n; bin++) {
    max = Math.max(max, matching[bin]!);
    let best = 0;
    for (const [c, counts] of perColour) {
      if (counts[bin]! > best || (counts[bin]! === best && best > 0 && c < colour[bin]!)) {
        best = counts[bin]!;
        colour[bin] = c;
      }
    }
  }
  return { matching, all, significance, colour, max };
}
