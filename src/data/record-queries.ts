/**
 * Records that are not built-in datasets: a hosted file (`?src=`) and a file opened from this
 * device (`?file=`). Both go through the same import as a file someone picks (`importText`), so
 * they are converted and validated by the same code as everything else, and a bad one becomes a
 * query error carrying the validator's problems.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Dataset } from '../domain/validate';
import type { FileFormat } from '../formats/detect';
import type { ImportSummary } from '../formats/import-summary';
import { loadPart } from '../ui/load-part';
import { retryDelay, shouldRetry } from './fetch-text';

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

/**
 * The code that opens a hosted or a local record (outside-records.ts): loaded when such a record
 * is asked for, so a built-in dataset's first view never waits for it.
 */
const outsideRecords = () => loadPart(() => import('./outside-records'), 'opening this file');

export const hostedRecordQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['record', 'hosted', url],
    queryFn: ({ signal }) => outsideRecords().then((m) => m.fetchHostedRecord(url, signal)),
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
  });

export const localRecordQueryOptions = (key: string) =>
  queryOptions({
    queryKey: ['record', 'local', key],
    queryFn: ({ signal }) => outsideRecords().then((m) => m.loadLocalRecord(key, signal)),
    staleTime: Infinity,
    retry: false,
  });

export const recentFilesQueryOptions = () =>
  queryOptions({
    queryKey: ['recent-files'],
    // A browser that keeps nothing (storage blocked) simply has no recent files.
    queryFn: () => import('./recent-files').then((m) => m.listRecentFiles()).catch(() => []),
    staleTime: Infinity,
  });
