import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../domain/test-events';
import { clusterName, eventDateText, eventName, otherGroupNames } from './mark-names';

describe('eventName', () => {
  it('says title, date and type, and the other groups involved', () => {
    const event = makeEvent({ title: 'A veto', date: '2024-03-22', type: 'veto' });
    expect(eventName(event)).toBe('A veto, 22 March 2024, Veto');
    const others = otherGroupNames(['g'], new Map([['g', 'Congress']]));
    expect(eventName(event, others)).toBe('A veto, 22 March 2024, Veto; also involves Congress');
  });
});

describe('clusterName', () => {
  it('counts the events and names their first and last day', () => {
    const t0 = Date.UTC(2024, 2, 1);
    const t1 = Date.UTC(2024, 2, 9);
    expect(clusterName(3, t0, t1)).toBe(
      '3 events between 1 March 2024 and 9 March 2024, grouped; activate to expand',
    );
  });
});

describe('eventDateText', () => {
  it('writes the date as the names do, at the precision the data gives', () => {
    expect(eventDateText(makeEvent({ date: '2024-03-22' }))).toBe('22 March 2024');
    expect(eventDateText(makeEvent({ date: '2024-03-01', precision: 'month' }))).toBe(
      'in March 2024',
    );
  });
});
