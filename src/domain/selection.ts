/**
 * A part of a dataset that is still a valid dataset: the chosen events, with every reference that
 * would dangle removed. Relations to events left out are dropped, and so are stories that
 * need an event left out; actors, groups, tags, dimensions and eras are kept whole, because the
 * validator only asks that references resolve, and a reader of the file still wants the legend.
 */
import type { Actor, ActorGroup, DatasetMeta, StanceEvent } from './schema';
import { compareEvents } from './dates';

export interface DatasetParts {
  meta: DatasetMeta;
  groups: ActorGroup[];
  actors: Actor[];
  events: StanceEvent[];
}

export function selectEvents(
  dataset: { meta: DatasetMeta; groups: readonly ActorGroup[]; actors: readonly Actor[] },
  chosen: readonly StanceEvent[],
): DatasetParts {
  const ids = new Set(chosen.map((e) => e.id));
  const events = [...chosen].sort(compareEvents).map((e) => {
    const relations = e.relations.filter((r) => ids.has(r.target));
    return relations.length === e.relations.length ? e : { ...e, relations };
  });
  const all = dataset.meta.stories ?? [];
  const stories = all.filter((story) =>
    story.steps.every(
      (step) =>
        step.events.every((id) => ids.has(id)) &&
        (step.view.event === undefined || ids.has(step.view.event)),
    ),
  );
  return {
    meta: stories.length === all.length ? dataset.meta : { ...dataset.meta, stories },
    groups: [...dataset.groups],
    actors: [...dataset.actors],
    events,
  };
}
