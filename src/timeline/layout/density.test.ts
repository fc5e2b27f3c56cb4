import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { densityBins, densityOfTracks } from './density';

const DAY = 86_400_000;
const base = scaleUtc()
  .domain([new Date(0), new Date(100 * DAY)])
  .range([0, 100]);

describe('densityBins', () => {
  it('counts events per px, with the top significance and the dominant group', () => {
    const d = densityBins(
      [
        { start: 10 * DAY, significance: 1, colour: 2, matching: true },
        { start: 10 * DAY + 1000, significance: 3, colour: 4, matching: true },
        { start: 10 * DAY + 2000, significance: 2, colour: 4, matching: true },
        { start: 50 * DAY, significance: 3, colour: 1, matching: false },
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
        const d = densityBins(
          days.map((day) => ({ start: day * DAY, significance: 1, colour: 0, matching: true })),
          base,
          100,
        );
        expect(d.all.reduce((a, b) => a + b, 0)).toBe(days.length);
      }),
    );
  });
});

describe('densityOfTracks', () => {
  const track = fc
    .array(
      fc.record({
        day: fc.double({ min: -10, max: 110, noNaN: true }),
        significance: fc.integer({ min: 1, max: 3 }),
        colour: fc.integer({ min: 0, max: 9 }),
        dimmed: fc.boolean(),
      }),
      { maxLength: 60 },
    )
    .map((events) => ({
      start: Float64Array.from(events, (e) => e.day * DAY),
      significance: Uint8Array.from(events, (e) => e.significance),
      colour: Uint8Array.from(events, (e) => e.colour),
      dimmed: Uint8Array.from(events, (e) => (e.dimmed ? 1 : 0)),
    }));

  it('bins as the scale places each event, as densityBins does (property)', () => {
    fc.assert(
      fc.property(
        fc.array(track, { maxLength: 4 }),
        fc.integer({ min: 1, max: 400 }),
        (tracks, width) => {
          const scale = base.copy().range([0, width]);
          const inputs = tracks.flatMap((t) =>
            Array.from(t.start, (start, i) => ({
              start,
              significance: t.significance[i]!,
              colour: t.colour[i]!,
              matching: t.dimmed[i] === 0,
            })),
          );
          const d = densityOfTracks(tracks, scale, width);
          expect(d).toEqual(densityBins(inputs, scale, width));
          // The bins are the scale's own: each event lands where the scale puts it.
          const all = new Uint32Array(Math.max(1, Math.ceil(width)));
          for (const e of inputs) {
            all[Math.min(all.length - 1, Math.max(0, Math.floor(scale(e.start))))]! += 1;
          }
          expect(d.all).toEqual(all);
        },
      ),
    );
  });
});
