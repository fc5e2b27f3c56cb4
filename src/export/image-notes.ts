/**
 * The words around an exported image, so that a picture pasted anywhere can be traced back: a
 * header (the dataset's title, the window's dates, the filters in one line) and a footer (the
 * link to the same view, the dataset's updated date, and the numbered sources of the events in
 * the picture). Pure: the view state, the link and the filter summary come in as values.
 */
import type { Source, StanceEvent } from '../domain/schema';
import {
  compareEvents,
  DAY_MS,
  eventDateValue,
  eventEndMs,
  eventStartMs,
  formatDay,
} from '../domain/dates';
import { numberSources } from '../domain/print-notes';

export interface ImageNotes {
  title: string;
  /** The window's first and last day: "1 Oct 2023 – 31 Dec 2024". */
  range: string;
  /** The active filters in words, or that there are none; with the count of events shown. */
  filters: string;
  /** The open event, if any: "Open: <title> (<date>)". */
  open: string | null;
  /** Id of the open event, ringed in the chart. */
  selectedId: string | null;
  link: string;
  updated: string;
  /** Numbered sources of the events shown, in order of first appearance by date. */
  sources: readonly Source[];
  /** Sources not listed (the list is capped): the link leads to all of them. */
  moreSources: number;
}

export interface ImageNotesInput {
  title: string;
  updated: string;
  /** Events that pass the filters. */
  matching: readonly StanceEvent[];
  /** The window shown, ms [from, to). */
  window: readonly [number, number];
  /** describeFilters' text; '' when no filter is set. */
  filters: string;
  link: string;
  selected: StanceEvent | null;
  /** Most sources to list; the rest are counted. */
  maxSources: number;
  locale?: string;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The events that pass the filters and touch the window [from, to), chronologically. */
export function eventsInWindow(
  events: readonly StanceEvent[],
  window: readonly [number, number],
): StanceEvent[] {
  return events
    .filter((e) => eventStartMs(e) < window[1] && eventEndMs(e) > window[0])
    .sort(compareEvents);
}

export function imageNotes(input: ImageNotesInput): ImageNotes {
  const { window, locale } = input;
  const shown = eventsInWindow(input.matching, window);
  // The window's end is exclusive: its last day is the day before.
  const first = isoDay(window[0]);
  const last = isoDay(Math.max(window[0], window[1] - DAY_MS));
  const range = eventDateValue({ date: first, end: last, precision: 'day' }, locale);
  const count = `${shown.length} ${shown.length === 1 ? 'event' : 'events'} shown`;
  const { notes } = numberSources(shown);
  const listed = notes.slice(0, Math.max(0, input.maxSources));
  return {
    title: input.title,
    range,
    filters: input.filters ? `${count} · ${input.filters}` : `${count} · No filters`,
    open: input.selected
      ? `Open: ${input.selected.title} (${eventDateValue(input.selected, locale)})`
      : null,
    selectedId: input.selected?.id ?? null,
    link: input.link,
    updated: formatDay(input.updated, locale),
    sources: listed,
    moreSources: notes.length - listed.length,
  };
}

/**
 * A source as one footnote line: "Publisher, “Title” (22 March 2024), host/path". The URL is
 * shortened to its host and path (no scheme, no query); the full one is in the view's sources.
 */
export function sourceText(source: Source, locale?: string): string {
  const date = source.date ? ` (${formatDay(source.date, locale)})` : '';
  return `${source.publisher}, “${source.title}”${date}, ${shortUrl(source.url)}`;
}

/** "https://www.un.org/press/en/2024/sc15629.doc.htm?x=1" → "un.org/press/en/2024/sc15629.doc.htm". */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    const host = u.host.replace(/^www\./, '');
    const path = u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '');
    return `${host}${path}`;
  } catch {
    return url;
  }
}
