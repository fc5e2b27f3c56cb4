import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEVEL_GAP, levelTicks, levelY, stepInForce, trackHeight } from './stance-scale';

const DAY = 86_400_000;

describe('levelY and trackHeight', () => {
  it('puts the lowest level at the bottom and each next one LEVEL_GAP px higher', () => {
    for (const levels of [2, 3, 4, 5, 6, 9]) {
      const ys = Array.from({ length: levels }, (_, i) => levelY(i, levels));
      for (let i = 1; i < levels; i++) expect(ys[i - 1]! - ys[i]!).toBe(LEVEL_GAP);
      // Room above the top line for a step's name, and below the lowest for its marker.
      expect(ys[levels - 1]).toBeGreaterThanOrEqual(12);
      expect(trackHeight(levels) - ys[0]!).toBeGreaterThanOrEqual(6);
    }
  });

  it('makes a track with more levels taller, never shorter than three levels need', () => {
    expect(trackHeight(6)).toBeGreaterThan(trackHeight(4));
    expect(trackHeight(1)).toBe(trackHeight(3));
    expect(trackHeight(2)).toBe(trackHeight(3));
  });
});

describe('levelTicks', () => {
  it('gives every level its name at its line, lowest first', () => {
    const ticks = levelTicks(['Warns', 'Opposes', 'Conditions weapons']);
    expect(ticks.map((t) => t.label)).toEqual(['Warns', 'Opposes', 'Conditions weapons']);
    expect(ticks.map((t) => t.y)).toEqual([levelY(0, 3), levelY(1, 3), levelY(2, 3)]);
    expect(ticks[0]!.y).toBeGreaterThan(ticks[2]!.y);
  });
});

describe('stepInForce', () => {
  const dates = [10 * DAY, 20 * DAY, 20 * DAY, 40 * DAY];

  it('is −1 before the first step and the last step once every one has begun', () => {
    expect(stepInForce(dates, 9 * DAY)).toBe(-1);
    expect(stepInForce(dates, 400 * DAY)).toBe(3);
    expect(stepInForce([], 5)).toBe(-1);
  });

  it('counts a step from its own day, and takes the last of two on one day', () => {
    expect(stepInForce(dates, 10 * DAY)).toBe(0);
    expect(stepInForce(dates, 20 * DAY - 1)).toBe(0);
    expect(stepInForce(dates, 20 * DAY)).toBe(2);
    expect(stepInForce(dates, 39 * DAY)).toBe(2);
  });

  it('agrees with a linear scan for any sorted dates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 40 }),
        fc.integer({ min: -10, max: 1010 }),
        (raw, t) => {
          const sorted = [...raw].sort((a, b) => a - b);
          let expected = -1;
          sorted.forEach((d, i) => {
            if (d <= t) expected = i;
          });
          expect(stepInForce(sorted, t)).toBe(expected);
        },
      ),
    );
  });
});
