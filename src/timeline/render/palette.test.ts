import { describe, expect, it } from 'vitest';
import { BACKGROUND, contrast, GROUP_COLOURS, luminance } from './palette';

describe('contrast', () => {
  it('gives the WCAG extremes for black and white', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
    expect(luminance('#ffffff')).toBeCloseTo(1, 5);
  });
});

describe('GROUP_COLOURS', () => {
  it.each(GROUP_COLOURS.map((c, i) => [i, c] as const))(
    'colour %i keeps at least 3:1 against the page in both themes',
    (_i, c) => {
      expect(contrast(c.light, BACKGROUND.light)).toBeGreaterThanOrEqual(3);
      expect(contrast(c.dark, BACKGROUND.dark)).toBeGreaterThanOrEqual(3);
    },
  );

  it('has no two colours that are the same', () => {
    expect(new Set(GROUP_COLOURS.map((c) => c.light)).size).toBe(GROUP_COLOURS.length);
    expect(new Set(GROUP_COLOURS.map((c) => c.dark)).size).toBe(GROUP_COLOURS.length);
  });
});
