/**
 * Events as a table for the CSV download: one row per event, every field a reader needs to trace
 * it back (dates with their precision, actors with roles, types, stance shifts, and each source's
 * publisher, title, date and URL), in the order of the timeline.
 */
import type { Dataset } from './validate';
import type { Source, StanceEvent } from './schema';
import { compareEvents, formatEventDate } from './dates';
import { TYPE_LABEL } from './labels';
import { ROLE_LABEL } from './record-labels';
import { toCsv } from './csv';
import { citedSentenceText, citedText } from './footnotes';

export const CSV_COLUMNS = [
  'id',
  'date',
  'end',
  'precision',
  'date_text',
  'time',
  'time_zone',
  'type',
  'title',
  'summary',
  'significance',
  'actors',
  'actor_ids',
  'tags',
  'stance_shifts',
  'sources',
  'source_urls',
  'caveats',
  'link',
] as const;

/** "[1] Publisher, “Title”, 2024-03-22, https://…": one source, as a footnote would read. */
export function formatSourceLine(source: Source, n: number): string {
  const parts = [source.publisher, `“${source.title}”`];
  if (source.date) parts.push(source.date);
  parts.push(source.url);
  return `[${n}] ${parts.join(', ')}`;
}

/**
 * One CSV row per event. The summary and caveats carry footnote markers ("[2]") that number the
 * event's sources as the `sources` cell lists them. `linkFor` gives the absolute link that opens the event in Stanceline,
 * so a row pasted anywhere leads back to the record. Multi-valued cells (actors, sources…) are
 * joined with line breaks (sources, caveats) or semicolons (short names), which every
 * spreadsheet keeps inside the one cell.
 */
export function eventRows(
  dataset: Pick<Dataset, 'actorById' | 'meta'>,
  events: readonly StanceEvent[],
  linkFor: (eventId: string) => string,
): string[][] {
  const tagLabel = new Map(dataset.meta.tags.map((t) => [t.id, t.label]));
  const dims = new Map(dataset.meta.dimensions.map((d) => [d.id, d]));
  const sorted = [...events].sort(compareEvents);
  return sorted.map((e) => [
    e.id,
    e.date,
    e.end ?? '',
    e.precision,
    formatEventDate(e),
    e.time ?? '',
    e.timeZone ?? '',
    TYPE_LABEL[e.type],
    e.title,
    citedText(e, e.summary),
    String(e.significance),
    e.actors
      .map((a) => `${dataset.actorById.get(a.actor)?.name ?? a.actor} (${ROLE_LABEL[a.role]})`)
      .join('; '),
    e.actors.map((a) => a.actor).join('; '),
    e.tags.map((t) => tagLabel.get(t) ?? t).join('; '),
    e.shifts
      .map((s) => {
        const dim = dims.get(s.dimension);
        const level = dim?.levels.find((l) => l.value === s.level);
        return `${dim?.name ?? s.dimension}: ${level?.label ?? s.level}`;
      })
      .join('; '),
    e.sources.map((s, i) => formatSourceLine(s, i + 1)).join('\n'),
    e.sources.map((s) => s.url).join(' '),
    [...(e.dateNote ? [e.dateNote] : []), ...e.caveats.map((c) => citedSentenceText(e, c))].join(
      '\n',
    ),
    linkFor(e.id),
  ]);
}

/** The CSV file: header, then one row per event; UTF-8 with a byte-order mark for Excel. */
export function eventsToCsv(
  dataset: Pick<Dataset, 'actorById' | 'meta'>,
  events: readonly StanceEvent[],
  linkFor: (eventId: string) => string,
): string {
  return toCsv([[...CSV_COLUMNS], ...eventRows(dataset, events, linkFor)], { bom: true });
}

/**
 * `<dataset>-<what>-<YYYY-MM-DD>.<ext>`: the dataset id and the day of the download, so files
 * saved on different days or from different datasets never overwrite each other.
 */
export function exportFileName(datasetId: string, what: string, day: string, ext: string): string {
  return `${datasetId}-${what}-${day}.${ext}`;
}
