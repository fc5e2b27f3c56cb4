/**
 * `npm run migrate -- <folder> …` rewrites dataset folders of an older schema version in the
 * current one (src/domain/migrate.ts does the work; the app and the validator do the same in
 * memory, so this is only for authors who want their files moved on). A folder is written only
 * when the migrated files pass validation; a folder already current is left untouched.
 */
import { resolve } from 'node:path';
import { needsMigration, migrateDataset, schemaVersionOf } from '../src/domain/migrate.ts';
import {
  formatProblem,
  parseJson,
  validateDatasetValues,
  DATASET_FILES,
} from '../src/domain/validate.ts';
import type { FolderValues } from '../src/domain/bundle.ts';
import { readFolderTexts, shown, writeFolder } from './folder-io.ts';

function migrateFolder(folder: string): boolean {
  const label = shown(folder);
  const texts = readFolderTexts(folder);
  const values: FolderValues = {};
  for (const file of DATASET_FILES) {
    const text = texts[file];
    if (text === undefined) {
      console.error(`${label}/${file}: is missing`);
      return false;
    }
    const json = parseJson(file, text);
    if (!json.ok) {
      console.error(`${label}/${formatProblem(json.problem)}`);
      return false;
    }
    values[file] = json.value;
  }
  if (!needsMigration(values)) {
    const version = schemaVersionOf(values['dataset.json']);
    console.log(`${label}: schema version ${version ?? '(none)'}, nothing to migrate`);
    return true;
  }
  const migrated = migrateDataset(values);
  const result = validateDatasetValues(migrated);
  if (!result.ok) {
    for (const p of result.problems) console.error(`${label}/${formatProblem(p)}`);
    console.error(`${label}: not written; fix the problems above, then migrate again`);
    return false;
  }
  writeFolder(folder, migrated);
  console.log(
    `${label}: migrated to schema version ${schemaVersionOf(migrated['dataset.json'])}; summaries and caveats are now sentences without citations (npm run validate -- --strict ${label} lists them)`,
  );
  return true;
}

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error('usage: npm run migrate -- <dataset folder> …');
  process.exitCode = 1;
} else {
  const ok = folders.map((f) => migrateFolder(resolve(process.cwd(), f)));
  process.exitCode = ok.every(Boolean) ? 0 : 1;
}
