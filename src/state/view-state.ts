/**
 * What a person is looking at: the dataset, the open event, the filters, the time window and how
 * the timeline is drawn. The window (`from`/`to`) is navigation only: it moves what the timeline
 * shows and never which events count. The date filter (`since`/`until`) is a filter like the
 * others. It is the state a link encodes (`url-codec.ts`), the store holds
 * (`view-store.ts`) and the selectors read, so it is plain data: strings, string lists, nulls.
 *
 * Canonical form: lists sorted and free of duplicates, the window never inverted. Equal views
 * then compare equal field by field and serialize to the same link.
 */
import { isRealCalendarDate } from '../domain/dates';
import { EVENT_TYPES } from '../domain/schema-constants';
import type { EventType } from '../domain/schema';

export type ViewMode = 'timeline' | 'list';
export type LaneMode = 'group' | 'type';
export type FilteredMode = 'hide' | 'dim';
/**
 * Which way the timeline reads: 'auto' follows the screen (top to bottom on a phone, left to
 * right above it); the other two are a reader's explicit choice, kept at any width.
 */
export type OrientMode = 'auto' | 'vertical' | 'horizontal';

export const VIEW_MODES: readonly ViewMode[] = ['timeline', 'list'];
export const LANE_MODES: readonly LaneMode[] = ['group', 'type'];
export const FILTERED_MODES: readonly FilteredMode[] = ['hide', 'dim'];
export const ORIENT_MODES: readonly OrientMode[] = ['auto', 'vertical', 'horizontal'];

export interface ViewState {
  /** Dataset id; null = the index's first dataset. */
  dataset: string | null;
  /**
   * A hosted file to open instead of a built-in dataset (`?src=`): an https URL, or a path on
   * this site, as the link gives it; null = none. Whether it may be fetched is decided when it is
   * opened (`record-source.ts`), where the page's origin is known.
   */
  src: string | null;
  /** A file opened from this device, by the key it is kept under in this browser; null = none. */
  file: string | null;
  /** Selected event id; the details panel is open while it is set. */
  event: string | null;
  /** Selected actor ids; [] = no actor filter. An event matches if it involves ANY of them. */
  actors: string[];
  /** Event types to show; [] = all types. */
  types: EventType[];
  /** Tag ids; [] = all. An event matches if it has ANY of them. */
  tags: string[];
  /** Full-text search, verbatim as typed; '' = none. */
  q: string;
  /** Date filter: events ending on or after this day, `YYYY-MM-DD`; null = no lower bound. */
  since: string | null;
  /** Date filter: events starting on or before this day, `YYYY-MM-DD`; null = no upper bound. */
  until: string | null;
  /** Inclusive start of the visible window, `YYYY-MM-DD`; null = the start of the data. */
  from: string | null;
  /** Inclusive end of the visible window, `YYYY-MM-DD`; null = the end of the data. */
  to: string | null;
  view: ViewMode;
  lanes: LaneMode;
  /** Whether events that fail the filters are hidden or drawn dimmed. */
  filtered: FilteredMode;
  orient: OrientMode;
  /** Group ids whose lanes are expanded into one lane per actor. */
  expanded: string[];
  /** Embed mode: the chart without the page's chrome, for an `<iframe>` on another site. */
  embed: boolean;
  /** Id of the open story (the dataset's `stories`); null = none. */
  story: string | null;
  /** 1-based step of the open story; null exactly when no story is open. */
  step: number | null;
  /** Two days compared, `YYYY-MM-DD..YYYY-MM-DD`, earlier first; null = no comparison. */
  compare: string | null;
}

// Frozen so that a stray `DEFAULT_VIEW_STATE.actors.push(…)` throws instead of silently
// changing every later default. The cast only drops `readonly` from the arrays' types.
export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  dataset: null,
  src: null,
  file: null,
  event: null,
  actors: Object.freeze([]) as unknown as string[],
  types: Object.freeze([]) as unknown as EventType[],
  tags: Object.freeze([]) as unknown as string[],
  q: '',
  since: null,
  until: null,
  from: null,
  to: null,
  view: 'timeline',
  lanes: 'group',
  filtered: 'hide',
  orient: 'auto',
  expanded: Object.freeze([]) as unknown as string[],
  embed: false,
  story: null,
  step: null,
  compare: null,
});

/** The id syntax of the data (`idSchema`): lowercase letters and digits joined by single hyphens. */
const LINK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isLinkId(s: string): boolean {
  return LINK_ID.test(s);
}

const EVENT_TYPE_SET: ReadonlySet<string> = new Set(EVENT_TYPES);

export function isEventType(s: string): s is EventType {
  return EVENT_TYPE_SET.has(s);
}

export function isViewMode(s: string): s is ViewMode {
  return (VIEW_MODES as readonly string[]).includes(s);
}

export function isLaneMode(s: string): s is LaneMode {
  return (LANE_MODES as readonly string[]).includes(s);
}

export function isFilteredMode(s: string): s is FilteredMode {
  return (FILTERED_MODES as readonly string[]).includes(s);
}

export function isOrientMode(s: string): s is OrientMode {
  return (ORIENT_MODES as readonly string[]).includes(s);
}

// A lone UTF-16 surrogate cannot be percent-encoded: URLSearchParams writes it as U+FFFD, so a
// query holding one would change on its way through a link. Replacing it up front keeps the
// round trip exact.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function toWellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

/** The two days of a `compare` value, earlier first, or null if it is not `DAY..DAY`. */
export function compareDays(value: string | null): [string, string] | null {
  const m = value === null ? null : /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (!m || !isRealCalendarDate(m[1]!) || !isRealCalendarDate(m[2]!)) return null;
  return m[1]! <= m[2]! ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
}

/** The `compare` value of two days, in order. */
export function compareValue(a: string, b: string): string {
  return a <= b ? `${a}..${b}` : `${b}..${a}`;
}

/** Code-unit order, not locale order, so the canonical form is the same on every machine. */
function sortedUnique<T extends string>(items: readonly T[], keep: (s: string) => boolean): T[] {
  return [...new Set(items)].filter(keep).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The canonical form of a view. Sorts and de-duplicates the lists, swaps an inverted window or
 * date range,
 * and silently drops what no link could carry (malformed ids, unknown types, unreal dates, lone
 * surrogates); `parse` reports such values as warnings before they ever get here, so in practice
 * the dropping only guards the store against a programming slip. The search text is kept as typed
 * (not trimmed), because the store holds it while someone is still typing.
 */
export function normalizeViewState(s: ViewState): ViewState {
  const id = (v: string | null) => (v !== null && isLinkId(v) ? v : null);
  const day = (v: string | null) => (v !== null && isRealCalendarDate(v) ? v : null);
  let from = day(s.from);
  let to = day(s.to);
  let since = day(s.since);
  let until = day(s.until);
  // ISO days compare correctly as strings.
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  if (since !== null && until !== null && since > until) [since, until] = [until, since];
  const src = s.src === null ? null : toWellFormed(s.src.trim());
  return {
    dataset: id(s.dataset),
    src: src === '' ? null : src,
    file: id(s.file),
    event: id(s.event),
    actors: sortedUnique(s.actors, isLinkId),
    types: sortedUnique(s.types, isEventType),
    tags: sortedUnique(s.tags, isLinkId),
    q: toWellFormed(s.q),
    since,
    until,
    from,
    to,
    view: isViewMode(s.view) ? s.view : DEFAULT_VIEW_STATE.view,
    lanes: isLaneMode(s.lanes) ? s.lanes : DEFAULT_VIEW_STATE.lanes,
    filtered: isFilteredMode(s.filtered) ? s.filtered : DEFAULT_VIEW_STATE.filtered,
    orient: isOrientMode(s.orient) ? s.orient : DEFAULT_VIEW_STATE.orient,
    expanded: sortedUnique(s.expanded, isLinkId),
    embed: s.embed === true,
    ...normalizeStory(id(s.story), s.step),
    compare: ((days) => (days ? compareValue(...days) : null))(compareDays(s.compare)),
  };
}

/** A step only with a story; a story opens on step 1 unless a whole step ≥ 1 is given. */
function normalizeStory(story: string | null, step: number | null) {
  if (story === null) return { story, step: null };
  return { story, step: step !== null && Number.isInteger(step) && step >= 1 ? step : 1 };
}

function isCanonicalList(items: readonly string[], valid: (s: string) => boolean): boolean {
  // Strictly increasing means both sorted and free of duplicates.
  return items.every((v, i) => valid(v) && (i === 0 || (items[i - 1] ?? '') < v));
}

/**
 * True when a view is complete, valid and canonical: what `parse` and every store action must
 * produce. Written out check by check rather than as `normalize(s) equals s`, so that tests of
 * `normalizeViewState` and `parse` against it can actually fail.
 */
export function isValidViewState(s: ViewState): boolean {
  const optionalId = (v: string | null) => v === null || isLinkId(v);
  const optionalDay = (v: string | null) => v === null || isRealCalendarDate(v);
  return (
    optionalId(s.dataset) &&
    (s.src === null ||
      (s.src !== '' && s.src === s.src.trim() && !new RegExp(LONE_SURROGATE.source).test(s.src))) &&
    optionalId(s.file) &&
    optionalId(s.event) &&
    isCanonicalList(s.actors, isLinkId) &&
    isCanonicalList(s.types, isEventType) &&
    isCanonicalList(s.tags, isLinkId) &&
    isCanonicalList(s.expanded, isLinkId) &&
    typeof s.q === 'string' &&
    !new RegExp(LONE_SURROGATE.source).test(s.q) &&
    optionalDay(s.from) &&
    optionalDay(s.to) &&
    (s.from === null || s.to === null || s.from <= s.to) &&
    optionalDay(s.since) &&
    optionalDay(s.until) &&
    (s.since === null || s.until === null || s.since <= s.until) &&
    isViewMode(s.view) &&
    isLaneMode(s.lanes) &&
    isFilteredMode(s.filtered) &&
    isOrientMode(s.orient) &&
    typeof s.embed === 'boolean' &&
    optionalId(s.story) &&
    (s.story === null
      ? s.step === null
      : s.step !== null && Number.isInteger(s.step) && s.step >= 1) &&
    (s.compare === null || compareDays(s.compare)?.join('..') === s.compare)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Field-by-field equality; meaningful for canonical views, where order in lists is fixed. */
export function viewStatesEqual(a: ViewState, b: ViewState): boolean {
  return (
    a.dataset === b.dataset &&
    a.src === b.src &&
    a.file === b.file &&
    a.event === b.event &&
    sameList(a.actors, b.actors) &&
    sameList(a.types, b.types) &&
    sameList(a.tags, b.tags) &&
    a.q === b.q &&
    a.since === b.since &&
    a.until === b.until &&
    a.from === b.from &&
    a.to === b.to &&
    a.view === b.view &&
    a.lanes === b.lanes &&
    a.filtered === b.filtered &&
    a.orient === b.orient &&
    sameList(a.expanded, b.expanded) &&
    a.embed === b.embed &&
    a.story === b.story &&
    a.step === b.step &&
    a.compare === b.compare
  );
}

/** Only the view-state fields of a larger object, such as the store's state with its actions. */
export function pickViewState(s: ViewState): ViewState {
  return {
    dataset: s.dataset,
    src: s.src,
    file: s.file,
    event: s.event,
    actors: s.actors,
    types: s.types,
    tags: s.tags,
    q: s.q,
    since: s.since,
    until: s.until,
    from: s.from,
    to: s.to,
    view: s.view,
    lanes: s.lanes,
    filtered: s.filtered,
    orient: s.orient,
    expanded: s.expanded,
    embed: s.embed,
    story: s.story,
    step: s.step,
    compare: s.compare,
  };
}
