import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewStateArb } from './test-arbitraries';
import {
  DEFAULT_VIEW_STATE,
  isValidViewState,
  normalizeViewState,
  viewStatesEqual,
  type ViewState,
} from './view-state';

const view = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...partial });

describe('DEFAULT_VIEW_STATE', () => {
  it('is valid and canonical', () => {
    expect(isValidViewState(DEFAULT_VIEW_STATE)).toBe(true);
    expect(normalizeViewState(DEFAULT_VIEW_STATE)).toEqual(DEFAULT_VIEW_STATE);
  });

  it('cannot be changed by accident', () => {
    expect(() => DEFAULT_VIEW_STATE.actors.push('x')).toThrow(TypeError);
    expect(DEFAULT_VIEW_STATE.actors).toEqual([]);
  });
});

describe('normalizeViewState', () => {
  it('sorts and de-duplicates every list', () => {
    const s = normalizeViewState(
      view({
        actors: ['russia', 'china', 'russia'],
        types: ['vote', 'veto', 'vote'],
        tags: ['b', 'a'],
        expanded: ['z', 'a', 'z'],
      }),
    );
    expect(s.actors).toEqual(['china', 'russia']);
    expect(s.types).toEqual(['veto', 'vote']);
    expect(s.tags).toEqual(['a', 'b']);
    expect(s.expanded).toEqual(['a', 'z']);
  });

  it('swaps an inverted window and keeps a one-day window', () => {
    expect(normalizeViewState(view({ from: '2024-05-01', to: '2024-03-01' }))).toMatchObject({
      from: '2024-03-01',
      to: '2024-05-01',
    });
    expect(normalizeViewState(view({ from: '2024-03-01', to: '2024-03-01' }))).toMatchObject({
      from: '2024-03-01',
      to: '2024-03-01',
    });
  });

  it('keeps the search text as typed, trailing space included', () => {
    expect(normalizeViewState(view({ q: ' cease ' })).q).toBe(' cease ');
  });

  it('drops what no link could carry', () => {
    const s = normalizeViewState({
      ...view({ actors: ['ok', 'Not OK'], from: '2024-02-30', event: 'x y', q: 'a\ud800' }),
      // Values from outside the type system, e.g. a careless cast.
      types: ['veto', 'vetoo'] as ViewState['types'],
      view: 'grid' as ViewState['view'],
    });
    expect(s).toEqual(view({ actors: ['ok'], types: ['veto'], q: 'a\ufffd' }));
  });

  it('is idempotent and always valid (property)', () => {
    fc.assert(
      fc.property(viewStateArb, (s) => {
        const once = normalizeViewState(s);
        expect(isValidViewState(once)).toBe(true);
        expect(normalizeViewState(once)).toEqual(once);
      }),
    );
  });
});

describe('isValidViewState', () => {
  it.each([
    ['unsorted actors', { actors: ['b', 'a'] }],
    ['duplicate tags', { tags: ['a', 'a'] }],
    ['a malformed id', { event: 'Bad' }],
    ['an unreal date', { from: '2023-02-29' }],
    ['an inverted window', { from: '2024-05-01', to: '2024-03-01' }],
    ['an unknown view', { view: 'grid' }],
    ['a lone surrogate in q', { q: '\udc00' }],
  ])('rejects %s', (_name, partial) => {
    expect(isValidViewState(view(partial as Partial<ViewState>))).toBe(false);
  });
});

describe('viewStatesEqual', () => {
  it('compares lists by content, not identity', () => {
    expect(viewStatesEqual(view({ actors: ['a'] }), view({ actors: ['a'] }))).toBe(true);
    expect(viewStatesEqual(view({ actors: ['a'] }), view({ actors: ['a', 'b'] }))).toBe(false);
    expect(viewStatesEqual(view({ q: 'a' }), view({ q: 'b' }))).toBe(false);
  });
});
