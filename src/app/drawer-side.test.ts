import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DRAWER_WIDTH_PX, drawerSideFor } from './drawer-side';

describe('drawerSideFor', () => {
  it('keeps the drawer on the right for a mark clear of it', () => {
    expect(drawerSideFor({ left: 500, right: 520 }, 1440, 'right')).toBe('right');
  });

  it('opens it on the left for a mark where it would lie on the right', () => {
    expect(drawerSideFor({ left: 1300, right: 1320 }, 1440, 'right')).toBe('left');
    // Reaching 1 px into it is enough.
    expect(drawerSideFor({ left: 1000, right: 1021 }, 1440, 'right')).toBe('left');
    expect(drawerSideFor({ left: 1000, right: 1020 }, 1440, 'right')).toBe('right');
  });

  it('keeps the side it is on for a mark clear of it', () => {
    expect(drawerSideFor({ left: 1300, right: 1320 }, 1440, 'left')).toBe('left');
    expect(drawerSideFor({ left: 100, right: 120 }, 1440, 'left')).toBe('right');
  });

  it('stays put where no side leaves the mark clear (a phone, where the drawer fills the screen)', () => {
    expect(drawerSideFor({ left: 200, right: 220 }, 390, 'right')).toBe('right');
    expect(drawerSideFor({ left: 400, right: 420 }, 800, 'right')).toBe('right');
  });

  it('never puts the drawer over the mark when one side is clear (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 2560 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('right' as const, 'left' as const),
        (width, at, current) => {
          const left = at * (width - 20);
          const mark = { left, right: left + 20 };
          const w = Math.min(DRAWER_WIDTH_PX, width);
          const underRight = mark.right > width - w;
          const underLeft = mark.left < w;
          const side = drawerSideFor(mark, width, current);
          if (!underRight || !underLeft) {
            expect(side === 'right' ? underRight : underLeft).toBe(false);
          } else expect(side).toBe(current);
        },
      ),
    );
  });
});
