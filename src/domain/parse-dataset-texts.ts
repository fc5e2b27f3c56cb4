/**
 * A dataset folder's files parsed into JSON, every missing or broken file collected: where the
 * validator (`validate.ts`) starts. Apart from `validate-files.ts`, which the page reads from the
 * start, since only the validator needs this.
 */
import type { Problem } from './problems.ts';
import {
  DATASET_FILES,
  parseJson,
  type DatasetFileName,
  type DatasetTexts,
} from './validate-files.ts';

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
