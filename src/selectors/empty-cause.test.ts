import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ViewState } from '../state/view-state';
import { explainEmpty } from './empty-cause';
import { FILTER_KEYS, filterEvents, type FilterKey } from './filter-events';
import { eventsArb, filterStateArb, makeEvent, viewWith } from './test-events';

const speeches = Array.from({ length: 4 }, (_, i) =>
  makeEvent({ id: `speech-${i}`, type: 'speech', title: 'Remarks on aid' }),
);
const veto = makeEvent({
  id: 'veto',
  type: 'veto',
  title: 'Veto of a ceasefire draft',
  actors: [{ actor: 'russia', role: 'vetoed' }],
});
const events = [...speeches, veto];

describe('explainEmpty', () => {
  it('is empty when the result is not', () => {
    expect(explainEmpty(events, viewWith({ types: ['veto'] }))).toEqual([]);
    expect(explainEmpty(events, viewWith())).toEqual([]);
  });

  it('is empty when there are no events at all', () => {
    expect(explainEmpty([], viewWith({ types: ['veto'] }))).toEqual([]);
  });

  it('names the single filters that would restore results, most restored first', () => {
    // Speeches fail only the type filter (4); the veto fails only the search (1).
    const state = viewWith({ types: ['veto'], q: 'remarks' });
    expect(explainEmpty(events, state)).toEqual([
      { filter: 'types', restores: 4 },
      { filter: 'q', restores: 1 },
    ]);
  });

  it('orders by restored count, and ties in filter order', () => {
    // The speeches fail both filters and restore nothing; the veto fails only the actor filter;
    // each Blinken event fails only the search.
    const state = viewWith({ actors: ['blinken'], q: 'ceasefire' });
    const withBlinkenSpeech = [
      ...events,
      makeEvent({ id: 'b', actors: [{ actor: 'blinken', role: 'speaker' }], title: 'Aid' }),
    ];
    expect(explainEmpty(withBlinkenSpeech, state)).toEqual([
      { filter: 'actors', restores: 1 },
      { filter: 'q', restores: 1 },
    ]);
    const moreBlinken = [
      ...withBlinkenSpeech,
      makeEvent({ id: 'b2', actors: [{ actor: 'blinken', role: 'speaker' }], title: 'Aid 2' }),
    ];
    expect(explainEmpty(moreBlinken, state)).toEqual([
      { filter: 'q', restores: 2 },
      { filter: 'actors', restores: 1 },
    ]);
  });

  it('reports the date filter as a cause', () => {
    expect(explainEmpty(events, viewWith({ since: '2030-01-01' }))).toEqual([
      { filter: 'dates', restores: 5 },
    ]);
  });

  it('never blames the visible window, which is navigation, not a filter', () => {
    expect(explainEmpty(events, viewWith({ from: '2030-01-01', to: '2030-02-01' }))).toEqual([]);
  });

  it('is empty when no single filter is to blame', () => {
    // Every event fails two filters, so removing any one alone still shows nothing.
    const state = viewWith({ types: ['letter'], tags: ['nowhere'] });
    expect(explainEmpty(events, state)).toEqual([]);
  });
});

describe('explainEmpty (properties)', () => {
  const cleared: Record<FilterKey, Partial<ViewState>> = {
    actors: { actors: [] },
    types: { types: [] },
    tags: { tags: [] },
    q: { q: '' },
    dates: { since: null, until: null },
  };

  it('names exactly the filters whose removal alone gives results, with that many results', () => {
    fc.assert(
      fc.property(eventsArb, filterStateArb, (evs, state) => {
        const causes = explainEmpty(evs, state);
        if (filterEvents(evs, state).length > 0) {
          expect(causes).toEqual([]);
          return;
        }
        const expected = FILTER_KEYS.map((filter) => ({
          filter,
          restores: filterEvents(evs, { ...state, ...cleared[filter] }).length,
        }))
          .filter((c) => c.restores > 0)
          .sort((a, b) => b.restores - a.restores);
        expect(causes).toEqual(expected);
      }),
    );
  });
});
