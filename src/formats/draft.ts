/**
 * What every converter produces: the record as read from the other format, before it is given
 * ids, lanes and sources in Stanceline's shape (`build-record.ts`). Keeping this step separate
 * means each converter only reads its format, and one place decides how a record is written.
 */
import type { ConvertedFormat, EventType } from '../domain/schema';
import type { Problem } from '../domain/validate';
import type { PartialDate } from './partial-date';

export interface DraftSource {
  url: string;
  /** The link's text, or '' when the file gives none. */
  title: string;
  publisher?: string;
}

export interface DraftParagraph {
  text: string;
  /** Indices into the event's `sources` of the links in this paragraph. */
  cites: number[];
}

export interface DraftEvent {
  /** Where a person finds it in their file: `events[3]`, `row 5`. */
  location: string;
  /** An id the file gives (TimelineJS `unique_id`, the template's `id`). */
  preferredId?: string;
  date: PartialDate;
  end?: PartialDate;
  dateNote?: string;
  title: string;
  /** The text, paragraph by paragraph; empty when the file has none. */
  paragraphs: DraftParagraph[];
  sources: DraftSource[];
  /** The lane: a TimelineJS group, or the template's group of the first actor. */
  group?: string;
  /** Actor names, who acted first; without them the group stands for the actor. */
  actors?: string[];
  type?: EventType;
  /** Tag labels. */
  tags?: string[];
  significance?: 1 | 2 | 3;
}

export interface DraftEra {
  location: string;
  label: string;
  start: PartialDate;
  end: PartialDate;
  description?: string;
}

/** What was read but has no place in a Stanceline record, counted for the import summary. */
export interface DraftNotes {
  /** Events whose media (an image, a video…) was left out. */
  mediaIgnored: number;
  /** Events with neither headline nor text, shown as "(untitled)". */
  untitled: number;
  /** Blank rows skipped in a spreadsheet. */
  blankRows: number;
  /** Further sentences for the summary, e.g. "2 more title rows read as events". */
  other: string[];
}

export interface RecordDraft {
  format: ConvertedFormat;
  /** The file's name (or the last part of its URL): the title when the file has none. */
  fileName: string;
  title?: string;
  description?: string;
  events: DraftEvent[];
  eras: DraftEra[];
  notes: DraftNotes;
}

export type Conversion = { ok: true; draft: RecordDraft } | { ok: false; problems: Problem[] };

export function emptyNotes(): DraftNotes {
  return { mediaIgnored: 0, untitled: 0, blankRows: 0, other: [] };
}
