/**
 * The files of a dataset folder and their parsing into JSON, without the schema: the page parses
 * datasets the build has already checked with these alone (src/data/checked-data.ts), and the
 * validator (`validate.ts`) starts from them.
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

/** The parsed files of a dataset folder, or the problems that kept them from parsing. */
export type ParsedTexts =
  | { ok: true; values: Partial<Record<DatasetFileName, unknown>> }
  | { ok: false; problems: Problem[] };

/**
 * Parses each file of a dataset folder, collecting every missing or broken file. `onParse` is
 * told before each file is parsed (the worker reports it as progress).
 */
export function parseDatasetTexts(
  texts: DatasetTexts,
  onParse: (file: DatasetFileName) => void = () => undefined,
): ParsedTexts {
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
    onParse(file);
    const json = parseJson(file, text);
    if (json.ok) values[file] = json.value;
    else problems.push(json.problem);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}
