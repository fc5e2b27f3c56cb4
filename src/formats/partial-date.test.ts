import { describe, expect, it } from 'vitest';
import { isBlankDate, parseClock, readIsoLike, readPartialDate } from './partial-date';

describe('readPartialDate', () => {
  it('reads a year alone as the whole year', () => {
    expect(readPartialDate({ year: '1978' })).toEqual({
      ok: true,
      value: { date: '1978-01-01', last: '1978-12-31', precision: 'year' },
    });
  });

  it('reads a year and month as the whole month, leap years included', () => {
    expect(readPartialDate({ year: 2024, month: 2 })).toEqual({
      ok: true,
      value: { date: '2024-02-01', last: '2024-02-29', precision: 'month' },
    });
    expect(readPartialDate({ year: '2023', month: '2', day: '' })).toMatchObject({
      value: { last: '2023-02-28' },
    });
  });

  it('reads a full date, with a time from hour and minute or from a clock string', () => {
    expect(readPartialDate({ year: '1963', month: '8', day: '9' })).toEqual({
      ok: true,
      value: { date: '1963-08-09', last: '1963-08-09', precision: 'day' },
    });
    expect(readPartialDate({ year: 2024, month: 3, day: 22, hour: 9, minute: 5 })).toMatchObject({
      value: { time: '09:05' },
    });
    expect(readPartialDate({ year: 2024, month: 3, day: 22, time: '2:30 PM' })).toMatchObject({
      value: { time: '14:30' },
    });
  });

  it('ignores a time on a date not known to the day', () => {
    expect(readPartialDate({ year: 2024, month: 3, hour: 9 })).toMatchObject({
      value: { precision: 'month' },
    });
    expect(readPartialDate({ year: 2024, month: 3, hour: 9 })).not.toHaveProperty('value.time');
  });

  it('forgives spaces and thousands separators, as spreadsheets write them', () => {
    expect(readPartialDate({ year: ' 1,963 ', month: ' 08' })).toMatchObject({
      value: { date: '1963-08-01' },
    });
  });

  it('pads years before 1000 to four digits', () => {
    expect(readPartialDate({ year: 800 })).toMatchObject({ value: { date: '0800-01-01' } });
  });

  it.each([
    [{}, 'year', 'has no year'],
    [{ year: 'MCMLXIII' }, 'year', '"MCMLXIII" is not a year'],
    [{ year: -500 }, 'year', 'year -500 is outside 1–9999'],
    [{ year: 12000 }, 'year', 'year 12000 is outside 1–9999'],
    [{ year: 2024, month: 13 }, 'month', '"13" is not a month (1–12)'],
    [{ year: 2024, day: 3 }, 'day', 'has a day but no month'],
    [{ year: 2023, month: 2, day: 29 }, 'day', '"29" is not a day of 2023-02'],
    [{ year: 2024, month: 2, day: 1, hour: 24 }, 'hour', '"24" is not an hour (0–23)'],
    [
      { year: 2024, month: 2, day: 1, hour: 1, minute: 60 },
      'minute',
      '"60" is not a minute (0–59)',
    ],
    [{ year: 2024, month: 2, day: 1, time: 'noonish' }, 'time', '"noonish" is not a time'],
    [{ year: 2024.5 }, 'year', '"2024.5" is not a year'],
  ])('refuses %j: %s %s', (parts, part, message) => {
    expect(readPartialDate(parts)).toMatchObject({ ok: false, problem: { part, message } });
  });
});

describe('parseClock', () => {
  it.each([
    ['14:30', { hour: 14, minute: 30 }],
    ['9', { hour: 9, minute: 0 }],
    ['12:00 am', { hour: 0, minute: 0 }],
    ['12:15 PM', { hour: 12, minute: 15 }],
    ['7 p.m.', { hour: 19, minute: 0 }],
    ['23:59:59.250', { hour: 23, minute: 59 }],
  ])('reads %s', (text, clock) => {
    expect(parseClock(text)).toEqual(clock);
  });

  it.each(['25:00', '13:00 pm', '10:75', 'soon', ''])('refuses %s', (text) => {
    expect(parseClock(text)).toBeNull();
  });
});

describe('readIsoLike', () => {
  it('reads the three precisions of the CSV template', () => {
    expect(readIsoLike('2024')).toMatchObject({ value: { precision: 'year' } });
    expect(readIsoLike('2024-03')).toMatchObject({ value: { precision: 'month' } });
    expect(readIsoLike(' 2024-03-22 ')).toMatchObject({ value: { date: '2024-03-22' } });
  });

  it('refuses anything else with the forms it accepts', () => {
    expect(readIsoLike('March 2024')).toMatchObject({
      ok: false,
      problem: { message: '"March 2024" is not a date', hint: 'write YYYY-MM-DD, YYYY-MM or YYYY' },
    });
  });

  it('says when a spreadsheet rewrote the date as it saved', () => {
    for (const cell of ['22/03/2024', '3/22/2024', '22.03.24', '45373']) {
      expect(readIsoLike(cell)).toMatchObject({
        ok: false,
        problem: {
          message: `"${cell}" is not a date`,
          hint: expect.stringMatching(/^the spreadsheet rewrote the date when it saved/) as string,
        },
      });
    }
  });
});

describe('isBlankDate', () => {
  it('is true only when no part is given', () => {
    expect(isBlankDate({ year: '', month: ' ', day: undefined })).toBe(true);
    expect(isBlankDate({ year: '', month: '3' })).toBe(false);
  });
});
