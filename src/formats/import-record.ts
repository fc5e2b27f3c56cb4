/**
 * One path for every file a person brings — picked, dropped, linked with `?src=`, or converted
 * by `npm run import`: detect the format from the content, convert it to a bundle, and validate
 * the bundle with the same validator as the built-in datasets. Pure: the caller reads the file
 * and says what day it is.
 */
import { validateBundleValue } from '../domain/bundle';
import type { Dataset, Problem } from '../domain/validate';
import { buildRecord } from './build-record';
import { detectFormat, type FileFormat } from './detect';
import type { Conversion, DraftNotes } from './draft';
import { emptyNotes } from './draft';
import { convertStancelineCsv } from './stanceline-csv';
import { convertTimelineJson } from './timelinejs';
import { convertTimelineSheet } from './timelinejs-sheet';
import type { ImportSummary } from './import-summary';

export type ImportResult =
  | {
      ok: true;
      format: FileFormat;
      /** The record as a bundle value, ready to validate again, store or download. */
      bundle: Record<string, unknown>;
      dataset: Dataset;
      summary: ImportSummary;
    }
  | { ok: false; format?: FileFormat; problems: Problem[] };

export interface ImportOptions {
  /** Name shown in messages and kept as the record's origin: the file name, or the URL. */
  name: string;
  /** Today, YYYY-MM-DD. */
  today: string;
  /** When the file was last changed, YYYY-MM-DD. */
  modified?: string;
  /** Dataset id for the converted record; by default from its title. */
  id?: string;
  /** Told when each step starts, so a large file can say how far it has come. */
  onProgress?: (progress: ImportProgress) => void;
}

/** The steps of an import: reading the file's format, converting it, checking the record. */
export type ImportProgress =
  { phase: 'convert'; format: FileFormat } | { phase: 'check'; events: number | null };

function convert(
  format: Exclude<FileFormat, 'bundle'>,
  text: string,
  value: unknown,
  name: string,
) {
  switch (format) {
    case 'timelinejs-json':
      return convertTimelineJson(value, name);
    case 'timelinejs-csv':
      return convertTimelineSheet(text, name);
    case 'stanceline-csv':
      return convertStancelineCsv(text, name);
  }
}

/**
 * A validation problem of a converted record, placed where the person can find it in their own
 * file: `events[3].…` of the bundle becomes "row 5" (or `events[3]` of their TimelineJS file).
 */
function relocate(problem: Problem, locations: readonly string[]): Problem {
  const m = /^events\[(\d+)\]\.?(.*)$/.exec(problem.path);
  const location = m ? locations[Number(m[1])] : undefined;
  if (!m || location === undefined) return problem;
  return { ...problem, itemId: location, path: m[2] ?? '' };
}

function summarize(format: FileFormat, dataset: Dataset, notes: DraftNotes): ImportSummary {
  let yearOnly = 0;
  let monthOnly = 0;
  let unsourced = 0;
  for (const e of dataset.events) {
    if (e.precision === 'year') yearOnly += 1;
    if (e.precision === 'month') monthOnly += 1;
    if (e.sources.length === 0) unsourced += 1;
  }
  return {
    format,
    events: dataset.events.length,
    yearOnly,
    monthOnly,
    unsourced,
    lanes: dataset.groups.length,
    eras: dataset.meta.eras.length,
    notes,
  };
}

export function importText(text: string, options: ImportOptions): ImportResult {
  const { name } = options;
  const detected = detectFormat(text, name);
  if (!detected.ok) return detected;
  const { format } = detected;
  const progress = options.onProgress ?? (() => undefined);

  if (format === 'bundle') {
    const events = (detected.value as { events?: unknown }).events;
    progress({ phase: 'check', events: Array.isArray(events) ? events.length : null });
    const result = validateBundleValue(detected.value, name);
    if (!result.ok) return { ok: false, format, problems: result.problems };
    return {
      ok: true,
      format,
      bundle: detected.value as Record<string, unknown>,
      dataset: result.dataset,
      summary: summarize(format, result.dataset, emptyNotes()),
    };
  }

  progress({ phase: 'convert', format });
  const conversion: Conversion = convert(
    format,
    text,
    'value' in detected ? detected.value : undefined,
    name,
  );
  if (!conversion.ok) return { ok: false, format, problems: conversion.problems };
  const built = buildRecord(conversion.draft, {
    today: options.today,
    ...(options.modified ? { updated: options.modified } : {}),
    ...(options.id ? { id: options.id } : {}),
  });
  progress({ phase: 'check', events: built.locations.length });
  const result = validateBundleValue(built.bundle, name);
  if (!result.ok) {
    return {
      ok: false,
      format,
      problems: result.problems.map((p) => relocate(p, built.locations)),
    };
  }
  return {
    ok: true,
    format,
    bundle: built.bundle,
    dataset: result.dataset,
    summary: summarize(format, result.dataset, conversion.draft.notes),
  };
}
