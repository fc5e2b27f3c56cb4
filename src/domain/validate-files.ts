/**
 * The files of a dataset folder and their parsing into JSON, without the schema: the page parses
 * datasets the build has already checked with these alone (src/data/checked-data.ts), and the
 * validator (`validate.ts`) starts from them, through `parse-dataset-texts.ts`.
 */
import type { Problem } from './problems.ts';

export const DATASET_FILES = ['dataset.json', 'actors.json', 'events.json'] as const;
export type DatasetFileName = (typeof DATASET_FILES)[number];

export type DatasetTexts = Partial<Record<DatasetFileName, string>>;

export function parseJson(
  file: string,
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      problem: {
        file,
        path: '',
        message: `is not valid JSON: ${detail}`,
        hint: 'look for a missing comma or quote near the position given',
      },
    };
  }
}
