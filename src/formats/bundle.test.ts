import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateBundleText, validateBundleValue, type FolderValues } from '../domain/bundle';
import { makeDatasetFiles } from '../domain/test-fixtures';
import { validateDatasetValues, type Dataset } from '../domain/validate';
import {
  bundleFileName,
  bundleFromDataset,
  bundleFromFolderValues,
  folderValuesFromBundle,
  serializeBundle,
} from './bundle';

function readFlagship(): FolderValues {
  const read = (file: string) =>
    JSON.parse(
      readFileSync(new URL(`../../data/us-stance-gaza/${file}`, import.meta.url), 'utf8'),
    ) as unknown;
  return {
    'dataset.json': read('dataset.json'),
    'actors.json': read('actors.json'),
    'events.json': read('events.json'),
  };
}

function datasetOf(values: FolderValues): Dataset {
  const result = validateDatasetValues(values);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.dataset;
}

const stripSchema = (v: unknown) => {
  const rest: Record<string, unknown> = { ...(v as Record<string, unknown>) };
  delete rest.$schema;
  return rest;
};

describe('bundleFromFolderValues and folderValuesFromBundle', () => {
  it.each([
    ['the fixture', () => makeDatasetFiles() as FolderValues],
    ['the flagship', readFlagship],
  ])('round-trips %s: folder → bundle → folder is the same data', (_name, make) => {
    const folder = make();
    const bundle = bundleFromFolderValues(folder);
    expect(validateBundleValue(bundle, 'b.json').ok).toBe(true);
    const back = folderValuesFromBundle(bundle);
    for (const file of ['dataset.json', 'actors.json', 'events.json'] as const) {
      expect(stripSchema(back[file])).toEqual(stripSchema(folder[file]));
    }
    expect(validateDatasetValues(back).ok).toBe(true);
  });

  it('puts each folder file’s $schema pointer first', () => {
    const back = folderValuesFromBundle(bundleFromFolderValues(readFlagship()));
    expect(Object.keys(back['events.json'] as object)[0]).toBe('$schema');
    expect((back['dataset.json'] as { $schema: string }).$schema).toBe(
      '../schema/dataset.schema.json',
    );
  });

  it('keeps the author’s text: defaults are not filled in', () => {
    const bundle = bundleFromFolderValues(makeDatasetFiles() as FolderValues);
    const first = (bundle.events as Array<Record<string, unknown>>)[0];
    expect(first).not.toHaveProperty('precision');
    expect(bundle).not.toHaveProperty('$schema');
    expect(bundle.dataset).not.toHaveProperty('schemaVersion');
  });
});

describe('bundleFromDataset', () => {
  const flagship = datasetOf(readFlagship());

  it('writes a bundle of the whole dataset that validates to the same dataset', () => {
    const text = serializeBundle(bundleFromDataset(flagship));
    const result = validateBundleText(text, 'all.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events).toEqual(flagship.events);
    expect(stripSchema(result.dataset.meta)).toEqual(stripSchema(flagship.meta));
  });

  it('writes a valid bundle for any selection of events, dropping relations that leave it', () => {
    fc.assert(
      fc.property(fc.subarray(flagship.events), (events) => {
        const bundle = bundleFromDataset(flagship, events);
        const result = validateBundleValue(JSON.parse(serializeBundle(bundle)), 's.json');
        expect(result.ok).toBe(true);
        expect(bundle.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
      }),
      { numRuns: 40 },
    );
  });
});

describe('serializeBundle', () => {
  it('puts $schema first when given and ends with a newline', () => {
    const text = serializeBundle(bundleFromFolderValues(makeDatasetFiles() as FolderValues), 'x');
    expect(text.startsWith('{\n  "$schema": "x",\n  "format": "stanceline-bundle"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('bundleFileName', () => {
  it('names the dataset and what the file is', () => {
    expect(bundleFileName('us-stance-gaza')).toBe('us-stance-gaza.stanceline.json');
    expect(bundleFileName('x', '2026-11-23')).toBe('x-2026-11-23.stanceline.json');
  });
});
