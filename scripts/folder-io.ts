/**
 * Reading and writing dataset folders and bundles on disk, shared by the validate, bundle and
 * import commands.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DATASET_FILES, type DatasetTexts } from '../src/domain/validate';
import type { FolderValues } from '../src/domain/bundle';

export const repoRoot = resolve(import.meta.dirname, '..');
export const dataDir = join(repoRoot, 'data');

/** The folder's three files as text; a missing file stays missing, for the validator to name. */
export function readFolderTexts(folder: string): DatasetTexts {
  const texts: DatasetTexts = {};
  for (const file of DATASET_FILES) {
    const path = join(folder, file);
    if (existsSync(path)) texts[file] = readFileSync(path, 'utf8');
  }
  return texts;
}

export function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

export function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** The `$schema` pointer from a file at `path` to the bundle's JSON Schema in this repository. */
export function bundleSchemaRef(path: string): string {
  const target = join(dataDir, 'schema', 'bundle.schema.json');
  return relative(dirname(resolve(path)), target)
    .split('\\')
    .join('/');
}

/** Writes the folder's three files, pretty-printed, creating the folder if needed. */
export function writeFolder(folder: string, values: FolderValues): void {
  mkdirSync(folder, { recursive: true });
  for (const file of DATASET_FILES) {
    writeFileSync(join(folder, file), `${JSON.stringify(values[file], null, 2)}\n`);
  }
}

/** A path as the person typed it would read it: relative to the repository when inside it. */
export function shown(path: string): string {
  const rel = relative(repoRoot, resolve(path));
  return rel && !rel.startsWith('..') ? rel : path;
}
