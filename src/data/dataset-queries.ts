/**
 * Dataset queries: fetch the files of a dataset folder and validate them inside the query
 * function, so bad data becomes a query error carrying the validator's messages.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { datasetIndexSchema, type DatasetIndex } from '../domain/schema';
import {
  DATASET_FILES,
  formatProblem,
  parseJson,
  validateDatasetTexts,
  type Dataset,
  type DatasetTexts,
  type Problem,
} from '../domain/validate';

/** A failure the UI can explain: what went wrong, and the validator's problems if any. */
export class DatasetError extends Error {
  readonly problems: Problem[];
  readonly kind: 'network' | 'invalid';
  constructor(kind: 'network' | 'invalid', message: string, problems: Problem[] = []) {
    super(message);
    this.name = 'DatasetError';
    this.kind = kind;
    this.problems = problems;
  }
  get lines(): string[] {
    return this.problems.map(formatProblem);
  }
}

/** Resolved against the page, so the app works under any sub-path. */
export function dataUrl(path: string): string {
  return new URL(`data/${path}`, document.baseURI).toString();
}

async function fetchText(path: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(dataUrl(path), { signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new DatasetError(
      'network',
      `Could not reach data/${path}. Check your connection and try again.`,
    );
  }
  if (!response.ok) {
    throw new DatasetError('network', `Could not load data/${path} (HTTP ${response.status}).`);
  }
  return response.text();
}

export async function fetchDatasetIndex(signal?: AbortSignal): Promise<DatasetIndex> {
  const file = 'datasets.json';
  const json = parseJson(file, await fetchText(file, signal));
  if (!json.ok)
    throw new DatasetError('invalid', 'The list of datasets is broken.', [json.problem]);
  const parsed = datasetIndexSchema.safeParse(json.value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({
      file,
      path: i.path.join('.'),
      message: i.message,
    }));
    throw new DatasetError('invalid', 'The list of datasets is broken.', problems);
  }
  return parsed.data;
}

export async function fetchDataset(id: string, signal?: AbortSignal): Promise<Dataset> {
  const texts: DatasetTexts = {};
  await Promise.all(
    DATASET_FILES.map(async (file) => {
      texts[file] = await fetchText(`${id}/${file}`, signal);
    }),
  );
  const result = validateDatasetTexts(texts);
  if (!result.ok) {
    throw new DatasetError(
      'invalid',
      `The dataset "${id}" did not pass validation.`,
      result.problems,
    );
  }
  return result.dataset;
}

export const datasetIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['datasets'],
    queryFn: ({ signal }) => fetchDatasetIndex(signal),
    staleTime: Infinity,
  });

export const datasetQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['dataset', id],
    queryFn: ({ signal }) => fetchDataset(id, signal),
    staleTime: Infinity,
    // Invalid data will not fix itself on retry; a network failure might.
    retry: (count, error) => error instanceof DatasetError && error.kind === 'network' && count < 2,
  });

export const useDatasetIndex = () => useQuery(datasetIndexQueryOptions());
export const useDataset = (id: string | undefined) =>
  useQuery({ ...datasetQueryOptions(id ?? ''), enabled: id !== undefined });
