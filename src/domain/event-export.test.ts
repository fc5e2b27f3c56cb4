import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, eventRows, eventsToCsv, exportFileName } from './event-export';
import { parseCsv } from './csv';
import { validateDatasetValues } from './validate';
import { makeDatasetFiles } from './test-fixtures';

function fixture() {
  const result = validateDatasetValues(makeDatasetFiles());
  if (!result.ok) throw new Error('fixture is invalid');
  return result.dataset;
}
const link = (id: string) => `https://example.org/?event=${id}`;

describe('eventsToCsv', () => {
  it('writes the header and one row per event, chronologically, readable back', () => {
    const dataset = fixture();
    const rows = parseCsv(eventsToCsv(dataset, dataset.events, link));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(dataset.events.length + 1);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const dates = rows.slice(1).map((r) => r[col('date')]!);
    expect(dates).toEqual([...dates].sort());
  });

  it('names actors with roles, numbers sources with publisher, title, date and URL', () => {
    const dataset = fixture();
    const event = dataset.events.find((e) => e.id === 'us-draft-vetoed')!;
    const [row] = eventRows(dataset, [event], link);
    const cell = (name: (typeof CSV_COLUMNS)[number]) => row![CSV_COLUMNS.indexOf(name)];
    expect(cell('actors')).toBe('UN Security Council (subject); United States (sponsor)');
    const [source] = event.sources;
    expect(cell('sources')!.split('\n')[0]).toBe(
      `[1] ${source!.publisher}, “${source!.title}”, ${source!.date}, ${source!.url}`,
    );
    expect(cell('sources')!.split('\n')).toHaveLength(event.sources.length);
    expect(cell('precision')).toBe('day');
    expect(cell('date_text')).toBe('22 March 2024');
    expect(cell('type')).toBe('Veto');
    expect(cell('link')).toBe('https://example.org/?event=us-draft-vetoed');
  });
});

describe('exportFileName', () => {
  it('carries the dataset id and the day', () => {
    expect(exportFileName('us-stance-gaza', 'events', '2026-11-29', 'csv')).toBe(
      'us-stance-gaza-events-2026-11-29.csv',
    );
  });
});
