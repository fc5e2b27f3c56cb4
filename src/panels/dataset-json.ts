/**
 * The JSON download: the selection as a Stanceline bundle, one self-contained file that
 * Stanceline (and `npm run validate`) opens again.
 */
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { bundleFromDataset, serializeBundle } from '../formats/bundle';

export function datasetJson(dataset: Dataset, events: readonly StanceEvent[]): string {
  return serializeBundle(bundleFromDataset(dataset, events));
}
