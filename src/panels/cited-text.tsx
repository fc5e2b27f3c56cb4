/**
 * Claim-level citations in the details panel: each sentence followed by its footnote markers,
 * Wikipedia style ("… fails.[1][2]"). A marker is a button that moves focus to its source in the
 * panel's numbered source list, so keyboard and screen-reader users land on the source itself.
 */
import type { Sentence, StanceEvent } from '../domain/schema';
import { footnotesFor, markerText, type Footnote } from '../domain/footnotes';
import { Highlight } from './highlight';

/** The DOM id of a source's list item; unique per event and source. */
export function sourceItemId(eventId: string, sourceId: string): string {
  return `source-${eventId}--${sourceId}`;
}

/** Focus (and so scroll to) a source's list item. Its :focus style shows where focus landed. */
function focusSource(eventId: string, sourceId: string): void {
  document.getElementById(sourceItemId(eventId, sourceId))?.focus();
}

export function FootnoteMarkers({
  eventId,
  footnotes,
}: {
  eventId: string;
  footnotes: readonly Footnote[];
}) {
  if (footnotes.length === 0) return null;
  return (
    <sup className="cite">
      {footnotes.map(({ number, source }) => (
        <button
          key={source.id}
          type="button"
          className="cite-ref"
          aria-label={`Source ${number}: ${source.publisher}`}
          onClick={() => focusSource(eventId, source.id)}
        >
          [{number}]
        </button>
      ))}
    </sup>
  );
}

/** Sentences as running text, each with its markers; search matches marked. */
export function CitedSentences({
  event,
  sentences,
  query = '',
}: {
  event: Pick<StanceEvent, 'id' | 'sources'>;
  sentences: readonly Sentence[];
  query?: string;
}) {
  return (
    <>
      {sentences.map((sentence, i) => (
        <span key={i} className="sentence">
          {i > 0 && ' '}
          <Highlight text={sentence.text} query={query} />
          <FootnoteMarkers eventId={event.id} footnotes={footnotesFor(event, sentence.cite)} />
        </span>
      ))}
    </>
  );
}

/**
 * The list view's compact form: the same sentences and numbers as the details panel, markers as
 * plain text (the sources themselves are one click away, in the event's details).
 */
export function PlainCitedSentences({
  event,
  sentences,
  query = '',
}: {
  event: Pick<StanceEvent, 'sources'>;
  sentences: readonly Sentence[];
  query?: string;
}) {
  return (
    <>
      {sentences.map((sentence, i) => {
        const marker = markerText(footnotesFor(event, sentence.cite));
        return (
          <span key={i}>
            {i > 0 && ' '}
            <Highlight text={sentence.text} query={query} />
            {marker && <sup className="cite-plain">{marker}</sup>}
          </span>
        );
      })}
    </>
  );
}
