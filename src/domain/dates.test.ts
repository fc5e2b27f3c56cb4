import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DAY_MS,
  DEFAULT_DATE_LOCALE,
  compareEvents,
  dateLocaleFor,
  eventDateValue,
  eventEnd,
  eventEndMs,
  eventStart,
  eventStartMs,
  formatDatePattern,
  formatDay,
  formatEventDate,
  formatTimeOfDay,
  isRealCalendarDate,
  isoDayToMs,
  parseIsoDay,
  readerLocale,
  setReaderLocale,
} from './dates';
import { makeEvent } from './test-events';

/** Any real day from 1900 to 2100, as an ISO string. */
const isoDay = fc
  .date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2100, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('isRealCalendarDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '2023-01-01', '2023-04-30'])(
    'accepts %s',
    (s) => expect(isRealCalendarDate(s)).toBe(true),
  );

  it.each([
    ['2024-02-30', 'a day February never has'],
    ['2023-02-29', 'a leap day in a common year'],
    ['1900-02-29', 'a leap day in a century that is not a leap year'],
    ['2023-13-01', 'month 13'],
    ['2023-00-10', 'month 0'],
    ['2023-04-31', 'the 31st of a 30-day month'],
    ['2023-04-00', 'day 0'],
    ['2023-4-01', 'a single-digit month'],
    ['2023-04-01T00:00', 'a time suffix'],
    ['', 'an empty string'],
  ])('rejects %s (%s)', (s) => expect(isRealCalendarDate(s)).toBe(false));

  it.each(['2024-0a-01', '２０２４-01-01', '2024/01/01', '+2024-01-01', ' 2024-01-01'])(
    'rejects %s (not ASCII YYYY-MM-DD)',
    (s) => expect(isRealCalendarDate(s)).toBe(false),
  );

  it('accepts every real day', () => {
    fc.assert(fc.property(isoDay, (s) => isRealCalendarDate(s)));
  });

  it('agrees with a Date round trip on any digits in the YYYY-MM-DD shape', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    const shaped = fc
      .tuple(digits(4), fc.constantFrom('00', '01', '02', '04', '09', '12', '13', '99'), digits(2))
      .map(([y, m, d]) => `${y}-${m}-${d}`);
    fc.assert(
      fc.property(shaped, (s) => {
        const d = new Date(`${s}T00:00:00Z`);
        const real = !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
        expect(isRealCalendarDate(s)).toBe(real);
      }),
    );
  });
});

describe('isoDayToMs', () => {
  it('is UTC midnight of the day', () => {
    expect(isoDayToMs('2024-03-22')).toBe(Date.UTC(2024, 2, 22));
  });

  it('keeps two-digit years literal instead of mapping them to 19xx', () => {
    expect(new Date(isoDayToMs('0050-06-01')).getUTCFullYear()).toBe(50);
  });

  it('throws a RangeError on an impossible day', () => {
    expect(() => isoDayToMs('2023-02-29')).toThrow(RangeError);
  });
});

describe('parseIsoDay', () => {
  it('returns UTC midnight whatever the process time zone', () => {
    const d = parseIsoDay('2024-03-31'); // a DST change day in Europe
    expect(d.toISOString()).toBe('2024-03-31T00:00:00.000Z');
  });

  it('round-trips through toISOString for any real day', () => {
    fc.assert(fc.property(isoDay, (s) => parseIsoDay(s).toISOString().slice(0, 10) === s));
  });

  it.each(['2024-02-30', 'yesterday', '2024-3-1'])('throws on %s', (s) => {
    expect(() => parseIsoDay(s)).toThrow(/not a real calendar day/);
  });
});

describe('eventStart', () => {
  it('is midnight of the first day', () => {
    expect(eventStart(makeEvent({ date: '2023-11-24', end: '2023-12-01' })).toISOString()).toBe(
      '2023-11-24T00:00:00.000Z',
    );
  });
});

describe('eventStartMs', () => {
  it('agrees with eventStart', () => {
    const e = makeEvent({ date: '2023-11-24' });
    expect(eventStartMs(e)).toBe(eventStart(e).getTime());
  });
});

describe('eventEnd', () => {
  it('lasts exactly one day for an event without end', () => {
    const e = makeEvent({ date: '2024-03-22' });
    expect(eventEnd(e).toISOString()).toBe('2024-03-23T00:00:00.000Z');
  });

  it('runs to the end of the last day of a span (exclusive)', () => {
    const e = makeEvent({ date: '2023-11-24', end: '2023-12-01' });
    expect(eventEnd(e).toISOString()).toBe('2023-12-02T00:00:00.000Z');
  });

  it('crosses a leap day and a year end by calendar, not by 24-hour guesswork', () => {
    expect(eventEnd(makeEvent({ date: '2024-02-28', end: '2024-02-29' })).toISOString()).toBe(
      '2024-03-01T00:00:00.000Z',
    );
    expect(eventEnd(makeEvent({ date: '2023-12-31' })).toISOString()).toBe(
      '2024-01-01T00:00:00.000Z',
    );
  });

  it('is always after the start', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 0, max: 400 }), (start, len) => {
        const end = new Date(isoDayToMs(start) + len * DAY_MS).toISOString().slice(0, 10);
        const e = makeEvent({ date: start, end });
        return eventEnd(e).getTime() - eventStart(e).getTime() === (len + 1) * DAY_MS;
      }),
    );
  });
});

describe('eventEndMs', () => {
  it('agrees with eventEnd', () => {
    const e = makeEvent({ date: '2023-11-24', end: '2023-12-01' });
    expect(eventEndMs(e)).toBe(eventEnd(e).getTime());
  });
});

describe('formatEventDate', () => {
  it('writes a day in full by default (en-GB)', () => {
    expect(formatEventDate(makeEvent({ date: '2024-03-22' }))).toBe('22 March 2024');
  });

  it('names a month-precision event "in" its month, never a day', () => {
    expect(formatEventDate(makeEvent({ date: '2024-03-01', precision: 'month' }))).toBe(
      'in March 2024',
    );
    expect(formatEventDate(makeEvent({ date: '2024-03-01', precision: 'month' }), 'en-US')).toBe(
      'in March 2024',
    );
  });

  it('names a year-precision event "in" its year', () => {
    expect(formatEventDate(makeEvent({ date: '2024-01-01', precision: 'year' }))).toBe('in 2024');
  });

  it('never writes a day number for an event whose day is not known', () => {
    fc.assert(
      fc.property(isoDay, fc.constantFrom('month', 'year'), (date, precision) => {
        const text = formatEventDate({ date, precision: precision as 'month' | 'year' });
        expect(text.startsWith('in ')).toBe(true);
        // A 4-digit year is the only number left.
        expect(text.replace(/\d{4}/g, '')).not.toMatch(/\d/);
      }),
    );
  });

  it('treats a missing precision as day', () => {
    expect(formatEventDate({ date: '2024-03-22' })).toBe('22 March 2024');
  });

  it('writes a span across months with the shared year once', () => {
    expect(formatEventDate(makeEvent({ date: '2023-11-24', end: '2023-12-01' }))).toBe(
      '24 Nov – 1 Dec 2023',
    );
  });

  it('writes a span within a month with the shared month once', () => {
    expect(formatEventDate(makeEvent({ date: '2023-11-24', end: '2023-11-28' }))).toBe(
      '24 – 28 Nov 2023',
    );
  });

  it('writes a span across years in full on both sides', () => {
    expect(formatEventDate(makeEvent({ date: '2023-12-30', end: '2024-01-02' }))).toBe(
      '30 Dec 2023 – 2 Jan 2024',
    );
  });

  it('writes month and year spans at their precision', () => {
    expect(
      formatEventDate(makeEvent({ date: '2023-11-01', end: '2023-12-31', precision: 'month' })),
    ).toBe('in Nov – Dec 2023');
    expect(
      formatEventDate(makeEvent({ date: '2023-01-01', end: '2024-12-31', precision: 'year' })),
    ).toBe('in 2023 – 2024');
  });

  it('writes a span that ends on its start day as a single day', () => {
    expect(formatEventDate(makeEvent({ date: '2024-03-22', end: '2024-03-22' }))).toBe(
      '22 March 2024',
    );
  });

  it('uses plain spaces only, never ICU thin or narrow spaces', () => {
    const s = formatEventDate(makeEvent({ date: '2023-11-24', end: '2023-12-01' }));
    expect(s).not.toMatch(/[\u2009\u202f]/);
  });

  it('follows the locale', () => {
    expect(formatEventDate(makeEvent({ date: '2024-03-22' }), 'de-DE')).toBe('22. März 2024');
    expect(formatEventDate(makeEvent({ date: '2024-03-22' }), 'en-US')).toBe('March 22, 2024');
  });

  it('keeps the calendar day at the edges of the UTC day', () => {
    expect(formatEventDate(makeEvent({ date: '2024-01-01' }))).toBe('1 January 2024');
    expect(formatEventDate(makeEvent({ date: '2023-12-31' }))).toBe('31 December 2023');
  });

  it('follows the reader locale once it is set', () => {
    try {
      setReaderLocale(['en-US']);
      expect(formatEventDate({ date: '2024-03-22' })).toBe('March 22, 2024');
    } finally {
      setReaderLocale([]);
    }
    expect(formatEventDate({ date: '2024-03-22' })).toBe('22 March 2024');
  });
});

describe('eventDateValue', () => {
  it('is the date alone, without the "in" of running text', () => {
    expect(eventDateValue({ date: '2024-03-01', precision: 'month' })).toBe('March 2024');
    expect(eventDateValue({ date: '2024-01-01', precision: 'year' })).toBe('2024');
    expect(eventDateValue({ date: '2024-03-22', precision: 'day' })).toBe('22 March 2024');
  });

  it('is what formatEventDate says after its preposition', () => {
    fc.assert(
      fc.property(isoDay, fc.constantFrom('day', 'month', 'year'), (date, p) => {
        const e = { date, precision: p as 'day' | 'month' | 'year' };
        expect(formatEventDate(e).endsWith(eventDateValue(e))).toBe(true);
      }),
    );
  });
});

describe('dateLocaleFor', () => {
  it.each([
    [['en-US'], 'en-US'],
    [['en-GB', 'en-US'], 'en-GB'],
    [['en'], 'en-US'],
    [['de-DE'], 'en-DE'],
    [['de'], 'en-DE'],
    [['fr-CA', 'fr'], 'en-CA'],
    [['en-IN'], 'en-IN'],
  ])('%j → %s', (languages, locale) => expect(dateLocaleFor(languages)).toBe(locale));

  it('falls back to international English for a region ICU has no English for', () => {
    expect(dateLocaleFor(['zh-CN'])).toBe('en-001');
    expect(formatEventDate({ date: '2024-03-22' }, 'en-001')).toBe('22 March 2024');
  });

  it('skips tags that are not BCP 47 and uses the default for an empty list', () => {
    expect(dateLocaleFor(['not a tag!', 'en-GB'])).toBe('en-GB');
    expect(dateLocaleFor([])).toBe(DEFAULT_DATE_LOCALE);
  });

  it('writes months in English whatever the reader language', () => {
    for (const lang of ['de-DE', 'fr-FR', 'ja-JP', 'ar-EG', 'pt-BR']) {
      expect(formatEventDate({ date: '2024-03-22' }, dateLocaleFor([lang]))).toMatch(/March/);
    }
  });
});

describe('readerLocale', () => {
  it('is the default until set, then what setReaderLocale chose', () => {
    expect(readerLocale()).toBe(DEFAULT_DATE_LOCALE);
    try {
      setReaderLocale(['de-AT']);
      expect(readerLocale()).toBe('en-AT');
    } finally {
      setReaderLocale([]);
    }
    expect(readerLocale()).toBe(DEFAULT_DATE_LOCALE);
  });
});

describe('formatDay', () => {
  it('writes a calendar day in full, in the given locale', () => {
    expect(formatDay('2024-03-22')).toBe('22 March 2024');
    expect(formatDay('2024-03-22', 'en-US')).toBe('March 22, 2024');
  });

  it('throws on a day that does not exist', () => {
    expect(() => formatDay('2023-02-29')).toThrow(RangeError);
  });
});

describe('formatTimeOfDay', () => {
  it('writes 24-hour times with two-digit hours', () => {
    expect(formatTimeOfDay('07:00', 'en-GB')).toBe('07:00');
    expect(formatTimeOfDay('19:45', 'en-GB')).toBe('19:45');
  });

  it('writes 12-hour times without a leading zero', () => {
    expect(formatTimeOfDay('07:00', 'en-US')).toBe('7:00 AM');
    expect(formatTimeOfDay('00:30', 'en-US')).toBe('12:30 AM');
  });

  it('leaves anything that is not HH:MM as it is', () => {
    expect(formatTimeOfDay('about noon', 'en-GB')).toBe('about noon');
  });
});

describe('formatDatePattern', () => {
  const t = Date.UTC(2024, 5, 10, 7);

  it('gives the axis the same words and order as the text', () => {
    expect(formatDatePattern(t, 'day-month', 'en-GB')).toBe('10 Jun');
    expect(formatDatePattern(t, 'day-month', 'en-US')).toBe('Jun 10');
    expect(formatDatePattern(t, 'month-year', 'en-GB')).toBe('Jun 2024');
    expect(formatDatePattern(t, 'year', 'en-GB')).toBe('2024');
  });

  it('writes hours on the reader clock, without a zero-padded 12-hour hour', () => {
    expect(formatDatePattern(t, 'hour', 'en-GB')).toBe('07:00');
    expect(formatDatePattern(t, 'hour', 'en-US')).toBe('7:00 AM');
    expect(formatDatePattern(t, 'day-hour', 'en-US')).toBe('Jun 10, 7:00 AM');
  });

  it('reads instants in UTC, so a day never moves with the machine time zone', () => {
    expect(formatDatePattern(Date.UTC(2024, 0, 1), 'day-month-year', 'en-GB')).toBe('1 Jan 2024');
    expect(formatDatePattern(Date.UTC(2023, 11, 31, 23, 59), 'day', 'en-GB')).toBe('31');
  });

  it('uses plain spaces only', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        fc.constantFrom('hour', 'day-hour', 'day-month-year', 'month-year' as const),
        fc.constantFrom('en-GB', 'en-US', 'en-IN'),
        (ms, pattern, locale) =>
          !/[\u2009\u202f]/.test(formatDatePattern(ms, pattern as 'hour', locale)),
      ),
    );
  });
});

describe('compareEvents', () => {
  it('orders by date first', () => {
    const a = makeEvent({ id: 'z', date: '2024-01-01', significance: 1 });
    const b = makeEvent({ id: 'a', date: '2024-01-02', significance: 3 });
    expect(compareEvents(a, b)).toBeLessThan(0);
    expect(compareEvents(b, a)).toBeGreaterThan(0);
  });

  it('puts the more significant event first on a shared day', () => {
    const a = makeEvent({ id: 'z', significance: 3 });
    const b = makeEvent({ id: 'a', significance: 1 });
    expect([b, a].sort(compareEvents).map((e) => e.id)).toEqual(['z', 'a']);
  });

  it('breaks remaining ties by id', () => {
    const a = makeEvent({ id: 'alpha' });
    const b = makeEvent({ id: 'beta' });
    expect([b, a].sort(compareEvents).map((e) => e.id)).toEqual(['alpha', 'beta']);
    expect(compareEvents(a, makeEvent({ id: 'alpha' }))).toBe(0);
  });

  it('is a total order that any shuffle sorts to the same sequence', () => {
    const event = fc.record({
      id: fc.stringMatching(/^[a-z]{1,3}$/),
      date: isoDay,
      significance: fc.constantFrom(1, 2, 3),
    });
    fc.assert(
      fc.property(fc.uniqueArray(event, { selector: (e) => e.id, maxLength: 30 }), (events) => {
        const sorted = [...events].sort(compareEvents);
        const reversed = [...events].reverse().sort(compareEvents);
        expect(reversed).toEqual(sorted);
        for (let i = 1; i < sorted.length; i++) {
          const prev = sorted[i - 1]!;
          const cur = sorted[i]!;
          expect(isoDayToMs(prev.date)).toBeLessThanOrEqual(isoDayToMs(cur.date));
        }
      }),
    );
  });
});
