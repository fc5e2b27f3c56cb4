/**
 * Dates as other formats write them — a year, maybe a month, maybe a day and a time, each a
 * number or a string of digits — read into Stanceline's calendar days with a precision.
 *
 * A date known only to the year is stored as its first day with `precision: "year"`; as an end
 * it is its last day, because `end` is the last day of a span, inclusive ("1914 to 1918" ends on
 * 31 December 1918).
 */
import { isRealCalendarDate } from '../domain/dates';
import type { Precision } from '../domain/schema';

export interface DateParts {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  /** A time written as text, as the Time column of a sheet holds it ("14:30", "2:30 PM"). */
  time?: unknown;
}

export interface PartialDate {
  /** First day covered, YYYY-MM-DD. */
  date: string;
  /** Last day covered, YYYY-MM-DD. */
  last: string;
  precision: Precision;
  /** HH:MM, only for a date known to the day. */
  time?: string;
}

/** What is wrong, and with which part, for the caller to place in a message. */
export interface DateProblem {
  part: keyof DateParts;
  message: string;
  hint?: string;
}

export type DateResult = { ok: true; value: PartialDate } | { ok: false; problem: DateProblem };

/** '' and missing are the same: spreadsheets and TimelineJS files write empty parts as ''. */
function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/**
 * An integer from a number or a string of digits. Spaces and thousands separators are dropped
 * ("1,963" is a year a spreadsheet may well show), as TimelineJS itself does.
 */
function integer(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.replace(/[\s,]+/g, '');
  return /^[+-]?\d+$/.test(s) ? Number(s) : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  for (let day = 31; day >= 28; day--) {
    if (isRealCalendarDate(`${pad(year, 4)}-${pad(month)}-${pad(day)}`)) return day;
  }
  return 28;
}

/** "14:30", "2:30 pm", "14:30:15" → { hour, minute }; null when it is not a time. */
export function parseClock(text: string): { hour: number; minute: number } | null {
  const m = /^(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*([ap])?\.?\s*m?\.?$/i.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const meridiem = m[3]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return { hour, minute };
}

function readTime(
  parts: DateParts,
): { ok: true; time?: string } | { ok: false; problem: DateProblem } {
  if (!isBlank(parts.time)) {
    const clock = parseClock(String(parts.time));
    if (!clock) {
      return {
        ok: false,
        problem: {
          part: 'time',
          message: `"${String(parts.time)}" is not a time`,
          hint: 'write it as 14:30 or 2:30 PM',
        },
      };
    }
    return { ok: true, time: `${pad(clock.hour)}:${pad(clock.minute)}` };
  }
  if (isBlank(parts.hour)) return { ok: true };
  const hour = integer(parts.hour);
  if (hour === null || hour < 0 || hour > 23) {
    return {
      ok: false,
      problem: { part: 'hour', message: `"${String(parts.hour)}" is not an hour (0–23)` },
    };
  }
  const minute = isBlank(parts.minute) ? 0 : integer(parts.minute);
  if (minute === null || minute < 0 || minute > 59) {
    return {
      ok: false,
      problem: { part: 'minute', message: `"${String(parts.minute)}" is not a minute (0–59)` },
    };
  }
  return { ok: true, time: `${pad(hour)}:${pad(minute)}` };
}

/** Reads the parts of one date. A time is kept only on a date known to the day. */
export function readPartialDate(parts: DateParts): DateResult {
  const fail = (problem: DateProblem): DateResult => ({ ok: false, problem });
  if (isBlank(parts.year)) {
    return fail({ part: 'year', message: 'has no year', hint: 'every date needs at least a year' });
  }
  const year = integer(parts.year);
  if (year === null)
    return fail({ part: 'year', message: `"${String(parts.year)}" is not a year` });
  if (year < 1 || year > 9999) {
    return fail({
      part: 'year',
      message: `year ${year} is outside 1–9999`,
      hint: 'Stanceline shows dates of the common era, written with four digits',
    });
  }
  const y = pad(year, 4);

  if (isBlank(parts.month)) {
    if (!isBlank(parts.day)) {
      return fail({ part: 'day', message: 'has a day but no month', hint: 'add the month' });
    }
    return { ok: true, value: { date: `${y}-01-01`, last: `${y}-12-31`, precision: 'year' } };
  }
  const month = integer(parts.month);
  if (month === null || month < 1 || month > 12) {
    return fail({ part: 'month', message: `"${String(parts.month)}" is not a month (1–12)` });
  }
  const m = pad(month);

  if (isBlank(parts.day)) {
    const last = `${y}-${m}-${pad(daysInMonth(year, month))}`;
    return { ok: true, value: { date: `${y}-${m}-01`, last, precision: 'month' } };
  }
  const day = integer(parts.day);
  const date = day === null ? '' : `${y}-${m}-${pad(day)}`;
  if (day === null || !isRealCalendarDate(date)) {
    return fail({
      part: 'day',
      message: `"${String(parts.day)}" is not a day of ${y}-${m}`,
      hint: 'check the day exists in that month',
    });
  }
  const time = readTime(parts);
  if (!time.ok) return time;
  const value: PartialDate = { date, last: date, precision: 'day' };
  if (time.time) value.time = time.time;
  return { ok: true, value };
}

/** True when no part of the date is given: an absent end date, say. */
export function isBlankDate(parts: DateParts): boolean {
  return (['year', 'month', 'day', 'hour', 'minute', 'time'] as const).every((k) =>
    isBlank(parts[k]),
  );
}

/**
 * A date written as text in one cell: `2024-03-22`, `2024-03` or `2024` (the Stanceline CSV
 * template's forms).
 */
export function readIsoLike(text: string): DateResult {
  const cell = text.trim();
  const m = /^(\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(cell);
  if (!m) {
    // Spreadsheets rewrite dates when they save: in the reader's local order (3/22/2024, which
    // cannot be told from 22/3 in general), or as the day's serial number (45373).
    const rewritten = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(cell) || /^\d{5}$/.test(cell);
    return {
      ok: false,
      problem: {
        part: 'year',
        message: `"${cell}" is not a date`,
        hint: rewritten
          ? 'the spreadsheet rewrote the date when it saved: format the column as text, and write YYYY-MM-DD, YYYY-MM or YYYY'
          : 'write YYYY-MM-DD, YYYY-MM or YYYY',
      },
    };
  }
  return readPartialDate({ year: m[1], month: m[2], day: m[3] });
}
