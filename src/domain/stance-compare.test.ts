import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareStance, comparisonText, levelOnDay, stepsBetween } from './stance-compare';
import { stanceSeries } from './stance';
import { makeEvent } from './test-events';
import type { Dimension } from './schema';

const dim: Dimension = {
  id: 'un',
  name: 'UN',
  question: 'What?',
  levels: [
    { value: 'low', label: 'Low', description: 'l' },
    { value: 'mid', label: 'Mid', description: 'm' },
    { value: 'high', label: 'High', description: 'h' },
  ],
};
const other: Dimension = { ...dim, id: 'other', name: 'Other' };
const shift = (level: string, dimension = 'un') => [{ dimension, level, rationale: `to ${level}` }];
const events = [
  makeEvent({ id: 'a', date: '2024-01-10', shifts: shift('low') }),
  makeEvent({ id: 'b', date: '2024-02-01', shifts: shift('high') }),
  makeEvent({ id: 'c', date: '2024-03-05', shifts: shift('mid') }),
  makeEvent({ id: 'n', date: '2024-02-15' }),
  makeEvent({ id: 'o', date: '2024-02-20', shifts: shift('mid', 'other') }),
];
const series = stanceSeries(dim, events);

describe('levelOnDay', () => {
  it('is null before the first shift', () => {
    expect(levelOnDay(series, '2024-01-09')).toBeNull();
  });
  it('counts a shift from its own day', () => {
    expect(levelOnDay(series, '2024-01-10')?.level).toBe('low');
    expect(levelOnDay(series, '2024-01-31')?.level).toBe('low');
    expect(levelOnDay(series, '2024-02-01')?.level).toBe('high');
  });
  it('keeps the last level after the last shift', () => {
    expect(levelOnDay(series, '2030-01-01')?.eventId).toBe('c');
  });
});

describe('stepsBetween', () => {
  it('takes the shifts after A and up to B, not those on A', () => {
    expect(stepsBetween(series, '2024-01-10', '2024-03-05').map((s) => s.eventId)).toEqual([
      'b',
      'c',
    ]);
    expect(stepsBetween(series, '2024-02-01', '2024-02-28')).toEqual([]);
  });
  it('is empty for the same day', () => {
    expect(stepsBetween(series, '2024-02-01', '2024-02-01')).toEqual([]);
  });
});

describe('compareStance', () => {
  it('gives each dimension its levels at A and B and what moved it, with rationales', () => {
    const { rows } = compareStance([dim, other], events, '2024-01-15', '2024-03-31');
    const un = rows[0]!;
    expect(un.atA?.label).toBe('Low');
    expect(un.atB?.label).toBe('Mid');
    expect(un.between.map((s) => [s.eventId, s.rationale])).toEqual([
      ['b', 'to high'],
      ['c', 'to mid'],
    ]);
    expect(un.change).toBe('up');
    const o = rows[1]!;
    expect(o.atA).toBeNull();
    expect(o.atB?.label).toBe('Mid');
    expect(o.change).toBe('first-assessed');
  });

  it('tells a return to the same level from no change at all', () => {
    const back = [...events, makeEvent({ id: 'd', date: '2024-04-01', shifts: shift('low') })];
    expect(compareStance([dim], back, '2024-01-15', '2024-04-02').rows[0]!.change).toBe(
      'back-to-same',
    );
    expect(compareStance([dim], back, '2024-02-02', '2024-02-20').rows[0]!.change).toBe('same');
    expect(compareStance([dim], back, '2023-01-01', '2023-02-01').rows[0]!.change).toBe('none');
  });

  it('orders the days itself', () => {
    const day = fc
      .integer({ min: 0, max: 200 })
      .map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (x, y) => {
        expect(compareStance([dim], events, x, y)).toEqual(compareStance([dim], events, y, x));
      }),
    );
  });

  it('agrees with itself: level at B is the last step between, or the level at A', () => {
    const day = fc
      .integer({ min: 0, max: 120 })
      .map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (x, y) => {
        const row = compareStance([dim], events, x, y).rows[0]!;
        expect(row.atB).toEqual(row.between.at(-1) ?? row.atA);
      }),
    );
  });
});

describe('comparisonText', () => {
  it('writes each dimension’s levels and the shifts between, with rationales', () => {
    const result = compareStance([dim], events, '2024-01-15', '2024-03-31');
    const text = comparisonText(result, 'the subject', (id) => `Event ${id}`);
    expect(text).toBe(
      [
        'Stance of the subject: 15 January 2024 compared with 31 March 2024',
        'Levels are an editorial assessment by the dataset’s authors, not a claim made by a source.',
        '',
        'UN',
        '  15 January 2024: Low',
        '  31 March 2024: Mid',
        '  · 1 February 2024, Event b → High: to high',
        '  · 5 March 2024, Event c → Mid: to mid',
        '',
      ].join('\n'),
    );
  });
  it('says when nothing had been assessed yet, or nothing changed', () => {
    const text = comparisonText(
      compareStance([dim], events, '2023-01-01', '2023-02-01'),
      's',
      (id) => id,
    );
    expect(text).toContain('  1 January 2023: not yet assessed');
    expect(text).toContain('  No change in between.');
  });
});
