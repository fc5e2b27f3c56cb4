/**
 * The stylesheet's colours, resolved for canvas drawing. CSS custom properties hold
 * `light-dark(…)` expressions that only the browser can evaluate, so each one is applied to a
 * probe element and read back as a computed colour. Re-read when the theme changes.
 */
import { GROUP_COLOURS } from '../render/palette';

export interface CanvasPalette {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  eraA: string;
  eraB: string;
  markStroke: string;
  focus: string;
  accent: string;
  stance: string;
  groups: string[];
  /** Opacity of dimmed marks (0–1). */
  dim: number;
  /** The page's font stack, for canvas text. */
  font: string;
}

const VARS = {
  bg: '--bg',
  surface: '--surface',
  text: '--text',
  muted: '--muted',
  border: '--border',
  eraA: '--era-a',
  eraB: '--era-b',
  markStroke: '--mark-stroke',
  focus: '--focus',
  accent: '--accent',
  stance: '--stance',
} as const;

/** Reads the palette in effect for `el` (which must be in the document). */
export function resolveCanvasPalette(el: Element): CanvasPalette {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  // In forced colours the browser would replace the probe's colour with the text colour; the
  // style sheet sets the properties to system colours there, which this reads as they are.
  probe.style.setProperty('forced-color-adjust', 'none');
  el.appendChild(probe);
  const read = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const colours = Object.fromEntries(
    Object.entries(VARS).map(([key, name]) => [key, read(name)]),
  ) as Record<keyof typeof VARS, string>;
  const groups = GROUP_COLOURS.map((_, i) => read(`--group-${i}`));
  const style = getComputedStyle(el);
  const dim = Number.parseFloat(style.getPropertyValue('--dim')) || 0.22;
  probe.remove();
  return { ...colours, groups, dim, font: style.fontFamily || 'sans-serif' };
}
