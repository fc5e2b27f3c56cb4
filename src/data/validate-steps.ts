/**
 * Validation of a dataset's texts in steps that report progress: each file parsed, then the
 * schema and cross-file checks. The same code runs in the worker (large datasets) and on the
 * page (small ones, or where there are no workers), so both give the same messages.
 */
import {
  parseDatasetTexts,
  validateDatasetValues,
  type DatasetFileName,
  type DatasetTexts,
  type ValidationResult,
} from '../domain/validate';

export type ValidationProgress =
  { phase: 'parse'; file: DatasetFileName } | { phase: 'check'; events: number | null };

export function validateInSteps(
  texts: DatasetTexts,
  onProgress: (p: ValidationProgress) => void = () => undefined,
): ValidationResult {
  const parsed = parseDatasetTexts(texts, (file) => onProgress({ phase: 'parse', file }));
  if (!parsed.ok) return parsed;
  onProgress({ phase: 'check', events: eventCount(parsed.values['events.json']) });
  return validateDatasetValues(parsed.values);
}

/** How many events a parsed events.json holds, before it is validated; null if it has no list. */
function eventCount(file: unknown): number | null {
  if (file === null || typeof file !== 'object' || !('events' in file)) return null;
  const events = (file as { events: unknown }).events;
  return Array.isArray(events) ? events.length : null;
}
