import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainEmpty } from './empty-cause';
import { buildFacetIndex, queryFacetIndex } from './facet-index';
import { facetCounts } from './facet-counts';
import { filterEvents } from './filter-events';
import { eventsArb, filterStateArb, makeEvent, viewWith } from './test-events';

const naive = (
  events: Parameters<typeof filterEvents>[0],
  state: Parameters<typeof filterEvents>[1],
) => {
  const visible = filterEvents(events, state);
  return {
    visible,
    matching: new Set(visible.map((e) => e.id)),
    counts: facetCounts(events, state),
    emptyCauses: visible.length === 0 ? explainEmpty(events, state) : [],
  };
};

describe('queryFacetIndex', () => {
  const events = [
    makeEvent({
      id: 'a',
      type: 'speech',
      tags: ['t1', 't1'],
      actors: [{ actor: 'x', role: 'speaker' }],
    }),
    makeEvent({
      id: 'b',
      type: 'veto',
      date: '2024-05-01',
      actors: [{ actor: 'y', role: 'vetoed' }],
    }),
  ];
  const index = buildFacetIndex(events);

  it('counts a tag listed twice in one event once', () => {
    expect(queryFacetIndex(index, viewWith({})).counts.tags).toEqual(new Map([['t1', 1]]));
  });

  it('names the one filter to remove when the result is empty', () => {
    const result = queryFacetIndex(index, viewWith({ types: ['vote'] }));
    expect(result.visible).toEqual([]);
    expect(result.emptyCauses).toEqual([{ filter: 'types', restores: 2 }]);
  });

  it('ignores the visible window', () => {
    const zoomed = queryFacetIndex(index, viewWith({ from: '2030-01-01', to: '2030-02-01' }));
    expect(zoomed.visible).toEqual(events);
  });
});

describe('queryFacetIndex (properties)', () => {
  it('agrees with filterEvents, facetCounts and explainEmpty on random data and filters', () => {
    fc.assert(
      fc.property(eventsArb, filterStateArb, (events, state) => {
        expect(queryFacetIndex(buildFacetIndex(events), state)).toEqual(naive(events, state));
      }),
      { numRuns: 300 },
    );
  });

  it('answers every filter change from one index built once', () => {
    fc.assert(
      fc.property(
        eventsArb,
        fc.array(filterStateArb, { minLength: 2, maxLength: 6 }),
        (events, states) => {
          const index = buildFacetIndex(events);
          for (const state of states)
            expect(queryFacetIndex(index, state)).toEqual(naive(events, state));
        },
      ),
      { numRuns: 100 },
    );
  });
});
