/**
 * Which events pass the view's filters. Each filter is inactive at its default (no actors, no
 * types, no tags, blank query, no date range); active filters combine with AND, and the values
 * within the actor and tag filters with OR ("involves any selected actor"). The visible window
 * (`from`/`to`) is not a filter and is never read here: navigating must not change counts.
 */
import type { StanceEvent } from '../domain/schema';
import type { ViewState } from '../state/view-state';
import { matchesTerms, queryTerms } from './search';

export type FilterKey = 'actors' | 'types' | 'tags' | 'q' | 'dates';

/** Display and tie-break order of the filters. */
export const FILTER_KEYS: readonly FilterKey[] = ['actors', 'types', 'tags', 'q', 'dates'];

/** The part of the view that filters read; a whole `ViewState` will do. */
export type FilterState = Pick<ViewState, 'actors' | 'types' | 'tags' | 'q' | 'since' | 'until'>;

export interface FilterOptions {
  /** Filters to leave out, e.g. to ask what a view would hold without one of them. */
  ignore?: readonly FilterKey[];
}

const involved = new WeakMap<StanceEvent, ReadonlySet<string>>();

/**
 * Every actor an event involves: its listed actors, plus a vote's body and members and the
 * speakers of its quotes. Filtering by Russia must find the draft Russia vetoed even where the
 * data lists the veto only among the vote's members.
 */
export function involvedActorIds(event: StanceEvent): ReadonlySet<string> {
  let ids = involved.get(event);
  if (ids === undefined) {
    const set = new Set(event.actors.map((ref) => ref.actor));
    if (event.vote) {
      set.add(event.vote.body);
      for (const m of event.vote.members) set.add(m.actor);
    }
    for (const quote of event.quotes) set.add(quote.speaker);
    ids = set;
    involved.set(event, ids);
  }
  return ids;
}

/** The filters of a view, prepared once (sets, query terms) to test many events. */
export interface CompiledFilters {
  /** Which filters are active, i.e. not at their default and not ignored. */
  active: ReadonlySet<FilterKey>;
  /** Whether one event passes one filter; true for an inactive filter. */
  test(event: StanceEvent, key: FilterKey): boolean;
}

export function compileFilters(state: FilterState, opts: FilterOptions = {}): CompiledFilters {
  const actors = new Set(state.actors);
  const types = new Set<string>(state.types);
  const tags = new Set(state.tags);
  const terms = queryTerms(state.q);
  const { since, until } = state;

  const active = new Set<FilterKey>();
  if (actors.size > 0) active.add('actors');
  if (types.size > 0) active.add('types');
  if (tags.size > 0) active.add('tags');
  if (terms.length > 0) active.add('q');
  if (since !== null || until !== null) active.add('dates');
  for (const key of opts.ignore ?? []) active.delete(key);

  const test = (event: StanceEvent, key: FilterKey): boolean => {
    if (!active.has(key)) return true;
    switch (key) {
      case 'actors': {
        for (const id of involvedActorIds(event)) if (actors.has(id)) return true;
        return false;
      }
      case 'types':
        return types.has(event.type);
      case 'tags':
        return event.tags.some((t) => tags.has(t));
      case 'q':
        return matchesTerms(event, terms);
      case 'dates':
        // Inclusive on both sides and by overlap: a span that starts before `since` but ends on
        // or after it is in. ISO days compare correctly as strings.
        return (
          (until === null || event.date <= until) &&
          (since === null || (event.end ?? event.date) >= since)
        );
    }
  };
  return { active, test };
}

/** Whether an event passes every active filter, optionally leaving one out (`except`). */
export function eventMatches(event: StanceEvent, state: FilterState, except?: FilterKey): boolean {
  const filters = compileFilters(state, except ? { ignore: [except] } : {});
  return FILTER_KEYS.every((key) => filters.test(event, key));
}

/** The events that pass every active filter, in their original order. */
export function filterEvents(
  events: readonly StanceEvent[],
  state: FilterState,
  opts: FilterOptions = {},
): StanceEvent[] {
  const filters = compileFilters(state, opts);
  const keys = FILTER_KEYS.filter((key) => filters.active.has(key));
  if (keys.length === 0) return [...events];
  return events.filter((event) => keys.every((key) => filters.test(event, key)));
}
