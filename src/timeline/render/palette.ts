/**
 * Colours for actor groups. Based on the Okabe–Ito colour-blind-safe set, each adjusted so a mark
 * keeps ≥ 3:1 contrast against the page in both themes (tested in palette.test.ts). Shape stays
 * the redundant cue for type; colour is never the only carrier of meaning.
 */
export const GROUP_COLOURS: ReadonlyArray<{ light: string; dark: string }> = [
  { light: '#0067a5', dark: '#56b4e9' }, // blue
  { light: '#c1440e', dark: '#f08a4b' }, // vermillion
  { light: '#00795a', dark: '#2dc69b' }, // bluish green
  { light: '#a24d85', dark: '#e29cc8' }, // reddish purple
  { light: '#8a5a00', dark: '#f0b43c' }, // orange
  { light: '#5b5b5b', dark: '#b5b5b5' }, // grey
  { light: '#1f4e9c', dark: '#8fb3ff' }, // deep blue
  { light: '#7a3e00', dark: '#e6c07a' }, // brown
  { light: '#6b4fa0', dark: '#b9a2ea' }, // violet
];

export const BACKGROUND = { light: '#ffffff', dark: '#14161a' } as const;

/**
 * The chart's colours by role, in both themes, and the custom property of global.css that holds
 * each (palette.test.ts keeps the stylesheet equal to this table). The canvas reads the
 * properties, so that a theme switch and forced colours reach it; the image exports take the
 * light column.
 */
export const THEME_COLOURS = {
  bg: { cssVar: '--bg', ...BACKGROUND },
  surface: { cssVar: '--surface', light: '#f5f6f8', dark: '#1c1f25' },
  text: { cssVar: '--text', light: '#1a1c20', dark: '#e8eaed' },
  muted: { cssVar: '--muted', light: '#525966', dark: '#a9b0bb' },
  border: { cssVar: '--border', light: '#d3d8df', dark: '#3a3f49' },
  eraA: { cssVar: '--era-a', light: '#f3f5f8', dark: '#181b20' },
  eraB: { cssVar: '--era-b', light: '#e9edf2', dark: '#1f232a' },
  markStroke: { cssVar: '--mark-stroke', ...BACKGROUND },
  focus: { cssVar: '--focus', light: '#1457c9', dark: '#9cc3ff' },
  accent: { cssVar: '--accent', light: '#0b5cad', dark: '#8ab8ff' },
  stance: { cssVar: '--stance', light: '#1a1c20', dark: '#e8eaed' },
} as const satisfies Record<string, { cssVar: string; light: string; dark: string }>;

export type ThemeRole = keyof typeof THEME_COLOURS;

/** Opacity of dimmed marks (0–1), the stylesheet's `--dim`. */
export const DIM_OPACITY = 0.22;

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** CSS custom property that holds group `index`'s colour in the current theme. */
export function groupColourVar(index: number): string {
  return `var(--group-${index % GROUP_COLOURS.length})`;
}
