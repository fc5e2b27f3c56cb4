import { describe, expect, it } from 'vitest';
import { emptyNotes } from './draft';
import { describeImport, describeImportStep, type ImportSummary } from './import-summary';

const summary = (over: Partial<ImportSummary>): ImportSummary => ({
  format: 'timelinejs-json',
  events: 1,
  yearOnly: 0,
  monthOnly: 0,
  unsourced: 0,
  lanes: 1,
  eras: 0,
  notes: emptyNotes(),
  ...over,
});

describe('describeImport', () => {
  it('groups the digits of large counts', () => {
    const notes = { ...emptyNotes(), mediaIgnored: 16667 };
    expect(describeImport(summary({ events: 50000, yearOnly: 1, notes }))).toBe(
      '50,000 events imported from TimelineJS; media ignored on 16,667 events; 1 date is year-only',
    );
  });
});

describe('describeImportStep', () => {
  it('names the step and the number of events', () => {
    expect(describeImportStep({ phase: 'convert', format: 'timelinejs-csv' })).toBe(
      'Converting from a TimelineJS spreadsheet',
    );
    expect(describeImportStep({ phase: 'check', events: 100000 })).toBe('Checking 100,000 events');
    expect(describeImportStep({ phase: 'check', events: 1 })).toBe('Checking 1 event');
    expect(describeImportStep({ phase: 'check', events: null })).toBe('Checking the record');
  });
});
