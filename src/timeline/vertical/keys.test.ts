import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetOrdinal } from './keys';

describe('targetOrdinal', () => {
  it('moves one event later with ↓ or →, earlier with ↑ or ←, clamped at the ends', () => {
    expect(targetOrdinal('ArrowDown', 3, 10, 5)).toBe(4);
    expect(targetOrdinal('ArrowRight', 3, 10, 5)).toBe(4);
    expect(targetOrdinal('ArrowUp', 3, 10, 5)).toBe(2);
    expect(targetOrdinal('ArrowLeft', 3, 10, 5)).toBe(2);
    expect(targetOrdinal('ArrowDown', 9, 10, 5)).toBe(9);
    expect(targetOrdinal('ArrowUp', 0, 10, 5)).toBe(0);
  });

  it('goes to the first and last event with Home and End, by a page with PageUp/PageDown', () => {
    expect(targetOrdinal('Home', 7, 10, 5)).toBe(0);
    expect(targetOrdinal('End', 2, 10, 5)).toBe(9);
    expect(targetOrdinal('PageDown', 2, 10, 5)).toBe(7);
    expect(targetOrdinal('PageDown', 7, 10, 5)).toBe(9);
    expect(targetOrdinal('PageUp', 3, 10, 5)).toBe(0);
    // A page is never less than one event.
    expect(targetOrdinal('PageDown', 3, 10, 0)).toBe(4);
  });

  it('leaves other keys to the browser, and does nothing without events', () => {
    expect(targetOrdinal('Enter', 3, 10, 5)).toBeNull();
    expect(targetOrdinal('Tab', 3, 10, 5)).toBeNull();
    expect(targetOrdinal('ArrowDown', 0, 0, 5)).toBeNull();
  });

  it('always lands on an event (property)', () => {
    const keys = [
      'ArrowDown',
      'ArrowUp',
      'ArrowLeft',
      'ArrowRight',
      'Home',
      'End',
      'PageUp',
      'PageDown',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.integer({ min: 1, max: 10_000 }),
        fc.nat(10_000),
        fc.nat(100),
        (key, count, at, page) => {
          const t = targetOrdinal(key, Math.min(at, count - 1), count, page);
          expect(t).not.toBeNull();
          expect(t).toBeGreaterThanOrEqual(0);
          expect(t).toBeLessThan(count);
        },
      ),
    );
  });
});
