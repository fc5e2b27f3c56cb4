import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dimension, Shift } from './schema';
import { levelAt, stanceSeries, type StanceSeries } from './stance';
import { makeEvent } from './test-events';

function makeDimension(overrides: Partial<Dimension> = {}): Dimension {
  return {
    id: 'ceasefire',
    name: 'Ceasefire',
    question: 'What does it accept?',
    levels: [
      { value: 'opposes', label: 'Opposes', description: 'd' },
      { value: 'abstains', label: 'Lets it pass', description: 'd' },
      { value: 'supports', label: 'Supports', description: 'd' },
    ],
    ...overrides,
  };
}

function makeShift(overrides: Partial<Shift> = {}): Shift {
  return { dimension: 'ceasefire', level: 'opposes', rationale: 'Because.', ...overrides };
}

const utc = (s: string) => new Date(`${s}T00:00:00Z`);

describe('stanceSeries', () => {
  it('is empty for no events, and names its dimension', () => {
    expect(stanceSeries(makeDimension(), [])).toEqual({ dimensionId: 'ceasefire', steps: [] });
  });

  it('is empty when no event shifts this dimension', () => {
    const events = [makeEvent({ shifts: [makeShift({ dimension: 'other' })] }), makeEvent()];
    expect(stanceSeries(makeDimension(), events).steps).toEqual([]);
  });

  it('orders steps chronologically whatever the input order', () => {
    const events = [
      makeEvent({ id: 'c', date: '2024-05-01', shifts: [makeShift({ level: 'supports' })] }),
      makeEvent({ id: 'a', date: '2023-10-18', shifts: [makeShift({ level: 'opposes' })] }),
      makeEvent({ id: 'b', date: '2024-03-25', shifts: [makeShift({ level: 'abstains' })] }),
    ];
    const { steps } = stanceSeries(makeDimension(), events);
    expect(steps.map((s) => s.eventId)).toEqual(['a', 'b', 'c']);
    expect(steps.map((s) => s.date.toISOString())).toEqual([
      '2023-10-18T00:00:00.000Z',
      '2024-03-25T00:00:00.000Z',
      '2024-05-01T00:00:00.000Z',
    ]);
  });

  it('fills level, index, label and rationale from the shift and the dimension', () => {
    const events = [
      makeEvent({ id: 'b', shifts: [makeShift({ level: 'abstains', rationale: 'Abstained.' })] }),
    ];
    expect(stanceSeries(makeDimension(), events).steps[0]).toEqual({
      eventId: 'b',
      date: utc('2024-03-22'),
      level: 'abstains',
      levelIndex: 1,
      label: 'Lets it pass',
      rationale: 'Abstained.',
      direction: 'start',
    });
  });

  it('marks each step up, down or same against the step before', () => {
    const levels = ['opposes', 'abstains', 'abstains', 'supports', 'opposes'];
    const events = levels.map((level, i) =>
      makeEvent({ id: `e${i}`, date: `2024-0${i + 1}-01`, shifts: [makeShift({ level })] }),
    );
    expect(stanceSeries(makeDimension(), events).steps.map((s) => s.direction)).toEqual([
      'start',
      'up',
      'same',
      'up',
      'down',
    ]);
  });

  it('ignores shifts on other dimensions, even within the same event', () => {
    const events = [
      makeEvent({
        id: 'a',
        shifts: [
          makeShift({ dimension: 'arms', level: 'supports' }),
          makeShift({ level: 'abstains' }),
        ],
      }),
    ];
    const { steps } = stanceSeries(makeDimension(), events);
    expect(steps.map((s) => [s.eventId, s.level])).toEqual([['a', 'abstains']]);
  });

  it('keeps two shifts of one event on this dimension in the order written', () => {
    const events = [
      makeEvent({
        id: 'a',
        shifts: [makeShift({ level: 'opposes' }), makeShift({ level: 'supports' })],
      }),
    ];
    const { steps } = stanceSeries(makeDimension(), events);
    expect(steps.map((s) => [s.level, s.direction])).toEqual([
      ['opposes', 'start'],
      ['supports', 'up'],
    ]);
  });

  it('orders same-day shifts by significance, then id', () => {
    const events = [
      makeEvent({ id: 'b', significance: 1, shifts: [makeShift({ level: 'opposes' })] }),
      makeEvent({ id: 'a', significance: 1, shifts: [makeShift({ level: 'abstains' })] }),
      makeEvent({ id: 'z', significance: 3, shifts: [makeShift({ level: 'supports' })] }),
    ];
    expect(stanceSeries(makeDimension(), events).steps.map((s) => s.eventId)).toEqual([
      'z',
      'a',
      'b',
    ]);
  });

  it('skips a shift to a level the dimension does not define', () => {
    const events = [
      makeEvent({ id: 'a', date: '2024-01-01', shifts: [makeShift({ level: 'opposes' })] }),
      makeEvent({ id: 'b', date: '2024-02-01', shifts: [makeShift({ level: 'unknown' })] }),
      makeEvent({ id: 'c', date: '2024-03-01', shifts: [makeShift({ level: 'supports' })] }),
    ];
    const { steps } = stanceSeries(makeDimension(), events);
    expect(steps.map((s) => [s.eventId, s.direction])).toEqual([
      ['a', 'start'],
      ['c', 'up'],
    ]);
  });

  it('does not mutate its input', () => {
    const events = [
      makeEvent({ id: 'b', date: '2024-02-01', shifts: [makeShift()] }),
      makeEvent({ id: 'a', date: '2024-01-01', shifts: [makeShift()] }),
    ];
    const copy = structuredClone(events);
    stanceSeries(makeDimension(), events);
    expect(events).toEqual(copy);
  });
});

describe('levelAt', () => {
  const series: StanceSeries = stanceSeries(makeDimension(), [
    makeEvent({ id: 'a', date: '2024-01-10', shifts: [makeShift({ level: 'opposes' })] }),
    makeEvent({ id: 'b', date: '2024-03-25', shifts: [makeShift({ level: 'abstains' })] }),
    makeEvent({ id: 'c', date: '2024-06-01', shifts: [makeShift({ level: 'supports' })] }),
  ]);

  it('is null before the first step', () => {
    expect(levelAt(series, utc('2024-01-09'))).toBeNull();
    expect(levelAt(series, utc('2024-01-10').getTime() - 1)).toBeNull();
  });

  it('is null for an empty series', () => {
    expect(levelAt({ dimensionId: 'x', steps: [] }, utc('2024-01-01'))).toBeNull();
  });

  it('counts a shift from midnight UTC of its own day', () => {
    expect(levelAt(series, utc('2024-03-25'))?.eventId).toBe('b');
    expect(levelAt(series, utc('2024-03-25').getTime() - 1)?.eventId).toBe('a');
  });

  it('keeps the last step in force after the end', () => {
    expect(levelAt(series, utc('2030-01-01'))?.level).toBe('supports');
  });

  it('accepts ms as well as a Date', () => {
    expect(levelAt(series, utc('2024-04-01').getTime())).toBe(levelAt(series, utc('2024-04-01')));
  });

  it('agrees with a linear scan for any date', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2025, 0, 1) }), (t) => {
        const expected = series.steps.filter((s) => s.date.getTime() <= t).at(-1) ?? null;
        return levelAt(series, t) === expected;
      }),
    );
  });
});
