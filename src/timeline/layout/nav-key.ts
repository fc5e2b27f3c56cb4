/**
 * The reading order of the chart's drawn items (marks and clusters): time, then track, then id.
 * Shared by the first view (the mark buttons are listed in this order) and the keyboard's
 * navigation (navigation.ts, loaded with the buttons' code).
 */
import { compareIds, type Kept, type LodParams } from './lod';
import type { Track } from './tracks';

export interface NavContext {
  tracks: readonly Track[];
  params: LodParams;
  kept: Kept;
}

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
