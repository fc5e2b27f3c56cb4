/**
 * TimelineJS's Google Sheets template, saved as CSV: one row per slide, with the columns Year,
 * Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media,
 * Media Credit, Media Caption, Media Thumbnail, Type, Group, Background. Rows are read as
 * TimelineJS reads them and handed to the same slide reader as TimelineJS JSON: a row whose Type
 * is "title" is the title slide (the first one; later ones are events, as in TimelineJS), "era"
 * rows are eras, every other row is an event. Blank rows are skipped.
 */
import type { Conversion } from './draft';
import { emptyNotes } from './draft';
import { columnReader, headerKey, parseCsv, type CsvRow } from './csv';
import { readSlides, type Locator, type SlideField } from './timelinejs';

/** The template's columns, as header keys (lower case, no spaces). */
export const SHEET_COLUMNS = [
  'year',
  'month',
  'day',
  'time',
  'endyear',
  'endmonth',
  'endday',
  'endtime',
  'displaydate',
  'headline',
  'text',
  'media',
  'mediacredit',
  'mediacaption',
  'mediathumbnail',
  'type',
  'group',
  'background',
] as const;

/** True for a header row of the TimelineJS template; format detection uses it. */
export function isTimelineSheetHeader(header: readonly string[]): boolean {
  const keys = new Set(header.map(headerKey));
  return keys.has('year') && keys.has('headline');
}

/** Slide fields and the columns that hold them. */
const COLUMN_OF: Record<Exclude<SlideField, ''>, string> = {
  start_date: 'year',
  'start_date.year': 'year',
  'start_date.month': 'month',
  'start_date.day': 'day',
  'start_date.time': 'time',
  'start_date.hour': 'time',
  'start_date.minute': 'time',
  end_date: 'endyear',
  'end_date.year': 'endyear',
  'end_date.month': 'endmonth',
  'end_date.day': 'endday',
  'end_date.time': 'endtime',
  'end_date.hour': 'endtime',
  'end_date.minute': 'endtime',
  'text.headline': 'headline',
};

export function convertTimelineSheet(text: string, file: string): Conversion {
  const parsed = parseCsv(text, file);
  if (!parsed.ok) return parsed;
  const { header, rows, blankRows } = parsed.table;
  const col = columnReader(header);
  const notes = emptyNotes();
  notes.blankRows = blankRows;
  const known = new Set<string>([...SHEET_COLUMNS, 'tag']);
  const unknown = header.filter((h) => h && !known.has(headerKey(h)));
  if (unknown.length) {
    const names = unknown.map((h) => `“${h}”`).join(', ');
    notes.other.push(`column${unknown.length === 1 ? '' : 's'} ${names} left out`);
  }

  const slideOf = (r: CsvRow) => {
    const get = (...keys: string[]) => col.get(r.cells, ...keys).trim();
    return {
      start_date: { year: get('year'), month: get('month'), day: get('day'), time: get('time') },
      end_date: {
        year: get('endyear'),
        month: get('endmonth'),
        day: get('endday'),
        time: get('endtime'),
      },
      display_date: get('displaydate'),
      text: { headline: get('headline'), text: col.get(r.cells, 'text') },
      media: { url: get('media') },
      // Early versions of the template called the column Tag.
      group: get('group', 'tag'),
    };
  };

  let title: ReturnType<typeof slideOf> | undefined;
  const eventRows: CsvRow[] = [];
  const eraRows: CsvRow[] = [];
  let extraTitles = 0;
  for (const r of rows) {
    const type = col.get(r.cells, 'type').trim().toLowerCase();
    if (type === 'title' && !title) title = slideOf(r);
    else if (type === 'era') eraRows.push(r);
    else {
      if (type === 'title') extraTitles += 1;
      eventRows.push(r);
    }
  }
  if (extraTitles) {
    notes.other.push(
      `${extraTitles} more title row${extraTitles === 1 ? ' was' : 's were'} read as events`,
    );
  }

  const at = (list: CsvRow[], i: number, f: SlideField) => ({
    itemId: `row ${list[i]?.row ?? '?'}`,
    path: f ? col.name(COLUMN_OF[f]) : '',
  });
  const locator: Locator = {
    event: (i, f) => at(eventRows, i, f),
    era: (i, f) => at(eraRows, i, f),
    eventLocation: (i) => `row ${eventRows[i]?.row ?? '?'}`,
    eraLocation: (i) => `row ${eraRows[i]?.row ?? '?'}`,
  };
  return readSlides(
    { title, events: eventRows.map(slideOf), eras: eraRows.map(slideOf) },
    { file, format: 'timelinejs-csv', locator },
    notes,
  );
}
