/**
 * `npm run bundle -- data/<id> [--out <file>]` writes the dataset folder as one Stanceline
 * bundle (default: `<id>.stanceline.json` in the current directory). The folder is validated
 * first; an invalid folder is reported, not bundled.
 */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, parseJson, validateDatasetValues } from '../src/domain/validate';
import type { FolderValues } from '../src/domain/bundle';
import { bundleFileName, bundleFromFolderValues, serializeBundle } from '../src/formats/bundle';
import { bundleSchemaRef, isFolder, readFolderTexts, shown } from './folder-io';

function usage(): number {
  console.error('usage: npm run bundle -- <dataset folder> [--out <file>]');
  return 2;
}

function main(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: true });
  } catch {
    return usage();
  }
  const out = parsed.values.out;
  const [input, ...extra] = parsed.positionals;
  if (!input || extra.length > 0 || out === '') return usage();
  const folder = resolve(process.cwd(), input);
  if (!isFolder(folder)) {
    console.error(`${input}: is not a folder`);
    return usage();
  }

  const texts = readFolderTexts(folder);
  const values: FolderValues = {};
  const problems = [];
  for (const [file, text] of Object.entries(texts) as [keyof FolderValues, string][]) {
    const json = parseJson(file, text);
    if (json.ok) values[file] = json.value;
    else problems.push(json.problem);
  }
  const result = problems.length ? null : validateDatasetValues(values);
  if (!result?.ok) {
    for (const p of result ? result.problems : problems) {
      console.error(formatProblem({ ...p, file: `${shown(folder)}/${p.file}` }));
    }
    console.error(`\n${shown(folder)} is not valid; no bundle written.`);
    return 1;
  }

  const target = resolve(process.cwd(), out ?? bundleFileName(basename(folder)));
  const bundle = bundleFromFolderValues(values);
  writeFileSync(target, serializeBundle(bundle, bundleSchemaRef(target)));
  console.log(
    `wrote ${shown(target)}: ${result.dataset.events.length} events, ${result.dataset.actors.length} actors`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
