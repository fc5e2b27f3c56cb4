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

/**
 * One date language for every text date (details, list, tooltips, accessible names, exports
 * and, through `formatDatePattern`, the axis): English words, because the interface is written
 * in English, in the reader's regional conventions, so an American reads "March 22, 2024" and
 * "7:00 AM" while a British, German or Indian reader reads "22 March 2024" and "07:00". Mixing
 * the reader's own language into English sentences ("in März 2024") would read worse than
 * either. Dates stay calendar days pinned to UTC whatever the locale (see above).
 */
export const DEFAULT_DATE_LOCALE = 'en-GB';

/** International English (CLDR "en-001"): day before month, for regions ICU has no English for. */
const WORLD_ENGLISH = 'en-001';

/**
 * The locale for dates from the reader's language list (`navigator.languages`): English with the
 * region of the first tag that names or implies one ("de" implies Germany, "en" the US), if ICU
 * knows English for that region; else international English. An empty or unusable list gives
 * the default.
 */
export function dateLocaleFor(languages: readonly string[]): string {
  for (const tag of languages) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(tag).maximize().region;
    } catch {
      continue; // not a BCP 47 tag: try the next one
    }
    if (!region) continue;
    const candidate = `en-${region}`;
    const resolved = new Intl.DateTimeFormat(candidate).resolvedOptions().locale;
    return resolved === candidate ? candidate : WORLD_ENGLISH;
  }
  return DEFAULT_DATE_LOCALE;
}

let currentLocale = DEFAULT_DATE_LOCALE;

/**
 * Sets the locale every formatting function here uses by default; the app calls it once at
 * start with `navigator.languages`. Scripts and tests never call it, so what they write does not
 * depend on the machine they run on.
 */
export function setReaderLocale(languages: readonly string[]): void {
  currentLocale = dateLocaleFor(languages);
}

/** The locale text dates are written in (`setReaderLocale`), `DEFAULT_DATE_LOCALE` until set. */
export function readerLocale(): string {
  return currentLocale;
}

/**
 * Every shape a date takes in the interface. The first six serve text, the rest the axis:
 * "2024", "Mar", "Mar 2024", "22", "22 Mar", "22 Mar 2024", "07:00", "22 Mar, 07:00".
 */
export type DatePattern =
  | 'day-long'
  | 'month-long'
  | 'year'
  | 'day-range'
  | 'month-range'
  | 'year-range'
  | 'month'
  | 'month-year'
  | 'day'
  | 'day-month'
  | 'day-month-year'
  | 'hour'
  | 'day-hour';

/** Hours as the reader's clock writes them: "07:00" on a 24-hour clock, "7:00 AM" on a 12-hour. */
function hourOptions(locale: string): Intl.DateTimeFormatOptions {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  const twentyFour = cycle === 'h23' || cycle === 'h24';
  return { hour: twentyFour ? '2-digit' : 'numeric', minute: '2-digit' };
}

function patternOptions(pattern: DatePattern, locale: string): Intl.DateTimeFormatOptions {
  switch (pattern) {
    case 'day-long':
      return { day: 'numeric', month: 'long', year: 'numeric' };
    case 'month-long':
      return { month: 'long', year: 'numeric' };
    case 'year':
    case 'year-range':
      return { year: 'numeric' };
    // Spans use short months so that "24 Nov – 1 Dec 2023" fits a tooltip line.
    case 'day-range':
    case 'day-month-year':
      return { day: 'numeric', month: 'short', year: 'numeric' };
    case 'month-range':
    case 'month-year':
      return { month: 'short', year: 'numeric' };
    case 'month':
      return { month: 'short' };
    case 'day':
      return { day: 'numeric' };
    case 'day-month':
      return { day: 'numeric', month: 'short' };
    case 'hour':
      return hourOptions(locale);
    case 'day-hour':
      return { day: 'numeric', month: 'short', ...hourOptions(locale) };
  }
}

// Building an Intl.DateTimeFormat costs far more than using one; a list view formats
// thousands of dates and the axis formats ticks on every zoom, so keep one per locale and pattern.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, pattern: DatePattern): Intl.DateTimeFormat {
  const key = `${locale}|${pattern}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...patternOptions(pattern, locale), timeZone: 'UTC' });
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
 * An instant (ms since the epoch, read in UTC like every day here) in one of the interface's
 * date shapes: what the axis labels its ticks with, so ticks and text speak one date language.
 */
export function formatDatePattern(
  ms: number | Date,
  pattern: DatePattern,
  locale = readerLocale(),
): string {
  return plainSpaces(formatter(locale, pattern).format(ms));
}

/** A calendar day `YYYY-MM-DD` written out: "22 March 2024" (en-GB), "March 22, 2024" (en-US). */
export function formatDay(iso: string, locale = readerLocale()): string {
  return formatDatePattern(isoDayToMs(iso), 'day-long', locale);
}

/** A time of day `HH:MM` from the data, on the reader's clock: "07:00", or "7:00 AM" in en-US. */
export function formatTimeOfDay(time: string, locale = readerLocale()): string {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return time;
  return formatDatePattern(Date.UTC(2000, 0, 1, Number(m[1]), Number(m[2])), 'hour', locale);
}

const SINGLE_PATTERN: Record<Precision, DatePattern> = {
  day: 'day-long',
  month: 'month-long',
  year: 'year',
};

/**
 * The event's date as a bare value, at the precision the data claims: "22 March 2024",
 * "March 2024", "2024"; spans as "24 Nov – 1 Dec 2023" (shared parts written once, per locale).
 * For places with their own convention for uncertain dates, such as a citation's date field;
 * running text uses `formatEventDate`.
 */
export function eventDateValue(
  e: Pick<StanceEvent, 'date' | 'end'> & { precision?: Precision },
  locale = readerLocale(),
): string {
  const precision = e.precision ?? 'day';
  const start = isoDayToMs(e.date);
  if (e.end !== undefined && e.end !== e.date) {
    // The range ends on the last day itself (inclusive), not on the exclusive layout end.
    const last = isoDayToMs(e.end);
    return plainSpaces(formatter(locale, `${precision}-range`).formatRange(start, last));
  }
  return formatDatePattern(start, SINGLE_PATTERN[precision], locale);
}

/**
 * The event's date as every text names it: a day in full ("22 March 2024"); a month or a year
 * whose exact day is not known as "in March 2024", "in 2024", so that no reader, or screen
 * reader, takes the 1st for the day; spans as "24 Nov – 1 Dec 2023", "in Nov – Dec 2023".
 */
export function formatEventDate(
  e: Pick<StanceEvent, 'date' | 'end'> & { precision?: Precision },
  locale = readerLocale(),
): string {
  const value = eventDateValue(e, locale);
  return (e.precision ?? 'day') === 'day' ? value : `in ${value}`;
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
