import { describe, expect, it } from 'vitest';
import { datesText, describeFilters } from './describe-filters';
import { DEFAULT_VIEW_STATE } from '../state/view-state';

const dataset = {
  actorById: new Map([
    ['russia', { id: 'russia', name: 'Russia', kind: 'member-state' as const, group: 'g' }],
  ]),
  meta: { tags: [{ id: 'unsc', label: 'UN Security Council' }] },
} as unknown as Parameters<typeof describeFilters>[0];

describe('describeFilters', () => {
  it('is empty without filters', () => {
    expect(describeFilters(dataset, DEFAULT_VIEW_STATE)).toBe('');
  });
  it('names every active filter with the data’s own names', () => {
    expect(
      describeFilters(dataset, {
        ...DEFAULT_VIEW_STATE,
        actors: ['russia'],
        types: ['veto', 'vote'],
        tags: ['unsc'],
        q: 'draft',
        since: '2024-01-01',
      }),
    ).toBe(
      'Actors: Russia; Types: Veto, Vote; Topics: UN Security Council; Search: “draft”; Dates: 1 January 2024 to end',
    );
  });
});

describe('datesText', () => {
  it('writes both ends as days in the reader locale, open ends in words', () => {
    expect(datesText('2024-03-01', '2024-04-15')).toBe('1 March 2024 to 15 April 2024');
    expect(datesText(null, '2024-04-15')).toBe('start to 15 April 2024');
    expect(datesText('2024-03-01', null)).toBe('1 March 2024 to end');
  });
});
