/**
 * The Download menu's files, loaded when one is first chosen: the CSV table and the Stanceline
 * bundle, with what they need (footnotes, CSV quoting, bundle serialisation), are never part of
 * the first view. The image code is larger still and loads only when an image is asked for.
 */
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { eventsToCsv, exportFileName } from '../domain/event-export';
import { downloadBlob, downloadFile } from '../ui/download-file';
import type { ImageRequest } from '../export/make-image';
import { loadPart } from '../ui/load-part';
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

/** The view as an SVG or PNG image (PNG at twice the size on screen), saved as a file. */
export async function downloadImage(
  request: ImageRequest,
  format: 'svg' | 'png',
  day: string,
): Promise<void> {
  const { makeChartSvg, svgToPng } = await loadPart(() => import('../export/make-image'), 'images');
  const svg = await makeChartSvg(request);
  const name = exportFileName(request.dataset.meta.id, 'timeline', day, format);
  if (format === 'svg') downloadBlob(name, new Blob([svg.svg], { type: 'image/svg+xml' }));
  else downloadBlob(name, await svgToPng(svg, 2));
}
