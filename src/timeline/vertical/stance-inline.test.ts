import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../domain/test-events';
import type { Dimension } from '../../domain/schema';
import { directionWords, inlineShifts } from './stance-inline';

const dimension: Dimension = {
  id: 'ceasefire',
  name: 'Ceasefire at the UN',
  question: 'What does the U.S. accept?',
  levels: [
    { value: 'opposes', label: 'Opposes', description: 'd' },
    { value: 'pauses', label: 'Pauses only', description: 'd' },
    { value: 'demands', label: 'Lets a demand pass', description: 'd' },
  ],
};
const shift = (level: string) => ({ dimension: 'ceasefire', level, rationale: `to ${level}` });

describe('inlineShifts', () => {
  const events = [
    makeEvent({ id: 'late', date: '2024-03-25', shifts: [shift('demands')] }),
    makeEvent({ id: 'first', date: '2023-10-18', shifts: [shift('opposes')] }),
    makeEvent({ id: 'none', date: '2023-11-01' }),
    makeEvent({ id: 'mid', date: '2023-11-15', shifts: [shift('pauses'), shift('pauses')] }),
  ];

  it('gives each shifting event its steps with the level left and the direction', () => {
    const byEvent = inlineShifts([dimension], events);
    expect(byEvent.has('none')).toBe(false);
    expect(byEvent.get('first')).toEqual([
      expect.objectContaining({
        level: 'Opposes',
        previous: null,
        direction: 'start',
        levelIndex: 0,
        levels: 3,
      }),
    ]);
    expect(byEvent.get('mid')?.map((s) => [s.previous, s.direction])).toEqual([
      ['Opposes', 'up'],
      ['Pauses only', 'same'],
    ]);
    expect(byEvent.get('late')).toEqual([
      expect.objectContaining({
        dimension: 'Ceasefire at the UN',
        level: 'Lets a demand pass',
        previous: 'Pauses only',
        direction: 'up',
        rationale: 'to demands',
      }),
    ]);
  });

  it('ignores shifts on dimensions the dataset does not have', () => {
    const e = makeEvent({ shifts: [{ dimension: 'other', level: 'x', rationale: 'r' }] });
    expect(inlineShifts([dimension], [e]).size).toBe(0);
  });
});

describe('directionWords', () => {
  it('says what a step did', () => {
    expect(['start', 'up', 'down', 'same'].map((d) => directionWords(d as 'up'))).toEqual([
      'set at',
      'raised to',
      'lowered to',
      'kept at',
    ]);
  });
});
