/**
 * Dataset queries: fetch the files of a dataset folder and validate them inside the query
 * function, so bad data becomes a query error carrying the validator's messages.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DatasetIndex } from '../domain/schema';
import { fetchText as fetchDataText, retryDelay, shouldRetry } from './fetch-text';
import { noteFetched } from './saved-copies';
import { keepOfflineCopy, keepsOfflineCopies } from './offline-copies';
import { trackLoad } from './load-progress';
import type { DatasetValidation } from './validate-off-thread';
import { loadPart } from '../ui/load-part';
import type { Dataset, Problem } from '../domain/validate';
import { DATASET_FILES, parseJson, type DatasetTexts } from '../domain/validate-files';
import { areChecked, datasetFromChecked, indexFromChecked, namedChecked } from './checked-data';

/** Data that arrived but is not a valid dataset, with the validator's problems. Network
 * failures are FetchErrors (fetch-text.ts), each kind with its own message. */
export class DatasetError extends Error {
  readonly problems: Problem[];
  readonly kind = 'invalid';
  constructor(message: string, problems: Problem[] = []) {
    super(message);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

/** Resolved against the page, so the app works under any sub-path. */
export function dataUrl(path: string): string {
  return new URL(`data/${path}`, document.baseURI).toString();
}

async function fetchFile(
  path: string,
  signal?: AbortSignal,
  onResponse?: (response: Response) => void,
  bytes = false,
): Promise<{ text: string; bytes?: ArrayBuffer; early?: true }> {
  const url = dataUrl(path);
  // Before the offline worker controls the page, the file is kept as it passes, for the worker's
  // cache (offline-copies.ts): the bytes as they arrived, and the response's headers.
  const keep = keepsOfflineCopies();
  let response: Response | undefined;
  const fetched = await fetchDataText(url, {
    signal,
    file: `data/${path}`,
    bytes: bytes || keep,
    onResponse: (r) => {
      response = r;
      onResponse?.(r);
    },
  });
  if (keep && response && fetched.bytes && !fetched.cachedAt)
    keepOfflineCopy(url, response, fetched.bytes);
  // For "Offline — showing the copy from…": whether the worker's cache answered, and its age.
  noteFetched(url, fetched.cachedAt);
  return fetched;
}

async function fetchText(path: string, signal?: AbortSignal): Promise<string> {
  return (await fetchFile(path, signal)).text;
}

export async function fetchDatasetIndex(signal?: AbortSignal): Promise<DatasetIndex> {
  const file = 'datasets.json';
  const text = await fetchText(file, signal);
  // The index the build wrote and checked needs no schema (checked-data.ts).
  if (await areChecked([[file, text]])) return indexFromChecked(text);
  const json = parseJson(file, text);
  if (!json.ok) throw new DatasetError('The list of datasets is broken.', [json.problem]);
  const { validateIndex } = await import('./validate-index');
  const checked = validateIndex(file, json.value);
  if (!checked.ok) throw new DatasetError('The list of datasets is broken.', checked.problems);
  return checked.index;
}

/**
 * The code that validates a dataset (in a worker when it is large), fetched only for data the
 * build did not check: the first view of a deployed dataset does not wait for it.
 */
const loadValidation = (): Promise<DatasetValidation> =>
  // The files it imports download alongside it, not once it has arrived and run: on a busy
  // page that second trip took longer than the worker's whole check of 10,000 events
  // (scripts/preload-deps.ts).
  loadPart(() => import('./validate-off-thread'), 'checking the data').then((m) =>
    m.datasetValidation(),
  );

export async function fetchDataset(id: string, signal?: AbortSignal): Promise<Dataset> {
  const progress = trackLoad(id, DATASET_FILES);
  // Files the build checked are only parsed: no worker is started for them while they download.
  const checked = namedChecked(DATASET_FILES.map((file) => `${id}/${file}`));
  // Large datasets are parsed and checked in a worker, started as soon as a file turns out to
  // be large while it downloads; the page stays responsive meanwhile. Each response is copied
  // as it arrives, for the validation's code to look at once it has loaded.
  let validation = checked ? null : loadValidation();
  validation?.catch(() => undefined); // said when it is used, below
  const sawResponse = (response: Response) => {
    const copy = response.clone();
    void validation?.then(
      (v) => v.sawResponse(copy),
      () => undefined,
    );
  };
  try {
    const texts: DatasetTexts = {};
    // For files the build checked, the bytes as they arrived, whose digest is compared.
    const bodies = new Map<string, ArrayBuffer>();
    // Whether every text came from the page's first script's requests, whose worker checks them.
    let early = true;
    await Promise.all(
      DATASET_FILES.map(async (file) => {
        const onResponse = checked ? undefined : sawResponse;
        const fetched = await fetchFile(`${id}/${file}`, signal, onResponse, checked);
        texts[file] = fetched.text;
        if (fetched.bytes) bodies.set(file, fetched.bytes);
        early &&= fetched.early === true;
        progress.downloaded();
      }),
    );
    // A dataset as the build checked it is only parsed (checked-data.ts). The digests are
    // computed off the main thread while the texts are parsed; the parse is used only if they
    // match (a file replaced since the build, even with invalid JSON, is validated below).
    if (checked) {
      const verdict = areChecked(
        DATASET_FILES.map((file) => [`${id}/${file}`, bodies.get(file) ?? texts[file]] as const),
      );
      let dataset: Dataset | null = null;
      try {
        dataset = datasetFromChecked(texts);
      } catch {
        dataset = null;
      }
      if ((await verdict) && dataset) return dataset;
    }
    validation ??= loadValidation();
    const result = await (
      await validation
    ).validate(texts, { signal, onProgress: progress.validating, early });
    if (!result.ok) {
      throw new DatasetError(`The dataset "${id}" did not pass validation.`, result.problems);
    }
    return result.dataset;
  } finally {
    void validation?.then(
      (v) => v.dispose(),
      () => undefined,
    );
    progress.end();
  }
}

export const datasetIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['datasets'],
    queryFn: ({ signal }) => fetchDatasetIndex(signal),
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
    // Always try: a service worker may answer from its cache while the browser is offline.
    networkMode: 'offlineFirst',
  });

export const datasetQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['dataset', id],
    queryFn: ({ signal }) => fetchDataset(id, signal),
    staleTime: Infinity,
    // Timeouts, resets and server errors are retried with backoff; invalid data, a missing file
    // or a refusal will not fix themselves.
    retry: shouldRetry,
    retryDelay,
    networkMode: 'offlineFirst',
  });

export const useDatasetIndex = () => useQuery(datasetIndexQueryOptions());
export const useDataset = (id: string | undefined) =>
  useQuery({ ...datasetQueryOptions(id ?? ''), enabled: id !== undefined });
