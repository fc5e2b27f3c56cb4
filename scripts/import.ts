/**
 * `npm run import -- <file> --out data/<id> [--force]` converts a TimelineJS JSON file, a
 * TimelineJS spreadsheet saved as CSV, the Stanceline CSV template (or a bundle) into a dataset
 * folder, through the same code the app uses when a reader opens the file, then validates the
 * folder. A folder directly under data/ is also listed in data/datasets.json, so the app offers
 * it at once (`?dataset=<id>`). An existing folder is only replaced with --force.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetIndexSchema } from '../src/domain/schema';
import { formatProblem, validateDatasetTexts } from '../src/domain/validate';
import { folderValuesFromBundle } from '../src/formats/bundle';
import { importText } from '../src/formats/import-record';
import { decodeText, encodingNote } from '../src/formats/decode-text';
import { describeImport, withNote } from '../src/formats/import-summary';
import { slugify } from '../src/formats/slug';
import { dataDir, isFile, readFolderTexts, shown, writeFolder } from './folder-io';

function usage(): number {
  console.error('usage: npm run import -- <file.json|file.csv> --out data/<id> [--force]');
  return 2;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Lists the dataset in data/datasets.json, unless it is there already. */
function listInIndex(id: string, title: string): boolean {
  const path = join(dataDir, 'datasets.json');
  const index = datasetIndexSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  if (index.datasets.some((d) => d.id === id)) return false;
  index.datasets.push({ id, title });
  writeFileSync(path, `${JSON.stringify(index, null, 2)}\n`);
  return true;
}

function main(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { out: { type: 'string' }, force: { type: 'boolean' } },
      allowPositionals: true,
    });
  } catch {
    return usage();
  }
  const { out, force = false } = parsed.values;
  const [input, ...extra] = parsed.positionals;
  if (!input || !out || extra.length > 0) return usage();
  const source = resolve(process.cwd(), input);
  if (!isFile(source)) {
    console.error(`${input}: no such file`);
    return 2;
  }
  const folder = resolve(process.cwd(), out);
  const id = basename(folder);
  if (slugify(id) !== id) {
    console.error(`${out}: the folder name is the dataset id; use lowercase letters, digits and -`);
    return 2;
  }
  if (existsSync(folder) && !force) {
    console.error(`${shown(folder)} exists; add --force to replace its files`);
    return 1;
  }

  const { text, encoding } = decodeText(readFileSync(source));
  const result = importText(text, {
    name: basename(source),
    today: isoDay(new Date()),
    modified: isoDay(statSync(source).mtime),
    id,
  });
  if (!result.ok) {
    for (const p of result.problems) console.error(formatProblem(p));
    const n = result.problems.length;
    console.error(`\n${n} problem${n === 1 ? '' : 's'}: nothing written.`);
    return 1;
  }

  const values = folderValuesFromBundle({
    ...result.bundle,
    dataset: { ...(result.bundle.dataset as object), id },
  });
  writeFolder(folder, values);
  // The folder as written, read back and validated like any other.
  const check = validateDatasetTexts(readFolderTexts(folder));
  if (!check.ok) {
    for (const p of check.problems)
      console.error(formatProblem({ ...p, file: `${shown(folder)}/${p.file}` }));
    return 1;
  }
  const note = encodingNote(encoding);
  console.log(`${describeImport(note ? withNote(result.summary, note) : result.summary)}.`);
  console.log(`wrote ${shown(folder)}/ (dataset.json, actors.json, events.json): valid`);
  if (result.summary.unsourced > 0) {
    console.log(
      `note: ${result.summary.unsourced} events have no source; the app says so on each of them. Add sources before publishing.`,
    );
  }
  if (dirname(folder) === dataDir && listInIndex(id, check.dataset.meta.title)) {
    console.log(`listed in data/datasets.json: open it with ?dataset=${id}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
