/**
 * "Cite this event": a reference to one event of a dataset, and to the event's primary source,
 * as plain text (for an article or a footnote) and as BibTeX (for a paper). The event is cited
 * as a page of the dataset, with the link that reopens it and the day it was accessed, because
 * a living dataset can change after it is cited.
 */
import type { DatasetMeta, Source, StanceEvent } from './schema';
import { eventDateValue, formatDay, parseIsoDay } from './dates';

export interface CitationInput {
  event: Pick<StanceEvent, 'id' | 'title' | 'date' | 'end' | 'precision' | 'sources'>;
  meta: Pick<DatasetMeta, 'id' | 'title' | 'updated'>;
  /** Absolute link that opens the event in Stanceline. */
  url: string;
  /** The day the reader looked it up, `YYYY-MM-DD` (today, in the app). */
  accessed: string;
}

export interface Citations {
  event: { text: string; bibtex: string };
  /** The event's strongest source (a primary record where there is one). */
  source: { text: string; bibtex: string; source: Source } | null;
}

/**
 * How strong a kind of source is (§7 of the source rules): 1 is a primary record or a labelled
 * copy of one, 2 the press, 3 analysis and datasets, 4 aggregators. Unknown kinds rank last, so a
 * file from a newer schema still cites something.
 */
export function sourceRank(kind: string): number {
  switch (kind) {
    case 'primary':
      return 1;
    case 'mirror':
      return 1.5; // as strong as the record it copies, but the record itself comes first
    case 'press':
      return 2;
    case 'analysis':
    case 'dataset':
      return 3;
    case 'aggregator':
      return 4;
    default:
      return 5;
  }
}

/** The source to cite for an event: the best-ranked one, the first listed among equals. */
export function primarySource(sources: readonly Source[]): Source | null {
  let best: Source | null = null;
  for (const s of sources) if (!best || sourceRank(s.kind) < sourceRank(best.kind)) best = s;
  return best;
}

const longDay = (iso: string) => formatDay(iso);

/**
 * Plain text, close to the Chicago style for web pages:
 * `“Title.” 22 March 2024. In *Dataset*, Stanceline (updated 23 November 2026). URL. Accessed 29
 * November 2026.` (without the emphasis, which plain text cannot carry).
 */
export function eventCitationText({ event, meta, url, accessed }: CitationInput): string {
  return (
    `“${stripEndStop(event.title)}.” ${eventDateValue(event)}. In ${meta.title}, Stanceline ` +
    `(dataset “${meta.id}”, updated ${longDay(meta.updated)}). ${url}. Accessed ${longDay(accessed)}.`
  );
}

/** A copy of a primary record names the record it copies (schema v2's `original`). */
type Cited = Source & { original?: { publisher: string; title: string; date?: string } };

/**
 * `Publisher. “Title.” 22 March 2024. URL.` A labelled copy of a record is cited as the record,
 * with the copy as where it was read: `Publisher. “Title.” Date. Copy: Mirror, URL.`
 */
export function sourceCitationText(source: Cited): string {
  const date = (iso: string | undefined) => (iso ? ` ${longDay(iso)}.` : '');
  const { original } = source;
  if (original) {
    return (
      `${stripEndStop(original.publisher)}. “${stripEndStop(original.title)}.”${date(original.date)}` +
      ` Copy: ${stripEndStop(source.publisher)}, ${source.url}.`
    );
  }
  return `${stripEndStop(source.publisher)}. “${stripEndStop(source.title)}.”${date(source.date)} ${source.url}.`;
}

function stripEndStop(s: string): string {
  return s.trim().replace(/[.]+$/, '');
}

/**
 * Escapes text for a braced BibTeX field: LaTeX's special characters are escaped, so a title
 * with "50%" or "R&D" compiles; Unicode is kept as is (biblatex and modern BibTeX read UTF-8).
 */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\textbackslash{}';
      case '^':
        return '\\textasciicircum{}';
      case '~':
        return '\\textasciitilde{}';
      default:
        return `\\${c}`;
    }
  });
}

/** A BibTeX key: ASCII letters, digits, hyphens and colons only. */
export function bibtexKey(...parts: string[]): string {
  return parts
    .map((p) =>
      p
        .normalize('NFKD')
        .replace(/[^\x20-\x7e]/g, '')
        .replace(/[^A-Za-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join(':');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A field's value as written in the entry: braced text, or a bare month macro. */
type Field = [name: string, value: string | undefined];

const braced = (text: string | undefined) =>
  text === undefined || text === '' ? undefined : `{${bibtexEscape(text)}}`;

function bibtexEntry(type: string, key: string, fields: Field[]): string {
  const lines = fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([name, value]) => `  ${name} = ${value}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

/**
 * `@misc` with `url` and `urldate`, which both biblatex and natbib styles print. The title is
 * double-braced so that styles keep its capitals ("U.S.", "UN"); a URL is written verbatim, as
 * styles typeset it with \url.
 */
export function eventCitationBibtex({ event, meta, url, accessed }: CitationInput): string {
  const d = parseIsoDay(event.date);
  return bibtexEntry('misc', bibtexKey('stanceline', meta.id, event.id), [
    ['title', `{{${bibtexEscape(stripEndStop(event.title))}}}`],
    ['howpublished', braced(`Stanceline dataset “${meta.title}”`)],
    ['year', `{${d.getUTCFullYear()}}`],
    ['month', event.precision === 'year' ? undefined : MONTHS[d.getUTCMonth()]],
    ['note', braced(`Event of ${eventDateValue(event)}; dataset updated ${meta.updated}`)],
    ['url', `{${url}}`],
    ['urldate', `{${accessed}}`],
  ]);
}

export function sourceCitationBibtex(source: Source, eventId: string): string {
  const d = source.date ? parseIsoDay(source.date) : null;
  return bibtexEntry('misc', bibtexKey(eventId, source.id), [
    ['title', `{{${bibtexEscape(stripEndStop(source.title))}}}`],
    ['howpublished', braced(stripEndStop(source.publisher))],
    ['year', d ? `{${d.getUTCFullYear()}}` : undefined],
    ['month', d ? MONTHS[d.getUTCMonth()] : undefined],
    ['url', `{${source.url}}`],
  ]);
}

export function citationsFor(input: CitationInput): Citations {
  const source = primarySource(input.event.sources);
  return {
    event: { text: eventCitationText(input), bibtex: eventCitationBibtex(input) },
    source: source
      ? {
          text: sourceCitationText(source),
          bibtex: sourceCitationBibtex(source, input.event.id),
          source,
        }
      : null,
  };
}
