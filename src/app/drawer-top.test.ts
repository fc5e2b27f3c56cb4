import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { drawerShortfall, drawerTop, DRAWER_MIN_HEIGHT, panelFloor } from './drawer-top';

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

describe('drawerTop with a story panel above the chart', () => {
  it('never rises over the panel, even to keep its minimum height', () => {
    // 1024 × 768 with a story open: the panel ends at 735, the chart frame at 755.
    expect(drawerTop(755, 768, 735)).toBe(735);
    expect(drawerShortfall(735, 768)).toBe(DRAWER_MIN_HEIGHT - 33);
    // Once the page has scrolled by that much, it has its height and covers nothing.
    expect(drawerTop(755 - 287, 768, 735 - 287)).toBe(768 - DRAWER_MIN_HEIGHT);
    expect(drawerShortfall(768 - DRAWER_MIN_HEIGHT, 768)).toBe(0);
  });

  it('rises as usual where the panel is higher than the room it needs', () => {
    expect(drawerTop(735, 900, 300)).toBe(900 - DRAWER_MIN_HEIGHT);
  });

  it('never starts above a floor nor leaves a shortfall unmeasured (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.integer({ min: 1, max: 3000 }),
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        (anchor, vh, gap) => {
          const floor = anchor - Math.abs(gap);
          const y = drawerTop(anchor, vh, floor);
          expect(y).toBeGreaterThanOrEqual(Math.round(floor));
          expect(y).toBeGreaterThanOrEqual(0);
          // After scrolling by the shortfall, the drawer would have its height.
          expect(vh - (y - drawerShortfall(y, vh))).toBeGreaterThanOrEqual(
            Math.min(vh, DRAWER_MIN_HEIGHT) - 0.5,
          );
        },
      ),
    );
  });
});

describe('panelFloor', () => {
  it('counts only panels that reach under the drawer', () => {
    const drawer = { left: 604, right: 1024 };
    expect(panelFloor([{ left: 276, right: 1008, bottom: 735 }], drawer)).toBe(735);
    // At 1440 the story panel ends where the drawer begins.
    expect(panelFloor([{ left: 306, right: 996, bottom: 735 }], { left: 1020, right: 1440 })).toBe(
      -Infinity,
    );
    expect(panelFloor([], drawer)).toBe(-Infinity);
  });
});
