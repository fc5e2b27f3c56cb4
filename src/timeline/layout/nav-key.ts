/**
 * The reading order of the drawn items (marks and clusters): what the chart's first view needs
 * of the keyboard's order (which items get buttons, in order: focus.ts), apart from the key
 * moves themselves (navigation.ts), which come with the mark buttons' code.
 */
import { compareIds } from './lod';
import type { Track } from './tracks';

/** Where an item sits in the reading order: time, then track (lane, row), then id. */
export interface NavKey {
  t: number;
  track: number;
  id: string;
}

/** What `keyOf` reads: a drawn item, whether from the index or from a scene. */
export type Keyed =
  | { kind: 'event'; track: number; index: number; t: number }
  | { kind: 'cluster'; track: number; id: string; t: number };

export function keyOf(tracks: readonly Track[], item: Keyed): NavKey {
  const id = item.kind === 'event' ? tracks[item.track]!.events[item.index]!.id : item.id;
  return { t: item.t, track: item.track, id };
}

/** Chronological order with a total tie-break, so → then ← always returns to the start. */
export function compareKeys(a: NavKey, b: NavKey): number {
  return a.t - b.t || a.track - b.track || compareIds(a.id, b.id);
}
