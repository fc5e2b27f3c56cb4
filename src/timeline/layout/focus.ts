/**
 * Keyboard focus on the chart, as data: which item holds the one tab stop, which events are kept
 * out of clusters, which items get a button. Pure; the component keeps a `FocusTarget` in state
 * and resolves it against the current zoom here, so focus survives zooms that split or merge the
 * cluster it was on (it moves to the item that now holds the cluster's first event).
 */
import { itemOf, NO_KEPT, type Kept, type LodItem, type LodParams } from './lod';
import { compareKeys, keyOf } from './nav-key';
import type { SceneItem } from './scene';
import type { TimelineModel } from './tracks';

export interface FocusTarget {
  id: string;
  kind: 'event' | 'cluster';
  track: number;
  /** The event's index in its track, or a cluster's first member's. */
  index: number;
  /** ms: where the item was drawn, to find the nearest one when it leaves the chart. */
  t: number;
}

export function focusTargetOf(model: TimelineModel, item: LodItem | SceneItem): FocusTarget {
  if (item.kind === 'event') {
    const id = model.tracks[item.track]!.events[item.index]!.id;
    return { id, kind: 'event', track: item.track, index: item.index, t: item.t };
  }
  return { id: item.id, kind: 'cluster', track: item.track, index: item.first, t: item.t };
}

/**
 * The selected and focused events, kept out of clusters where they would otherwise be hidden in
 * one. Events already drawn on their own are left out, so moving focus between drawn marks does
 * not change what is drawn.
 */
export function keptEvents(
  model: TimelineModel,
  params: LodParams,
  ids: readonly (string | null | undefined)[],
): Kept {
  const kept = new Map<number, number[]>();
  for (const id of ids) {
    const place = id ? model.where.get(id) : undefined;
    if (!place) continue;
    const track = model.tracks[place.track]!;
    if (itemOf(track, place.index, params, []).kind === 'event') continue;
    const list = kept.get(place.track) ?? [];
    if (!list.includes(place.index)) list.push(place.index);
    kept.set(
      place.track,
      list.sort((a, b) => a - b),
    );
  }
  // The usual case, focus on a mark drawn on its own: one shared empty value, so that what is
  // drawn (the scene, its labels) is not rebuilt for a focus move that changes nothing in it.
  return kept.size === 0 ? NO_KEPT : kept;
}

/** True when two kept sets hold the same event indices. */
export function sameKept(a: Kept, b: Kept): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [track, list] of a) {
    const other = b.get(track);
    if (!other || other.length !== list.length || other.some((v, i) => v !== list[i])) return false;
  }
  return true;
}

/** The item a focus target stands for at this zoom, or null when its event is no longer drawn. */
export function resolveFocus(
  model: TimelineModel,
  params: LodParams,
  kept: Kept,
  target: FocusTarget,
): LodItem | null {
  const track = model.tracks[target.track];
  if (target.kind === 'event') {
    const place = model.where.get(target.id);
    if (!place) return null;
    const t = model.tracks[place.track]!;
    return itemOf(t, place.index, params, kept.get(place.track) ?? []);
  }
  if (!track || target.index >= track.start.length) return null;
  return itemOf(track, target.index, params, kept.get(target.track) ?? []);
}

/** Within its kind, lower first: key-holding clusters, then by significance. */
function rankOf(item: SceneItem): number {
  return item.kind === 'event' ? 3 - item.significance : item.keyCount > 0 ? 0 : 1;
}

/** True for an item drawn inside the plot's width: those get buttons. */
function inPlot(item: SceneItem, width: number): boolean {
  return item.x >= -item.r && item.x <= width + item.r;
}

/** How many of `items` are drawn inside the plot's width. */
export function countInPlot(items: readonly SceneItem[], width: number): number {
  let n = 0;
  for (const item of items) if (inPlot(item, width)) n += 1;
  return n;
}

/**
 * The items that get a button: every item drawn inside the plot up to `cap`, always including
 * `always` (the focused and selected items, wherever they are); above the cap, shared between
 * clusters and single events. In reading order.
 */
export function buttonItems(
  model: TimelineModel,
  inView: readonly SceneItem[],
  always: readonly SceneItem[],
  width: number,
  cap: number,
): SceneItem[] {
  const chosen = new Map<string, SceneItem>();
  for (const item of always) chosen.set(item.id, item);
  const visible = inView.filter((i) => inPlot(i, width) && !chosen.has(i.id));
  if (visible.length + chosen.size <= cap) {
    for (const item of visible) chosen.set(item.id, item);
  } else {
    // Half the room for clusters (those holding key events first), half for single events (key
    // events first): each cluster stands for many events, each key event matters on its own.
    // Either kind's unused share goes to the other. Ties from left to right.
    const clusters = visible
      .filter((i) => i.kind === 'cluster')
      .sort((a, b) => rankOf(a) - rankOf(b) || a.x - b.x);
    const events = visible
      .filter((i) => i.kind === 'event')
      .sort((a, b) => rankOf(a) - rankOf(b) || a.x - b.x);
    const room = cap - chosen.size;
    const forClusters = Math.max(Math.ceil(room / 2), room - events.length);
    for (const item of clusters.slice(0, forClusters)) chosen.set(item.id, item);
    for (const item of events.slice(0, cap - chosen.size)) chosen.set(item.id, item);
  }
  return [...chosen.values()].sort((a, b) =>
    compareKeys(keyOf(model.tracks, a), keyOf(model.tracks, b)),
  );
}
