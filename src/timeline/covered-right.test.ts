import { describe, expect, it } from 'vitest';
import { coveredRight, coveredSides, NOTHING_COVERED, visiblePart } from './covered-right';

const plot = { left: 400, right: 1300, top: 300, bottom: 800 };

describe('coveredRight', () => {
  it('measures a drawer over the right of the plot', () => {
    expect(coveredRight(plot, [{ left: 1040, right: 1440, top: 0, bottom: 900 }])).toBe(260);
  });

  it('ignores what is beside, above or below the plot', () => {
    expect(coveredRight(plot, [{ left: 1300, right: 1440, top: 0, bottom: 900 }])).toBe(0);
    expect(coveredRight(plot, [{ left: 1000, right: 1440, top: 0, bottom: 300 }])).toBe(0);
    expect(coveredRight(plot, [])).toBe(0);
  });

  it('is 0 for a drawer that covers the whole plot (a phone)', () => {
    expect(coveredRight(plot, [{ left: 0, right: 1440, top: 0, bottom: 900 }])).toBe(0);
  });
});

describe('coveredSides', () => {
  it('measures a drawer over the left of the plot', () => {
    expect(coveredSides(plot, [{ left: 0, right: 420, top: 0, bottom: 900 }])).toEqual({
      left: 20,
      right: 0,
    });
  });

  it('measures both sides at once', () => {
    expect(
      coveredSides(plot, [
        { left: 0, right: 500, top: 0, bottom: 900 },
        { left: 1200, right: 1440, top: 0, bottom: 900 },
      ]),
    ).toEqual({ left: 100, right: 100 });
  });

  it('is nothing when the drawers leave no part of the plot in sight', () => {
    expect(
      coveredSides(plot, [
        { left: 0, right: 900, top: 0, bottom: 900 },
        { left: 850, right: 1440, top: 0, bottom: 900 },
      ]),
    ).toEqual(NOTHING_COVERED);
  });

  it('gives the part in sight in plot px', () => {
    expect(visiblePart(900, { left: 20, right: 260 })).toEqual([20, 640]);
  });
});
