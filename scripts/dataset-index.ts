/**
 * The dataset index as the app sees it: the committed `data/datasets.json` plus the entries of
 * generated datasets, which `npm run gen:stress` lists in `data/datasets.generated.json`. That
 * overlay is git-ignored like the generated folders themselves, so generating data never changes
 * a committed file; the dev server and the build serve both lists merged as `data/datasets.json`.
 * Deleting the overlay (or `npm run gen:stress -- --remove <id>`) undoes it.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetIndexSchema, type DatasetIndex } from '../src/domain/schema.ts';
import { parseJson, type Problem } from '../src/domain/validate.ts';

export const INDEX_FILE = 'datasets.json';
export const GENERATED_INDEX_FILE = 'datasets.generated.json';

export type IndexEntry = DatasetIndex['datasets'][number];

export interface DatasetIndexes {
  /** Entries of the committed index, the curated datasets. */
  committed: IndexEntry[];
  /** Entries of generated datasets, from the overlay; [] when there is none. */
  generated: IndexEntry[];
  problems: Problem[];
}

function readIndexFile(
  dataDir: string,
  file: string,
): { entries: IndexEntry[]; problems: Problem[] } {
  const path = join(dataDir, file);
  if (!existsSync(path)) return { entries: [], problems: [] };
  const json = parseJson(file, readFileSync(path, 'utf8'));
  if (!json.ok) return { entries: [], problems: [json.problem] };
  const index = datasetIndexSchema.safeParse(json.value);
  if (!index.success) {
    const problems = index.error.issues.map((i) => ({
      file,
      path: i.path.join('.'),
      message: i.message,
    }));
    return { entries: [], problems };
  }
  return { entries: index.data.datasets, problems: [] };
}

export function readDatasetIndexes(dataDir: string): DatasetIndexes {
  const committed = readIndexFile(dataDir, INDEX_FILE);
  const generated = readIndexFile(dataDir, GENERATED_INDEX_FILE);
  const problems = [...committed.problems, ...generated.problems];
  if (!existsSync(join(dataDir, INDEX_FILE))) {
    problems.unshift({ file: INDEX_FILE, path: '', message: 'is missing' });
  }
  // A curated dataset keeps its place and its title if a generated one reuses its id.
  const curated = new Set(committed.entries.map((d) => d.id));
  return {
    committed: committed.entries,
    generated: generated.entries.filter((d) => !curated.has(d.id)),
    problems,
  };
}

/**
 * The index the app fetches: curated datasets first (the first one is the default), then the
 * generated ones. Keeps the committed file's `$schema` line.
 */
export function mergedIndexText(dataDir: string): string {
  const { committed, generated } = readDatasetIndexes(dataDir);
  const raw = readFileSync(join(dataDir, INDEX_FILE), 'utf8');
  if (generated.length === 0) return raw;
  const index = JSON.parse(raw) as DatasetIndex;
  return `${JSON.stringify({ ...index, datasets: [...committed, ...generated] }, null, 2)}\n`;
}

/** Adds or replaces a generated dataset's entry in the overlay. */
export function listGenerated(dataDir: string, entry: IndexEntry): void {
  const { generated } = readDatasetIndexes(dataDir);
  const datasets = [...generated.filter((d) => d.id !== entry.id), entry];
  writeFileSync(join(dataDir, GENERATED_INDEX_FILE), `${JSON.stringify({ datasets }, null, 2)}\n`);
}

/** Removes a generated dataset's entry; deletes the overlay when it was the last one. */
export function unlistGenerated(dataDir: string, id: string): void {
  const { generated } = readDatasetIndexes(dataDir);
  const datasets = generated.filter((d) => d.id !== id);
  const path = join(dataDir, GENERATED_INDEX_FILE);
  if (datasets.length === 0) rmSync(path, { force: true });
  else writeFileSync(path, `${JSON.stringify({ datasets }, null, 2)}\n`);
}
