/**
 * Numbered source notes for a list of events (the printout): each distinct source gets one
 * number, in order of first citation, and each event lists the numbers of its sources. Sources
 * are the same when their URLs are, so a press release cited by three events is one note.
 */
import type { Source, StanceEvent } from './schema';

export interface Footnotes {
  /** Notes in number order: `notes[0]` is note 1. */
  notes: Source[];
  /** For each event id, the note numbers of its sources, in the event's order. */
  refs: ReadonlyMap<string, number[]>;
}

export function numberSources(events: readonly Pick<StanceEvent, 'id' | 'sources'>[]): Footnotes {
  const byUrl = new Map<string, number>();
  const notes: Source[] = [];
  const refs = new Map<string, number[]>();
  for (const event of events) {
    const numbers: number[] = [];
    for (const source of event.sources) {
      let n = byUrl.get(source.url);
      if (n === undefined) {
        notes.push(source);
        n = notes.length;
        byUrl.set(source.url, n);
      }
      if (!numbers.includes(n)) numbers.push(n);
    }
    refs.set(event.id, numbers);
  }
  return { notes, refs };
}
