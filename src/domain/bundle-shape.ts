/**
 * The bundle's fixed names and its split into a folder's three values, without the schema: a
 * bundle is written and recognised on the page without loading zod, which only its validation
 * (`bundle.ts`) needs.
 */
import type { DatasetFileName } from './validate-files.ts';

/** The value of a bundle's `format` key; format detection keys on it. */
export const BUNDLE_FORMAT = 'stanceline-bundle';

export type FolderValues = Partial<Record<DatasetFileName, unknown>>;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function without(value: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
}

/** True when the value says it is a bundle; the cheap check used by format detection. */
export function isBundleValue(value: unknown): boolean {
  return isRecord(value) && value.format === BUNDLE_FORMAT;
}

/**
 * The three folder values a bundle stands for. Keys the bundle lacks stay missing, so the
 * validator reports them where they belong. `schemaVersion` moves into dataset.json, where the
 * folder format keeps it (and where migration of older versions looks for it).
 */
export function splitBundle(bundle: Record<string, unknown>): FolderValues {
  const dataset = bundle.dataset;
  const values: FolderValues = {
    'dataset.json': isRecord(dataset)
      ? { schemaVersion: bundle.schemaVersion, ...without(dataset, 'schemaVersion') }
      : dataset,
    'actors.json': { groups: bundle.groups, actors: bundle.actors },
    'events.json': { events: bundle.events },
  };
  return values;
}
