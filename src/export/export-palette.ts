/**
 * The colours of an exported image: the light theme's, whatever theme the page is in, because
 * an image goes onto white pages, slides and print. The same values as global.css and the
 * group palette, so an export looks like the chart on screen.
 */
import { BACKGROUND, GROUP_COLOURS } from '../timeline/render/palette';

export interface ExportPalette {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  eraA: string;
  eraB: string;
  markStroke: string;
  stance: string;
  groups: readonly string[];
  /** Opacity of dimmed marks (0–1), as `--dim`. */
  dim: number;
}

export const EXPORT_PALETTE: ExportPalette = {
  bg: BACKGROUND.light,
  surface: '#f5f6f8',
  text: '#1a1c20',
  muted: '#525966',
  border: '#d3d8df',
  eraA: '#f3f5f8',
  eraB: '#e9edf2',
  markStroke: '#ffffff',
  stance: '#1a1c20',
  groups: GROUP_COLOURS.map((c) => c.light),
  dim: 0.22,
};
