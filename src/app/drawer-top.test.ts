import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawerTop, DRAWER_MIN_HEIGHT } from './drawer-top';

describe('drawerTop', () => {
  it('starts at the chart frame, below the header and the panels above it', () => {
    expect(drawerTop(392.4, 900)).toBe(392);
  });

  it('rises to the top of the window once the chart frame is scrolled past', () => {
    expect(drawerTop(-250, 900)).toBe(0);
  });

  it('keeps room for the details when the chart frame starts low', () => {
    expect(drawerTop(735, 900)).toBe(900 - DRAWER_MIN_HEIGHT);
    expect(drawerTop(735, 300)).toBe(0);
  });

  it('always lies within the window and leaves the drawer its minimum height', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.integer({ min: 1, max: 3000 }),
        (top, vh) => {
          const y = drawerTop(top, vh);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(vh - y).toBeGreaterThanOrEqual(Math.min(vh, DRAWER_MIN_HEIGHT) - 0.5);
        },
      ),
    );
  });
});
