/**
 * An event's relations both ways: the ones it states, and the ones other events state about it.
 * Shared by the details panel (listed) and the timeline (drawn as arcs).
 */
import type { StanceEvent } from './schema';
import { RELATION_LABEL } from './labels';

export interface Related {
  /** The other event's id. */
  id: string;
  /** How it relates, read from this event's side ("Responds to", "Answered by"…). */
  label: string;
}

export function relatedEvents(
  event: StanceEvent,
  dataset: { events: readonly StanceEvent[] },
): Related[] {
  const out = event.relations.map((r) => ({ id: r.target, label: RELATION_LABEL[r.type].out }));
  const incoming = dataset.events.flatMap((other) =>
    other.relations
      .filter((r) => r.target === event.id)
      .map((r) => ({ id: other.id, label: RELATION_LABEL[r.type].in })),
  );
  return [...out, ...incoming];
}
