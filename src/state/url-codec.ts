/**
 * The link format: view state ⇄ URL query string. Pure and total: `parse` never throws, whatever
 * someone pasted, and everything it drops comes back as a warning a person can read, so the app
 * can say "this link asked for X, which isn't here" instead of silently showing something else.
 *
 * Each parameter has its own parse/serialize pair (after nuqs' parsers): invalid input falls
 * back to that parameter's default, and defaults are left out of links. Links carry `v` so the
 * format can change later without breaking links already shared; `MIGRATIONS` is where an old
 * format gets upgraded.
 *
 * `serialize` returns the query WITHOUT a leading '?' ('' for the default view); `parse`
 * accepts it with or without one.
 */
import { isRealCalendarDate } from '../domain/dates';
import type { EventType } from '../domain/schema';
import {
  DEFAULT_VIEW_STATE,
  FILTERED_MODES,
  ORIENT_MODES,
  LANE_MODES,
  VIEW_MODES,
  isEventType,
  isFilteredMode,
  isOrientMode,
  isLaneMode,
  isLinkId,
  isViewMode,
  normalizeViewState,
  toWellFormed,
  type ViewState,
} from './view-state';
import { compareCodec, embedCodec, stepCodec } from './share-params';

/**
 * The link format this build writes. Bump it, and add a migration, when the format changes.
 * Version 2 split the date filter (`since`/`until`) from the visible window (`from`/`to`).
 */
export const LINK_VERSION = 2;

type Warn = (message: string) => void;

interface ParamCodec<T> {
  /** Whether repeated occurrences merge (lists) or the first one wins (single values). */
  list: boolean;
  /** Reads one raw, already percent-decoded value; invalid parts are warned about and dropped. */
  parse(raw: string, warn: Warn): T;
  /** The value as written in a link, or null for the default, which links leave out. */
  serialize(value: T): string | null;
}

type Codecs = { [K in keyof ViewState]: ParamCodec<ViewState[K]> };

/** Parameter order in written links; stable so that equal views give byte-equal links. */
export const PARAM_ORDER = [
  'dataset',
  'src',
  'file',
  'event',
  'actors',
  'types',
  'tags',
  'q',
  'since',
  'until',
  'from',
  'to',
  'view',
  'lanes',
  'filtered',
  'orient',
  'expanded',
  'story',
  'step',
  'compare',
  'embed',
] as const satisfies readonly (keyof ViewState)[];

/** Long pasted junk would swamp the notice; a few dozen characters are enough to recognise it. */
function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

function idCodec(param: string): ParamCodec<string | null> {
  return {
    list: false,
    parse(raw, warn) {
      if (raw === '') return null;
      if (isLinkId(raw)) return raw;
      warn(`Ignored "${clip(raw)}" in "${param}": not a valid id`);
      return null;
    },
    serialize: (value) => value,
  };
}

function splitList(raw: string): string[] {
  // Spaces around commas are forgiven: people edit links by hand, and '+' decodes to a space.
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function idListCodec(param: string): ParamCodec<string[]> {
  return {
    list: true,
    parse(raw, warn) {
      return splitList(raw).filter((id) => {
        if (isLinkId(id)) return true;
        warn(`Ignored "${clip(id)}" in "${param}": not a valid id`);
        return false;
      });
    },
    serialize: (value) => (value.length === 0 ? null : value.join(',')),
  };
}

const typesCodec: ParamCodec<EventType[]> = {
  list: true,
  parse(raw, warn) {
    return splitList(raw).filter((t): t is EventType => {
      if (isEventType(t)) return true;
      warn(`Ignored unknown event type "${clip(t)}"`);
      return false;
    });
  },
  serialize: (value) => (value.length === 0 ? null : value.join(',')),
};

function dateCodec(param: string): ParamCodec<string | null> {
  return {
    list: false,
    parse(raw, warn) {
      if (raw === '') return null;
      if (isRealCalendarDate(raw)) return raw;
      const why = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? 'not a real date' : 'expected YYYY-MM-DD';
      warn(`Ignored date "${clip(raw)}" in "${param}": ${why}`);
      return null;
    },
    serialize: (value) => value,
  };
}

function enumCodec<T extends string>(
  param: keyof ViewState,
  values: readonly T[],
  is: (s: string) => s is T,
  fallback: T,
): ParamCodec<T> {
  return {
    list: false,
    parse(raw, warn) {
      if (is(raw)) return raw;
      warn(`Ignored "${clip(raw)}" in "${param}": expected ${values.join(' or ')}`);
      return fallback;
    },
    serialize: (value) => (value === fallback ? null : value),
  };
}

/** Longer than any real file URL; a link this long is pasted junk, not a file to fetch. */
const MAX_SRC_LENGTH = 4096;

/** `src` keeps the address as given; whether it may be fetched is decided on opening it. */
const srcCodec: ParamCodec<string | null> = {
  list: false,
  parse(raw, warn) {
    const value = toWellFormed(raw.trim());
    if (value === '') return null;
    if (value.length > MAX_SRC_LENGTH) {
      warn(`Ignored "src": an address of ${value.length} characters is not a file's address`);
      return null;
    }
    return value;
  },
  serialize: (value) => value,
};

const CODECS: Codecs = {
  dataset: idCodec('dataset'),
  src: srcCodec,
  file: idCodec('file'),
  event: idCodec('event'),
  actors: idListCodec('actors'),
  types: typesCodec,
  tags: idListCodec('tags'),
  q: { list: false, parse: (raw) => raw, serialize: (value) => (value === '' ? null : value) },
  since: dateCodec('since'),
  until: dateCodec('until'),
  from: dateCodec('from'),
  to: dateCodec('to'),
  view: enumCodec('view', VIEW_MODES, isViewMode, DEFAULT_VIEW_STATE.view),
  lanes: enumCodec('lanes', LANE_MODES, isLaneMode, DEFAULT_VIEW_STATE.lanes),
  filtered: enumCodec('filtered', FILTERED_MODES, isFilteredMode, DEFAULT_VIEW_STATE.filtered),
  orient: enumCodec('orient', ORIENT_MODES, isOrientMode, DEFAULT_VIEW_STATE.orient),
  expanded: idListCodec('expanded'),
  embed: embedCodec,
  story: idCodec('story'),
  step: stepCodec,
  compare: compareCodec,
};

const KNOWN_PARAMS: ReadonlySet<string> = new Set(['v', ...PARAM_ORDER]);

/**
 * Parameters that sites and mail clients append when a link is shared. They say nothing about
 * the view, and warning about them would tell people a perfectly good link is broken.
 */
function isTrackingParam(key: string): boolean {
  return key.startsWith('utm_') || key === 'fbclid' || key === 'gclid';
}

/** Upgrades the parameters of a version-n link to version n + 1. Must not mutate its input. */
export type LinkMigration = (params: URLSearchParams) => URLSearchParams;

/**
 * Version 1 → 2. In version 1, `from`/`to` was both the window and a date filter: the count, the
 * facets and the list left out events outside it. Version 2 keeps `from`/`to` as the window and
 * filters by `since`/`until`, so the same link keeps both meanings by copying each bound that is a
 * real day into the filter (an invalid one stays where it was, to be reported once, by its own
 * name). A version 1 link cannot hold `since`/`until`; any it has are left to the usual checks.
 */
export function migrateV1ToV2(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [window, filter] of [
    ['from', 'since'],
    ['to', 'until'],
  ] as const) {
    const value = params.get(window);
    if (value !== null && isRealCalendarDate(value) && !next.has(filter)) next.set(filter, value);
  }
  return next;
}

/** `MIGRATIONS[n]` turns a version-n link into a version-(n + 1) one. */
export const MIGRATIONS: Readonly<Record<number, LinkMigration>> = { 1: migrateV1ToV2 };

/**
 * Runs the migrations from `fromVersion` up to `toVersion`, one step at a time. A missing step
 * stops the chain with a warning and leaves the rest to best-effort reading, as for a future link.
 */
export function migrateParams(
  params: URLSearchParams,
  fromVersion: number,
  migrations: Readonly<Record<number, LinkMigration>> = MIGRATIONS,
  toVersion: number = LINK_VERSION,
): { params: URLSearchParams; warnings: string[] } {
  let current = new URLSearchParams(params);
  for (let v = fromVersion; v < toVersion; v += 1) {
    const step = migrations[v];
    if (!step) {
      return {
        params: current,
        warnings: [`This link uses an old format (version ${v}) that could only be partly read`],
      };
    }
    current = step(new URLSearchParams(current));
  }
  return { params: current, warnings: [] };
}

/** The link's declared version, with a warning for anything that is not one. */
function readVersion(raws: string[], warn: Warn): number {
  const [raw, ...extra] = raws;
  if (raw === undefined) return LINK_VERSION; // links without `v` predate nothing: read as current
  if (extra.length > 0) warn(`Ignored repeated parameter "v"`);
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    warn(`Ignored link version "${clip(raw)}": not a version number`);
    return LINK_VERSION;
  }
  const version = Number(raw);
  if (version > LINK_VERSION) {
    warn(
      `This link was made by a newer version of Stanceline (link version ${clip(raw)}); ` +
        'parts of it may not be shown',
    );
  }
  return version;
}

function parseParam<K extends keyof ViewState>(
  key: K,
  params: URLSearchParams,
  warn: Warn,
): ViewState[K] {
  const codec: ParamCodec<ViewState[K]> = CODECS[key];
  const raws = params.getAll(key);
  const [first, ...rest] = raws;
  if (first === undefined) return DEFAULT_VIEW_STATE[key];
  if (codec.list) {
    // Merge repeats (`actors=a&actors=b`), which some link builders emit, into one comma list.
    return codec.parse(raws.join(','), warn);
  }
  for (const r of rest) warn(`Ignored repeated "${key}" value "${clip(r)}"`);
  return codec.parse(first, warn);
}

/**
 * Reads a query string (with or without '?') into a canonical view. Never throws; every value it
 * cannot use is dropped, falls back to its default, and is named in `warnings`. A window whose
 * `from` is after its `to` is swapped (the person most likely typed the ends the wrong way
 * round), with a warning.
 */
export function parse(search: string): { state: ViewState; warnings: string[] } {
  const warnings: string[] = [];
  const warn: Warn = (message) => warnings.push(message);
  const raw = new URLSearchParams(search);

  const version = readVersion(raw.getAll('v'), warn);
  let params = raw;
  if (version < LINK_VERSION) {
    const migrated = migrateParams(raw, version);
    params = migrated.params;
    warnings.push(...migrated.warnings);
  }

  const state: ViewState = {
    dataset: parseParam('dataset', params, warn),
    src: parseParam('src', params, warn),
    file: parseParam('file', params, warn),
    event: parseParam('event', params, warn),
    actors: parseParam('actors', params, warn),
    types: parseParam('types', params, warn),
    tags: parseParam('tags', params, warn),
    q: parseParam('q', params, warn),
    since: parseParam('since', params, warn),
    until: parseParam('until', params, warn),
    from: parseParam('from', params, warn),
    to: parseParam('to', params, warn),
    view: parseParam('view', params, warn),
    lanes: parseParam('lanes', params, warn),
    filtered: parseParam('filtered', params, warn),
    orient: parseParam('orient', params, warn),
    expanded: parseParam('expanded', params, warn),
    embed: parseParam('embed', params, warn),
    story: parseParam('story', params, warn),
    step: parseParam('step', params, warn),
    compare: parseParam('compare', params, warn),
  };
  if (state.step !== null && state.story === null) {
    warn(`Ignored "step" ${state.step}: the link names no story`);
  }

  if (state.from !== null && state.to !== null && state.from > state.to) {
    warn(`Swapped "from" ${state.from} and "to" ${state.to}: the window started after it ended`);
  }
  if (state.since !== null && state.until !== null && state.since > state.until) {
    warn(
      `Swapped "since" ${state.since} and "until" ${state.until}: the date filter started after it ended`,
    );
  }

  for (const key of new Set(params.keys())) {
    if (!KNOWN_PARAMS.has(key) && !isTrackingParam(key)) {
      warn(`Ignored unknown parameter "${clip(key)}"`);
    }
  }

  // Sorts, de-duplicates and performs the swap announced above.
  return { state: normalizeViewState(state), warnings };
}

function encodePair(key: string, value: string): string {
  // URLSearchParams encoding ('+' for spaces), but commas stay literal so lists read as
  // `actors=a,b`. Safe: a literal "%2C" typed into `q` is written "%252C", which has no "%2C" in it.
  const pair = new URLSearchParams([[key, value]]).toString().replace(/%2C/g, ',');
  // A file's address reads as one: https://host/path rather than https%3A%2F%2Fhost%2Fpath.
  // Both characters are allowed in a query, and a literal "%2F" is written "%252F", as above.
  return key === 'src' ? pair.replace(/%2F/g, '/').replace(/%3A/g, ':') : pair;
}

/**
 * Writes a view as a query string WITHOUT the leading '?': '' for the default view, otherwise
 * `v=2&…` with defaults left out and parameters in `PARAM_ORDER`. The view is normalized first,
 * so equal views give equal links.
 */
export function serialize(state: ViewState): string {
  const s = normalizeViewState(state);
  const pairs: string[] = [];
  const add = <K extends keyof ViewState>(key: K) => {
    const codec: ParamCodec<ViewState[K]> = CODECS[key];
    const value = codec.serialize(s[key]);
    if (value !== null) pairs.push(encodePair(key, value));
  };
  PARAM_ORDER.forEach(add);
  if (pairs.length === 0) return '';
  return [encodePair('v', String(LINK_VERSION)), ...pairs].join('&');
}

/** The ids of the loaded data that a link may point at. */
export interface KnownIds {
  /** Dataset ids from the index; when absent, `dataset` is not checked. */
  datasets?: readonly string[];
  events: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  tags: ReadonlySet<string>;
  groups: ReadonlySet<string>;
}

/**
 * Drops ids that are well-formed but not in the loaded data: a link from an older edition of a
 * dataset, or one edited by hand. Runs once the data has loaded, after `parse` (which can only
 * check syntax). Returns the very same `state` object when nothing was dropped, so a caller can
 * skip a store update with `===`.
 */
export function reconcile(
  state: ViewState,
  known: KnownIds,
): { state: ViewState; warnings: string[] } {
  const warnings: string[] = [];
  const keep = (noun: string, ids: ReadonlySet<string>) => (id: string) => {
    if (ids.has(id)) return true;
    warnings.push(`Ignored unknown ${noun} "${clip(id)}"`);
    return false;
  };
  const keepOne = (noun: string, ids: ReadonlySet<string>, id: string | null) =>
    id === null || keep(noun, ids)(id) ? id : null;

  const next: ViewState = {
    ...state,
    dataset: known.datasets
      ? keepOne('dataset', new Set(known.datasets), state.dataset)
      : state.dataset,
    event: keepOne('event', known.events, state.event),
    actors: state.actors.filter(keep('actor', known.actors)),
    tags: state.tags.filter(keep('tag', known.tags)),
    expanded: state.expanded.filter(keep('group', known.groups)),
  };
  if (warnings.length === 0) return { state, warnings };
  return { state: normalizeViewState(next), warnings };
}
