import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterResults } from '../selectors/filter-results';
import { eventsArb, filterStateArb, viewWith } from '../selectors/test-events';
import { noFilterSet, unfilteredResults } from './unfiltered-view';

/** Views with no filter set: any window, a blank search or none. */
const unfilteredArb = fc
  .record({
    q: fc.constantFrom('', ' ', '\t  '),
    from: fc.constantFrom(null, '2024-03-05', '2030-01-01'),
    to: fc.constantFrom(null, '2020-01-01', '2024-03-25'),
  })
  .map((partial) => viewWith(partial));

describe('unfilteredResults', () => {
  it('agrees with the facet index whenever no filter is set', () => {
    fc.assert(
      fc.property(eventsArb, unfilteredArb, (events, state) => {
        expect(noFilterSet(state)).toBe(true);
        const { visible, matching, emptyCauses } = filterResults(events, state);
        expect(unfilteredResults(events)).toEqual({ visible, matching, emptyCauses });
      }),
    );
  });

  it('is never taken for a view that filters something out', () => {
    fc.assert(
      fc.property(eventsArb, filterStateArb, (events, state) => {
        if (filterResults(events, state).visible.length < events.length) {
          expect(noFilterSet(state)).toBe(false);
        }
      }),
    );
  });

  it('holds a blank search as no filter, and any date or text as one', () => {
    const none = viewWith({ q: '  ' });
    expect(noFilterSet(none)).toBe(true);
    expect(noFilterSet({ ...none, q: 'veto' })).toBe(false);
    expect(noFilterSet({ ...none, since: '2024-01-01' })).toBe(false);
    expect(noFilterSet({ ...none, until: '2024-01-01' })).toBe(false);
    expect(noFilterSet({ ...none, types: ['vote'] })).toBe(false);
  });
});
