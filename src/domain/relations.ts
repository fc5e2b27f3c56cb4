/**
 * An event's relations both ways: the ones it states, and the ones other events state about it,
 * each with its type and direction in words ("Responds to", "Responded to by"). Shared by the
 * details panel (listed) and the timeline (drawn as arcs).
 */
import type { RelationType, StanceEvent } from './schema';
import { RELATION_LABEL } from './record-labels';

/** `out`: this event states the relation; `in`: the other event states it about this one. */
export type RelationDirection = 'out' | 'in';

export interface Related {
  /** The other event's id. */
  id: string;
  type: RelationType;
  direction: RelationDirection;
  /** How it relates, read from this event's side ("Responds to", "Responded to by"…). */
  label: string;
  /** The relation's own note, from the event that states it. */
  note?: string;
}

/** The words for a relation seen from one end: `relationPhrase('responds-to', 'in')` is "Responded to by". */
export function relationPhrase(type: RelationType, direction: RelationDirection): string {
  return RELATION_LABEL[type][direction];
}

type Events = readonly StanceEvent[];

// Incoming relations need a look at every other event; a record of 100k events is scanned once
// per list of events, not once per opened event.
const incomingIndexes = new WeakMap<Events, ReadonlyMap<string, Related[]>>();

function incomingIndex(events: Events): ReadonlyMap<string, Related[]> {
  let index = incomingIndexes.get(events);
  if (index === undefined) {
    const built = new Map<string, Related[]>();
    for (const other of events) {
      for (const r of other.relations) {
        const list = built.get(r.target) ?? [];
        list.push({
          id: other.id,
          type: r.type,
          direction: 'in',
          label: relationPhrase(r.type, 'in'),
          ...(r.note ? { note: r.note } : {}),
        });
        built.set(r.target, list);
      }
    }
    index = built;
    incomingIndexes.set(events, index);
  }
  return index;
}

/**
 * What this event points at (in the order it lists them), then what points at it (in the data's
 * order). A pair stated twice in the same way is listed once; an event never relates to itself.
 */
export function relatedEvents(event: StanceEvent, dataset: { events: Events }): Related[] {
  const out: Related[] = event.relations.map((r) => ({
    id: r.target,
    type: r.type,
    direction: 'out',
    label: relationPhrase(r.type, 'out'),
    ...(r.note ? { note: r.note } : {}),
  }));
  const seen = new Set<string>();
  return [...out, ...(incomingIndex(dataset.events).get(event.id) ?? [])].filter((r) => {
    const key = `${r.direction}|${r.type}|${r.id}`;
    if (r.id === event.id || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
