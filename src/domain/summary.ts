/**
 * The summary as plain text, for every place that needs prose rather than cited sentences:
 * search, tooltips, link previews, exports and print. Citations are dropped here; callers that
 * want footnote markers use `footnotes.ts`.
 */
import type { Sentence, StanceEvent } from './schema';

/** Sentences joined by one space, as a reader would write them in a paragraph. */
export function sentencesText(sentences: readonly Sentence[]): string {
  return sentences
    .map((s) => s.text.trim())
    .filter((t) => t !== '')
    .join(' ');
}

/** The event's summary as one plain-text paragraph. */
export function summaryText(event: Pick<StanceEvent, 'summary'>): string {
  return sentencesText(event.summary);
}
