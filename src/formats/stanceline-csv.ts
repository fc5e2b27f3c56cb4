/**
 * The Stanceline CSV template (docs/templates/stanceline-template.csv): one row per event, for
 * people who keep their record in a spreadsheet.
 *
 * | column             | holds                                                                |
 * | ------------------ | -------------------------------------------------------------------- |
 * | date (required)    | `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only the month or year is known |
 * | end                | last day of a span, same forms                                       |
 * | time               | `HH:MM` (24-hour) or `2:30 PM`                                        |
 * | type               | statement, vote, policy… (blank: other); `title` and `era` rows too  |
 * | title (required)   | the event's title                                                     |
 * | summary            | plain text; a blank line starts a new paragraph                       |
 * | actors             | names separated by `;`, the one who acted first                       |
 * | group              | the lane of the first actor (e.g. "U.S. executive")                   |
 * | tags               | labels separated by `;`                                               |
 * | significance       | 1–3 (3 = shown at every zoom level); blank: 2                         |
 * | source urls        | one or more http(s) URLs, one per line or separated by spaces         |
 * | source titles      | their titles in the same order, one per line or separated by ` | `    |
 * | source publishers  | their publishers, likewise (blank: the web site's name)               |
 * | date note          | why the date is what it is                                            |
 * | id                 | a stable id for links (blank: made from the title)                    |
 *
 * A row whose type is `title` gives the record's title (title) and description (summary); an
 * `era` row gives a background era from date to end, named by its title.
 */
import { EVENT_TYPES } from '../domain/schema-constants';
import type { EventType } from '../domain/schema';
import { TYPE_LABEL } from '../domain/labels';
import type { Problem } from '../domain/validate';
import { columnReader, headerKey, parseCsv } from './csv';
import type { Conversion, DraftEra, DraftEvent, DraftSource } from './draft';
import { emptyNotes } from './draft';
import { httpUrl } from './html-text';
import { readIsoLike, readPartialDate, type PartialDate } from './partial-date';

/** Columns by header key, each with the other names people give it. */
const COLUMNS = {
  id: ['id'],
  date: ['date', 'start', 'startdate'],
  end: ['end', 'enddate'],
  time: ['time'],
  type: ['type'],
  title: ['title', 'headline'],
  summary: ['summary', 'text', 'description'],
  actors: ['actors', 'actor'],
  group: ['group', 'lane'],
  tags: ['tags', 'tag'],
  significance: ['significance'],
  sourceUrls: ['sourceurls', 'sourceurl', 'sources', 'source', 'urls', 'url'],
  sourceTitles: ['sourcetitles', 'sourcetitle'],
  sourcePublishers: ['sourcepublishers', 'sourcepublisher', 'publishers', 'publisher'],
  dateNote: ['datenote', 'note'],
} as const;

type Column = keyof typeof COLUMNS;

/** The template's header, in its column order. */
export const TEMPLATE_HEADER = [
  'date',
  'end',
  'time',
  'type',
  'title',
  'summary',
  'actors',
  'group',
  'tags',
  'significance',
  'source urls',
  'source titles',
  'source publishers',
  'date note',
  'id',
] as const;

/** True for a header row of the template; format detection uses it. */
export function isTemplateHeader(header: readonly string[]): boolean {
  const keys = new Set(header.map(headerKey));
  const has = (c: Column) => COLUMNS[c].some((k) => keys.has(k));
  return has('date') && has('title') && !keys.has('year');
}

const TYPE_BY_NAME = new Map<string, EventType>([
  ...EVENT_TYPES.map((t) => [t, t] as const),
  ...EVENT_TYPES.map((t) => [TYPE_LABEL[t].toLowerCase(), t] as const),
]);

const list = (cell: string, separator: RegExp) =>
  cell
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

export function convertStancelineCsv(text: string, file: string): Conversion {
  const parsed = parseCsv(text, file);
  if (!parsed.ok) return parsed;
  const { header, rows, blankRows } = parsed.table;
  const col = columnReader(header);
  const notes = emptyNotes();
  notes.blankRows = blankRows;
  const problems: Problem[] = [];
  const events: DraftEvent[] = [];
  const eras: DraftEra[] = [];
  let title: string | undefined;
  let description: string | undefined;

  for (const column of ['date', 'title'] as const) {
    if (!col.has(...COLUMNS[column])) {
      problems.push({
        file,
        path: '',
        message: `has no "${column}" column`,
        hint: `the header row needs: ${TEMPLATE_HEADER.join(', ')}`,
      });
    }
  }
  if (problems.length) return { ok: false, problems };

  for (const r of rows) {
    const get = (c: Column) => col.get(r.cells, ...COLUMNS[c]).trim();
    const fail = (c: Column, message: string, hint?: string) =>
      problems.push({
        file,
        itemId: `row ${r.row}`,
        path: col.name(...COLUMNS[c]),
        message,
        ...(hint ? { hint } : {}),
      });
    const readDate = (c: 'date' | 'end'): PartialDate | undefined => {
      const cell = get(c);
      const result =
        c === 'date' && get('time') ? readWithTime(cell, get('time')) : readIsoLike(cell);
      if (result.ok) return result.value;
      fail(c, cell ? result.problem.message : 'is empty', result.problem.hint);
      return undefined;
    };

    const typeCell = get('type').toLowerCase();
    if (typeCell === 'title') {
      title = get('title') || title;
      description = paragraphsOf(col.get(r.cells, ...COLUMNS.summary)).join('\n\n') || description;
      continue;
    }
    const rowTitle = get('title');
    if (!rowTitle) fail('title', 'is empty', 'every row needs a title');
    const start = readDate('date');
    const end = get('end') ? readDate('end') : undefined;
    if (start && end && end.last < start.date) {
      fail('end', `ends (${end.last}) before it starts (${start.date})`, 'swap date and end');
      continue;
    }
    if (typeCell === 'era') {
      if (!get('end')) fail('end', 'is empty', 'an era needs an end');
      if (start && end && rowTitle) {
        const about = paragraphsOf(col.get(r.cells, ...COLUMNS.summary)).join('\n\n');
        eras.push({
          location: `row ${r.row}`,
          label: rowTitle,
          start,
          end,
          ...(about ? { description: about } : {}),
        });
      }
      continue;
    }

    const type = typeCell ? TYPE_BY_NAME.get(typeCell) : undefined;
    if (typeCell && !type) {
      fail('type', `unknown type "${get('type')}"`, `use one of: ${EVENT_TYPES.join(', ')}`);
    }
    const significanceCell = get('significance');
    const significance = significanceCell === '' ? 2 : Number(significanceCell);
    if (significance !== 1 && significance !== 2 && significance !== 3) {
      fail('significance', `"${significanceCell}" is not 1, 2 or 3`);
    }
    const sources = readSources(get('sourceUrls'), get('sourceTitles'), get('sourcePublishers'));
    if (!sources.ok) fail(sources.column, sources.message, sources.hint);
    if (!start || !rowTitle || (typeCell && !type) || !sources.ok) continue;

    const paragraphs = paragraphsOf(col.get(r.cells, ...COLUMNS.summary));
    const all = sources.value.map((_, i) => i);
    const event: DraftEvent = {
      location: `row ${r.row}`,
      date: start,
      title: rowTitle,
      // The row's sources back the row's text: every paragraph cites them all.
      paragraphs: paragraphs.map((p) => ({ text: p, cites: all })),
      sources: sources.value,
      significance: significance as 1 | 2 | 3,
    };
    if (end) event.end = end;
    if (type) event.type = type;
    const actors = list(get('actors'), /;/);
    if (actors.length) event.actors = actors;
    const group = get('group');
    if (group) event.group = group;
    const tags = list(get('tags'), /;/);
    if (tags.length) event.tags = tags;
    const note = get('dateNote');
    if (note) event.dateNote = note;
    const id = get('id');
    if (id) event.preferredId = id;
    events.push(event);
  }

  if (problems.length) return { ok: false, problems };
  if (events.length === 0) {
    return {
      ok: false,
      problems: [{ file, path: '', message: 'has no events', hint: 'add one row per event' }],
    };
  }
  return {
    ok: true,
    draft: {
      format: 'stanceline-csv',
      fileName: file,
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
      events,
      eras,
      notes,
    },
  };
}

function readWithTime(date: string, time: string) {
  const day = readIsoLike(date);
  if (!day.ok || day.value.precision !== 'day') return day;
  const [year, month, dayOfMonth] = day.value.date.split('-');
  return readPartialDate({ year, month, day: dayOfMonth, time });
}

/** Plain text split into paragraphs at blank lines, each with its whitespace collapsed. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

type SourcesResult =
  | { ok: true; value: DraftSource[] }
  | { ok: false; column: Column; message: string; hint?: string };

function readSources(urls: string, titles: string, publishers: string): SourcesResult {
  const urlList = list(urls, /\s+/);
  const titleList = list(titles, /\r?\n|\s\|\s/);
  const publisherList = list(publishers, /\r?\n|\s\|\s/);
  const value: DraftSource[] = [];
  for (const raw of urlList) {
    const url = httpUrl(raw);
    if (!url || raw.startsWith('//')) {
      return {
        ok: false,
        column: 'sourceUrls',
        message: `"${raw}" is not an http(s) URL`,
        hint: 'start each source URL with https://',
      };
    }
    const i = value.length;
    value.push({
      url,
      title: titleList[i] ?? '',
      ...(publisherList[i] ? { publisher: publisherList[i] } : {}),
    });
  }
  if (titleList.length > urlList.length) {
    return {
      ok: false,
      column: 'sourceTitles',
      message: `${titleList.length} titles for ${urlList.length} source URL${urlList.length === 1 ? '' : 's'}`,
      hint: 'give one title per URL, in the same order, one per line',
    };
  }
  return { ok: true, value };
}
