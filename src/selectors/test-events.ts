/**
 * A factory for hand-built events in selector tests: valid by default, one override away from
 * the case under test. Test-only; the real data files are never read here.
 */
import fc from 'fast-check';
import type { EventType, StanceEvent } from '../domain/schema';
import { DEFAULT_VIEW_STATE, type ViewState } from '../state/view-state';

export function makeEvent(overrides: Partial<StanceEvent> = {}): StanceEvent {
  return {
    id: 'event',
    date: '2024-03-22',
    precision: 'day',
    type: 'statement',
    title: 'A statement',
    summary: [{ text: 'Someone said something.', cite: ['src'] }],
    significance: 2,
    actors: [{ actor: 'united-states', role: 'speaker' }],
    tags: [],
    quotes: [],
    shifts: [],
    relations: [],
    sources: [
      {
        id: 'src',
        publisher: 'Publisher',
        title: 'Source title',
        url: 'https://example.org/',
        kind: 'press',
      },
    ],
    caveats: [],
    ...overrides,
  };
}

export const viewWith = (partial: Partial<ViewState> = {}): ViewState => ({
  ...DEFAULT_VIEW_STATE,
  ...partial,
});

/** Small random event sets over a few shared values, so that filters overlap often. */
export const eventsArb = fc
  .array(
    fc.record({
      type: fc.constantFrom<EventType>('speech', 'veto', 'vote'),
      actors: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 3 }),
      tags: fc.array(fc.constantFrom('t1', 't2', 't3'), { maxLength: 3 }),
      title: fc.constantFrom('Aid talks', 'Zürich talks', 'A veto'),
      day: fc.integer({ min: 1, max: 28 }),
      length: fc.integer({ min: 0, max: 5 }),
    }),
    { maxLength: 12 },
  )
  .map((rows) =>
    rows.map((r, i) => {
      const date = `2024-03-${String(r.day).padStart(2, '0')}`;
      const end = `2024-03-${String(r.day + r.length).padStart(2, '0')}`;
      return makeEvent({
        id: `e${i}`,
        type: r.type,
        actors: r.actors.map((actor) => ({ actor, role: 'participant' as const })),
        tags: r.tags,
        title: r.title,
        date,
        ...(r.length > 0 ? { end } : {}),
      });
    }),
  );

/** Filter states over the same values as `eventsArb`. */
export const filterStateArb = fc
  .record({
    actors: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }),
    types: fc.uniqueArray(fc.constantFrom<EventType>('speech', 'veto', 'vote'), { maxLength: 2 }),
    tags: fc.uniqueArray(fc.constantFrom('t1', 't2', 't3'), { maxLength: 2 }),
    q: fc.constantFrom('', 'talks', 'zurich', 'veto', 'nothing'),
    since: fc.constantFrom(null, '2024-03-05', '2024-03-20'),
    until: fc.constantFrom(null, '2024-03-10', '2024-03-25'),
    // The window must never change what matches; the properties draw it to prove that.
    from: fc.constantFrom(null, '2024-03-05', '2030-01-01'),
    to: fc.constantFrom(null, '2020-01-01', '2024-03-25'),
  })
  .map((partial) => viewWith(partial));
