/**
 * The Download menu's data files, loaded when one is first chosen: the CSV table and the
 * Stanceline bundle, with what they need (footnotes, CSV quoting, bundle serialisation), are
 * never part of the first view.
 */
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { eventsToCsv, exportFileName } from '../domain/event-export';
import { downloadFile } from '../ui/download-file';
import { datasetJson } from './dataset-json';

/** `scope` names the file: every event, or the events the filters let through. */
export type DownloadScope = 'events' | 'events-shown';

export function downloadCsv(
  dataset: Dataset,
  events: readonly StanceEvent[],
  eventLink: (eventId: string) => string,
  scope: DownloadScope,
  day: string,
): void {
  downloadFile(
    exportFileName(dataset.meta.id, scope, day, 'csv'),
    eventsToCsv(dataset, events, eventLink),
    'text/csv;charset=utf-8',
  );
}

export function downloadJson(
  dataset: Dataset,
  events: readonly StanceEvent[],
  scope: DownloadScope,
  day: string,
): void {
  downloadFile(
    exportFileName(dataset.meta.id, scope, day, 'stanceline.json'),
    datasetJson(dataset, events),
    'application/json',
  );
}
