import fc from 'fast-check';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { makeTimeScale } from './layout/time-scale';
import { IDENTITY } from './view-transform';

describe('ViewTransform', () => {
  const moves = fc.array(
    fc.oneof(
      fc.record({ scale: fc.double({ min: 0.25, max: 8, noNaN: true }) }),
      fc.record({ translate: fc.double({ min: -500, max: 500, noNaN: true }) }),
    ),
    { maxLength: 6 },
  );

  it('gives the same k, x, points and rescaled domain as d3-zoom’s transform (property)', () => {
    const base = makeTimeScale([new Date('2020-01-01'), new Date('2024-12-31')], 900);
    fc.assert(
      fc.property(moves, fc.double({ min: 0, max: 900, noNaN: true }), (steps, px) => {
        let ours = IDENTITY;
        let theirs = zoomIdentity;
        for (const step of steps) {
          if ('scale' in step) {
            ours = ours.scale(step.scale);
            theirs = theirs.scale(step.scale);
          } else {
            ours = ours.translate(step.translate);
            theirs = theirs.translate(step.translate, 0);
          }
        }
        expect(ours.k).toBeCloseTo(theirs.k, 9);
        expect(ours.x).toBeCloseTo(theirs.x, 6);
        expect(ours.applyX(px)).toBeCloseTo(theirs.applyX(px), 6);
        expect(ours.invertX(px)).toBeCloseTo(theirs.invertX(px), 6);
        const a = ours.rescaleX(base).domain().map(Number);
        const b = theirs.rescaleX(base).domain().map(Number);
        expect(Math.abs(a[0]! - b[0]!)).toBeLessThanOrEqual(1);
        expect(Math.abs(a[1]! - b[1]!)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('leaves the base scale untouched and keeps the identity for no move', () => {
    const base = makeTimeScale([new Date('2020-01-01'), new Date('2020-12-31')], 500);
    const before = base.domain().map(Number);
    IDENTITY.scale(4).translate(-100).rescaleX(base);
    expect(base.domain().map(Number)).toEqual(before);
    expect(IDENTITY.scale(1).translate(0)).toBe(IDENTITY);
  });
});
