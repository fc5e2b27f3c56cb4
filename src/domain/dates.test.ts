import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DAY_MS,
  compareEvents,
  eventEnd,
  eventEndMs,
  eventStart,
  eventStartMs,
  formatEventDate,
  isRealCalendarDate,
  isoDayToMs,
  parseIsoDay,
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

  it('writes only month and year for month precision', () => {
    expect(formatEventDate(makeEvent({ date: '2024-03-01', precision: 'month' }))).toBe(
      'March 2024',
    );
  });

  it('writes only the year for year precision', () => {
    expect(formatEventDate(makeEvent({ date: '2024-01-01', precision: 'year' }))).toBe('2024');
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
    ).toBe('Nov – Dec 2023');
    expect(
      formatEventDate(makeEvent({ date: '2023-01-01', end: '2024-12-31', precision: 'year' })),
    ).toBe('2023 – 2024');
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
