/**
 * Precomputed indexes for filtering and faceting: built once per dataset, then every filter
 * change is a few passes over typed arrays instead of set look-ups on event objects. One pass
 * marks, per event, which active filters it fails (a bit per filter); the result, the facet
 * counts and the empty-state causes all read those bits:
 *
 * - an event is shown when it fails nothing;
 * - it counts for a facet's values when it fails nothing but, at most, that facet itself
 *   (faceted search: a facet's own selection does not narrow its counts);
 * - it is restored by removing filter F when F is the only one it fails.
 *
 * This gives the same answers as `filterEvents`, `facetCounts` and `explainEmpty`, which stay
 * as the readable definition; a property test holds the two together.
 */
import type { EventType, StanceEvent } from '../domain/schema';
import type { EmptyCause } from './empty-cause';
import type { FacetCounts } from './facet-counts';
import { FILTER_KEYS, involvedActorIds, type FilterKey, type FilterState } from './filter-events';
import type { FilterResults } from './filter-results';
import { matchesTerms, queryTerms } from './search';

/** Values of one facet for every event, in compressed rows: event i has `ids[start[i]..start[i+1])`. */
interface Postings {
  /** Value index → value (actor id, tag id, type). */
  values: string[];
  start: Uint32Array;
  ids: Uint32Array;
}

export interface FacetIndex {
  events: readonly StanceEvent[];
  actors: Postings;
  tags: Postings;
  types: Postings;
}

function postings(
  events: readonly StanceEvent[],
  valuesOf: (e: StanceEvent) => Iterable<string>,
): Postings {
  const index = new Map<string, number>();
  const values: string[] = [];
  const start = new Uint32Array(events.length + 1);
  const ids: number[] = [];
  events.forEach((event, i) => {
    // A value listed twice in one event (a repeated tag) counts the event once.
    for (const value of new Set(valuesOf(event))) {
      let id = index.get(value);
      if (id === undefined) {
        id = values.length;
        values.push(value);
        index.set(value, id);
      }
      ids.push(id);
    }
    start[i + 1] = ids.length;
  });
  return { values, start, ids: Uint32Array.from(ids) };
}

export function buildFacetIndex(events: readonly StanceEvent[]): FacetIndex {
  return {
    events,
    actors: postings(events, involvedActorIds),
    tags: postings(events, (e) => e.tags),
    types: postings(events, (e) => [e.type]),
  };
}

const BIT: Record<FilterKey, number> = { actors: 1, types: 2, tags: 4, q: 8, dates: 16 };

/** Flags, per value of a facet, whether it is selected; null when the facet is not filtered. */
function selection(p: Postings, selected: readonly string[]): Uint8Array | null {
  if (selected.length === 0) return null;
  const wanted = new Set(selected);
  return Uint8Array.from(p.values, (v) => (wanted.has(v) ? 1 : 0));
}

/** Sets `bit` in `fails` for every event with none of the selected values. */
function markFacet(p: Postings, selected: Uint8Array, bit: number, fails: Uint8Array): void {
  for (let i = 0; i < fails.length; i += 1) {
    let hit = false;
    for (let k = p.start[i]!; k < p.start[i + 1]! && !hit; k += 1) hit = selected[p.ids[k]!] === 1;
    if (!hit) fails[i]! |= bit;
  }
}

function countFacet(p: Postings, fails: Uint8Array, bit: number): Map<string, number> {
  const counts = new Uint32Array(p.values.length);
  const others = ~bit;
  for (let i = 0; i < fails.length; i += 1) {
    if ((fails[i]! & others) !== 0) continue;
    for (let k = p.start[i]!; k < p.start[i + 1]!; k += 1) counts[p.ids[k]!]! += 1;
  }
  const map = new Map<string, number>();
  counts.forEach((n, v) => {
    if (n > 0) map.set(p.values[v]!, n);
  });
  return map;
}

/** Everything the page derives from the filters, from the index. */
export function queryFacetIndex(index: FacetIndex, state: FilterState): FilterResults {
  const { events } = index;
  const fails = new Uint8Array(events.length);
  const active: FilterKey[] = [];

  const actorSel = selection(index.actors, state.actors);
  if (actorSel) {
    active.push('actors');
    markFacet(index.actors, actorSel, BIT.actors, fails);
  }
  const typeSel = selection(index.types, state.types);
  if (typeSel) {
    active.push('types');
    markFacet(index.types, typeSel, BIT.types, fails);
  }
  const tagSel = selection(index.tags, state.tags);
  if (tagSel) {
    active.push('tags');
    markFacet(index.tags, tagSel, BIT.tags, fails);
  }
  const terms = queryTerms(state.q);
  if (terms.length > 0) {
    active.push('q');
    events.forEach((e, i) => {
      if (!matchesTerms(e, terms)) fails[i]! |= BIT.q;
    });
  }
  const { since, until } = state;
  if (since !== null || until !== null) {
    active.push('dates');
    // Inclusive, by overlap, as in filterEvents; ISO days compare as strings.
    events.forEach((e, i) => {
      if ((until !== null && e.date > until) || (since !== null && (e.end ?? e.date) < since)) {
        fails[i]! |= BIT.dates;
      }
    });
  }

  const visible: StanceEvent[] = [];
  for (let i = 0; i < events.length; i += 1) if (fails[i] === 0) visible.push(events[i]!);

  const counts: FacetCounts = {
    actors: countFacet(index.actors, fails, BIT.actors),
    types: countFacet(index.types, fails, BIT.types) as Map<EventType, number>,
    tags: countFacet(index.tags, fails, BIT.tags),
  };
  const emptyCauses = visible.length > 0 ? [] : causes(fails, active);
  return { visible, matching: new Set(visible.map((e) => e.id)), counts, emptyCauses };
}

/** What emptied the result: each filter whose removal alone would show events, most first. */
function causes(fails: Uint8Array, active: readonly FilterKey[]): EmptyCause[] {
  const restores = new Map<FilterKey, number>();
  for (const f of fails) {
    // Exactly one bit: removing that one filter alone would show this event.
    if (f === 0 || (f & (f - 1)) !== 0) continue;
    const key = active.find((k) => BIT[k] === f)!;
    restores.set(key, (restores.get(key) ?? 0) + 1);
  }
  return FILTER_KEYS.filter((k) => (restores.get(k) ?? 0) > 0)
    .map((filter) => ({ filter, restores: restores.get(filter) ?? 0 }))
    .sort((a, b) => b.restores - a.restores);
}
