/**
 * Which event titles the chart writes next to their marks, placed once per settled view from the
 * items in the window (never per frame: while a gesture runs the labels are hidden or slide
 * with the marks). Key events first, the selected event before all; every drawn mark and cluster
 * is an obstacle, so no label ever covers a mark.
 */
import { estimateTextWidth, placeLabels, truncateLabel, type LabelSide } from './labels';
import type { Scene } from './scene';

export const LABEL_FONT_PX = 12;
/** px from a mark's centre to its label's near edge: the largest mark's radius and a margin. */
export const LABEL_OFFSET_PX = 14;
/** px of clear space between a label and anything else on its line. */
const LABEL_GAP_PX = 3;

export interface SceneLabel {
  /** Event id. */
  id: string;
  text: string;
  side: LabelSide;
  /** px: the mark's centre at the scene's transform, and its line. */
  x: number;
  y: number;
  significance: number;
  selected: boolean;
}

export interface SceneLabelOptions {
  compact: boolean;
  selected: string | null;
}

export function placeSceneLabels(scene: Scene, options: SceneLabelOptions): SceneLabel[] {
  const { compact, selected } = options;
  const maxChars = compact ? 28 : 44;
  const minSignificance = compact ? 3 : 2;
  const texts = new Map<string, string>();
  const candidates = [];
  const obstacles = [];
  for (const item of scene.items) {
    obstacles.push({
      x0: item.x - item.r,
      x1: item.x + item.r,
      y0: item.y - item.r,
      y1: item.y + item.r,
    });
    if (item.kind !== 'event' || item.x < 0 || item.x > scene.width) continue;
    const isSelected = item.id === selected;
    if (!isSelected && (item.dimmed || item.significance < minSignificance)) continue;
    const text = truncateLabel(item.event.title, maxChars);
    texts.set(item.id, text);
    candidates.push({
      id: item.id,
      laneId: String(item.lane),
      x: item.x,
      y: item.y,
      width: estimateTextWidth(text, LABEL_FONT_PX),
      priority: item.significance * 1e6 + (isSelected ? 5e6 : 0) - item.x / 1e4,
    });
  }
  const byId = new Map(scene.items.map((i) => [i.id, i]));
  return placeLabels(candidates, {
    rowsPerLane: 1,
    rowHeight: 0,
    laneTop: {},
    gap: LABEL_GAP_PX,
    offset: LABEL_OFFSET_PX,
    width: scene.width,
    obstacles,
    labelHeight: LABEL_FONT_PX + 2,
  }).map((placed) => {
    const item = byId.get(placed.id)!;
    return {
      id: placed.id,
      text: texts.get(placed.id)!,
      side: placed.side,
      x: item.x,
      y: item.y,
      significance: item.kind === 'event' ? item.significance : 0,
      selected: placed.id === selected,
    };
  });
}
