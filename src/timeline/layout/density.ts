/**
 * The overview's density strip: events counted into bins of one px across the whole extent.
 * Computed once per data or filter change (O(n)); drawing it is O(width).
 */
import type { TimeScale } from './time-scale';

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

/** What the strip reads of a track (tracks.ts): its typed arrays, one entry per event. */
export interface DensityTrack {
  start: Float64Array;
  significance: Uint8Array;
  colour: Uint8Array;
  /** 1 for an event that fails the filters. */
  dimmed: Uint8Array;
}

/**
 * Every event in `tracks` counted into one-px bins, read straight from their arrays in one loop
 * with no call per event and one flat array of counts per colour (the strip is binned again
 * after every filter change, over every drawn event). The bin of a time is the base scale's x
 * for it, computed with the scale's own linear formula (d3's normalise, then interpolate) rather
 * than by calling the scale per event, which converts and clamps each time.
 */
export function densityOfTracks(
  tracks: readonly DensityTrack[],
  base: TimeScale,
  width: number,
): Density {
  const n = Math.max(1, Math.ceil(width));
  const [d0, d1] = base.domain().map((d) => d.getTime()) as [number, number];
  const [r0, r1] = base.range() as [number, number];
  const span = d1 - d0;
  const matching = new Uint32Array(n);
  const all = new Uint32Array(n);
  const significance = new Uint8Array(n);
  const colour = new Uint8Array(n);
  let colours = 0;
  for (const t of tracks) for (const c of t.colour) colours = Math.max(colours, c + 1);
  // perColour[c · n + bin]: the matching events of colour c in the bin.
  const perColour = new Uint32Array(colours * n);
  for (const t of tracks) {
    const { start, significance: sig, colour: col, dimmed } = t;
    for (let i = 0; i < start.length; i++) {
      const u = span === 0 ? 0.5 : (start[i]! - d0) / span;
      const bin = Math.min(n - 1, Math.max(0, Math.floor(r0 * (1 - u) + r1 * u)));
      all[bin]! += 1;
      if (dimmed[i] !== 0) continue;
      matching[bin]! += 1;
      if (sig[i]! > significance[bin]!) significance[bin] = sig[i]!;
      perColour[col[i]! * n + bin]! += 1;
    }
  }
  let max = 0;
  for (let bin = 0; bin < n; bin++) {
    max = Math.max(max, matching[bin]!);
    let best = 0;
    // Ascending colours: a tie keeps the lower one.
    for (let c = 0; c < colours; c++) {
      const count = perColour[c * n + bin]!;
      if (count > best) {
        best = count;
        colour[bin] = c;
      }
    }
  }
  return { matching, all, significance, colour, max };
}
