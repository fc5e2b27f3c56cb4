import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { densityOfTracks, type Density, type DensityTrack } from './density';
import type { TimeScale } from './time-scale';

const DAY = 86_400_000;
const base = scaleUtc()
  .domain([new Date(0), new Date(100 * DAY)])
  .range([0, 100]);

interface Input {
  start: number;
  significance: number;
  colour: number;
  matching: boolean;
}

const trackOf = (events: readonly Input[]): DensityTrack => ({
  start: Float64Array.from(events, (e) => e.start),
  significance: Uint8Array.from(events, (e) => e.significance),
  colour: Uint8Array.from(events, (e) => e.colour),
  dimmed: Uint8Array.from(events, (e) => (e.matching ? 0 : 1)),
});

/** The strip worked out the slow, obvious way: the scale per event, a map of counts per colour. */
function naiveDensity(events: readonly Input[], scale: TimeScale, width: number): Density {
  const n = Math.max(1, Math.ceil(width));
  const binOf = (start: number) => Math.min(n - 1, Math.max(0, Math.floor(scale(start))));
  const d: Density = {
    matching: new Uint32Array(n),
    all: new Uint32Array(n),
    significance: new Uint8Array(n),
    colour: new Uint8Array(n),
    max: 0,
  };
  const perColour = new Map<number, Map<number, number>>();
  for (const e of events) {
    const bin = binOf(e.start);
    d.all[bin]! += 1;
    if (!e.matching) continue;
    d.matching[bin]! += 1;
    d.significance[bin] = Math.max(d.significance[bin]!, e.significance);
    const counts = perColour.get(bin) ?? new Map<number, number>();
    counts.set(e.colour, (counts.get(e.colour) ?? 0) + 1);
    perColour.set(bin, counts);
  }
  for (const [bin, counts] of perColour) {
    // The most events; a tie goes to the lower colour.
    const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    d.colour[bin] = best![0];
  }
  d.max = Math.max(0, ...d.matching);
  return d;
}

describe('densityOfTracks', () => {
  it('counts events per px, with the top significance and the dominant group', () => {
    const d = densityOfTracks(
      [
        trackOf([
          { start: 10 * DAY, significance: 1, colour: 2, matching: true },
          { start: 10 * DAY + 1000, significance: 3, colour: 4, matching: true },
        ]),
        trackOf([
          { start: 10 * DAY + 2000, significance: 2, colour: 4, matching: true },
          { start: 50 * DAY, significance: 3, colour: 1, matching: false },
        ]),
      ],
      base,
      100,
    );
    expect([d.matching[10], d.all[10], d.significance[10], d.colour[10]]).toEqual([3, 3, 3, 4]);
    expect([d.matching[50], d.all[50], d.significance[50]]).toEqual([0, 1, 0]);
    expect(d.max).toBe(3);
  });

  it('counts every event once, clamping the edges (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10, max: 110 }), { maxLength: 200 }), (days) => {
        const d = densityOfTracks(
          [
            trackOf(
              days.map((day) => ({ start: day * DAY, significance: 1, colour: 0, matching: true })),
            ),
          ],
          base,
          100,
        );
        expect(d.all.reduce((a, b) => a + b, 0)).toBe(days.length);
      }),
    );
  });

  it('bins each event where the scale puts it, as a naive count does (property)', () => {
    const input = fc.record({
      start: fc.double({ min: -10, max: 110, noNaN: true }).map((day) => day * DAY),
      significance: fc.integer({ min: 1, max: 3 }),
      colour: fc.integer({ min: 0, max: 9 }),
      matching: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(input, { maxLength: 60 }), { maxLength: 4 }),
        fc.integer({ min: 1, max: 400 }),
        (tracks, width) => {
          const scale = base.copy().range([0, width]);
          expect(densityOfTracks(tracks.map(trackOf), scale, width)).toEqual(
            naiveDensity(tracks.flat(), scale, width),
          );
        },
      ),
    );
  });
});
