import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEvents } from '../domain/dates';
import { chronological, chronologicalIds } from './chronological';
import { eventsArb, makeEvent } from './test-events';

describe('chronologicalIds', () => {
  const events = [
    makeEvent({ id: 'c', date: '2024-03-02', significance: 1 }),
    makeEvent({ id: 'b', date: '2024-03-01', significance: 1 }),
    makeEvent({ id: 'a', date: '2024-03-02', significance: 3 }),
  ];

  it('orders by day, key events first on a shared day, then id', () => {
    expect(chronologicalIds(events, null)).toEqual(['b', 'a', 'c']);
  });

  it('keeps only the given ids, in the same order', () => {
    expect(chronologicalIds(events, new Set(['c', 'b']))).toEqual(['b', 'c']);
    expect(chronologicalIds(events, new Set())).toEqual([]);
  });

  it('sorts a list once and leaves it untouched', () => {
    const list = [...events];
    expect(chronological(list)).toBe(chronological(list));
    expect(list.map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });

  it('agrees with sorting the kept events (property)', () => {
    fc.assert(
      fc.property(eventsArb, fc.array(fc.boolean(), { maxLength: 12 }), (list, flags) => {
        const keep = new Set(list.filter((_, i) => flags[i]).map((e) => e.id));
        const naive = list
          .filter((e) => keep.has(e.id))
          .sort(compareEvents)
          .map((e) => e.id);
        expect(chronologicalIds(list, keep)).toEqual(naive);
      }),
    );
  });
});
