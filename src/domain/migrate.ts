/**
 * Lifts older dataset files to the current schema version, in memory, before validation. Old
 * files and readers' own files keep opening after a format change; `npm run migrate` writes the
 * result back for authors who want to move a folder on.
 *
 * Migration works on parsed JSON that has not been validated yet, so it never assumes a shape:
 * it rewrites only what it recognises as the old form and leaves everything else for the schema
 * to report. Every step is idempotent on fields already in the new form, so a folder whose files
 * were moved on one at a time still migrates cleanly.
 */
import { SCHEMA_VERSION } from './schema-constants.ts';

/** The three files of a dataset folder as parsed JSON (any of them may be missing). */
export interface DatasetValues {
  'dataset.json'?: unknown;
  'actors.json'?: unknown;
  'events.json'?: unknown;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `schemaVersion` a dataset.json declares, or undefined when it declares none. */
export function schemaVersionOf(datasetJson: unknown): number | undefined {
  if (!isObject(datasetJson)) return undefined;
  const version = datasetJson.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

/** True when the files are from a version this code can lift to the current one. */
export function needsMigration(values: DatasetValues): boolean {
  const version = schemaVersionOf(values['dataset.json']);
  return version !== undefined && version >= 1 && version < SCHEMA_VERSION;
}

/** v1 prose (a plain string) as a v2 sentence with no citations yet. */
function sentence(value: unknown): unknown {
  return typeof value === 'string' ? { text: value, cite: [] } : value;
}

function migrateEventV1(event: unknown): unknown {
  if (!isObject(event)) return event;
  const out: Json = { ...event };
  // A v1 summary is one string; it becomes one uncited sentence (the strict lint flags it).
  if (typeof event.summary === 'string') out.summary = [sentence(event.summary)];
  if (Array.isArray(event.caveats)) out.caveats = event.caveats.map(sentence);
  return out;
}

/**
 * v1 → v2: `summary: "text"` → `[{ text, cite: [] }]`, each caveat string → `{ text, cite: [] }`,
 * `schemaVersion` → 2. Everything else (including v1 source kinds, which v2 still accepts) is
 * kept as it is.
 */
function v1ToV2(values: DatasetValues): DatasetValues {
  const out: DatasetValues = { ...values };
  const meta = values['dataset.json'];
  if (isObject(meta)) out['dataset.json'] = { ...meta, schemaVersion: 2 };
  const eventsFile = values['events.json'];
  if (isObject(eventsFile) && Array.isArray(eventsFile.events)) {
    out['events.json'] = { ...eventsFile, events: eventsFile.events.map(migrateEventV1) };
  }
  return out;
}

const STEPS: Record<number, (values: DatasetValues) => DatasetValues> = { 1: v1ToV2 };

/**
 * The dataset lifted to `SCHEMA_VERSION`. Pure: the input is never changed. Files that declare
 * the current version, a newer one or none at all come back as they are, for the validator to
 * accept or explain.
 */
export function migrateDataset(values: DatasetValues): DatasetValues {
  let current = values;
  for (
    let version = schemaVersionOf(current['dataset.json']);
    version !== undefined && version < SCHEMA_VERSION;
    version += 1
  ) {
    const step = STEPS[version];
    if (!step) break;
    current = step(current);
  }
  return current;
}
