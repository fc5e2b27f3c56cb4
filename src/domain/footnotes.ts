/**
 * Footnote numbering for claim-level citations, shared by the details panel, the list view and
 * the exports so that every view of an event says "[2]" for the same source.
 *
 * The rule: footnote n is the n-th source in the event's `sources` list (which authors order
 * strongest first). Numbers follow the list rather than the order of first citation, so they
 * stay the same whichever sentences a view shows, and the numbered source list reads 1, 2, 3…
 * Within one marker the numbers are ascending and each appears once, whatever order `cite`
 * lists them in. Ids that name no source (the validator rejects them) are skipped.
 */
import type { Sentence, Source, StanceEvent } from './schema';

export interface Footnote {
  /** 1-based position of the source in the event's sources list. */
  number: number;
  source: Source;
}

type WithSources = Pick<StanceEvent, 'sources'>;

/** Every source of the event with its footnote number, in list order. */
export function eventFootnotes(event: WithSources): Footnote[] {
  return event.sources.map((source, i) => ({ number: i + 1, source }));
}

/** Source id → footnote number. */
export function footnoteNumbers(event: WithSources): ReadonlyMap<string, number> {
  return new Map(event.sources.map((source, i) => [source.id, i + 1]));
}

/** The footnotes a `cite` list points at: ascending, without repeats or unknown ids. */
export function footnotesFor(event: WithSources, cite: readonly string[]): Footnote[] {
  const numbers = footnoteNumbers(event);
  const picked = new Set<number>();
  for (const id of cite) {
    const n = numbers.get(id);
    if (n !== undefined) picked.add(n);
  }
  return [...picked]
    .sort((a, b) => a - b)
    .map((number) => ({ number, source: event.sources[number - 1]! }));
}

/** A marker as plain text, Wikipedia style: "[1][3]"; empty for no citation. */
export function markerText(footnotes: readonly Footnote[]): string {
  return footnotes.map((f) => `[${f.number}]`).join('');
}

/** A sentence with its marker appended: "The draft fails.[1][2]". */
export function citedSentenceText(event: WithSources, sentence: Sentence): string {
  return `${sentence.text.trim()}${markerText(footnotesFor(event, sentence.cite))}`;
}

/** Sentences as one paragraph with their markers, for plain-text views and exports. */
export function citedText(event: WithSources, sentences: readonly Sentence[]): string {
  return sentences
    .filter((s) => s.text.trim() !== '')
    .map((s) => citedSentenceText(event, s))
    .join(' ');
}

/** The summary with footnote markers, e.g. for a CSV cell or a printed list. */
export function summaryWithMarkers(event: Pick<StanceEvent, 'sources' | 'summary'>): string {
  return citedText(event, event.summary);
}
