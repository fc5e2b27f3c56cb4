/**
 * Writing bundles: from a dataset folder (`npm run bundle`), from a loaded dataset (downloads of
 * an opened file or of a selection of events), and back to a folder (`npm run import`). Pure;
 * the shape and its validation live in `domain/bundle.ts`.
 */
import { BUNDLE_FORMAT, splitBundle, type FolderValues } from '../domain/bundle-shape';
import type { Bundle, BundleInput } from '../domain/bundle';
import type { StanceEvent } from '../domain/schema';
import { selectEvents } from '../domain/selection';
import type { Dataset } from '../domain/validate';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An object without the keys named; the rest in their original order. */
function without(value: unknown, ...keys: string[]): Record<string, unknown> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
}

/**
 * The bundle of a folder's three files, as the author wrote them: nothing is parsed or
 * defaulted, so the bundle says exactly what the folder says. `$schema` pointers are dropped
 * (they point at files next to the folder); `schemaVersion` moves to the top.
 */
export function bundleFromFolderValues(values: FolderValues): Record<string, unknown> {
  const meta = values['dataset.json'];
  const actors = values['actors.json'];
  const events = values['events.json'];
  return {
    format: BUNDLE_FORMAT,
    schemaVersion: isRecord(meta) ? meta.schemaVersion : undefined,
    dataset: without(meta, '$schema', 'schemaVersion'),
    groups: isRecord(actors) ? actors.groups : undefined,
    actors: isRecord(actors) ? actors.actors : undefined,
    events: isRecord(events) ? events.events : undefined,
  };
}

/** Where the folder files find their JSON Schema: `data/schema/`, next to the folder. */
const FOLDER_SCHEMA_REFS: Record<keyof FolderValues, string> = {
  'dataset.json': '../schema/dataset.schema.json',
  'actors.json': '../schema/actors.schema.json',
  'events.json': '../schema/events.schema.json',
};

/** The three folder files of a bundle, each with its `$schema` pointer first. */
export function folderValuesFromBundle(bundle: Record<string, unknown>): FolderValues {
  const split = splitBundle(bundle);
  const out: FolderValues = {};
  for (const file of Object.keys(FOLDER_SCHEMA_REFS) as (keyof FolderValues)[]) {
    out[file] = { $schema: FOLDER_SCHEMA_REFS[file], ...without(split[file], '$schema') };
  }
  return out;
}

/**
 * A bundle of a loaded dataset, or of some of its events. Relations that point at events left
 * out are dropped, and so are stories that need such events, so the bundle of any selection
 * validates on its own; every actor and group is kept, because lanes and filters are named after
 * them.
 */
export function bundleFromDataset(
  dataset: Dataset,
  events: readonly StanceEvent[] = dataset.events,
): Bundle {
  const { schemaVersion } = dataset.meta;
  const { meta: selected } = selectEvents(dataset, events);
  const meta = without(selected, '$schema', 'schemaVersion') as Bundle['dataset'];
  const kept = new Set(events.map((e) => e.id));
  return {
    format: BUNDLE_FORMAT,
    schemaVersion,
    dataset: meta,
    groups: dataset.groups,
    actors: dataset.actors,
    events: events.map((e) =>
      e.relations.every((r) => kept.has(r.target))
        ? e
        : { ...e, relations: e.relations.filter((r) => kept.has(r.target)) },
    ),
  };
}

/**
 * The bundle as a file: pretty-printed, `$schema` first when given (an editor then checks the
 * file as it is edited), ending in a newline.
 */
export function serializeBundle(
  bundle: Bundle | BundleInput | Record<string, unknown>,
  schemaRef?: string,
): string {
  const rest = without(bundle, '$schema');
  const out = schemaRef ? { $schema: schemaRef, ...rest } : rest;
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** `<id>.stanceline.json`: says what the file is, and still opens as .json everywhere. */
export function bundleFileName(id: string, suffix = ''): string {
  return `${id}${suffix ? `-${suffix}` : ''}.stanceline.json`;
}
