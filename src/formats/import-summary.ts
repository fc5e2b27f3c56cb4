/**
 * What an import did, in words: the summary the app shows above a converted record and the CLI
 * prints. Kept apart from the converters so that the page can say it without loading them.
 */
import { pluralize } from '../domain/labels';
import type { ConvertedFormat } from '../domain/schema';
import type { FileFormat } from './detect';
import type { DraftNotes } from './draft';
import type { ImportProgress } from './import-record';

export const FORMAT_LABEL: Record<ConvertedFormat | 'bundle', string> = {
  'timelinejs-json': 'TimelineJS',
  'timelinejs-csv': 'a TimelineJS spreadsheet',
  'stanceline-csv': 'the Stanceline CSV template',
  bundle: 'a Stanceline bundle',
};

export interface ImportSummary {
  format: FileFormat;
  events: number;
  /** Events whose date is known only to the year, or to the month. */
  yearOnly: number;
  monthOnly: number;
  /** Events without any source. */
  unsourced: number;
  lanes: number;
  eras: number;
  notes: DraftNotes;
}

/** What a large import is doing now, for the line under "Opening …": "Checking 50,000 events". */
export function describeImportStep(p: ImportProgress): string {
  if (p.phase === 'convert') return `Converting from ${FORMAT_LABEL[p.format]}`;
  return p.events === null ? 'Checking the record' : `Checking ${pluralize(p.events, 'event')}`;
}

/** The summary with one more thing to say about the file: how it was read, say. */
export function withNote(s: ImportSummary, note: string): ImportSummary {
  return { ...s, notes: { ...s.notes, other: [...s.notes.other, note] } };
}

/**
 * What an import did, in one line: "18 events imported from TimelineJS; media ignored on 12
 * events; 3 dates are year-only".
 */
export function describeImport(s: ImportSummary): string {
  const verb = s.format === 'bundle' ? 'opened' : 'imported';
  const parts = [`${pluralize(s.events, 'event')} ${verb} from ${FORMAT_LABEL[s.format]}`];
  if (s.notes.mediaIgnored) {
    parts.push(`media ignored on ${pluralize(s.notes.mediaIgnored, 'event')}`);
  }
  if (s.yearOnly) parts.push(`${pluralize(s.yearOnly, 'date is', 'dates are')} year-only`);
  if (s.monthOnly) parts.push(`${pluralize(s.monthOnly, 'date is', 'dates are')} month-only`);
  if (s.unsourced) parts.push(`${pluralize(s.unsourced, 'event has', 'events have')} no source`);
  if (s.notes.untitled) {
    parts.push(`${pluralize(s.notes.untitled, 'event has', 'events have')} no headline`);
  }
  if (s.notes.blankRows)
    parts.push(`${pluralize(s.notes.blankRows, 'blank row', 'blank rows')} skipped`);
  parts.push(...s.notes.other);
  return parts.join('; ');
}
