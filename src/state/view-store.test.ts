import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewStateArb } from './test-arbitraries';
import { DEFAULT_VIEW_STATE, isValidViewState, type ViewState } from './view-state';
import { createViewStore, getViewState, historyKindOf } from './view-store';

const view = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...partial });

/** A fresh store per test, so no test sees another's state. */
function storeWith(partial: Partial<ViewState> = {}) {
  const store = createViewStore(view(partial));
  const changes: ViewState[] = [];
  store.subscribe(() => changes.push(getViewState(store)));
  return { store, actions: store.getState(), get: () => getViewState(store), changes };
}

describe('createViewStore', () => {
  it('starts at the default view, or at a normalized initial view', () => {
    expect(getViewState(createViewStore())).toEqual(DEFAULT_VIEW_STATE);
    expect(getViewState(createViewStore(view({ actors: ['b', 'a', 'b'] }))).actors).toEqual([
      'a',
      'b',
    ]);
  });

  it('makes independent stores', () => {
    const a = createViewStore();
    const b = createViewStore();
    a.getState().setView('list');
    expect(getViewState(b).view).toBe('timeline');
  });

  it('does not notify subscribers when an action changes nothing', () => {
    const { actions, changes } = storeWith({ actors: ['a'] });
    actions.setActors(['a', 'a']);
    actions.setView('timeline');
    actions.selectEvent(null);
    actions.clearFilters();
    actions.clearFilters();
    expect(changes).toHaveLength(1); // only the first clearFilters changed anything
  });
});

describe('actions', () => {
  it('selectEvent opens and closes an event', () => {
    const { actions, get } = storeWith();
    actions.selectEvent('us-draft-vetoed');
    expect(get().event).toBe('us-draft-vetoed');
    actions.selectEvent(null);
    expect(get().event).toBeNull();
  });

  it('toggleActor adds and removes, keeping the list sorted', () => {
    const { actions, get } = storeWith({ actors: ['russia'] });
    actions.toggleActor('china');
    expect(get().actors).toEqual(['china', 'russia']);
    actions.toggleActor('russia');
    expect(get().actors).toEqual(['china']);
  });

  it('setActors replaces the selection in canonical form', () => {
    const { actions, get } = storeWith({ actors: ['x'] });
    actions.setActors(['b', 'a', 'b']);
    expect(get().actors).toEqual(['a', 'b']);
  });

  it('soloActor shows one actor, and soloing it again clears the filter', () => {
    const { actions, get } = storeWith({ actors: ['a', 'b'] });
    actions.soloActor('b');
    expect(get().actors).toEqual(['b']);
    actions.soloActor('b');
    expect(get().actors).toEqual([]);
    actions.soloActor('c');
    expect(get().actors).toEqual(['c']);
  });

  it('setGroupActors adds or removes a whole group and leaves other actors alone', () => {
    const { actions, get } = storeWith({ actors: ['other', 'unsc-a'] });
    actions.setGroupActors(['unsc-a', 'unsc-b'], true);
    expect(get().actors).toEqual(['other', 'unsc-a', 'unsc-b']);
    actions.setGroupActors(['unsc-a', 'unsc-b'], false);
    expect(get().actors).toEqual(['other']);
  });

  it('toggleType and setTypes', () => {
    const { actions, get } = storeWith();
    actions.toggleType('vote');
    actions.toggleType('veto');
    expect(get().types).toEqual(['veto', 'vote']);
    actions.toggleType('vote');
    expect(get().types).toEqual(['veto']);
    actions.setTypes(['speech', 'attack']);
    expect(get().types).toEqual(['attack', 'speech']);
  });

  it('toggleTag and setTags', () => {
    const { actions, get } = storeWith();
    actions.toggleTag('unsc');
    expect(get().tags).toEqual(['unsc']);
    actions.toggleTag('unsc');
    expect(get().tags).toEqual([]);
    actions.setTags(['b', 'a']);
    expect(get().tags).toEqual(['a', 'b']);
  });

  it('setQuery keeps the text as typed', () => {
    const { actions, get } = storeWith();
    actions.setQuery('cease ');
    expect(get().q).toBe('cease ');
  });

  it('setWindow sets both ends and swaps an inverted window', () => {
    const { actions, get } = storeWith();
    actions.setWindow('2024-03-01', '2024-03-31');
    expect(get()).toMatchObject({ from: '2024-03-01', to: '2024-03-31' });
    actions.setWindow('2024-05-01', '2024-04-01');
    expect(get()).toMatchObject({ from: '2024-04-01', to: '2024-05-01' });
    actions.setWindow(null, null);
    expect(get()).toMatchObject({ from: null, to: null });
  });

  it('setView, setLanes and setFiltered', () => {
    const { actions, get } = storeWith();
    actions.setView('list');
    actions.setLanes('type');
    actions.setFiltered('dim');
    expect(get()).toMatchObject({ view: 'list', lanes: 'type', filtered: 'dim' });
  });

  it('toggleExpanded opens and closes a group', () => {
    const { actions, get } = storeWith();
    actions.toggleExpanded('unsc');
    actions.toggleExpanded('us-executive');
    expect(get().expanded).toEqual(['unsc', 'us-executive']);
    actions.toggleExpanded('unsc');
    expect(get().expanded).toEqual(['us-executive']);
  });

  it('clearFilters resets the filters and keeps the window, dataset, event, view and the rest', () => {
    const { actions, get } = storeWith({
      dataset: 'us-gaza',
      event: 'e1',
      actors: ['a'],
      types: ['veto'],
      tags: ['t'],
      q: 'x',
      since: '2024-01-10',
      until: '2024-01-20',
      from: '2024-01-01',
      to: '2024-02-01',
      view: 'list',
      lanes: 'type',
      filtered: 'dim',
      expanded: ['g'],
    });
    actions.clearFilters();
    expect(get()).toEqual(
      view({
        dataset: 'us-gaza',
        event: 'e1',
        from: '2024-01-01',
        to: '2024-02-01',
        view: 'list',
        lanes: 'type',
        filtered: 'dim',
        expanded: ['g'],
      }),
    );
  });

  it('setDateFilter sets the filter, swaps an inverted range, and leaves the window alone', () => {
    const { actions, get } = storeWith({ from: '2024-01-01', to: '2024-12-31' });
    actions.setDateFilter('2024-05-01', '2024-03-01');
    expect(get()).toEqual(
      view({ from: '2024-01-01', to: '2024-12-31', since: '2024-03-01', until: '2024-05-01' }),
    );
  });

  it('a pan keeps the very list arrays, so filter memos keyed on them do not re-run', () => {
    const { actions, store } = storeWith({ actors: ['a', 'b'], types: ['veto'] });
    const before = store.getState();
    actions.setWindow('2024-01-01', '2024-02-01');
    const after = store.getState();
    expect(after.actors).toBe(before.actors);
    expect(after.types).toBe(before.types);
    expect(after.tags).toBe(before.tags);
  });

  it('setState merges a partial view and replaceAll replaces the whole view', () => {
    const { actions, get } = storeWith({ actors: ['a'] });
    actions.setState({ view: 'list' });
    expect(get()).toEqual(view({ actors: ['a'], view: 'list' }));
    actions.replaceAll(view({ tags: ['t'] }));
    expect(get()).toEqual(view({ tags: ['t'] }));
  });

  it('keeps the actions when the view is replaced', () => {
    const { store } = storeWith();
    store.getState().replaceAll(view({ view: 'list' }));
    expect(typeof store.getState().toggleActor).toBe('function');
  });

  it('leaves every state valid, whatever is replaced in (property)', () => {
    fc.assert(
      fc.property(viewStateArb, fc.string(), (s, id) => {
        const { actions, get } = storeWith();
        actions.replaceAll(s);
        expect(isValidViewState(get())).toBe(true);
        actions.toggleActor(id); // a malformed id is dropped, not stored
        expect(isValidViewState(get())).toBe(true);
      }),
    );
  });
});

describe('historyKindOf', () => {
  const base = view({ actors: ['a'], from: '2024-01-01', to: '2024-06-30' });

  it('is none when nothing changed, even if lists are in another order', () => {
    expect(historyKindOf(base, { ...base })).toBe('none');
    expect(historyKindOf(view({ tags: ['a', 'b'] }), view({ tags: ['b', 'a'] }))).toBe('none');
  });

  it('replaces for a pan or zoom: only from/to changed', () => {
    expect(historyKindOf(base, { ...base, from: '2024-02-01' })).toBe('replace');
    expect(historyKindOf(base, { ...base, from: null, to: null })).toBe('replace');
  });

  it.each([
    ['opening an event', { event: 'e1' }],
    ['a filter', { actors: ['a', 'b'] }],
    ['the type filter', { types: ['veto'] }],
    ['the search', { q: 'x' }],
    ['the date filter', { since: '2024-02-01' }],
    ['the view', { view: 'list' }],
    ['the lanes', { lanes: 'type' }],
    ['the dataset', { dataset: 'other' }],
    ['a filter together with the window', { tags: ['t'], from: '2024-03-01' }],
  ] satisfies [string, Partial<ViewState>][])('pushes for %s', (_name, change) => {
    expect(historyKindOf(base, { ...base, ...change })).toBe('push');
  });

  it('pushes for closing an event', () => {
    expect(historyKindOf({ ...base, event: 'e1' }, base)).toBe('push');
  });
});
