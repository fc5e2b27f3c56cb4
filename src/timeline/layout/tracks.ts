/**
 * The timeline model: lanes stacked vertically, and each row of each lane as a "track" — the
 * events drawn on one line, as parallel arrays sorted by start time. Built once per data,
 * filter, lane-mode or width change, in O(n log n); everything per frame (drawing, culling,
 * level of detail, hit-testing, keyboard moves) reads these arrays by binary search and never
 * walks all N events.
 */
import type { StanceEvent } from '../../domain/schema';
import { DAY_MS } from '../../domain/dates';
import type { Lane, LaneItem } from './lanes';
import { rowY, stackLanes, type Geometry, type PlacedLane } from './geometry';
import { MaxTree } from './max-tree';

export interface Track {
  /** Position in `TimelineModel.tracks`: lanes top to bottom, rows top to bottom within. */
  index: number;
  /** Index of the placed lane (keyboard ↑/↓ walks lanes, not rows). */
  lane: number;
  row: number;
  /** px: centre line of the row, from the top of the chart. */
  y: number;
  items: readonly LaneItem[];
  events: readonly StanceEvent[];
  /** ms, inclusive start and exclusive end of each event, ascending by start. */
  start: Float64Array;
  end: Float64Array;
  significance: Uint8Array;
  /** Colour index of the event's group (the palette wraps). */
  colour: Uint8Array;
  /** 1 for an event that fails the filters and is drawn dimmed. */
  dimmed: Uint8Array;
  /**
   * gap[i] = start[i] − start[i−1] (ms), gap[0] = ∞. Single-linkage clusters at any spacing are
   * the runs between gaps at or above it, so this one tree serves every zoom level.
   */
  gaps: MaxTree;
  /** Indices of key events (significance 3), ascending. */
  keyPos: Int32Array;
  /** keyBefore[i] = how many key events are among indices [0, i); length n + 1. */
  keyBefore: Int32Array;
  /** Per key event (in keyPos order): ms to the nearest other key event in the track, or ∞. */
  keyIsolation: MaxTree;
  /** matchBefore[i] = how many events among [0, i) pass the filters; length n + 1. */
  matchBefore: Int32Array;
  /** Indices of events lasting more than a day (drawn with a bar), ascending. */
  spanPos: Int32Array;
  /** Running maximum of `end` over spanPos: the first span that can reach time t. */
  spanReach: Float64Array;
}

export interface EventPlace {
  track: number;
  index: number;
}

/** Event id → the track and index it is drawn at. */
export interface Places {
  get(id: string): EventPlace | undefined;
  /** How many events are drawn. */
  readonly size: number;
}

export interface TimelineModel {
  lanes: readonly PlacedLane[];
  /** px: height of the lane area below the axis. */
  height: number;
  tracks: readonly Track[];
  where: Places;
}

/**
 * `Places` over the tracks, indexed on the first look-up: most layouts (a filter toggled with
 * nothing open or focused) never look an event up, and a map of every drawn event costs a few
 * ms of each filter change at 10,000 events.
 */
class TrackPlaces implements Places {
  private map: Map<string, EventPlace> | null = null;
  readonly size: number;

  constructor(private readonly tracks: readonly Track[]) {
    let n = 0;
    for (const track of tracks) n += track.events.length;
    this.size = n;
  }

  get(id: string): EventPlace | undefined {
    if (this.map === null) {
      const map = new Map<string, EventPlace>();
      for (const track of this.tracks) {
        track.events.forEach((e, index) => map.set(e.id, { track: track.index, index }));
      }
      this.map = map;
    }
    return this.map.get(id);
  }
}

export interface BuildTracksInput {
  lanes: readonly Lane[];
  geometry: Geometry;
  /** Ids that pass the filters; others are drawn dimmed. */
  matching: ReadonlySet<string>;
  colourOfGroup: ReadonlyMap<string, number>;
}

/** Stacks the lanes and splits every lane into per-row tracks with their indexes. */
export function buildTimelineModel(input: BuildTracksInput): TimelineModel {
  const { lanes, geometry } = input;
  const vertical = stackLanes(lanes, geometry);
  const tracks: Track[] = [];
  for (const placed of vertical.lanes) {
    const { items } = placed.lane;
    let rowCount = 0;
    for (const item of items) rowCount = Math.max(rowCount, item.row + 1);
    const rows = Array.from({ length: rowCount }, (): LaneItem[] => []);
    for (const item of items) rows[item.row]!.push(item);
    rows.forEach((items, row) => {
      if (items.length === 0) return;
      tracks.push(makeTrack(tracks.length, placed, row, items, geometry, input));
    });
  }
  return {
    lanes: vertical.lanes,
    height: vertical.height,
    tracks,
    where: new TrackPlaces(tracks),
  };
}

function makeTrack(
  index: number,
  placed: PlacedLane,
  row: number,
  items: readonly LaneItem[],
  g: Geometry,
  { matching, colourOfGroup }: BuildTracksInput,
): Track {
  // Lane items come sorted by start (key events first on a shared day); keep that order.
  const n = items.length;
  const events: StanceEvent[] = new Array<StanceEvent>(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const significance = new Uint8Array(n);
  const colour = new Uint8Array(n);
  const dimmed = new Uint8Array(n);
  const gap = new Float64Array(n);
  const keyBefore = new Int32Array(n + 1);
  const matchBefore = new Int32Array(n + 1);
  const keys: number[] = [];
  const spans: number[] = [];
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    const { event } = item;
    events[i] = event;
    start[i] = item.start;
    end[i] = item.end;
    significance[i] = event.significance;
    colour[i] = colourOfGroup.get(item.group) ?? colourOfGroup.size;
    const match = matching.has(event.id);
    dimmed[i] = match ? 0 : 1;
    gap[i] = i === 0 ? Infinity : item.start - items[i - 1]!.start;
    const key = event.significance >= 3;
    if (key) keys.push(i);
    if (item.end - item.start > DAY_MS) spans.push(i);
    keyBefore[i + 1] = keyBefore[i]! + (key ? 1 : 0);
    matchBefore[i + 1] = matchBefore[i]! + (match ? 1 : 0);
  }
  const isolation = keys.map((pos, k) => {
    const prev = keys[k - 1];
    const next = keys[k + 1];
    return Math.min(
      prev === undefined ? Infinity : start[pos]! - start[prev]!,
      next === undefined ? Infinity : start[next]! - start[pos]!,
    );
  });
  const spanReach = new Float64Array(spans.length);
  let reach = -Infinity;
  spans.forEach((pos, k) => {
    reach = Math.max(reach, end[pos]!);
    spanReach[k] = reach;
  });
  return {
    index,
    lane: placed.index,
    row,
    y: rowY(placed, row, g),
    items,
    events,
    start,
    end,
    significance,
    colour,
    dimmed,
    gaps: new MaxTree(gap),
    keyPos: Int32Array.from(keys),
    keyBefore,
    keyIsolation: new MaxTree(isolation),
    matchBefore,
    spanPos: Int32Array.from(spans),
    spanReach,
  };
}

/** First index in `sorted[lo, hi)` whose value is ≥ x (hi when none). */
export function lowerBound(
  sorted: ArrayLike<number>,
  x: number,
  lo = 0,
  hi: number = sorted.length,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
