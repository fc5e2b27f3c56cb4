/**
 * Validation of a dataset's texts in steps that report progress: each file parsed, then the
 * schema and cross-file checks. The same code runs in the worker (large datasets) and on the
 * page (small ones, or where there are no workers), so both give the same messages.
 */
import {
  DATASET_FILES,
  parseJson,
  validateDatasetValues,
  type DatasetFileName,
  type DatasetTexts,
  type Problem,
  type ValidationResult,
} from '../domain/validate';

export type ValidationProgress =
  { phase: 'parse'; file: DatasetFileName } | { phase: 'check'; events: number | null };

export function validateInSteps(
  texts: DatasetTexts,
  onProgress: (p: ValidationProgress) => void = () => undefined,
): ValidationResult {
  const problems: Problem[] = [];
  const values: Partial<Record<DatasetFileName, unknown>> = {};
  for (const file of DATASET_FILES) {
    const text = texts[file];
    if (text === undefined) {
      problems.push({
        file,
        path: '',
        message: 'is missing',
        hint: `every dataset folder holds ${DATASET_FILES.join(', ')}`,
      });
      continue;
    }
    onProgress({ phase: 'parse', file });
    const json = parseJson(file, text);
    if (json.ok) values[file] = json.value;
    else problems.push(json.problem);
  }
  if (problems.length > 0) return { ok: false, problems };
  onProgress({ phase: 'check', events: eventCount(values['events.json']) });
  return validateDatasetValues(values);
}

/** How many events a parsed events.json holds, before it is validated; null if it has no list. */
function eventCount(file: unknown): number | null {
  if (file === null || typeof file !== 'object' || !('events' in file)) return null;
  const events = (file as { events: unknown }).events;
  return Array.isArray(events) ? events.length : null;
}
