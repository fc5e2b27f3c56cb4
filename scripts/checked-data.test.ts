import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_FILES, validateDatasetTexts, type DatasetTexts } from '../src/domain/validate';
import { makeDatasetFiles, toTexts } from '../src/domain/test-fixtures';
import {
  areChecked,
  datasetFromChecked,
  namedChecked,
  parseCheckedDataContent,
} from '../src/data/checked-data';
import { checkedData, checkedTexts, generatedToCheck } from './checked-data';

const dataDir = resolve(import.meta.dirname, '..', 'data');
const plain = (d: { meta: unknown; groups: unknown; actors: unknown; events: unknown }) =>
  JSON.stringify([d.meta, d.groups, d.actors, d.events]);

describe('checkedTexts', () => {
  it('writes a valid folder as the validator reads it, and the page reads it back the same', () => {
    const texts = toTexts(makeDatasetFiles());
    const checked = checkedTexts(texts);
    expect(checked).not.toBeNull();
    const validated = validateDatasetTexts(texts);
    if (!validated.ok) throw new Error('the fixture is valid');
    const read = datasetFromChecked(checked!);
    expect(plain(read)).toBe(plain(validated.dataset));
    // The lookups point at the page's own objects.
    const first = read.events[0]!;
    expect(read.eventById.get(first.id)).toBe(first);
    // The schema's defaults are written out (a fixture event leaves out its precision).
    expect(read.events.every((e) => e.precision !== undefined)).toBe(true);
  });

  it('writes the same dataset without indentation when asked (generated records)', () => {
    const texts = toTexts(makeDatasetFiles());
    const pretty = checkedTexts(texts)!;
    const compact = checkedTexts(texts, true)!;
    expect(compact['events.json']!.length).toBeLessThan(pretty['events.json']!.length);
    expect(compact['events.json']).not.toContain('\n  ');
    expect(plain(datasetFromChecked(compact))).toBe(plain(datasetFromChecked(pretty)));
  });

  it('refuses an invalid folder, which the page must validate to explain', () => {
    const files = makeDatasetFiles();
    const texts: DatasetTexts = { ...toTexts(files), 'events.json': '{"events": [{}]}' };
    expect(checkedTexts(texts)).toBeNull();
    expect(checkedTexts({ 'dataset.json': '{' })).toBeNull();
  });
});

describe('checkedData (the build)', () => {
  const checked = checkedData(dataDir);
  const digests = parseCheckedDataContent(checked.meta);

  it('names the index and each file of the curated datasets, never a generated one', () => {
    expect(digests.has('datasets.json')).toBe(true);
    for (const file of DATASET_FILES) {
      expect(digests.get(`us-stance-gaza/${file}`)).toMatch(/^[0-9a-f]{64}$/);
      expect(checked.served.has(`us-stance-gaza/${file}`)).toBe(true);
    }
    expect([...digests.keys()].some((path) => path.startsWith('stress-'))).toBe(false);
  });

  it('serves the flagship so that the page reads what the validator reads from the repository', async () => {
    const texts: DatasetTexts = {};
    const served: DatasetTexts = {};
    for (const file of DATASET_FILES) {
      texts[file] = readFileSync(resolve(dataDir, 'us-stance-gaza', file), 'utf8');
      served[file] = checked.served.get(`us-stance-gaza/${file}`);
    }
    const validated = validateDatasetTexts(texts);
    if (!validated.ok) throw new Error('the flagship is valid');
    expect(plain(datasetFromChecked(served))).toBe(plain(validated.dataset));
    const paths = DATASET_FILES.map((f) => [`us-stance-gaza/${f}`, served[f]] as const);
    await expect(areChecked(paths, digests)).resolves.toBe(true);
  });
});

describe('generatedToCheck (STANCELINE_CHECKED_DATA)', () => {
  const generated = ['stress-1k', 'stress-10k', 'stress-10k-raw'];

  it('checks no generated dataset unless asked', () => {
    expect(generatedToCheck(generated, undefined)).toEqual([]);
    expect(generatedToCheck(generated, '')).toEqual([]);
  });

  it('checks every one with "all", or those listed by id', () => {
    expect(generatedToCheck(generated, 'all')).toEqual(generated);
    expect(generatedToCheck(generated, 'stress-10k, stress-1k,unknown')).toEqual([
      'stress-1k',
      'stress-10k',
    ]);
  });
});

describe('namedChecked', () => {
  const digests = new Map([
    ['a/dataset.json', '01'],
    ['a/events.json', '02'],
  ]);

  it('is true only when the build named every path', () => {
    expect(namedChecked(['a/dataset.json', 'a/events.json'], digests)).toBe(true);
    expect(namedChecked(['a/dataset.json', 'a/actors.json'], digests)).toBe(false);
    expect(namedChecked([], digests)).toBe(false);
  });
});

describe('areChecked', () => {
  const digests = new Map([
    // SHA-256 of "{}".
    ['a/events.json', '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'],
  ]);

  it('accepts only a text with the digest the build named', async () => {
    await expect(areChecked([['a/events.json', '{}']], digests)).resolves.toBe(true);
    await expect(areChecked([['a/events.json', '{ }']], digests)).resolves.toBe(false);
    await expect(areChecked([['a/events.json', undefined]], digests)).resolves.toBe(false);
  });

  it('accepts nothing the build did not name', async () => {
    await expect(areChecked([['b/events.json', '{}']], digests)).resolves.toBe(false);
    await expect(areChecked([], digests)).resolves.toBe(false);
    // Outside a built page there are no digests at all.
    await expect(areChecked([['a/events.json', '{}']])).resolves.toBe(false);
  });
});

describe('parseCheckedDataContent', () => {
  it('reads path=digest pairs', () => {
    expect([...parseCheckedDataContent(' a/b.json=01  c.json=02 ')]).toEqual([
      ['a/b.json', '01'],
      ['c.json', '02'],
    ]);
    expect(parseCheckedDataContent('').size).toBe(0);
  });
});
