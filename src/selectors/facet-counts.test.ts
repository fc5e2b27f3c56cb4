import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facetCounts } from './facet-counts';
import { filterEvents } from './filter-events';
import { eventsArb, filterStateArb, makeEvent, viewWith } from './test-events';

const events = [
  makeEvent({
    id: 'a',
    type: 'speech',
    actors: [{ actor: 'blinken', role: 'speaker' }],
    tags: ['gaza', 'gaza'],
  }),
  makeEvent({
    id: 'b',
    type: 'veto',
    actors: [
      { actor: 'russia', role: 'vetoed' },
      { actor: 'russia', role: 'subject' },
    ],
    tags: ['unsc'],
  }),
  makeEvent({
    id: 'c',
    type: 'speech',
    actors: [
      { actor: 'blinken', role: 'speaker' },
      { actor: 'russia', role: 'target' },
    ],
    tags: ['unsc'],
    date: '2024-06-01',
  }),
];

const asObject = <K extends string>(m: Map<K, number>) => Object.fromEntries(m);

describe('facetCounts', () => {
  it('counts every value when no filter is active, each event once per value', () => {
    const counts = facetCounts(events, viewWith());
    expect(asObject(counts.actors)).toEqual({ blinken: 2, russia: 2 });
    expect(asObject(counts.types)).toEqual({ speech: 2, veto: 1 });
    expect(asObject(counts.tags)).toEqual({ gaza: 1, unsc: 2 });
  });

  it("does not narrow a facet's counts by its own selection", () => {
    const counts = facetCounts(events, viewWith({ actors: ['blinken'] }));
    // Russia still shows what ticking it would add.
    expect(asObject(counts.actors)).toEqual({ blinken: 2, russia: 2 });
    // Other facets are narrowed by the actor filter.
    expect(asObject(counts.types)).toEqual({ speech: 2 });
    expect(asObject(counts.tags)).toEqual({ gaza: 1, unsc: 1 });
  });

  it('narrows every facet by the other filters', () => {
    const counts = facetCounts(events, viewWith({ types: ['veto'], tags: ['unsc'] }));
    expect(asObject(counts.actors)).toEqual({ russia: 1 });
    expect(asObject(counts.types)).toEqual({ speech: 1, veto: 1 });
    expect(asObject(counts.tags)).toEqual({ unsc: 1 });
  });

  it('applies the search and the date filter to every facet', () => {
    const counts = facetCounts(events, viewWith({ until: '2024-05-01' }));
    expect(asObject(counts.actors)).toEqual({ blinken: 1, russia: 1 });
    expect(
      asObject(
        facetCounts(events, viewWith({ until: '2024-05-01' }), { ignore: ['dates'] }).actors,
      ),
    ).toEqual({ blinken: 2, russia: 2 });
  });

  it('ignores the visible window: zooming never changes a count', () => {
    const zoomed = facetCounts(events, viewWith({ from: '2030-01-01', to: '2030-01-02' }));
    expect(zoomed).toEqual(facetCounts(events, viewWith({})));
  });

  it('leaves a value out when it has no events, rather than listing a zero', () => {
    expect(facetCounts(events, viewWith({ q: 'nothing-matches-this' })).actors.size).toBe(0);
  });
});

describe('facetCounts (properties)', () => {
  it('counts for a value what selecting only that value in its own facet would show', () => {
    fc.assert(
      fc.property(eventsArb, filterStateArb, (evs, state) => {
        const counts = facetCounts(evs, state);
        for (const actor of ['a', 'b', 'c']) {
          const shown = filterEvents(evs, { ...state, actors: [actor] }).length;
          expect(counts.actors.get(actor) ?? 0).toBe(shown);
        }
        for (const type of ['speech', 'veto', 'vote'] as const) {
          const shown = filterEvents(evs, { ...state, types: [type] }).length;
          expect(counts.types.get(type) ?? 0).toBe(shown);
        }
        for (const tag of ['t1', 't2', 't3']) {
          const shown = filterEvents(evs, { ...state, tags: [tag] }).length;
          expect(counts.tags.get(tag) ?? 0).toBe(shown);
        }
      }),
    );
  });
});
