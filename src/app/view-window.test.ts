import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, isoDayToMs } from '../domain/dates';
import { dataExtent, windowFromMs, windowToMs } from './view-window';

const extent: [string, string] = ['2024-01-01', '2024-12-31'];

describe('dataExtent', () => {
  it('is the first day and the latest end, whatever the order', () => {
    expect(
      dataExtent([
        { date: '2024-03-01' },
        { date: '2024-01-05', end: '2024-06-01' },
        { date: '2024-02-01' },
      ]),
    ).toEqual(['2024-01-05', '2024-06-01']);
    expect(dataExtent([])).toEqual(['', '']);
  });
});

describe('windowToMs', () => {
  it('is null for no window and fills an open end from the data', () => {
    expect(windowToMs(null, null, extent)).toBeNull();
    expect(windowToMs('2024-03-01', null, extent)).toEqual([
      isoDayToMs('2024-03-01'),
      isoDayToMs('2024-12-31') + DAY_MS,
    ]);
  });
});

describe('windowFromMs', () => {
  it('writes nothing for a window that shows all the data', () => {
    expect(windowFromMs(isoDayToMs('2023-01-01'), isoDayToMs('2025-06-01'), extent)).toEqual([
      null,
      null,
    ]);
  });

  it('reads back the days it was given (property)', () => {
    const day = fc
      .integer({ min: isoDayToMs('2024-01-02'), max: isoDayToMs('2024-12-30') })
      .map((ms) => new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const ms = windowToMs(from, to, extent)!;
        expect(windowFromMs(ms[0], ms[1], extent)).toEqual([from, to]);
      }),
    );
  });
});
