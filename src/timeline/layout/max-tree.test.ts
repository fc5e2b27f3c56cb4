import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MaxTree } from './max-tree';

function naiveNext(values: readonly number[], from: number, t: number): number {
  for (let i = Math.max(0, from); i < values.length; i++) if (values[i]! >= t) return i;
  return values.length;
}

function naivePrev(values: readonly number[], from: number, t: number): number {
  for (let i = Math.min(from, values.length - 1); i >= 0; i--) if (values[i]! >= t) return i;
  return -1;
}

describe('MaxTree', () => {
  it('finds the next and previous value at or above a threshold', () => {
    const tree = new MaxTree([5, 1, 1, 7, 2, 9]);
    expect(tree.nextAtLeast(0, 5)).toBe(0);
    expect(tree.nextAtLeast(1, 5)).toBe(3);
    expect(tree.nextAtLeast(4, 8)).toBe(5);
    expect(tree.nextAtLeast(4, 10)).toBe(6);
    expect(tree.prevAtLeast(5, 8)).toBe(5);
    expect(tree.prevAtLeast(4, 6)).toBe(3);
    expect(tree.prevAtLeast(2, 6)).toBe(-1);
    expect(tree.get(3)).toBe(7);
  });

  it('handles empty and one-element trees and out-of-range starts', () => {
    const empty = new MaxTree([]);
    expect(empty.nextAtLeast(0, 0)).toBe(0);
    expect(empty.prevAtLeast(0, 0)).toBe(-1);
    const one = new MaxTree([Infinity]);
    expect(one.nextAtLeast(0, 1e300)).toBe(0);
    expect(one.nextAtLeast(1, 0)).toBe(1);
    expect(one.prevAtLeast(10, 0)).toBe(0);
    expect(one.prevAtLeast(-1, 0)).toBe(-1);
  });

  it('agrees with a linear scan on random data (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 70 }),
        fc.integer({ min: -2, max: 75 }),
        fc.integer({ min: 0, max: 22 }),
        (values, from, t) => {
          const tree = new MaxTree(values);
          expect(tree.nextAtLeast(from, t)).toBe(naiveNext(values, from, t));
          expect(tree.prevAtLeast(from, t)).toBe(naivePrev(values, from, t));
        },
      ),
    );
  });
});
