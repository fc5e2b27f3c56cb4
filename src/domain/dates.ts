/**
 * Calendar-day arithmetic for events. Every date in the data is a calendar day `YYYY-MM-DD`
 * with no zone, so we pin it to UTC midnight everywhere: local midnight would move with the
 * reader's zone and skip or repeat an hour on DST days, which shifts marks and can flip an
 * event onto the neighbouring day.
 */
import type { Precision, StanceEvent } from './schema';

/** One calendar day in ms. Exact in UTC, which has no DST. */
export const DAY_MS = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The ASCII digit at `i` as a number, or NaN. */
function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
}

/**
 * UTC midnight of a `YYYY-MM-DD` day in ms, or NaN if the string is not a real day. Written
 * with charCodeAt rather than a regex and a Date because layout parses 100k dates per data
 * change and this allocates nothing.
 */
function dayMsOrNaN(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN; // '-'
  const year = digitAt(s, 0) * 1000 + digitAt(s, 1) * 100 + digitAt(s, 2) * 10 + digitAt(s, 3);
  const month = digitAt(s, 5) * 10 + digitAt(s, 6);
  const day = digitAt(s, 8) * 10 + digitAt(s, 9);
  // NaN fails every comparison, so a non-digit anywhere lands here too.
  if (!(month >= 1 && month <= 12 && day >= 1)) return NaN;
  const max = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (!(day <= max)) return NaN;
  if (year >= 100) return Date.UTC(year, month - 1, day);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d.getTime();
}

/** True for a `YYYY-MM-DD` string naming a day that exists (2024-02-29 yes, 2023-02-29 no). */
export function isRealCalendarDate(s: string): boolean {
  return !Number.isNaN(dayMsOrNaN(s));
}

/**
 * UTC midnight of a calendar day, in ms since the epoch. The number form exists because layout
 * handles 100k events and a `Date` per comparison is garbage it does not need.
 * @throws RangeError on anything but a real `YYYY-MM-DD` day; callers pass validated data, so
 * a throw here is a bug upstream, not bad input to recover from.
 */
export function isoDayToMs(s: string): number {
  const ms = dayMsOrNaN(s);
  if (Number.isNaN(ms)) throw new RangeError(`not a real calendar day: "${s}"`);
  return ms;
}

/** UTC midnight of a calendar day. Throws like `isoDayToMs`. */
export function parseIsoDay(s: string): Date {
  return new Date(isoDayToMs(s));
}

type Dated = Pick<StanceEvent, 'date' | 'end'>;

/** Inclusive start of an event: UTC midnight of its first day, in ms. */
export function eventStartMs(e: Pick<StanceEvent, 'date'>): number {
  return isoDayToMs(e.date);
}

/**
 * Exclusive end of an event in ms: the midnight after its last day. `end` in the data is the
 * last day inclusive, so a one-day event lasts exactly one day and two events on consecutive
 * days touch without overlapping.
 */
export function eventEndMs(e: Dated): number {
  return isoDayToMs(e.end ?? e.date) + DAY_MS;
}

/** Inclusive start of an event: UTC midnight of its first day. */
export function eventStart(e: Pick<StanceEvent, 'date'>): Date {
  return new Date(eventStartMs(e));
}

/** Exclusive end of an event: UTC midnight after its last day (`end`, or `date` if no span). */
export function eventEnd(e: Dated): Date {
  return new Date(eventEndMs(e));
}

type DateStyle = 'day' | 'month' | 'year' | 'day-range' | 'month-range' | 'year-range';

const STYLE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
  // Spans use short months so that "24 Nov – 1 Dec 2023" fits a tooltip line.
  'day-range': { day: 'numeric', month: 'short', year: 'numeric' },
  'month-range': { month: 'short', year: 'numeric' },
  'year-range': { year: 'numeric' },
};

// Building an Intl.DateTimeFormat costs far more than using one; a list view formats
// thousands of dates, so keep one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...STYLE_OPTIONS[style], timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/**
 * ICU puts thin (U+2009) and narrow no-break (U+202F) spaces around range dashes and before
 * AM/PM, and which one depends on the ICU version. Plain spaces keep text identical across
 * Node and browsers, so tests and find-in-page match what people type.
 */
function plainSpaces(s: string): string {
  return s.replace(/[\u2009\u202f]/g, ' ');
}

/**
 * The event's date as a reader should see it, at the precision the data claims: "22 March 2024",
 * "March 2024", "2024"; spans as "24 Nov – 1 Dec 2023" (shared parts written once, per locale).
 */
export function formatEventDate(
  e: Pick<StanceEvent, 'date' | 'end'> & { precision?: Precision },
  locale = 'en-GB',
): string {
  const precision = e.precision ?? 'day';
  const start = parseIsoDay(e.date);
  if (e.end !== undefined && e.end !== e.date) {
    // The range ends on the last day itself (inclusive), not on the exclusive layout end.
    const last = parseIsoDay(e.end);
    return plainSpaces(formatter(locale, `${precision}-range`).formatRange(start, last));
  }
  return plainSpaces(formatter(locale, precision).format(start));
}

/**
 * Chronological order: start day, then significance (key events first on a shared day), then
 * id so that the order is total and the same on every machine. ISO days compare correctly as
 * strings, which keeps this cheap enough to sort 100k events.
 */
export function compareEvents(
  a: Pick<StanceEvent, 'id' | 'date' | 'significance'>,
  b: Pick<StanceEvent, 'id' | 'date' | 'significance'>,
): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.significance !== b.significance) return b.significance - a.significance;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
