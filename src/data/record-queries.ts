/**
 * Records that are not built-in datasets: a hosted file (`?src=`) and a file opened from this
 * device (`?file=`). Both go through the same import as a file someone picks (`importText`), so
 * they are converted and validated by the same code as everything else, and a bad one becomes a
 * query error carrying the validator's problems.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../domain/validate';
import type { FileFormat } from '../formats/detect';
import { fileNameOfUrl } from '../formats/file-name';
import type { ImportSummary } from '../formats/import-summary';
import { DatasetError } from './dataset-queries';
import { FetchError, fetchText, retryDelay, shouldRetry } from './fetch-text';
import { hostedFetchError } from './hosted-errors';
import { importOffThread } from './import-off-thread';
import { listRecentFiles, readRecentFile, touchFile } from './recent-files';

export type Provenance =
  | { kind: 'bundled' }
  | {
      kind: 'hosted';
      url: string;
      name: string;
      format: FileFormat;
      summary: ImportSummary;
    }
  | {
      kind: 'local';
      key: string;
      name: string;
      format: FileFormat;
      summary: ImportSummary;
    };

export interface LoadedRecord {
  dataset: Dataset;
  provenance: Provenance;
}

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** A file that is not in this browser: opened elsewhere, or forgotten. */
export class MissingFileError extends Error {
  constructor() {
    super(
      'This link opens a file that was opened in another browser, or that has been forgotten here. Files opened from a device stay in the browser that opened them and are never uploaded. Open the file again, or ask for it as a Stanceline bundle or a hosted link.',
    );
    this.name = 'MissingFileError';
  }
}

export async function fetchHostedRecord(url: string, signal?: AbortSignal): Promise<LoadedRecord> {
  const name = fileNameOfUrl(url);
  let text: string;
  try {
    text = (await fetchText(url, { signal, file: url })).text;
  } catch (err) {
    throw err instanceof FetchError ? hostedFetchError(err, url) : err;
  }
  const { result } = await importOffThread(text, { name, today: todayIso() }, { signal });
  if (!result.ok)
    throw new DatasetError(`The file at ${url} could not be opened.`, result.problems);
  const { dataset, summary, format } = result;
  return { dataset, provenance: { kind: 'hosted', url, name, format, summary } };
}

export async function loadLocalRecord(key: string, signal?: AbortSignal): Promise<LoadedRecord> {
  const stored = await readRecentFile(key).catch(() => undefined);
  if (!stored) throw new MissingFileError();
  const { entry, text } = stored;
  const { result } = await importOffThread(
    text,
    {
      name: entry.name,
      today: entry.importedOn,
      ...(entry.modified ? { modified: entry.modified } : {}),
    },
    { signal },
  );
  if (!result.ok) {
    throw new DatasetError(`The file ${entry.name} could not be opened.`, result.problems);
  }
  void touchFile(key, new Date().toISOString()).catch(() => undefined);
  const { dataset, summary, format } = result;
  return { dataset, provenance: { kind: 'local', key, name: entry.name, format, summary } };
}

export const hostedRecordQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['record', 'hosted', url],
    queryFn: ({ signal }) => fetchHostedRecord(url, signal),
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
  });

export const localRecordQueryOptions = (key: string) =>
  queryOptions({
    queryKey: ['record', 'local', key],
    queryFn: ({ signal }) => loadLocalRecord(key, signal),
    staleTime: Infinity,
    retry: false,
  });

export const recentFilesQueryOptions = () =>
  queryOptions({
    queryKey: ['recent-files'],
    // A browser that keeps nothing (storage blocked) simply has no recent files.
    queryFn: () => listRecentFiles().catch(() => []),
    staleTime: Infinity,
  });
