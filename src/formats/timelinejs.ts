/**
 * TimelineJS 3 records — the JSON format of its documentation and examples, and (through
 * `timelinejs-sheet.ts`) its Google Sheets template — read into a record draft.
 *
 * A TimelineJS file is `{ title?, events: [slide…], eras?: [era…], scale? }`. A slide has
 * `start_date` and `end_date` (`{ year, month?, day?, hour?, minute?, second?, millisecond?,
 * display_date? }`, numbers or strings of digits), `text` (`{ headline, text }`, HTML allowed),
 * `media` (`{ url, caption, credit, thumbnail }`), `group`, `display_date`, `background`,
 * `unique_id` and `autolink`. An era has `start_date`, `end_date` and `text.headline`.
 *
 * What becomes what: the title slide gives the record's title and description; each slide an
 * event (headline → title, text → summary in plain text, its links → sources, group → lane,
 * display_date → date note, unique_id → id); eras become eras. Media is counted as left out;
 * `background`, `autolink` and `scale` are presentation and are dropped.
 */
import type { Problem } from '../domain/validate';
import type { Conversion, DraftEvent, DraftEra, DraftNotes, DraftSource } from './draft';
import { emptyNotes } from './draft';
import { htmlToLine, htmlToText } from './html-text';
import { isBlankDate, readPartialDate, type DateParts, type PartialDate } from './partial-date';

/** The fields of a slide that problems can point at, in TimelineJS JSON's own names. */
export type SlideField =
  | ''
  | 'start_date'
  | `${'start_date' | 'end_date'}.${keyof DateParts}`
  | 'end_date'
  | 'text.headline';

/** Where a slide's field is in the person's file: a JSON path, or a spreadsheet row and column. */
export interface Locator {
  event(index: number, field: SlideField, headline: string): Pick<Problem, 'itemId' | 'path'>;
  era(index: number, field: SlideField, headline: string): Pick<Problem, 'itemId' | 'path'>;
  /** Where events[index] is, for problems found after conversion. */
  eventLocation(index: number): string;
  eraLocation(index: number): string;
}

export interface Slides {
  title?: unknown;
  events: readonly unknown[];
  eras: readonly unknown[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A text field as TimelineJS reads it: strings as they are, numbers as digits, else nothing. */
function str(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

function field(obj: unknown, key: string): unknown {
  return isObject(obj) ? obj[key] : undefined;
}

/** Keeps long headlines readable in a problem's location. */
function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

function dateParts(v: unknown): DateParts {
  if (!isObject(v)) return {};
  return {
    year: v.year,
    month: v.month,
    day: v.day,
    hour: v.hour,
    minute: v.minute,
    time: v.time,
  };
}

/** The date note: the slide's display_date, else the dates' own, as the file shows them. */
function dateNote(slide: Json): string | undefined {
  const line = (v: unknown) => htmlToLine(str(v));
  const own = line(slide.display_date);
  const start = line(field(slide.start_date, 'display_date'));
  const end = line(field(slide.end_date, 'display_date'));
  const shown = own || [start, end].filter(Boolean).join(' – ');
  return shown ? `Date given as “${shown}”.` : undefined;
}

interface Reader {
  problems: Problem[];
  file: string;
  locator: Locator;
}

function readDate(
  r: Reader,
  value: unknown,
  where: (f: SlideField) => Pick<Problem, 'itemId' | 'path'>,
  key: 'start_date' | 'end_date',
): PartialDate | undefined {
  const result = readPartialDate(dateParts(value));
  if (result.ok) return result.value;
  const { part, message, hint } = result.problem;
  if (!isObject(value)) {
    r.problems.push({
      file: r.file,
      ...where(key),
      message: 'is missing',
      hint: 'every slide needs a start_date with at least a year',
    });
    return undefined;
  }
  r.problems.push({
    file: r.file,
    ...where(`${key}.${part}`),
    message,
    ...(hint ? { hint } : {}),
  });
  return undefined;
}

/** start and end of a slide or era; an end equal to the start is dropped, as TimelineJS does. */
function readSpan(
  r: Reader,
  slide: Json,
  where: (f: SlideField) => Pick<Problem, 'itemId' | 'path'>,
  endRequired: boolean,
): { start: PartialDate; end?: PartialDate } | undefined {
  const start = readDate(r, slide.start_date, where, 'start_date');
  const hasEnd = slide.end_date !== undefined && !isBlankDate(dateParts(slide.end_date));
  if (!hasEnd && endRequired) {
    r.problems.push({
      file: r.file,
      ...where('end_date'),
      message: 'is missing',
      hint: 'an era needs an end date',
    });
    return undefined;
  }
  const end = hasEnd ? readDate(r, slide.end_date, where, 'end_date') : undefined;
  if (!start || (hasEnd && !end)) return undefined;
  if (end && end.last < start.date) {
    r.problems.push({
      file: r.file,
      ...where('end_date'),
      message: `ends (${end.last}) before it starts (${start.date})`,
      hint: 'swap the dates, or remove the end date',
    });
    return undefined;
  }
  return end ? { start, end } : { start };
}

function readEvent(r: Reader, slide: unknown, index: number, notes: DraftNotes) {
  const headlineHtml = str(field(field(slide, 'text'), 'headline'));
  const headline = htmlToLine(headlineHtml);
  const where = (f: SlideField) => r.locator.event(index, f, clip(headline));
  if (!isObject(slide)) {
    r.problems.push({ file: r.file, ...where(''), message: 'is not an object' });
    return undefined;
  }
  const span = readSpan(r, slide, where, false);
  if (!span) return undefined;

  const body = htmlToText(str(field(slide.text, 'text')));
  const sources: DraftSource[] = body.links.map((l) => ({ url: l.url, title: l.text }));
  const paragraphs = body.paragraphs.map((text, i) => ({
    text,
    cites: body.links.flatMap((l, j) => (l.paragraph === i ? [j] : [])),
  }));

  let title = headline;
  if (!title) {
    const first = paragraphs[0]?.text ?? '';
    title = first.length > 80 ? `${first.slice(0, 79)}…` : first;
  }
  if (!title) {
    title = '(untitled)';
    notes.untitled += 1;
  }
  if (str(field(slide.media, 'url')).trim()) notes.mediaIgnored += 1;

  const event: DraftEvent = {
    location: r.locator.eventLocation(index),
    date: span.start,
    title,
    paragraphs,
    sources,
  };
  if (span.end) event.end = span.end;
  const note = dateNote(slide);
  if (note) event.dateNote = note;
  const group = htmlToLine(str(slide.group));
  if (group) event.group = group;
  const id = str(slide.unique_id).trim();
  if (id) event.preferredId = id;
  return event;
}

function readEra(r: Reader, value: unknown, index: number): DraftEra | undefined {
  const label = htmlToLine(str(field(field(value, 'text'), 'headline')));
  const where = (f: SlideField) => r.locator.era(index, f, clip(label));
  if (!isObject(value)) {
    r.problems.push({ file: r.file, ...where(''), message: 'is not an object' });
    return undefined;
  }
  const span = readSpan(r, value, where, true);
  if (!span?.end) return undefined;
  const description = htmlToText(str(field(value.text, 'text'))).paragraphs.join('\n\n');
  return {
    location: r.locator.eraLocation(index),
    label: label || `Era ${index + 1}`,
    start: span.start,
    end: span.end,
    ...(description ? { description } : {}),
  };
}

/** Reads title, events and eras; every problem in the file is reported, not just the first. */
export function readSlides(
  slides: Slides,
  context: { file: string; format: 'timelinejs-json' | 'timelinejs-csv'; locator: Locator },
  notes: DraftNotes = emptyNotes(),
): Conversion {
  const r: Reader = { problems: [], file: context.file, locator: context.locator };
  if (slides.events.length === 0) {
    return {
      ok: false,
      problems: [
        {
          file: context.file,
          path: context.format === 'timelinejs-json' ? 'events' : '',
          message: 'has no events',
          hint: 'a timeline needs at least one dated slide',
        },
      ],
    };
  }
  const events = slides.events.flatMap((slide, i) => readEvent(r, slide, i, notes) ?? []);
  const eras = slides.eras.flatMap((era, i) => readEra(r, era, i) ?? []);
  if (r.problems.length) return { ok: false, problems: r.problems };

  const titleText = field(slides.title, 'text');
  const title = htmlToLine(str(field(titleText, 'headline')));
  const description = htmlToText(str(field(titleText, 'text'))).paragraphs.join('\n\n');
  if (str(field(field(slides.title, 'media'), 'url')).trim()) {
    notes.other.push('the title slide’s media was left out');
  }
  return {
    ok: true,
    draft: {
      format: context.format,
      fileName: context.file,
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
      events,
      eras,
      notes,
    },
  };
}

const jsonLocator: Locator = {
  event: (i, f, headline) => ({
    ...(headline ? { itemId: headline } : {}),
    path: f ? `events[${i}].${f}` : `events[${i}]`,
  }),
  era: (i, f, headline) => ({
    ...(headline ? { itemId: headline } : {}),
    path: f ? `eras[${i}].${f}` : `eras[${i}]`,
  }),
  eventLocation: (i) => `events[${i}]`,
  eraLocation: (i) => `eras[${i}]`,
};

/** True for a value shaped like a TimelineJS 3 file; format detection uses it. */
export function looksLikeTimelineJs(value: unknown): boolean {
  if (!isObject(value) || !Array.isArray(value.events)) return false;
  const first: unknown = value.events[0];
  return (
    isObject(value.title) ||
    Array.isArray(value.eras) ||
    (isObject(first) && ('start_date' in first || 'text' in first || 'media' in first)) ||
    value.events.length === 0
  );
}

/** A parsed TimelineJS JSON file as a record draft. */
export function convertTimelineJson(value: unknown, file: string): Conversion {
  if (!isObject(value) || !Array.isArray(value.events)) {
    return {
      ok: false,
      problems: [
        {
          file,
          path: 'events',
          message: 'is missing or not a list',
          hint: 'a TimelineJS file is { "title": …, "events": [ … ] }',
        },
      ],
    };
  }
  const eras = Array.isArray(value.eras) ? value.eras : [];
  return readSlides(
    { title: value.title, events: value.events, eras },
    { file, format: 'timelinejs-json', locator: jsonLocator },
  );
}
