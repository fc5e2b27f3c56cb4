/**
 * The scene: everything the chart shows at one transform, as plain data in px — lanes, era
 * bands, ticks, marks and clusters. The canvas painter draws it every frame; an exporter (SVG,
 * PNG) can draw the same object; hit-testing searches it. Building it costs the items in the
 * window (the level-of-detail index bounds them by the plot's width), never N.
 */
import type { Era, EventType, StanceEvent } from '../../domain/schema';
import { DAY_MS, isoDayToMs } from '../../domain/dates';
import { estimateTextWidth } from './text-width';
import { lodParams, spansCrossing, visitTrack, type Kept, type LodItem } from './lod';
import { makeTicks, type Ticks, type TimeScale } from './time-scale';
import type { TimelineModel, Track } from './tracks';
import type { Geometry } from './geometry';
import type { LaneKind } from './lanes';
import { markArea } from '../render/shapes';
import { clusterRadius } from './cluster-size';
import { isUncertain } from './precision';

export interface SceneEvent {
  kind: 'event';
  id: string;
  event: StanceEvent;
  type: EventType;
  significance: number;
  track: number;
  index: number;
  lane: number;
  /** ms: start of the event. */
  t: number;
  /** px: centre of the mark. */
  x: number;
  y: number;
  /** px: end of the span bar; equal to x for an event that draws no bar. */
  x1: number;
  /** px: radius of the mark's shape (its area is markArea). */
  r: number;
  colour: number;
  dimmed: boolean;
  /** Ids of the other groups the event involves. */
  others: readonly string[];
  /** True for a date known only to the month or year: its stretch is drawn as uncertain. */
  uncertain: boolean;
  /** For a key event: the side of the mark its row keeps free for the label (label-room.ts). */
  labelSide?: 'right' | 'left';
}

export interface SceneCluster {
  kind: 'cluster';
  id: string;
  track: number;
  lane: number;
  /** ms: where the count is drawn, and the first and last member's start. */
  t: number;
  t0: number;
  t1: number;
  /** Index in the track of the first member: where focus goes when the cluster splits. */
  first: number;
  x: number;
  y: number;
  r: number;
  count: number;
  /** Key events among the members: drawn as a filled bubble. */
  keyCount: number;
  colour: number;
  dimmed: boolean;
}

export type SceneItem = SceneEvent | SceneCluster;

export interface SceneLane {
  id: string;
  label: string;
  kind: LaneKind;
  depth: 0 | 1;
  top: number;
  height: number;
}

export interface SceneEra {
  x0: number;
  x1: number;
  label: string;
  /** True when the name fits in the band. */
  labelled: boolean;
  /** Alternating shade. */
  band: 0 | 1;
}

/** The items of one track, sorted by x: hit-testing binary-searches them. */
export interface SceneTrack {
  track: number;
  y: number;
  from: number;
  to: number;
}

export interface Scene {
  /** px: plot width and full height (axis band, lanes and a bottom margin). */
  width: number;
  height: number;
  axisHeight: number;
  /** The visible window, ms. */
  domain: [number, number];
  lanes: SceneLane[];
  eras: SceneEra[];
  ticks: Ticks;
  items: SceneItem[];
  tracks: SceneTrack[];
}

export interface SceneInput {
  model: TimelineModel;
  /** The scale of this frame. */
  scale: TimeScale;
  /** px: plot width. */
  width: number;
  geometry: Geometry;
  compact: boolean;
  eras: readonly Era[];
  kept: Kept;
  /** Locale for tick labels. */
  locale: string;
  /** px beyond each edge whose items are included, so marks slide in rather than pop. */
  margin?: number;
  /** px: only rows whose centre is in this range are included (the part of the plot on screen). */
  rows?: readonly [number, number];
}

/** px of bottom margin below the last lane. */
export const BOTTOM_PX = 8;
const NO_INDICES: readonly number[] = [];

export function markRadius(significance: number, compact = false): number {
  return Math.sqrt(markArea(significance, compact) / Math.PI);
}

export function buildScene(input: SceneInput): Scene {
  const { model, scale, width, geometry, compact, kept, margin = 40 } = input;
  const [d0, d1] = scale.domain() as [Date, Date];
  const t0 = d0.getTime();
  const t1 = d1.getTime();
  const msPerPx = (t1 - t0) / Math.max(1, width);
  const p = lodParams(msPerPx, compact);
  const a = t0 - margin * msPerPx;
  const b = t1 + margin * msPerPx;

  const items: SceneItem[] = [];
  const tracks: SceneTrack[] = [];
  const [rowTop, rowBottom] = input.rows ?? [-Infinity, Infinity];
  for (const track of model.tracks) {
    if (track.y < rowTop - margin || track.y > rowBottom + margin) continue;
    const from = items.length;
    const keptHere = kept.get(track.index) ?? NO_INDICES;
    const push = (item: LodItem) => {
      items.push(toSceneItem(track, item, scale, compact));
    };
    for (const index of spansCrossing(track, a, b, p, keptHere)) {
      push({ kind: 'event', track: track.index, index, t: track.start[index]! });
    }
    visitTrack(track, a, b, p, keptHere, push);
    if (items.length > from) {
      sortByX(items, from, items.length);
      tracks.push({ track: track.index, y: track.y, from, to: items.length });
    }
  }

  return {
    width,
    height: geometry.axisHeight + model.height + BOTTOM_PX,
    axisHeight: geometry.axisHeight,
    domain: [t0, t1],
    lanes: sceneLanes(model),
    eras: sceneEras(input.eras, scale, width),
    // The canvas draws major labels only (minor ticks are unlabelled marks on the axis).
    ticks: makeTicks(scale, width, input.locale, false),
    items,
    tracks,
  };
}

/**
 * The lanes of a model as the scene lists them: the same for every frame drawn with the model,
 * so made once (a scene is built on every frame of a zoom, and what it allocates is collected
 * in the middle of the gesture).
 */
const lanesOfModel = new WeakMap<TimelineModel, SceneLane[]>();

function sceneLanes(model: TimelineModel): SceneLane[] {
  let lanes = lanesOfModel.get(model);
  if (!lanes) {
    lanes = model.lanes.map(({ lane, top, height }) => ({
      id: lane.id,
      label: lane.label,
      kind: lane.kind,
      depth: lane.depth,
      top,
      height,
    }));
    lanesOfModel.set(model, lanes);
  }
  return lanes;
}

/** A drawn item in px at `scale`. */
export function toSceneItem(
  track: Track,
  item: LodItem,
  scale: TimeScale,
  compact: boolean,
): SceneItem {
  if (item.kind === 'event') {
    const i = item.index;
    const event = track.events[i]!;
    const sx = scale(item.t);
    const ex = scale(track.end[i]!);
    const bar = track.end[i]! - track.start[i]! > DAY_MS && ex - sx > 6;
    return {
      kind: 'event',
      id: event.id,
      event,
      type: event.type,
      significance: event.significance,
      track: track.index,
      index: i,
      lane: track.lane,
      t: item.t,
      x: sx,
      y: track.y,
      x1: bar ? ex : sx,
      uncertain: isUncertain(event),
      r: markRadius(event.significance, compact),
      colour: track.colour[i]!,
      dimmed: track.dimmed[i] === 1,
      others: track.items[i]!.others,
      // Always present (undefined when unset): every event item then has one shape.
      labelSide: track.items[i]!.labelSide,
    };
  }
  return {
    kind: 'cluster',
    id: item.id,
    track: track.index,
    lane: track.lane,
    t: item.t,
    t0: track.start[item.first]!,
    t1: track.start[item.last]!,
    first: item.first,
    x: scale(item.t),
    y: track.y,
    r: clusterRadius(item.count),
    count: item.count,
    keyCount: item.keyCount,
    colour: track.colour[item.first]!,
    dimmed: item.matching === 0,
  };
}

/**
 * Sorts items[from, to) by x in place. Insertion sort: a track's items arrive in time order but
 * for the few spans crossing the window's left edge, so this moves little and allocates nothing.
 * Stable, as the sort it replaces.
 */
export function sortByX(items: SceneItem[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= from && items[j]!.x > item.x) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
}

/** Era bands clipped to the plot, named where the name fits (11 px italic, 6 px padding). */
export function sceneEras(eras: readonly Era[], scale: TimeScale, width: number): SceneEra[] {
  const out: SceneEra[] = [];
  erasInMs(eras).forEach((era, i) => {
    const x0 = Math.max(0, scale(era.start));
    const x1 = Math.min(width, scale(era.end));
    if (x1 <= x0) return;
    out.push({
      x0,
      x1,
      label: era.label,
      labelled: era.labelWidth + 12 < x1 - x0,
      band: i % 2 ? 1 : 0,
    });
  });
  return out;
}

/** Eras' days parsed and names measured once per list of eras, not on every frame. */
const erasMs = new WeakMap<
  readonly Era[],
  Array<{ start: number; end: number; label: string; labelWidth: number }>
>();

function erasInMs(eras: readonly Era[]) {
  let out = erasMs.get(eras);
  if (!out) {
    out = eras.map((era) => ({
      start: isoDayToMs(era.start),
      // The end day is inclusive: the band runs to the end of it.
      end: isoDayToMs(era.end) + DAY_MS,
      label: era.label,
      labelWidth: estimateTextWidth(era.label, 11),
    }));
    erasMs.set(eras, out);
  }
  return out;
}
