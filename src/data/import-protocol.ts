/**
 * What the page and the import worker say to each other, in a module of its own: the worker
 * imports the converters statically, and must not pull in the page's side, which loads them
 * lazily (one module both ways would keep the converters in one chunk with everything else).
 */
import type { ImportOptions, ImportProgress, ImportResult } from '../formats/import-record';
import type { WorkerReplyOf } from './worker-request';

/** What the worker is asked: the options without the callback, which cannot cross. */
export interface ImportRequest {
  text: string;
  options: Omit<ImportOptions, 'onProgress'>;
}

/**
 * An import's result as the page keeps it: without the raw bundle, which would double what
 * crosses from the worker (a bundle of the record is made from the dataset when one is saved).
 */
export type ImportedRecord =
  Omit<Extract<ImportResult, { ok: true }>, 'bundle'> | Extract<ImportResult, { ok: false }>;

export function withoutBundle(result: ImportResult): ImportedRecord {
  if (!result.ok) return result;
  const { format, dataset, summary } = result;
  return { ok: true, format, dataset, summary };
}

export interface ImportedText {
  result: ImportedRecord;
  /** The key a local file is kept and linked under (`?file=`): a hash of its text. */
  key: string;
}

export type ImportWorkerReply = WorkerReplyOf<ImportProgress, { imported: ImportedText }>;
