/**
 * The build's record of the data it checked (see src/data/checked-data.ts). For each curated
 * dataset (committed under data/ and listed in data/datasets.json) — and for the generated ones
 * named in STANCELINE_CHECKED_DATA (below) — the build serves the validator's own output as the three files — the same records with the
 * schema's defaults written out, in the schema's order — and names each served file's SHA-256
 * in index.html, with the dataset index's. The page parses a file with that digest without the
 * schema. A dataset whose output the page would not read back exactly as the validator does is
 * served as written and left to be validated on the page.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateDataset } from '../src/domain/migrate.ts';
import { actorsFileSchema, datasetFileSchema, eventsFileSchema } from '../src/domain/schema.ts';
import {
  DATASET_FILES,
  parseDatasetTexts,
  validateDatasetTexts,
  type Dataset,
  type DatasetTexts,
} from '../src/domain/validate.ts';
import { checkedDataContent, datasetFromChecked } from '../src/data/checked-data.ts';
import { validateIndex } from '../src/data/validate-index.ts';
import { INDEX_FILE, mergedIndexText, readDatasetIndexes } from './dataset-index.ts';

const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The fields of a dataset the page uses, in order, to compare two readings exactly. */
const sameDataset = (a: Dataset, b: Dataset) =>
  asJson([a.meta, a.groups, a.actors, a.events]) === asJson([b.meta, b.groups, b.actors, b.events]);

/**
 * The files as the validator outputs them, or null when the texts are invalid, come from a
 * converted record, or would not read back as the validator reads them.
 */
export function checkedTexts(texts: DatasetTexts, compact = false): DatasetTexts | null {
  const result = validateDatasetTexts(texts);
  const parsed = parseDatasetTexts(texts);
  if (!result.ok || !parsed.ok) return null;
  const values = migrateDataset(parsed.values);
  const meta = datasetFileSchema.safeParse(values['dataset.json']);
  const actors = actorsFileSchema.safeParse(values['actors.json']);
  const events = eventsFileSchema.safeParse(values['events.json']);
  if (!meta.success || !actors.success || !events.success || meta.data.origin) return null;
  const write = compact ? (value: unknown) => `${JSON.stringify(value)}\n` : asJson;
  const out: DatasetTexts = {
    'dataset.json': write(meta.data),
    'actors.json': write(actors.data),
    'events.json': write(events.data),
  };
  // The page's reading of the files (a plain parse) must be the validator's reading of them,
  // and both the validator's reading of the files as written.
  const again = validateDatasetTexts(out);
  if (!again.ok || !sameDataset(again.dataset, result.dataset)) return null;
  return sameDataset(datasetFromChecked(out), result.dataset) ? out : null;
}

/**
 * The generated datasets to serve as checked data too: none by default; with
 * `STANCELINE_CHECKED_DATA=all`, every generated dataset in data/ at build time; or a
 * comma-separated list of their ids. A deployed large record then opens without being validated
 * again on every visit (its digest proves it is what the build checked); a generated dataset
 * left out, a reader's own file and a hosted one are validated on the page, in the worker.
 */
export function generatedToCheck(
  generated: readonly string[],
  setting: string | undefined = process.env.STANCELINE_CHECKED_DATA,
): string[] {
  const wanted = (setting ?? '').split(',').map((id) => id.trim());
  if (wanted.includes('all')) return [...generated];
  return generated.filter((id) => wanted.includes(id));
}

/** The datasets the build means to serve as checked: the curated ones and those asked for. */
export function datasetsToCheck(dataDir: string, setting?: string): string[] {
  const { committed, generated } = readDatasetIndexes(dataDir);
  return [
    ...committed.map(({ id }) => id),
    ...generatedToCheck(
      generated.map(({ id }) => id),
      setting ?? process.env.STANCELINE_CHECKED_DATA,
    ),
  ];
}

export interface CheckedData {
  /** The text to serve for a file, by path under data/, where it differs from the file. */
  served: Map<string, string>;
  /** The content of the meta tag that names the digests (src/data/checked-data.ts). */
  meta: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function checkedData(dataDir: string, setting?: string): CheckedData {
  const served = new Map<string, string>();
  const digests = new Map<string, string>();
  const index = mergedIndexText(dataDir);
  const indexJson = JSON.parse(index) as unknown;
  const indexCheck = validateIndex(INDEX_FILE, indexJson);
  if (indexCheck.ok && asJson(indexCheck.index) === asJson(indexJson)) {
    digests.set(INDEX_FILE, sha256(index));
  }
  const curated = new Set(readDatasetIndexes(dataDir).committed.map(({ id }) => id));
  for (const id of datasetsToCheck(dataDir, setting)) {
    const texts: DatasetTexts = {};
    for (const file of DATASET_FILES) texts[file] = readFileSync(join(dataDir, id, file), 'utf8');
    // A generated record is written without indentation: at 10,000 events indenting nearly
    // doubles the file the page downloads, hashes and parses. Curated files stay readable.
    const checked = checkedTexts(texts, !curated.has(id));
    if (!checked) continue;
    for (const file of DATASET_FILES) {
      const text = checked[file]!;
      served.set(`${id}/${file}`, text);
      digests.set(`${id}/${file}`, sha256(text));
    }
  }
  return { served, meta: checkedDataContent(digests) };
}
