import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canvasBand, STEP_PX } from './canvas-band';

describe('canvasBand', () => {
  it('covers a plot that starts below the top of the viewport down to the fold only', () => {
    // 800 px viewport, plot 2,000 px tall starting 327 px down: 473 px on screen.
    expect(canvasBand(327, 2000, 800)).toEqual({ offset: 0, height: 512 });
  });

  it('is a viewport high and follows the plot once its top has scrolled past', () => {
    expect(canvasBand(-500, 2000, 800)).toEqual({ offset: 500, height: 800 });
    // At the plot's end it stops following: it cannot hang below the plot.
    expect(canvasBand(-1500, 2000, 800)).toEqual({ offset: 1200, height: 800 });
  });

  it('never exceeds a plot shorter than the viewport', () => {
    expect(canvasBand(0, 300, 800)).toEqual({ offset: 0, height: 300 });
    expect(canvasBand(100, 300, 800)).toEqual({ offset: 0, height: 300 });
  });

  it('keeps one step for a plot wholly below the fold, ready as it scrolls in', () => {
    expect(canvasBand(900, 2000, 800)).toEqual({ offset: 0, height: STEP_PX });
  });

  it('keeps the height it grew to when the page scrolls back up', () => {
    const grown = canvasBand(-500, 2000, 800);
    expect(canvasBand(327, 2000, 800, grown.height)).toEqual({ offset: 0, height: 800 });
    // But never more than a smaller viewport or plot.
    expect(canvasBand(327, 2000, 600, grown.height)).toEqual({ offset: 0, height: 600 });
    expect(canvasBand(0, 300, 800, grown.height)).toEqual({ offset: 0, height: 300 });
  });

  it('always covers every row of the plot on screen, within a viewport and the plot', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 3000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 100, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        (top, plotHeight, viewportHeight, atLeast) => {
          const { offset, height } = canvasBand(top, plotHeight, viewportHeight, atLeast);
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(height).toBeLessThanOrEqual(Math.min(plotHeight, viewportHeight));
          expect(offset + height).toBeLessThanOrEqual(plotHeight);
          // The rows on screen, in plot px: [max(0, −top), min(plot, viewport − top)].
          const from = Math.max(0, -top);
          const to = Math.min(plotHeight, viewportHeight - top);
          if (to > from) {
            expect(offset).toBeLessThanOrEqual(from);
            expect(offset + height).toBeGreaterThanOrEqual(to);
          }
          // Never smaller than it was, within a viewport and the plot; grown only in steps.
          const most = Math.min(plotHeight, viewportHeight);
          expect(height).toBeGreaterThanOrEqual(Math.min(most, atLeast));
          if (height !== most && height !== atLeast) expect(height % STEP_PX).toBe(0);
        },
      ),
    );
  });
});
