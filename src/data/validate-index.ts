/**
 * Checks the dataset index against its schema. Loaded only when the index is not the one the
 * build checked (src/data/checked-data.ts), so the first view carries no schema.
 */
import '../domain/zod-config.ts';
import { datasetIndexSchema, type DatasetIndex } from '../domain/schema.ts';
import type { Problem } from '../domain/validate';

export function validateIndex(
  file: string,
  value: unknown,
): { ok: true; index: DatasetIndex } | { ok: false; problems: Problem[] } {
  const parsed = datasetIndexSchema.safeParse(value);
  if (parsed.success) return { ok: true, index: parsed.data };
  const problems = parsed.error.issues.map((i) => ({
    file,
    path: i.path.join('.'),
    message: i.message,
  }));
  return { ok: false, problems };
}
