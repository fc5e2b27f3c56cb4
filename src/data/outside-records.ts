/**
 * Opening a record that is not a built-in dataset: a hosted file (`?src=`) or a file kept in this
 * browser (`?file=`), through the same import as a file someone picks. Loaded only when such a
 * record is asked for (record-queries.ts).
 */
import { fileNameOfUrl } from '../formats/file-name';
import { DatasetError } from './dataset-queries';
import { FetchError, fetchText } from './fetch-text';
import { hostedFetchError } from './hosted-errors';
import { importOffThread } from './import-off-thread';
import { readRecentFile, touchFile } from './recent-files';
import { todayIso, type LoadedRecord } from './record-queries';

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
