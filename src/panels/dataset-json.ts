/**
 * The JSON download: the selection as a Stanceline bundle, one self-contained file that
 * Stanceline (and `npm run validate`) opens again. Stories that need an event left out are
 * dropped first, so the bundle of any selection validates on its own.
 */
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { selectEvents } from '../domain/selection';
import { bundleFromDataset, serializeBundle } from '../formats/bundle';

export function datasetJson(dataset: Dataset, events: readonly StanceEvent[]): string {
  const { meta } = selectEvents(dataset, events);
  return serializeBundle(bundleFromDataset({ ...dataset, meta }, events));
}
