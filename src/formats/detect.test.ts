import { describe, expect, it } from 'vitest';
import { bundleFromFolderValues } from './bundle';
import { detectFormat } from './detect';
import { makeDatasetFiles } from '../domain/test-fixtures';
import { makeTimelineJson, TEMPLATE_CSV, TIMELINE_SHEET } from './test-fixtures';

const formatOf = (text: string) => {
  const d = detectFormat(text, 'f');
  return d.ok ? d.format : d.problems.map((p) => p.message).join('; ');
};

describe('detectFormat', () => {
  it('recognises each format from its content, whatever the file is called', () => {
    expect(formatOf(JSON.stringify(bundleFromFolderValues(makeDatasetFiles())))).toBe('bundle');
    expect(formatOf(JSON.stringify(makeTimelineJson()))).toBe('timelinejs-json');
    expect(formatOf(TIMELINE_SHEET)).toBe('timelinejs-csv');
    expect(formatOf(TEMPLATE_CSV)).toBe('stanceline-csv');
  });

  it('recognises a minimal TimelineJS file: events with start dates only', () => {
    expect(formatOf('{"events":[{"start_date":{"year":"1978"}}]}')).toBe('timelinejs-json');
  });

  it('reads a bundle without its marker as a bundle, so the validator can say what is missing', () => {
    const { format: _f, ...rest } = bundleFromFolderValues(makeDatasetFiles());
    void _f;
    expect(formatOf(JSON.stringify(rest))).toBe('bundle');
  });

  it('recognises headers whatever their case, spacing or BOM', () => {
    expect(formatOf('\uFEFFYEAR , month,Day, Headline\n2024,,,A')).toBe('timelinejs-csv');
    expect(formatOf('Date,Title\r\n2024,A')).toBe('stanceline-csv');
  });

  it.each([
    [JSON.stringify(makeDatasetFiles()['events.json']), 'is the events.json of a dataset folder'],
    [JSON.stringify(makeDatasetFiles()['actors.json']), 'is the actors.json of a dataset folder'],
    [JSON.stringify(makeDatasetFiles()['dataset.json']), 'is the dataset.json of a dataset folder'],
    ['{"timeline":{"headline":"x","date":[]}}', 'is a TimelineJS 2 file'],
    ['[1,2,3]', 'is JSON, but not a format'],
    ['{"a": 1', 'is not valid JSON'],
    ['name,count\nx,1', 'is a table, but its columns (name, count) are not those'],
    ['', 'is empty'],
    ['   \n ', 'is empty'],
    ['\u0089PNG\r\n\u001a\n\u0000\u0000', 'is not a text file'],
    ['PK\u0003\u0004\u0014\u0000\u0006\u0000', 'is a spreadsheet workbook (.xlsx or .ods)'],
    ['\u00D0\u00CF\u0011\u00E0\u00A1\u00B1', 'is an Excel 97–2003 workbook (.xls)'],
  ])('explains what %s is instead', (text, message) => {
    expect(formatOf(text)).toMatch(new RegExp(`^${message.replace(/[.()]/g, '\\$&')}`));
  });
});
