/**
 * The texts of a dataset's files from the bytes that arrived, read as the app's fetch path reads
 * them (`Response.text()`: UTF-8, a byte order mark dropped, bad sequences replaced), so the
 * validation worker checks exactly the texts the page would have sent it.
 */
import { DATASET_FILES, type DatasetFileName, type DatasetTexts } from '../domain/validate-files';

export type DatasetBytes = Partial<Record<DatasetFileName, ArrayBuffer>>;

export function textsFromBytes(files: DatasetBytes): DatasetTexts {
  const decoder = new TextDecoder();
  const texts: DatasetTexts = {};
  for (const file of DATASET_FILES) {
    const bytes = files[file];
    if (bytes !== undefined) texts[file] = decoder.decode(bytes);
  }
  return texts;
}
