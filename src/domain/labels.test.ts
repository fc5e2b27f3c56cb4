import { describe, expect, it } from 'vitest';
import { formatCount, pluralize } from './labels';

describe('counts in text', () => {
  it('groups thousands the same way in every locale', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(10000)).toBe('10,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('says one and many, with the number grouped', () => {
    expect(pluralize(1, 'event')).toBe('1 event');
    expect(pluralize(0, 'event')).toBe('0 events');
    expect(pluralize(10000, 'event')).toBe('10,000 events');
    expect(pluralize(2, 'date is', 'dates are')).toBe('2 dates are');
  });
});
