/**
 * Swim lanes and the rows inside them. Computed once per data or filter change, never per zoom
 * frame: positions here are in time (ms), and only the x scale turns them into px.
 *
 * Lane policy. Each event appears once, in its primary lane:
 *   - mode 'group': the group of its first listed actor (the dataset lists the actor the event
 *     is about first). Other groups it involves are listed in `others`, so the UI can show a
 *     link or a badge instead of drawing the event twice (a duplicate would count twice in
 *     clusters, keyboard navigation and screen readers).
 *   - mode 'type': its event type, lanes in EVENT_TYPES order. `expanded` does not apply.
 * A group in `expanded` is replaced by a header lane (no items, rowCount 0) and one sub-lane per
 * actor of that group that has events; an event goes to the sub-lane of its first actor from
 * that group. Lanes follow the order of `groups` (sub-lanes the order of `actors`); empty lanes
 * are left out. An event whose actors resolve to no known group goes to a last 'Other' lane
 * rather than vanish; validated data never has one.
 *
 * Lane ids are prefixed by kind (`group:unsc`, `actor:blinken`, `type:vote`) because a group,
 * an actor and a type may share a kebab-case id.
 */
import { bisectLeft } from 'd3-array';
import { eventStartMs } from '../../domain/dates';
import { drawnEndMs } from './precision';
import { TYPE_LABEL } from '../../domain/labels';
import { EVENT_TYPES } from '../../domain/schema-constants';
import type { Actor, ActorGroup, EventType, StanceEvent } from '../../domain/schema';

export type LaneMode = 'group' | 'type';
export type LaneKind = 'group' | 'actor' | 'type';

export interface LaneItem {
  eventId: string;
  /** The event itself, so the tracks built from lanes need no look-up by id. */
  event: StanceEvent;
  laneId: string;
  /** 0 = top row of the lane. */
  row: number;
  /** Inclusive start, ms (UTC midnight of the first day). */
  start: number;
  /** Exclusive end, ms (UTC midnight after the last day). */
  end: number;
  /** Group of the event's first actor: the lane's group in group mode. */
  group: string;
  /**
   * Ids of the other groups the event involves, in the order their actors are listed. Most
   * events have none, and those share one frozen empty array.
   */
  others: readonly string[];
  /** True when the lane ran out of rows (`maxRows`) and the item sits on the last row anyway. */
  overflow: boolean;
  /** Which side of the mark the row keeps free for a key event's label, when it keeps one. */
  labelSide?: 'right' | 'left';
}

export interface Lane {
  id: string;
  label: string;
  kind: LaneKind;
  /** The group this lane belongs to: set on group, header and actor lanes, not on type lanes. */
  groupId?: string;
  /** 1 for an actor sub-lane under an expanded group's header. */
  depth: 0 | 1;
  /** Rows the lane needs; 0 for an expanded group's header. */
  rowCount: number;
  /** True for the header of an expanded group (its events are in the sub-lanes below). */
  expanded: boolean;
  /** Sorted by start (then significance, then id), so the renderer can binary-search a window. */
  items: LaneItem[];
}

export interface AssignLanesInput {
  events: readonly StanceEvent[];
  actors: readonly Actor[];
  groups: readonly ActorGroup[];
  mode: LaneMode;
  /** Group ids to show one sub-lane per actor. */
  expanded: ReadonlySet<string>;
  /**
   * Minimum empty time between two items on one row, ms. 0 lets touching intervals share a row
   * (end is exclusive, so a one-day event and one on the next day do not overlap).
   */
  minGapMs?: number;
  /** Most rows a lane may have (at least 1); extra items go on the last row, `overflow: true`. */
  maxRows?: number;
  /**
   * The room a key event (significance 3) may claim in its row, ms: its own interval widened by
   * the space its label needs on one side or the other (label-room.ts), in order of preference.
   * Key events are packed by these footprints, so no mark
   * is drawn where a key event's label goes, and a lane grows past `maxRows` by as many rows as
   * its key events need. Without it, key events claim only their own interval.
   */
  keyFootprint?: (event: StanceEvent, start: number, end: number) => KeyRoom;
  /** With `keyFootprint`: most rows the key events may take (default `maxRows`). */
  maxKeyRows?: number;
}

/** Id of the lane for events whose actors resolve to no known group; never a kebab-case id. */
export const OTHER_LANE_ID = 'group:*';

export const laneId = {
  group: (id: string) => `group:${id}`,
  actor: (id: string) => `actor:${id}`,
  type: (type: EventType) => `type:${type}`,
};

/** What row partitioning needs from an item: its interval and a tie-break order. */
export interface RowInterval {
  start: number;
  end: number;
}

export interface RowAssignment {
  /** Row per input interval, in input order. */
  rows: number[];
  overflow: boolean[];
  rowCount: number;
}

/**
 * The footprints a key event may take in its row, in order of preference: the first is its
 * label's room on the right of the mark, the second on the left.
 */
export type KeyRoom = readonly [RowInterval, RowInterval?];

/**
 * Key events packed by their rooms: in order of start, each takes the lowest row where one of
 * its footprints (the first that fits) keeps `minGapMs` clear of the footprints already there.
 * Rows hold their footprints sorted and disjoint, so a fit is two neighbours found by binary
 * search; O(k · rows · log k). Past `maxRows` a key event is flagged `overflow`.
 */
export function packKeyRooms(
  rooms: readonly KeyRoom[],
  minGapMs: number,
  maxRows: number,
): RowAssignment & { chosen: number[] } {
  const starts: number[][] = [];
  const ends: number[][] = [];
  const rows: number[] = [];
  const overflow: boolean[] = [];
  const chosen: number[] = [];
  for (const room of rooms) {
    let placed = false;
    for (let row = 0; row < maxRows && !placed; row++) {
      const s = (starts[row] ??= []);
      const e = (ends[row] ??= []);
      for (let o = 0; o < room.length; o++) {
        const option = room[o];
        if (!option) continue;
        const i = bisectLeft(s, option.start);
        if (i > 0 && e[i - 1]! + minGapMs > option.start) continue;
        if (i < s.length && option.end + minGapMs > s[i]!) continue;
        s.splice(i, 0, option.start);
        e.splice(i, 0, option.end);
        rows.push(row);
        overflow.push(false);
        chosen.push(o);
        placed = true;
        break;
      }
    }
    if (!placed) {
      rows.push(maxRows - 1);
      overflow.push(true);
      chosen.push(0);
    }
  }
  return { rows, overflow, chosen, rowCount: starts.filter((s) => s.length > 0).length };
}

/**
 * Binary min-heap of (key, value) number pairs in two flat arrays: no object per entry and no
 * callback per comparison, because a lane of 100k events pushes and pops 100k times.
 */
class PairHeap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  /** Smallest key; Infinity when empty. */
  peekKey(): number {
    return this.keys.length > 0 ? this.keys[0]! : Infinity;
  }

  push(key: number, value: number): void {
    const { keys, values } = this;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent]!;
      if (pk <= key) break;
      keys[i] = pk;
      values[i] = values[parent]!;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes the entry with the smallest key and returns its value; undefined when empty. */
  pop(): number | undefined {
    const { keys, values } = this;
    if (keys.length === 0) return undefined;
    const top = values[0];
    const key = keys.pop()!;
    const value = values.pop()!;
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && keys[child + 1]! < keys[child]!) child++;
        if (keys[child]! >= key) break;
        keys[i] = keys[child]!;
        values[i] = values[child]!;
        i = child;
      }
      keys[i] = key;
      values[i] = value;
    }
    return top;
  }
}

/**
 * Greedy interval partitioning (vis-timeline's stacking, without its mutation): intervals must
 * come sorted by start; each goes to the lowest-numbered row whose last end + `minGapMs` ≤ its
 * start. O(n log n) with two heaps: rows still busy keyed by when they free up, and free rows
 * keyed by index. Because starts only grow, a row that has freed up stays free until used.
 * Past `maxRows` an interval that fits nowhere goes on the last row, flagged, without moving
 * that row's end: overflow items are drawn as "more here", and must not push later items down.
 */
export function partitionRows(
  sorted: readonly RowInterval[],
  minGapMs = 0,
  maxRows = Infinity,
): RowAssignment {
  const cap = Math.max(1, Math.floor(maxRows));
  const rows: number[] = [];
  const overflow: boolean[] = [];
  const busy = new PairHeap(); // key: when the row frees up (ms), value: row
  const free = new PairHeap(); // key and value: row
  let rowCount = 0;

  for (const { start, end } of sorted) {
    while (busy.peekKey() <= start) {
      const freed = busy.pop()!;
      free.push(freed, freed);
    }
    let row = free.pop();
    if (row === undefined && rowCount < cap) row = rowCount++;
    if (row === undefined) {
      rows.push(cap - 1);
      overflow.push(true);
      continue;
    }
    rows.push(row);
    overflow.push(false);
    busy.push(end + minGapMs, row);
  }
  return { rows, overflow, rowCount };
}

/**
 * Rows for a lane where key events come first: the key events are packed on their own (as
 * `partitionRows` packs), then every other event takes the lowest row where it fits between the
 * key events and the events already there. On a crowded day the key events thus get rows of
 * their own and the minor ones overflow, rather than the other way round. `sorted` as for
 * `partitionRows`; O(n · rows · log n).
 *
 * `rooms` (optional, one per interval) are the footprints a key event may claim in its row,
 * which may reach further left or right than its own interval (its label); key events are then
 * packed by them (`packKeyRooms`). Key events get as many rows as they need up to `maxKeyRows`
 * (default `maxRows`); the other events may then use one row more than the key events, so that
 * what overflows lands on a row free of key events and never covers a key event's label. A key
 * event that finds no room with its label is then placed as the other events are, on its own
 * interval, and may open up to HOMELESS_KEY_ROWS rows under the lane's (off the overflow row), so
 * that it is drawn on its own rather than gathered into a cluster with the overflow.
 */
export function partitionRowsKeysFirst(
  sorted: readonly RowInterval[],
  isKey: ArrayLike<boolean | number>,
  minGapMs = 0,
  maxRows = Infinity,
  rooms?: readonly KeyRoom[],
  maxKeyRows = maxRows,
): RowAssignment & { chosen: number[] } {
  const keyCap = Math.max(1, Math.floor(maxKeyRows));
  const keyIdx: number[] = [];
  sorted.forEach((_, i) => {
    if (isKey[i]) keyIdx.push(i);
  });
  const keys = rooms
    ? packKeyRooms(
        keyIdx.map((i) => rooms[i]!),
        minGapMs,
        keyCap,
      )
    : {
        ...partitionRows(
          keyIdx.map((i) => sorted[i]!),
          minGapMs,
          keyCap,
        ),
        chosen: [],
      };
  const extra = rooms ? 1 : 0;
  const cap = Math.max(1, Math.floor(maxRows), Math.min(keys.rowCount + extra, keyCap + extra));
  const rows = new Array<number>(sorted.length).fill(0);
  const overflow = new Array<boolean>(sorted.length).fill(false);
  /** Per interval: which of its rooms a key event took (0 for every other). */
  const chosen = new Array<number>(sorted.length).fill(0);
  // Per row, the key footprints placed on it, sorted and disjoint with the gap between.
  const keyStarts: number[][] = [];
  const keyEnds: number[][] = [];
  /** 1 for a key event that found no room with its label: placed below as the others are. */
  const homeless = new Uint8Array(sorted.length);
  keyIdx.forEach((i, k) => {
    const row = keys.rows[k]!;
    overflow[i] = keys.overflow[k]!;
    // Packed with their labels' room, a key event that found none is placed below as the other
    // events are; otherwise it goes where the other overflow goes.
    if (overflow[i] && rooms) {
      overflow[i] = false;
      homeless[i] = 1;
      return;
    }
    rows[i] = overflow[i] && extra ? cap - 1 : row;
    if (overflow[i]) return;
    chosen[i] = keys.chosen[k] ?? 0;
    const room = rooms ? rooms[i]![chosen[i]]! : sorted[i]!;
    const s = (keyStarts[row] ??= []);
    const at = bisectLeft(s, room.start);
    s.splice(at, 0, room.start);
    (keyEnds[row] ??= []).splice(at, 0, room.end);
  });
  let rowCount = keys.overflow.includes(true) && !rooms ? cap : keys.rowCount;
  // ms: per row, the end of the last event placed on it (−∞ for none yet). Rows below `cap`
  // (which may be ∞), or opened one at a time under the key events' rows, and a few more.
  const rowsAtMost = Math.min(cap, keys.rowCount + sorted.length + 1) + HOMELESS_KEY_ROWS;
  const lastEnd = new Float64Array(rowsAtMost).fill(-Infinity);
  for (let i = 0; i < sorted.length; i++) {
    // A key event that found no room with its label may open rows of its own under the lane's
    // (but not use the overflow row), so that it is drawn on its own rather than in a cluster.
    const homelessKey = homeless[i] === 1;
    if (isKey[i] && !homelessKey) continue;
    const { start, end } = sorted[i]!;
    let placed = -1;
    const limit = homelessKey ? cap + HOMELESS_KEY_ROWS : cap;
    // The highest row it may open: the next one, or for such a key the first under the lane's.
    const top = homelessKey ? Math.max(rowCount, cap) : rowCount;
    for (let row = 0; row < limit && row <= top; row++) {
      if (homelessKey && extra && row === cap - 1) continue;
      if (lastEnd[row]! + minGapMs > start) continue;
      // The only key event that can collide is the last one starting before end + gap.
      const starts = keyStarts[row];
      if (starts) {
        let lo = 0;
        let hi = starts.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (starts[mid]! < end + minGapMs) lo = mid + 1;
          else hi = mid;
        }
        if (lo > 0 && keyEnds[row]![lo - 1]! + minGapMs > start) continue;
      }
      placed = row;
      break;
    }
    if (placed === -1) {
      rows[i] = cap - 1;
      overflow[i] = true;
      rowCount = Math.max(rowCount, cap);
      continue;
    }
    rows[i] = placed;
    lastEnd[placed] = end;
    rowCount = Math.max(rowCount, placed + 1);
  }
  return { rows, overflow, rowCount, chosen };
}

/** Rows a lane may add under its own for key events that found no room with their labels. */
const HOMELESS_KEY_ROWS = 2;

const NO_OTHERS: readonly string[] = Object.freeze([]);

interface Draft {
  event: StanceEvent;
  /**
   * Sort key: start plus 0–2 ms for lower significance. Starts are whole UTC days, so the few
   * ms never cross a day; they put key events first on a shared day with a number compare.
   */
  key: number;
  start: number;
  end: number;
  group: string;
  others: readonly string[];
  /** Actor id of the first actor from the primary group, for expanded sub-lanes. */
  actor: string | undefined;
}

interface LaneSpec {
  id: string;
  label: string;
  kind: LaneKind;
  groupId?: string;
  depth: 0 | 1;
  expanded: boolean;
  drafts: Draft[];
}

/** Start, then significance (key events take the upper rows on a shared day), then id. */
function byStart(a: Draft, b: Draft): number {
  if (a.key !== b.key) return a.key - b.key;
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
}

/** The room of an event that is not a key event: never read (only key events claim room). */
const NO_ROOM: KeyRoom = [{ start: 0, end: 0 }];

function layOut(
  spec: LaneSpec,
  minGapMs: number,
  maxRows: number,
  keyFootprint: AssignLanesInput['keyFootprint'],
  maxKeyRows: number,
): Lane {
  const drafts = [...spec.drafts].sort(byStart);
  const n = drafts.length;
  // One pass, typed and without a closure per draft: a filter change lays out every lane again.
  const isKey = new Uint8Array(n);
  const rooms: KeyRoom[] | undefined = keyFootprint ? new Array<KeyRoom>(n) : undefined;
  for (let i = 0; i < n; i++) {
    const d = drafts[i]!;
    const key = d.event.significance >= 3;
    isKey[i] = key ? 1 : 0;
    if (rooms) rooms[i] = key ? keyFootprint!(d.event, d.start, d.end) : NO_ROOM;
  }
  const { rows, overflow, rowCount, chosen } = partitionRowsKeysFirst(
    drafts,
    isKey,
    minGapMs,
    maxRows,
    rooms,
    keyFootprint ? maxKeyRows : maxRows,
  );
  const items = new Array<LaneItem>(n);
  for (let i = 0; i < n; i++) {
    const d = drafts[i]!;
    const item: LaneItem = {
      eventId: d.event.id,
      event: d.event,
      laneId: spec.id,
      row: rows[i] ?? 0,
      start: d.start,
      end: d.end,
      group: d.group,
      others: d.others,
      overflow: overflow[i] ?? false,
    };
    if (rooms && isKey[i] && !overflow[i]) item.labelSide = chosen[i] ? 'left' : 'right';
    items[i] = item;
  }
  const lane: Lane = {
    id: spec.id,
    label: spec.label,
    kind: spec.kind,
    depth: spec.depth,
    rowCount,
    expanded: spec.expanded,
    items,
  };
  if (spec.groupId !== undefined) lane.groupId = spec.groupId;
  return lane;
}

/**
 * Lanes with their items and rows, per the lane policy at the top of this file. Pure: returns
 * new objects and never touches its input.
 */
export function assignLanes(input: AssignLanesInput): Lane[] {
  const { events, actors, groups, mode, expanded, minGapMs = 0, maxRows = Infinity } = input;
  const { keyFootprint, maxKeyRows = maxRows } = input;
  const cache = draftCache(actors, groups);
  const drafts: Draft[] = events.map((event) => {
    let draft = cache.drafts.get(event);
    if (draft === undefined) {
      draft = makeDraft(event, cache.groupOf);
      cache.drafts.set(event, draft);
    }
    return draft;
  });

  const specs = mode === 'type' ? typeSpecs(drafts) : groupSpecs(drafts, actors, groups, expanded);
  return specs
    .filter((s) => s.drafts.length > 0 || s.expanded)
    .map((s) => layOut(s, minGapMs, maxRows, keyFootprint, maxKeyRows));
}

/**
 * Drafts depend only on the event and the dataset's actors and groups, never on the filters: a
 * filter change lays out a subset of the same event objects, so their dates are parsed and their
 * groups resolved once per dataset rather than once per filter toggle.
 */
interface DraftCache {
  groupOf: ReadonlyMap<string, string>;
  drafts: WeakMap<StanceEvent, Draft>;
}

const draftCaches = new WeakMap<readonly Actor[], WeakMap<readonly ActorGroup[], DraftCache>>();

function draftCache(actors: readonly Actor[], groups: readonly ActorGroup[]): DraftCache {
  let byGroups = draftCaches.get(actors);
  if (byGroups === undefined) {
    byGroups = new WeakMap();
    draftCaches.set(actors, byGroups);
  }
  let cache = byGroups.get(groups);
  if (cache === undefined) {
    const groupIds = new Set(groups.map((g) => g.id));
    const groupOf = new Map<string, string>();
    for (const a of actors) if (groupIds.has(a.group)) groupOf.set(a.id, a.group);
    cache = { groupOf, drafts: new WeakMap() };
    byGroups.set(groups, cache);
  }
  return cache;
}

function makeDraft(event: StanceEvent, groupOf: ReadonlyMap<string, string>): Draft {
  const involved: string[] = [];
  let actor: string | undefined;
  for (const ref of event.actors) {
    const g = groupOf.get(ref.actor);
    if (g === undefined) continue;
    if (involved.length === 0) actor = ref.actor;
    if (!involved.includes(g)) involved.push(g);
  }
  const start = eventStartMs(event);
  return {
    event,
    key: start + (3 - event.significance),
    start,
    end: drawnEndMs(event),
    group: involved[0] ?? '',
    others: involved.length > 1 ? involved.slice(1) : NO_OTHERS,
    actor,
  };
}

function typeSpecs(drafts: readonly Draft[]): LaneSpec[] {
  const byType = new Map<EventType, Draft[]>();
  for (const d of drafts) {
    const list = byType.get(d.event.type);
    if (list) list.push(d);
    else byType.set(d.event.type, [d]);
  }
  return EVENT_TYPES.map((type) => ({
    id: laneId.type(type),
    label: TYPE_LABEL[type],
    kind: 'type',
    depth: 0,
    expanded: false,
    drafts: byType.get(type) ?? [],
  }));
}

function groupSpecs(
  drafts: readonly Draft[],
  actors: readonly Actor[],
  groups: readonly ActorGroup[],
  expanded: ReadonlySet<string>,
): LaneSpec[] {
  const byGroup = new Map<string, Draft[]>();
  for (const d of drafts) {
    const list = byGroup.get(d.group);
    if (list) list.push(d);
    else byGroup.set(d.group, [d]);
  }

  const specs: LaneSpec[] = [];
  for (const group of groups) {
    const members = byGroup.get(group.id) ?? [];
    const isExpanded = expanded.has(group.id);
    if (isExpanded && members.length === 0) continue; // an expanded group with no events is still empty
    // Collapsed, the group lane holds its events; expanded, it is a header over actor lanes.
    specs.push({
      id: laneId.group(group.id),
      label: group.name,
      kind: 'group',
      groupId: group.id,
      depth: 0,
      expanded: isExpanded,
      drafts: isExpanded ? [] : members,
    });
    if (!isExpanded) continue;
    const byActor = new Map<string, Draft[]>();
    for (const d of members) {
      const key = d.actor ?? '';
      const list = byActor.get(key);
      if (list) list.push(d);
      else byActor.set(key, [d]);
    }
    for (const actor of actors) {
      if (actor.group !== group.id) continue;
      specs.push({
        id: laneId.actor(actor.id),
        label: actor.shortName ?? actor.name,
        kind: 'actor',
        groupId: group.id,
        depth: 1,
        expanded: false,
        drafts: byActor.get(actor.id) ?? [],
      });
    }
  }
  const orphans = byGroup.get('');
  if (orphans) {
    specs.push({
      id: OTHER_LANE_ID,
      label: 'Other',
      kind: 'group',
      depth: 0,
      expanded: false,
      drafts: orphans,
    });
  }
  return specs;
}

/**
 * Event id → its lane item (which carries `laneId` and `row`), for selection, keyboard
 * navigation and scrolling an event into view. An expanded group's header holds no items, so
 * its events map to their actor sub-lanes.
 */
export function laneOfEvent(lanes: readonly Lane[]): ReadonlyMap<string, LaneItem> {
  const map = new Map<string, LaneItem>();
  for (const lane of lanes) for (const item of lane.items) map.set(item.eventId, item);
  return map;
}
