import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import { densityBins } from './density';

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
