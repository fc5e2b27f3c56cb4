import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moveForKey, navigate, type NavNode } from './navigation';

const DAY = 86_400_000;
const node = (id: string, lane: number, day: number): NavNode => ({ id, lane, t: day * DAY });

//   lane 0:  a(1)          c(10)
//   lane 1:        b(5)                 e(30)
//   lane 2:  (empty)
//   lane 3:             d(8)
const nodes = [
  node('a', 0, 1),
  node('b', 1, 5),
  node('c', 0, 10),
  node('d', 3, 8),
  node('e', 1, 30),
];

describe('navigate', () => {
  it('starts at the first node when nothing is focused', () => {
    expect(navigate(nodes, null, { kind: 'next' })).toBe('a');
    expect(navigate(nodes, null, { kind: 'last' })).toBe('e');
  });

  it('walks through time with prev/next across lanes, and stops at the ends', () => {
    expect(navigate(nodes, 'a', { kind: 'next' })).toBe('b');
    expect(navigate(nodes, 'b', { kind: 'next' })).toBe('d');
    expect(navigate(nodes, 'd', { kind: 'next' })).toBe('c');
    expect(navigate(nodes, 'e', { kind: 'next' })).toBe('e');
    expect(navigate(nodes, 'a', { kind: 'prev' })).toBe('a');
  });

  it('moves to the nearest node in time in the lane below, skipping empty lanes', () => {
    expect(navigate(nodes, 'c', { kind: 'down' })).toBe('b');
    expect(navigate(nodes, 'b', { kind: 'down' })).toBe('d');
    expect(navigate(nodes, 'd', { kind: 'up' })).toBe('b');
    expect(navigate(nodes, 'a', { kind: 'up' })).toBe('a');
  });

  it('jumps by a page of time and clamps at the data', () => {
    expect(navigate(nodes, 'a', { kind: 'page', direction: 1, spanMs: 6 * DAY })).toBe('d');
    expect(navigate(nodes, 'c', { kind: 'page', direction: -1, spanMs: 4 * DAY })).toBe('b');
    expect(navigate(nodes, 'c', { kind: 'page', direction: 1, spanMs: 100 * DAY })).toBe('e');
  });

  it('returns null with no nodes', () => {
    expect(navigate([], 'a', { kind: 'next' })).toBeNull();
  });

  it('next then prev returns to where it started (except at the last node)', () => {
    const arb = fc.uniqueArray(
      fc.record({ id: fc.string({ minLength: 1 }), lane: fc.nat(5), t: fc.integer() }),
      {
        selector: (n) => n.id,
        minLength: 2,
      },
    );
    fc.assert(
      fc.property(arb, fc.nat(), (ns, pick) => {
        const sorted = [...ns].sort(
          (a, b) => a.t - b.t || a.lane - b.lane || (a.id < b.id ? -1 : 1),
        );
        const start = sorted[pick % (sorted.length - 1)]!.id;
        const next = navigate(ns, start, { kind: 'next' });
        expect(navigate(ns, next, { kind: 'prev' })).toBe(start);
      }),
    );
  });
});

describe('moveForKey', () => {
  it('maps the arrow, Home/End and Page keys and ignores others', () => {
    expect(moveForKey('ArrowUp', 1)).toEqual({ kind: 'up' });
    expect(moveForKey('PageDown', 5)).toEqual({ kind: 'page', direction: 1, spanMs: 5 });
    expect(moveForKey('a', 1)).toBeNull();
  });
});
