/**
 * The stylesheet's colours, resolved for canvas drawing. CSS custom properties hold
 * `light-dark(…)` expressions that only the browser can evaluate, so each one is applied to a
 * probe element and read back as a computed colour. Re-read when the theme changes.
 */
import { DIM_OPACITY, GROUP_COLOURS, THEME_COLOURS, type ThemeRole } from '../render/palette';

export type CanvasPalette = Record<ThemeRole, string> & {
  groups: string[];
  /** Opacity of dimmed marks (0–1). */
  dim: number;
  /** The page's font stack, for canvas text. */
  font: string;
};

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
    Object.entries(THEME_COLOURS).map(([role, c]) => [role, read(c.cssVar)]),
  ) as Record<ThemeRole, string>;
  const groups = GROUP_COLOURS.map((_, i) => read(`--group-${i}`));
  const style = getComputedStyle(el);
  const dim = Number.parseFloat(style.getPropertyValue('--dim')) || DIM_OPACITY;
  probe.remove();
  return { ...colours, groups, dim, font: style.fontFamily || 'sans-serif' };
}
