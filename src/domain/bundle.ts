/**
 * The Stanceline bundle: one JSON file that holds what a dataset folder holds in three
 * (dataset.json, actors.json, events.json), so that a record can travel as one file.
 *
 *   { "$schema", "format": "stanceline-bundle", "schemaVersion",
 *     "dataset": { …dataset.json without $schema and schemaVersion },
 *     "groups": [ … ], "actors": [ … ],          // actors.json
 *     "events": [ … ] }                           // events.json
 *
 * A bundle is validated by splitting it back into the three folder values and running the very
 * same validator, so a bundle and a folder get the same messages (and the same migration of
 * older schema versions). Only the location changes: problems name the bundle file, and paths
 * inside `dataset.json` are prefixed with `dataset.`.
 */
import * as z from 'zod/mini';
import { actorsFileSchema, datasetFileSchema, eventsFileSchema } from './schema';
import { parseJson, validateDatasetValues, type Problem, type ValidationResult } from './validate';
import { BUNDLE_FORMAT, isRecord, splitBundle } from './bundle-shape.ts';

export { BUNDLE_FORMAT, isBundleValue, splitBundle, type FolderValues } from './bundle-shape.ts';

const BUNDLE_KEYS = [
  '$schema',
  'format',
  'schemaVersion',
  'dataset',
  'groups',
  'actors',
  'events',
] as const;

/** The bundle's shape, for its JSON Schema and its type; validation goes through the folder path. */
export const bundleSchema = z.strictObject({
  $schema: datasetFileSchema.shape.$schema,
  format: z.literal(BUNDLE_FORMAT).check(z.describe('Marks the file as a Stanceline bundle.')),
  schemaVersion: datasetFileSchema.shape.schemaVersion,
  dataset: z
    .omit(datasetFileSchema, { $schema: true, schemaVersion: true })
    .check(z.describe('What dataset.json holds in a dataset folder.')),
  groups: actorsFileSchema.shape.groups,
  actors: actorsFileSchema.shape.actors,
  events: eventsFileSchema.shape.events,
});

/** A bundle as written by authors (defaults may be left out). */
export type BundleInput = z.input<typeof bundleSchema>;

/** Where a folder problem sits in the bundle. */
function relocate(problem: Problem, file: string): Problem {
  let path = problem.path;
  if (problem.file === 'dataset.json' && !/^schemaVersion\b/.test(path)) {
    path = path ? `dataset.${path}` : 'dataset';
  }
  return { ...problem, file, path };
}

/**
 * Validates a parsed bundle. `file` is the name used in messages (the file's own name, or its
 * URL for a hosted one).
 */
export function validateBundleValue(value: unknown, file: string): ValidationResult {
  if (!isRecord(value)) {
    return {
      ok: false,
      problems: [{ file, path: '', message: 'is not a JSON object', hint: 'a bundle is { … }' }],
    };
  }
  const problems: Problem[] = [];
  if (value.format !== BUNDLE_FORMAT) {
    problems.push({
      file,
      path: 'format',
      message: `must be "${BUNDLE_FORMAT}"`,
      hint: 'every bundle starts with "format": "stanceline-bundle"',
    });
  }
  for (const key of Object.keys(value)) {
    if (!(BUNDLE_KEYS as readonly string[]).includes(key)) {
      problems.push({
        file,
        path: key,
        message: `unknown key "${key}"`,
        hint: `a bundle holds ${BUNDLE_KEYS.filter((k) => k !== '$schema').join(', ')}`,
      });
    }
  }
  const result = validateDatasetValues(splitBundle(value));
  if (result.ok && problems.length === 0) return result;
  return {
    ok: false,
    problems: [...problems, ...(result.ok ? [] : result.problems.map((p) => relocate(p, file)))],
  };
}

/** Validates a bundle given as text: JSON first, then the bundle. */
export function validateBundleText(text: string, file: string): ValidationResult {
  const json = parseJson(file, text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  return validateBundleValue(json.value, file);
}

/** A bundle after validation, defaults filled in. */
export type Bundle = z.output<typeof bundleSchema>;
