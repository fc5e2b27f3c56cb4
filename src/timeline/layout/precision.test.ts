import { describe, expect, it } from 'vitest';
import { drawnEndMs, isUncertain } from './precision';

describe('drawnEndMs', () => {
  it('draws a day over its day, a month over its month, a year over its year', () => {
    expect(drawnEndMs({ date: '2024-03-22', precision: 'day' })).toBe(Date.UTC(2024, 2, 23));
    expect(drawnEndMs({ date: '2024-03-01', precision: 'month' })).toBe(Date.UTC(2024, 3, 1));
    expect(drawnEndMs({ date: '2024-12-01', precision: 'month' })).toBe(Date.UTC(2025, 0, 1));
    expect(drawnEndMs({ date: '2024-02-01', precision: 'month' })).toBe(Date.UTC(2024, 2, 1));
    expect(drawnEndMs({ date: '2023-01-01', precision: 'year' })).toBe(Date.UTC(2024, 0, 1));
  });

  it('keeps a span that reaches further than its month', () => {
    expect(drawnEndMs({ date: '2024-03-01', end: '2024-05-10', precision: 'month' })).toBe(
      Date.UTC(2024, 4, 11),
    );
  });

  it('tells uncertain dates', () => {
    expect(isUncertain({ precision: 'month' })).toBe(true);
    expect(isUncertain({ precision: 'year' })).toBe(true);
    expect(isUncertain({ precision: 'day' })).toBe(false);
  });
});
