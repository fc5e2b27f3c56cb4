/**
 * Numbered source notes for a list of events (the printout): each distinct source gets one
 * number, in order of first appearance, so a press release cited by three events is one note.
 * Sources are the same when their URLs are. For each event, `refs` gives the note number of each
 * of its sources, in the event's own order, so a sentence's `cite` ids map to notes.
 */
import type { Source, StanceEvent } from './schema';

export interface Footnotes {
  /** Notes in number order: `notes[0]` is note 1. */
  notes: Source[];
  /** For each event id, the note number of each of its sources (parallel to `sources`). */
  refs: ReadonlyMap<string, number[]>;
}

export function numberSources(events: readonly Pick<StanceEvent, 'id' | 'sources'>[]): Footnotes {
  const byUrl = new Map<string, number>();
  const notes: Source[] = [];
  const refs = new Map<string, number[]>();
  for (const event of events) {
    refs.set(
      event.id,
      event.sources.map((source) => {
        let n = byUrl.get(source.url);
        if (n === undefined) {
          notes.push(source);
          n = notes.length;
          byUrl.set(source.url, n);
        }
        return n;
      }),
    );
  }
  return { notes, refs };
}

/**
 * The note numbers a sentence cites, ascending and without repeats. A sentence without
 * citations (a file from before claim-level citations) cites all of its event's sources.
 */
export function sentenceNotes(
  event: Pick<StanceEvent, 'sources'>,
  numbers: readonly number[],
  cite: readonly string[],
): number[] {
  const picked =
    cite.length === 0
      ? numbers
      : cite.flatMap((id) => {
          const i = event.sources.findIndex((s) => s.id === id);
          return i === -1 ? [] : [numbers[i]!];
        });
  return [...new Set(picked)].sort((a, b) => a - b);
}
