/**
 * The JSON download: the selection as one self-contained file that Stanceline can open again.
 * Kept apart from the menu so that the format has one place to change.
 */
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { selectEvents } from '../domain/selection';

export function datasetJson(dataset: Dataset, events: readonly StanceEvent[]): string {
  const parts = selectEvents(dataset, events);
  return `${JSON.stringify(
    {
      dataset: parts.meta,
      actors: { groups: parts.groups, actors: parts.actors },
      events: { events: parts.events },
    },
    null,
    2,
  )}\n`;
}
