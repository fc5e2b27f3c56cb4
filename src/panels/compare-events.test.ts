import { describe, expect, it } from 'vitest';
import { makeEvent } from '../domain/test-events';
import { eventOnDay, shiftEvents } from './compare-events';

const shift = { dimension: 'd', level: 'l', rationale: 'Because.' };

describe('shiftEvents and eventOnDay', () => {
  const events = [
    makeEvent({ id: 'late', date: '2024-05-01', shifts: [shift] }),
    makeEvent({ id: 'quiet', date: '2024-02-01', shifts: [] }),
    makeEvent({ id: 'early', date: '2024-01-10', shifts: [shift] }),
    makeEvent({ id: 'same-day', date: '2024-05-01', significance: 3, shifts: [shift] }),
  ];

  it('offers only the events that moved the stance, oldest first', () => {
    expect(shiftEvents(events).map((e) => e.id)).toEqual(['early', 'same-day', 'late']);
  });

  it('names the first event of a compared day, or none', () => {
    const list = shiftEvents(events);
    expect(eventOnDay(list, '2024-05-01')?.id).toBe('same-day');
    expect(eventOnDay(list, '2024-02-01')).toBeUndefined();
  });
});
