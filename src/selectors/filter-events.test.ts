import { describe, expect, it } from 'vitest';
import { eventMatches, filterEvents, involvedActorIds } from './filter-events';
import { makeEvent, viewWith } from './test-events';

const ids = (events: { id: string }[]) => events.map((e) => e.id);

const byBlinken = makeEvent({
  id: 'blinken-speech',
  type: 'speech',
  actors: [{ actor: 'blinken', role: 'speaker' }],
  tags: ['diplomacy', 'gaza'],
  date: '2024-01-10',
});
const byRussia = makeEvent({
  id: 'russia-veto',
  type: 'veto',
  actors: [{ actor: 'russia', role: 'vetoed' }],
  tags: ['unsc'],
  date: '2024-02-20',
});
const both = makeEvent({
  id: 'joint-meeting',
  type: 'meeting',
  actors: [
    { actor: 'blinken', role: 'participant' },
    { actor: 'russia', role: 'participant' },
  ],
  date: '2024-03-05',
});
const events = [byBlinken, byRussia, both];

describe('filterEvents', () => {
  it('returns every event, in order, when no filter is active', () => {
    expect(ids(filterEvents(events, viewWith()))).toEqual([
      'blinken-speech',
      'russia-veto',
      'joint-meeting',
    ]);
  });

  it('matches events involving ANY selected actor', () => {
    expect(ids(filterEvents(events, viewWith({ actors: ['blinken'] })))).toEqual([
      'blinken-speech',
      'joint-meeting',
    ]);
    expect(ids(filterEvents(events, viewWith({ actors: ['blinken', 'russia'] })))).toEqual([
      'blinken-speech',
      'russia-veto',
      'joint-meeting',
    ]);
  });

  it('counts vote members and quote speakers as involved', () => {
    const vetoed = makeEvent({
      id: 'draft-vetoed',
      actors: [{ actor: 'un-security-council', role: 'subject' }],
      vote: {
        body: 'un-security-council',
        question: 'Draft',
        outcome: 'vetoed',
        tally: { for: 13, against: 1, abstain: 1 },
        members: [{ actor: 'china', vote: 'against', veto: true }],
        remainder: 'for',
      },
      quotes: [{ text: 'No.', speaker: 'nebenzia', source: 'src' }],
    });
    expect([...involvedActorIds(vetoed)].sort()).toEqual([
      'china',
      'nebenzia',
      'un-security-council',
    ]);
    expect(ids(filterEvents([vetoed], viewWith({ actors: ['china'] })))).toEqual(['draft-vetoed']);
    expect(ids(filterEvents([vetoed], viewWith({ actors: ['nebenzia'] })))).toEqual([
      'draft-vetoed',
    ]);
  });

  it('filters by type', () => {
    expect(ids(filterEvents(events, viewWith({ types: ['veto', 'meeting'] })))).toEqual([
      'russia-veto',
      'joint-meeting',
    ]);
  });

  it('matches events with ANY selected tag; an untagged event never matches a tag filter', () => {
    expect(ids(filterEvents(events, viewWith({ tags: ['gaza', 'unsc'] })))).toEqual([
      'blinken-speech',
      'russia-veto',
    ]);
  });

  it('combines different filters with AND', () => {
    expect(
      ids(filterEvents(events, viewWith({ actors: ['blinken'], types: ['meeting'] }))),
    ).toEqual(['joint-meeting']);
  });

  it('searches regardless of case and accents', () => {
    const zurich = makeEvent({ id: 'zurich', title: 'Talks in Zürich' });
    expect(ids(filterEvents([zurich, byBlinken], viewWith({ q: 'ZURICH' })))).toEqual(['zurich']);
    expect(ids(filterEvents([zurich], viewWith({ q: '   ' })))).toEqual(['zurich']);
  });

  describe('dates (since/until)', () => {
    const span = makeEvent({ id: 'span', date: '2024-03-01', end: '2024-03-10' });

    it('includes both edge days', () => {
      const day = makeEvent({ id: 'day', date: '2024-03-01' });
      expect(
        ids(filterEvents([day], viewWith({ since: '2024-03-01', until: '2024-03-01' }))),
      ).toEqual(['day']);
    });

    it('includes a span that overlaps the range at either edge', () => {
      expect(ids(filterEvents([span], viewWith({ since: '2024-03-10' })))).toEqual(['span']);
      expect(ids(filterEvents([span], viewWith({ until: '2024-03-01' })))).toEqual(['span']);
      expect(
        ids(filterEvents([span], viewWith({ since: '2024-03-05', until: '2024-03-06' }))),
      ).toEqual(['span']);
    });

    it('excludes a span that ends the day before the range starts, or starts the day after', () => {
      expect(filterEvents([span], viewWith({ since: '2024-03-11' }))).toEqual([]);
      expect(filterEvents([span], viewWith({ until: '2024-02-29' }))).toEqual([]);
    });

    it('can be ignored', () => {
      const state = viewWith({ since: '2025-01-01', types: ['speech'] });
      expect(ids(filterEvents(events, state, { ignore: ['dates'] }))).toEqual(['blinken-speech']);
    });
  });

  describe('the visible window', () => {
    it('is navigation, never a filter: from/to leave the result as it is', () => {
      const state = viewWith({ from: '2030-01-01', to: '2030-01-31' });
      expect(filterEvents(events, state)).toEqual(events);
    });
  });
});

describe('eventMatches', () => {
  const state = viewWith({ actors: ['russia'], types: ['speech'] });

  it('needs every active filter', () => {
    expect(eventMatches(byBlinken, state)).toBe(false);
    expect(eventMatches(byRussia, state)).toBe(false);
  });

  it('leaves out the one filter named in `except`', () => {
    expect(eventMatches(byBlinken, state, 'actors')).toBe(true);
    expect(eventMatches(byRussia, state, 'types')).toBe(true);
    expect(eventMatches(byRussia, state, 'tags')).toBe(false);
  });
});
