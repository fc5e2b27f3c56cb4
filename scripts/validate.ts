/**
 * `npm run validate` checks every dataset listed in data/datasets.json and in the overlay of
 * generated datasets (and every folder under data/ that holds a dataset.json, so a folder missing
 * from the index is caught too).
 * `npm run validate -- <folder or bundle file> …` checks those. Exit code 1 when anything is
 * wrong. The first 20 problems are printed, each quoted value cut to 120 characters; `--all`
 * prints every problem. `--strict` also runs the data lint (src/domain/lint.ts) on the curated
 * datasets (data/datasets.json, not generated ones) or on the folders and bundles named, and
 * exits 1 when it reports an error; with `--quiet` it prints the errors and counts the warnings.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { validateBundleText } from '../src/domain/bundle';
import { moreProblems, reportProblems } from '../src/domain/problem-report';
import { validateDatasetTexts, type Dataset, type Problem } from '../src/domain/validate';
import { strictReport } from './strict-lint.ts';
import { GENERATED_INDEX_FILE, INDEX_FILE, readDatasetIndexes } from './dataset-index';
import { dataDir, isFile, readFolderTexts, shown } from './folder-io';

function checkIndex(): { ids: string[]; curated: string[]; problems: Problem[] } {
  // Curated and generated datasets alike (see dataset-index.ts).
  const { committed, generated, problems } = readDatasetIndexes(dataDir);
  const ids = [...committed, ...generated].map((d) => d.id);
  ids.forEach((id, i) => {
    if (!existsSync(join(dataDir, id, 'dataset.json'))) {
      problems.push({
        file: i < committed.length ? INDEX_FILE : GENERATED_INDEX_FILE,
        itemId: id,
        path: `datasets[${i < committed.length ? i : i - committed.length}].id`,
        message: `no folder data/${id}/ with a dataset.json`,
      });
    }
  });
  return { ids, curated: committed.map((d) => d.id), problems };
}

/** Valid datasets by label, for the strict lint. */
const valid = new Map<string, Dataset>();

function checkFolder(folder: string): Problem[] {
  const label = shown(folder);
  const result = validateDatasetTexts(readFolderTexts(folder));
  if (result.ok) valid.set(label, result.dataset);
  const problems = result.ok ? [] : result.problems;
  if (result.ok && result.dataset.meta.id !== basename(folder)) {
    problems.push({
      file: 'dataset.json',
      path: 'id',
      message: `id "${result.dataset.meta.id}" differs from its folder name "${basename(folder)}"`,
      hint: 'links use the id to find the folder; make them equal',
    });
  }
  return problems.map((p) => ({ ...p, file: `${label}/${p.file}` }));
}

function main(argv: string[]): number {
  const all = argv.includes('--all');
  const strict = argv.includes('--strict');
  const quiet = argv.includes('--quiet');
  const args = argv.filter((a) => a !== '--all' && a !== '--strict' && a !== '--quiet');
  const problems: Problem[] = [];
  let folders: string[];
  let linted: string[];
  if (args.length > 0) {
    folders = args.map((a) => resolve(process.cwd(), a));
    linted = folders;
  } else {
    const index = checkIndex();
    linted = index.curated.map((id) => join(dataDir, id));
    problems.push(...index.problems.map((p) => ({ ...p, file: `data/${p.file}` })));
    const onDisk = readdirSync(dataDir).filter(
      (name) =>
        statSync(join(dataDir, name)).isDirectory() &&
        existsSync(join(dataDir, name, 'dataset.json')),
    );
    for (const name of onDisk) {
      if (!index.ids.includes(name)) {
        problems.push({
          file: 'data/datasets.json',
          path: 'datasets',
          message: `folder data/${name}/ is not listed`,
          hint: 'add it to datasets.json',
        });
      }
    }
    folders = [...new Set([...index.ids, ...onDisk])].map((id) => join(dataDir, id));
  }
  for (const folder of folders) {
    if (isFile(folder)) {
      const result = validateBundleText(readFileSync(folder, 'utf8'), shown(folder));
      if (!result.ok) problems.push(...result.problems);
      else valid.set(shown(folder), result.dataset);
      continue;
    }
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      problems.push({
        file: shown(folder),
        path: '',
        message: 'is neither a dataset folder nor a bundle file',
      });
      continue;
    }
    problems.push(...checkFolder(folder));
  }
  const report = reportProblems(problems, all ? Infinity : undefined);
  for (const line of report.lines) console.error(line);
  if (report.more > 0) console.error(`… ${moreProblems(report.more)} (--all lists every one)`);
  const checked = folders.map((f) => shown(f)).join(', ');
  let lintErrors = 0;
  if (strict) {
    for (const label of linted.map(shown)) {
      const dataset = valid.get(label);
      if (!dataset) continue;
      const lint = strictReport(label, dataset, all ? Infinity : undefined, quiet);
      for (const line of lint.lines) (lint.errors ? console.error : console.log)(line);
      lintErrors += lint.errors;
    }
  }
  if (problems.length) {
    console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${checked}`);
    return 1;
  }
  if (lintErrors) {
    console.error(`\nstrict lint: ${lintErrors} error${lintErrors === 1 ? '' : 's'}`);
    return 1;
  }
  console.log(`ok: ${checked}${strict ? ' (strict)' : ''}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
