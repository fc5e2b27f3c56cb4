/**
 * For tests only (it reads files with Node): the flagship dataset as the app validates it, so
 * tests of layout and export run on the real record rather than a hand-made one.
 */
import { readFileSync } from 'node:fs';
import { validateDatasetTexts, type Dataset } from './validate';

export function loadFlagship(): Dataset {
  const read = (f: string) =>
    readFileSync(new URL(`../../data/us-stance-gaza/${f}`, import.meta.url), 'utf8');
  const result = validateDatasetTexts({
    'dataset.json': read('dataset.json'),
    'actors.json': read('actors.json'),
    'events.json': read('events.json'),
  });
  if (!result.ok) throw new Error('the flagship dataset does not validate');
  return result.dataset;
}
