import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcScale } from './utc-scale';

// Times within a few centuries of now; pixels in hundredths, wider than a screen, either way.
const time = fc.integer({ min: -5e12, max: 5e12 });
const px = fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 100);

describe('utcScale', () => {
  it('maps and inverts exactly as d3-scale’s scaleUtc does', () => {
    fc.assert(
      fc.property(time, time, px, px, time, px, (d0, d1, r0, r1, t, p) => {
        const ours = utcScale([new Date(d0), new Date(d1)], [r0, r1]);
        const d3 = scaleUtc()
          .domain([new Date(d0), new Date(d1)])
          .range([r0, r1]);
        expect(Object.is(ours(new Date(t)), d3(new Date(t)))).toBe(true);
        expect(ours(t)).toBe(ours(new Date(t)));
        expect(ours.invert(p).getTime()).toEqual(d3.invert(p).getTime());
      }),
    );
  });

  it('reads back its domain as Dates and its range as numbers', () => {
    const scale = utcScale([Date.UTC(2024, 0, 1), new Date(Date.UTC(2024, 1, 1))], [0, 800]);
    expect(scale.domain()).toEqual([
      new Date(Date.UTC(2024, 0, 1)),
      new Date(Date.UTC(2024, 1, 1)),
    ]);
    expect(scale.range()).toEqual([0, 800]);
    expect(scale(Date.UTC(2024, 0, 1))).toBe(0);
    expect(scale(Date.UTC(2024, 1, 1))).toBe(800);
  });

  it('puts a single instant in the middle of its range, as d3 does', () => {
    const at = new Date(Date.UTC(2024, 5, 1));
    const ours = utcScale([at, at], [0, 600]);
    expect(ours(at)).toBe(scaleUtc().domain([at, at]).range([0, 600])(at));
    expect(ours(at)).toBe(300);
  });

  it('copies: changing the copy leaves the original as it was', () => {
    const a = utcScale([0, 1000], [0, 100]);
    const b = a.copy().domain([0, 2000]).range([0, 50]);
    expect(a(500)).toBe(50);
    expect(b(500)).toBe(12.5);
    expect(a.domain()).toEqual([new Date(0), new Date(1000)]);
  });

  it('has d3’s defaults: 1 January 2000 to the next day over [0, 1]', () => {
    const ours = utcScale();
    const d3 = scaleUtc();
    expect(ours.domain()).toEqual(d3.domain());
    expect(ours.range()).toEqual(d3.range());
  });
});
