/**
 * The colours of an exported image: the light theme's, whatever theme the page is in, because
 * an image goes onto white pages, slides and print. Taken from the same table as the stylesheet
 * and the canvas (timeline/render/palette.ts), so an export looks like the chart on screen.
 */
import {
  DIM_OPACITY,
  GROUP_COLOURS,
  THEME_COLOURS,
  type ThemeRole,
} from '../timeline/render/palette';

export type ExportPalette = Record<ThemeRole, string> & {
  groups: readonly string[];
  /** Opacity of dimmed marks (0–1), as `--dim`. */
  dim: number;
};

export const EXPORT_PALETTE: ExportPalette = {
  ...(Object.fromEntries(
    Object.entries(THEME_COLOURS).map(([role, c]) => [role, c.light]),
  ) as Record<ThemeRole, string>),
  groups: GROUP_COLOURS.map((c) => c.light),
  dim: DIM_OPACITY,
};
