import { readFileSync } from 'node:fs';
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

describe('the stylesheet', () => {
  // The marks are coloured through CSS custom properties so a theme switch is CSS only; this
  // keeps those properties equal to the tested palette above.
  const css = readFileSync(new URL('../../styles/global.css', import.meta.url), 'utf8');
  const media = css.indexOf('@media (prefers-color-scheme: dark)');
  const chosen = css.indexOf(":root[data-theme='dark']");
  const lightBlock = css.slice(0, media);
  const systemDarkBlock = css.slice(media, chosen);
  const darkBlock = css.slice(chosen);
  const value = (block: string, name: string) =>
    new RegExp(`${name}:\\s*(#[0-9a-f]{6})`).exec(block)?.[1];

  it.each(GROUP_COLOURS.map((c, i) => [i, c] as const))(
    'defines --group-%i as the palette does',
    (i, c) => {
      expect(value(lightBlock, `--group-${i}`)).toBe(c.light);
      expect(value(darkBlock, `--group-${i}`)).toBe(c.dark);
      expect(value(systemDarkBlock, `--group-${i}`)).toBe(c.dark);
    },
  );

  it('uses the palette backgrounds', () => {
    expect(value(lightBlock, '--bg')).toBe(BACKGROUND.light);
    expect(value(darkBlock, '--bg')).toBe(BACKGROUND.dark);
  });
});
