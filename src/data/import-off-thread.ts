/**
 * Imports a file's text — detect, convert, validate — in a Web Worker when it is large, so that
 * opening a 50,000-slide TimelineJS file or a 100,000-row sheet never freezes the page: the
 * reader can still scroll, read and cancel meanwhile. Small files are imported on the page, where
 * starting a worker (with its own copy of the converters) would cost more than it saves. Both
 * run `importText`, so both give the same record and the same messages.
 */
import type { ImportOptions } from '../formats/import-record';
import { fileKey } from './file-key';
import { withoutBundle, type ImportRequest, type ImportedText } from './import-protocol';
import { WORKER_THRESHOLD_CHARS } from './worker-threshold';
import { requestWorker } from './worker-request';

/**
 * The converters (with their CSV and HTML parsers) load only when a record that needs them is
 * opened, so a reader of the built-in datasets never downloads them.
 */
export const loadImporter = () => import('../formats/import-record');

export interface ImportOffThreadOptions {
  signal?: AbortSignal | undefined;
  /** Characters above which the worker is used; the same as for built-in datasets. */
  threshold?: number;
}

async function importHere(text: string, options: ImportOptions): Promise<ImportedText> {
  const { importText } = await loadImporter();
  return { result: withoutBundle(importText(text, options)), key: fileKey(text) };
}

export function importOffThread(
  text: string,
  options: ImportOptions,
  { signal, threshold = WORKER_THRESHOLD_CHARS }: ImportOffThreadOptions = {},
): Promise<ImportedText> {
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  if (typeof Worker === 'undefined' || text.length < threshold) return importHere(text, options);
  const { onProgress, ...rest } = options;
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'import-file',
  });
  const request: ImportRequest = { text, options: rest };
  return requestWorker(worker, request, {
    signal,
    onProgress,
    result: (reply: { imported: ImportedText }) => reply.imported,
    errorMessage: (message) => message,
    // A worker that cannot start must not leave the file unopened: import it here instead.
    fallback: () => importHere(text, options),
  });
}
