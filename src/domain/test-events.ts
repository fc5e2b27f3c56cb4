/** Test factory shared by the unit tests: a valid event, changed only where a test says. */
import type { StanceEvent } from './schema';

export function makeEvent(overrides: Partial<StanceEvent> = {}): StanceEvent {
  return {
    id: 'e',
    date: '2024-03-22',
    precision: 'day',
    type: 'statement',
    title: 'Title',
    summary: [{ text: 'Summary.', cite: ['s'] }],
    significance: 2,
    actors: [{ actor: 'a', role: 'speaker' }],
    tags: [],
    quotes: [],
    shifts: [],
    relations: [],
    sources: [{ id: 's', publisher: 'P', title: 'T', url: 'https://example.org', kind: 'press' }],
    caveats: [],
    ...overrides,
  };
}
