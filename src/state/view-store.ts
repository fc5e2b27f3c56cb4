/**
 * The view store: the current `ViewState` plus the actions that change it. Every action leaves
 * the state canonical (`normalizeViewState`) and skips the update entirely when nothing changed,
 * so subscribers — above all the URL sync — never see a no-op change.
 *
 * `createViewStore` makes an independent store (one per test); the app uses the module-level
 * `viewStore` through `useViewStore`.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EventType } from '../domain/schema';
import {
  DEFAULT_VIEW_STATE,
  normalizeViewState,
  pickViewState,
  viewStatesEqual,
  type FilteredMode,
  type OrientMode,
  type LaneMode,
  type ViewMode,
  type ViewState,
} from './view-state';

export interface ViewActions {
  /** Merges a partial view; the escape hatch for changes the named actions do not cover. */
  setState: (partial: Partial<ViewState>) => void;
  /** Opens the details of an event, or closes them with null. */
  selectEvent: (id: string | null) => void;
  toggleActor: (id: string) => void;
  setActors: (ids: readonly string[]) => void;
  /** Shows only this actor; soloing the actor that is already the only one clears the filter. */
  soloActor: (id: string) => void;
  /** Adds (on) or removes (off) all of a group's actors at once, leaving other actors as they are. */
  setGroupActors: (groupActorIds: readonly string[], on: boolean) => void;
  toggleType: (type: EventType) => void;
  setTypes: (types: readonly EventType[]) => void;
  toggleTag: (id: string) => void;
  setTags: (ids: readonly string[]) => void;
  setQuery: (q: string) => void;
  /**
   * The visible window, inclusive ISO days; an inverted window is swapped. Navigation only: it
   * never changes which events count.
   */
  setWindow: (from: string | null, to: string | null) => void;
  /** The date filter, inclusive ISO days (null = open end); an inverted range is swapped. */
  setDateFilter: (since: string | null, until: string | null) => void;
  setView: (view: ViewMode) => void;
  setLanes: (lanes: LaneMode) => void;
  setFiltered: (filtered: FilteredMode) => void;
  setOrient: (orient: OrientMode) => void;
  toggleExpanded: (groupId: string) => void;
  /**
   * Resets actors, types, tags, q and the date filter; keeps the window (clearing filters is not
   * navigation), the dataset, event, view, lanes and the rest.
   */
  clearFilters: () => void;
  /** Replaces the whole view, e.g. from the URL on Back/Forward. */
  replaceAll: (state: ViewState) => void;
}

export type ViewStoreState = ViewState & ViewActions;
export type ViewStore = StoreApi<ViewStoreState>;

function toggled<T extends string>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/**
 * `next` with the lists that did not change replaced by the very arrays of `prev`, so that
 * subscribers comparing with `===` or `useShallow` (filtering, facet counts) skip a pan or zoom.
 */
function keepUnchangedLists(prev: ViewState, next: ViewState): ViewState {
  const keep = <T extends string>(a: T[], b: T[]) =>
    a.length === b.length && a.every((v, i) => v === b[i]) ? a : b;
  return {
    ...next,
    actors: keep(prev.actors, next.actors),
    types: keep(prev.types, next.types),
    tags: keep(prev.tags, next.tags),
    expanded: keep(prev.expanded, next.expanded),
  };
}

export function createViewStore(initial: ViewState = DEFAULT_VIEW_STATE): ViewStore {
  return createStore<ViewStoreState>()((set, get) => {
    /** Applies a change to the current view, normalized; does nothing if the view is unchanged. */
    const commit = (change: (s: ViewState) => Partial<ViewState>) => {
      const prev = pickViewState(get());
      const next = normalizeViewState({ ...prev, ...change(prev) });
      if (!viewStatesEqual(prev, next)) set(keepUnchangedLists(prev, next));
    };

    return {
      ...normalizeViewState(initial),
      setState: (partial) => commit(() => partial),
      selectEvent: (id) => commit(() => ({ event: id })),
      toggleActor: (id) => commit((s) => ({ actors: toggled(s.actors, id) })),
      setActors: (ids) => commit(() => ({ actors: [...ids] })),
      soloActor: (id) =>
        commit((s) => ({ actors: s.actors.length === 1 && s.actors[0] === id ? [] : [id] })),
      setGroupActors: (groupActorIds, on) =>
        commit((s) => {
          if (on) return { actors: [...s.actors, ...groupActorIds] };
          const off = new Set(groupActorIds);
          return { actors: s.actors.filter((a) => !off.has(a)) };
        }),
      toggleType: (type) => commit((s) => ({ types: toggled(s.types, type) })),
      setTypes: (types) => commit(() => ({ types: [...types] })),
      toggleTag: (id) => commit((s) => ({ tags: toggled(s.tags, id) })),
      setTags: (ids) => commit(() => ({ tags: [...ids] })),
      setQuery: (q) => commit(() => ({ q })),
      setWindow: (from, to) => commit(() => ({ from, to })),
      setDateFilter: (since, until) => commit(() => ({ since, until })),
      setView: (view) => commit(() => ({ view })),
      setLanes: (lanes) => commit(() => ({ lanes })),
      setFiltered: (filtered) => commit(() => ({ filtered })),
      setOrient: (orient) => commit(() => ({ orient })),
      toggleExpanded: (groupId) => commit((s) => ({ expanded: toggled(s.expanded, groupId) })),
      clearFilters: () =>
        commit(() => ({
          actors: DEFAULT_VIEW_STATE.actors,
          types: DEFAULT_VIEW_STATE.types,
          tags: DEFAULT_VIEW_STATE.tags,
          q: DEFAULT_VIEW_STATE.q,
          since: DEFAULT_VIEW_STATE.since,
          until: DEFAULT_VIEW_STATE.until,
        })),
      replaceAll: (state) => commit(() => pickViewState(state)),
    };
  });
}

/** The app's store. Tests make their own with `createViewStore` instead of sharing this one. */
export const viewStore: ViewStore = createViewStore();

/**
 * Reads from the app's store in a component. Select one value per call, or wrap a selector that
 * builds an object or array in `useShallow`, or React re-renders on every store change.
 */
export function useViewStore<T>(selector: (s: ViewStoreState) => T): T {
  return useStore(viewStore, selector);
}

/** The view part of a store's state, without the actions. */
export function getViewState(store: ViewStore): ViewState {
  return pickViewState(store.getState());
}

/**
 * How a change should enter the browser history. Pan and zoom move only the window and happen
 * many times a second, so they replace the current entry; everything else a person would undo
 * with Back (opening an event, a filter — the date filter too —, the view, the dataset) pushes a
 * new one.
 */
export function historyKindOf(prev: ViewState, next: ViewState): 'push' | 'replace' | 'none' {
  const a = normalizeViewState(prev);
  const b = normalizeViewState(next);
  if (viewStatesEqual(a, b)) return 'none';
  const sameApartFromWindow = viewStatesEqual({ ...a, from: b.from, to: b.to }, b);
  return sameApartFromWindow ? 'replace' : 'push';
}
