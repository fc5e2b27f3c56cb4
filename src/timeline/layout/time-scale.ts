/**
 * The time axis: the base x scale, the data extent, and calendar ticks whose step adapts to the
 * zoom. Everything is UTC so that a calendar day is the same 24 hours for every reader.
 *
 * Per zoom frame the renderer calls `transform.rescaleX(base)` and `makeTicks` on the result;
 * `makeTicks` only walks the visible window, so its cost is the number of ticks drawn (a few
 * dozen), never the number of events.
 */
import {
  utcDay,
  utcHour,
  utcMonday,
  utcMonth,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3-time';
import { DAY_MS, eventEndMs, eventStartMs } from '../../domain/dates';
import type { StanceEvent } from '../../domain/schema';
import { utcScale, type TimeScale } from './utc-scale';

export type { TimeScale };

/** The finest calendar unit the major ticks show; exposed as a data attribute for e2e tests. */
export type TickGranularity = 'year' | 'month' | 'week' | 'day' | 'hour';

export interface Tick {
  date: Date;
  /** px from the left of the plot, in the scale's range. */
  x: number;
  label: string;
}

export interface Ticks {
  granularity: TickGranularity;
  major: Tick[];
  /** Subdivisions between major ticks; never at the same date as a major tick. */
  minor: Tick[];
}

/** Fraction of the data span added on each side so the first and last marks are not clipped. */
export const DEFAULT_PADDING = 0.02;

/**
 * Major ticks aim for one per 90–120 px: wide enough for "22 Sept 2024", dense enough to read a
 * date off the axis. Calendar steps come in ratios of 2–3.5, so the band cannot always be hit;
 * below MIN_MAJOR_PX labels would collide, so that is a hard floor.
 */
export const MAJOR_PX: readonly [number, number] = [90, 120];
const MIN_MAJOR_PX = 60;
/** Minor ticks closer than this are noise rather than help. */
const MIN_MINOR_PX = 12;

const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * DAY_MS;
const MONTH_MS = 30.436875 * DAY_MS; // mean Gregorian month
const YEAR_MS = 365.2425 * DAY_MS; // mean Gregorian year

interface Level {
  unit: TickGranularity;
  step: number;
  /** Nominal length in ms, to estimate px spacing without generating ticks. */
  ms: number;
  interval: TimeInterval;
  /** Odd steps (2 days, 2 months) read badly as subdivisions; they are only ever major. */
  minor: boolean;
}

function every(interval: CountableTimeInterval, step: number): TimeInterval {
  // `every` is null only for a step that is not a positive integer, which the table never uses.
  return interval.every(step) ?? interval;
}

function level(
  unit: TickGranularity,
  interval: CountableTimeInterval,
  unitMs: number,
  step: number,
  minor = true,
): Level {
  return { unit, step, ms: unitMs * step, interval: every(interval, step), minor };
}

/**
 * The ladder of tick steps, finest first. Weeks start on Monday (ISO 8601), as most of the
 * world and the en-GB default do. Steps align to their parent (hours to midnight, months to
 * January, years to multiples of the step), so a coarser level's ticks are a subset of a finer
 * level's whenever `nests` says so.
 */
const LEVELS: readonly Level[] = [
  level('hour', utcHour, HOUR_MS, 1),
  level('hour', utcHour, HOUR_MS, 2),
  level('hour', utcHour, HOUR_MS, 3),
  level('hour', utcHour, HOUR_MS, 6),
  level('hour', utcHour, HOUR_MS, 12),
  level('day', utcDay, DAY_MS, 1),
  // Every other day counted from the epoch: utcDay.every(2) counts days of the month and starts
  // again on each 1st, which would put the 31st and the 1st one day apart.
  {
    ...level('day', utcDay, DAY_MS, 2, false),
    interval: utcDay.filter((d) => Math.round(d.getTime() / DAY_MS) % 2 === 0),
  },
  level('week', utcMonday, WEEK_MS, 1),
  level('week', utcMonday, WEEK_MS, 2, false),
  level('month', utcMonth, MONTH_MS, 1),
  level('month', utcMonth, MONTH_MS, 2, false),
  level('month', utcMonth, MONTH_MS, 3),
  level('month', utcMonth, MONTH_MS, 6),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((k) => level('year', utcYear, YEAR_MS, k)),
];

/** True when every tick of `coarse` is also a tick of `fine`, so minor ticks line up. */
function nests(fine: Level, coarse: Level): boolean {
  if (fine.unit === coarse.unit) return coarse.step % fine.step === 0;
  if (fine.unit === 'hour') return 24 % fine.step === 0; // every coarser level starts at midnight
  if (fine.unit === 'day')
    return fine.step === 1 || coarse.unit === 'month' || coarse.unit === 'year';
  if (fine.unit === 'week') return false; // weeks straddle month and year boundaries
  return fine.unit === 'month' && coarse.unit === 'year' && 12 % fine.step === 0;
}

function widthOf(scale: TimeScale): number {
  const [r0 = 0, r1 = 0] = scale.range();
  return Math.abs(r1 - r0);
}

function spanOf(scale: TimeScale): number {
  const [d0, d1] = scale.domain();
  return d0 && d1 ? Math.abs(d1.getTime() - d0.getTime()) : 0;
}

/**
 * The major level for a visible span (ms) over a width (px): one inside the 90–120 px band if
 * any, else the one closest to it on a log scale, never below the 60 px floor unless even the
 * coarsest step is that dense.
 */
function majorLevel(spanMs: number, widthPx: number): Level {
  const msPerPx = widthPx > 0 && spanMs > 0 ? spanMs / widthPx : Infinity;
  let best: Level | undefined;
  let bestScore = Infinity;
  for (const l of LEVELS) {
    const px = l.ms / msPerPx;
    if (px < MIN_MAJOR_PX) continue;
    const score = px < MAJOR_PX[0] ? MAJOR_PX[0] / px : px > MAJOR_PX[1] ? px / MAJOR_PX[1] : 1;
    // Strictly better only: on a tie the finer level, seen first, wins.
    if (score < bestScore) {
      best = l;
      bestScore = score;
    }
  }
  return best ?? LEVELS[LEVELS.length - 1]!;
}

/** The finest nesting subdivision that keeps minor ticks at least MIN_MINOR_PX apart. */
function minorLevel(major: Level, msPerPx: number): Level | undefined {
  return LEVELS.find(
    (l) => l.minor && l.ms < major.ms && l.ms / msPerPx >= MIN_MINOR_PX && nests(l, major),
  );
}

/**
 * The data's time extent: the earliest start and the latest exclusive end, so a span's last day
 * is inside the extent. Null for no events, which has no extent to draw.
 */
export function dataExtent(
  events: readonly Pick<StanceEvent, 'date' | 'end'>[],
): [Date, Date] | null {
  // ISO days compare as strings, so one pass finds both ends without parsing every date.
  let first: string | undefined;
  let last: Pick<StanceEvent, 'date' | 'end'> | undefined;
  let lastDay = '';
  for (const e of events) {
    if (first === undefined || e.date < first) first = e.date;
    const day = e.end ?? e.date;
    if (last === undefined || day > lastDay) {
      last = e;
      lastDay = day;
    }
  }
  if (first === undefined || last === undefined) return null;
  return [new Date(eventStartMs({ date: first })), new Date(eventEndMs(last))];
}

/**
 * The shortest span the base scale shows, in ms. One event, or every event on one day, would
 * otherwise fill the width with a single day ticked by the hour, with its marks on the left
 * edge; a week centred on the data reads as what it is: days, with the data in the middle.
 */
export const MIN_SPAN_MS = 7 * DAY_MS;

/**
 * The base x scale: UTC time over [0, width] px, the extent padded by `padding` of its span on
 * each side. Not `rangeRound`, because d3-zoom rescales this scale and rounding would jitter
 * marks by a pixel from frame to frame. An extent shorter than MIN_SPAN_MS (a single day, or
 * none) is widened to it around its middle.
 */
export function makeTimeScale(
  extent: readonly [Date, Date],
  width: number,
  padding = DEFAULT_PADDING,
): TimeScale {
  let start = extent[0].getTime();
  let end = extent[1].getTime();
  if (!(end - start >= MIN_SPAN_MS)) {
    const mid = (start + end) / 2;
    start = mid - MIN_SPAN_MS / 2;
    end = mid + MIN_SPAN_MS / 2;
  }
  const pad = (end - start) * Math.max(0, padding);
  return utcScale([new Date(start - pad), new Date(end + pad)], [0, Math.max(0, width)]);
}

/**
 * The calendar unit the major ticks show at this scale's zoom, from its visible span and its
 * range width. Same answer as `makeTicks(scale, width).granularity`.
 */
export function tickGranularity(scale: TimeScale): TickGranularity {
  return majorLevel(spanOf(scale), widthOf(scale)).unit;
}

// Intl.DateTimeFormat construction is slow next to formatting; ticks are made on every zoom
// frame, so keep one formatter per locale and pattern.
const formatters = new Map<string, Intl.DateTimeFormat>();

type Pattern =
  'year' | 'month' | 'month-year' | 'day' | 'day-month' | 'day-month-year' | 'hour' | 'day-hour';

const PATTERNS: Record<Pattern, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  'month-year': { month: 'short', year: 'numeric' },
  day: { day: 'numeric' },
  'day-month': { day: 'numeric', month: 'short' },
  'day-month-year': { day: 'numeric', month: 'short', year: 'numeric' },
  hour: { hour: '2-digit', minute: '2-digit' },
  'day-hour': { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
};

function format(date: Date, pattern: Pattern, locale: string): string {
  const key = `${locale}|${pattern}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...PATTERNS[pattern], timeZone: 'UTC' });
    formatters.set(key, f);
  }
  // Plain spaces: ICU's narrow no-break space before AM/PM varies between versions.
  return f.format(date).replace(/[\u2009\u202f]/g, ' ');
}

/**
 * A major label. Context the unit alone does not give is added where it changes: the year on
 * the first tick and on the first tick of each year; the day on the first tick and at midnight.
 */
function majorLabel(unit: TickGranularity, date: Date, prev: Date | undefined, locale: string) {
  const newYear = !prev || prev.getUTCFullYear() !== date.getUTCFullYear();
  switch (unit) {
    case 'year':
      return format(date, 'year', locale);
    case 'month':
      return format(date, newYear ? 'month-year' : 'month', locale);
    case 'week':
    case 'day':
      return format(date, newYear ? 'day-month-year' : 'day-month', locale);
    case 'hour': {
      const newDay = !prev || utcDay.floor(prev).getTime() !== utcDay.floor(date).getTime();
      return format(date, newDay ? 'day-hour' : 'hour', locale);
    }
  }
}

/** A minor label: the unit alone ("Mar", "22", "13:00"); the major ticks carry the context. */
function minorLabel(unit: TickGranularity, date: Date, locale: string): string {
  switch (unit) {
    case 'year':
      return format(date, 'year', locale);
    case 'month':
      return format(date, 'month', locale);
    case 'week':
    case 'day':
      return format(date, 'day', locale);
    case 'hour':
      return format(date, 'hour', locale);
  }
}

/**
 * Major and minor ticks inside the scale's visible domain, with locale-aware labels
 * ("2024"; "Jan 2024", "Feb"; "22 Mar"; "13:00"). `width` is the plot width in px, normally the
 * scale's range; ticks outside [0, width] are dropped.
 */
export function makeTicks(
  scale: TimeScale,
  width: number,
  locale = 'en-GB',
  /** False to leave minor ticks unlabelled ('') when nothing draws their labels: saves a date
   * format per minor tick per frame. */
  minorLabels = true,
): Ticks {
  const [d0, d1] = scale.domain();
  const span = spanOf(scale);
  const major = majorLevel(span, width);
  const result: Ticks = { granularity: major.unit, major: [], minor: [] };
  if (!d0 || !d1 || !(width > 0) || !(span > 0)) return result;

  const lo = d0 < d1 ? d0 : d1;
  // `range` stops before its end, so add 1 ms to keep a tick that falls exactly on the edge.
  const hi = new Date(Math.max(d0.getTime(), d1.getTime()) + 1);
  const inside = (x: number) => x >= 0 && x <= width;

  const majorTimes = new Set<number>();
  let prev: Date | undefined;
  for (const date of major.interval.range(lo, hi)) {
    const x = scale(date);
    if (!inside(x)) continue;
    result.major.push({ date, x, label: majorLabel(major.unit, date, prev, locale) });
    majorTimes.add(date.getTime());
    prev = date;
  }

  const minor = minorLevel(major, span / width);
  if (minor) {
    for (const date of minor.interval.range(lo, hi)) {
      if (majorTimes.has(date.getTime())) continue;
      const x = scale(date);
      if (!inside(x)) continue;
      result.minor.push({
        date,
        x,
        label: minorLabels ? minorLabel(minor.unit, date, locale) : '',
      });
    }
  }
  return result;
}
