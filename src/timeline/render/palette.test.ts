import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BACKGROUND,
  contrast,
  DIM_OPACITY,
  GROUP_COLOURS,
  luminance,
  THEME_COLOURS,
} from './palette';

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

describe('the stylesheet', () => {
  // The marks are coloured through CSS custom properties so a theme switch is CSS only; this
  // keeps each property's light-dark() pair equal to the tested palette above.
  const css = readFileSync(new URL('../../styles/global.css', import.meta.url), 'utf8');
  const pair = (name: string) =>
    new RegExp(`${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`).exec(css)?.slice(1);

  it.each(GROUP_COLOURS.map((c, i) => [i, c] as const))(
    'defines --group-%i as the palette does',
    (i, c) => {
      expect(pair(`--group-${i}`)).toEqual([c.light, c.dark]);
    },
  );

  it('uses the palette backgrounds', () => {
    expect(pair('--bg')).toEqual([BACKGROUND.light, BACKGROUND.dark]);
  });

  it.each(Object.entries(THEME_COLOURS))(
    'defines the %s colour as the table does, the one source of the canvas and the exports',
    (_role, c) => {
      expect(pair(c.cssVar)).toEqual([c.light, c.dark]);
    },
  );

  it('dims marks as much as the table says', () => {
    expect(/--dim:\s*([\d.]+);/.exec(css)?.[1]).toBe(String(DIM_OPACITY));
  });
});
