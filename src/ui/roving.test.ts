import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rovingStop, rovingTarget } from './roving';

describe('rovingTarget', () => {
  it('moves right and left in a row, wrapping at the ends', () => {
    expect(rovingTarget('ArrowRight', 0, 3, 'horizontal')).toBe(1);
    expect(rovingTarget('ArrowRight', 2, 3, 'horizontal')).toBe(0);
    expect(rovingTarget('ArrowLeft', 0, 3, 'horizontal')).toBe(2);
    expect(rovingTarget('ArrowLeft', 2, 3, 'horizontal')).toBe(1);
  });

  it('moves down and up in a column', () => {
    expect(rovingTarget('ArrowDown', 0, 4, 'vertical')).toBe(1);
    expect(rovingTarget('ArrowUp', 0, 4, 'vertical')).toBe(3);
  });

  it('leaves the other axis to the control: ↓ opens a menu button in a row', () => {
    expect(rovingTarget('ArrowDown', 1, 3, 'horizontal')).toBeNull();
    expect(rovingTarget('ArrowUp', 1, 3, 'horizontal')).toBeNull();
    expect(rovingTarget('ArrowRight', 1, 3, 'vertical')).toBeNull();
    expect(rovingTarget('Enter', 1, 3, 'horizontal')).toBeNull();
  });

  it('jumps to the first and last with Home and End', () => {
    expect(rovingTarget('Home', 2, 5, 'horizontal')).toBe(0);
    expect(rovingTarget('End', 2, 5, 'vertical')).toBe(4);
  });

  it('answers nothing for an empty group or a focus outside it', () => {
    expect(rovingTarget('ArrowRight', 0, 0, 'horizontal')).toBeNull();
    expect(rovingTarget('ArrowRight', -1, 3, 'horizontal')).toBeNull();
    expect(rovingTarget('Home', 3, 3, 'horizontal')).toBeNull();
  });

  it('always lands inside the group, and a step forward then back returns', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }).chain((n) => fc.tuple(fc.constant(n), fc.nat(n - 1))),
        fc.constantFrom<'horizontal' | 'vertical'>('horizontal', 'vertical'),
        ([count, current], orientation) => {
          const [next, back] =
            orientation === 'horizontal' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowDown', 'ArrowUp'];
          const to = rovingTarget(next, current, count, orientation)!;
          expect(to).toBeGreaterThanOrEqual(0);
          expect(to).toBeLessThan(count);
          expect(rovingTarget(back, to, count, orientation)).toBe(current);
        },
      ),
    );
  });
});

describe('rovingStop', () => {
  it('keeps the item last focused while it is still in the group', () => {
    expect(rovingStop(['a', 'b', 'c'], 'b')).toBe('b');
  });

  it('falls back to the first item when the last one has gone', () => {
    expect(rovingStop(['a', 'c'], 'b')).toBe('a');
    expect(rovingStop(['a', 'c'], null)).toBe('a');
  });

  it('has no stop in an empty group', () => {
    expect(rovingStop([], 'b')).toBeNull();
  });
});
