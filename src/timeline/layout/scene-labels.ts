/**
 * Which event titles the chart writes next to their marks, placed once per settled view from the
 * items in the window (never per frame: while a gesture runs the labels are hidden or slide
 * with the marks). Key events first, the selected event before all; every drawn mark and cluster
 * is an obstacle, so no label ever covers a mark.
 */
import { placeLabels, type LabelCandidate, type LabelSide, type Obstacle } from './labels';
import { estimateTextWidth, truncateLabel } from './text-width';
import { label, LABEL_FONT_PX, LABEL_GAP_PX, LABEL_OFFSET_PX } from './label-text';
import { sceneItemBox } from './mark-box';
import type { Scene, SceneEvent, SceneItem } from './scene';

// The text and room of a label are known before the placer loads (label-text.ts).
export { LABEL_FONT_PX, LABEL_OFFSET_PX, labelRoomPx, labelText } from './label-text';

/** px a key event's label may slide away from its mark, on a leader line, to find room. */
const LABEL_SLIDE_PX = 160;
/** Graphemes the opened event's label is cut to, in turn, when it finds no room whole. */
const SELECTED_CUTS = [24, 16, 10, 6];

export interface SceneLabel {
  /** Event id. */
  id: string;
  text: string;
  side: LabelSide;
  /** px: the mark's centre at the scene's transform, and the label's line. */
  x: number;
  y: number;
  /**
   * px: the mark's centre line. Differs from `y` when the label sits on another row of the lane,
   * joined to its mark by a leader line.
   */
  markY: number;
  /** px: the left and right edges of the label's box. */
  x0: number;
  x1: number;
  /** px: the end of the event's stretch (bar or band), when it has one: a label right of it starts there. */
  end?: number;
  significance: number;
  selected: boolean;
}

export interface SceneLabelOptions {
  compact: boolean;
  selected: string | null;
  /**
   * Lane index → the y of each of its rows. The selected and key events whose own line has no
   * room try the other rows of their lane, nearest first, with a leader line to the mark.
   */
  laneRows?: ReadonlyMap<number, readonly number[]>;
  /**
   * px: the part of the plot a reader sees when the details drawer lies over its right or left
   * (covered-right.ts). No label is placed outside it, and only marks inside it are labelled.
   */
  visible?: readonly [number, number];
  /**
   * Only marks in these lanes are labelled (row-band.ts); the others are obstacles like any mark.
   * A lane's labels are the same as when every lane is labelled: labels stay on their own lane's
   * lines. Null or absent: every lane.
   */
  lanes?: ReadonlySet<number> | null;
}

/** px: half the height of an uncertain date's band, its dashed edges included (paint-scene.ts). */
const BAND_HALF_PX = 7;
/** px: half the height of a span's bar (paint-scene.ts). */
const BAR_HALF_PX = 5;

/**
 * What of an item no label may cover: the mark's shape as drawn (mark-box.ts, the same box the
 * mark's button reports), and for an event drawn across a stretch of time, the whole stretch.
 * The stretch is the claim about the date ("some time in March", "from the 20th to the 24th"),
 * read from its two ends and its dashed edges; a label over any part of it hides where that
 * claim starts or stops, so all of it is kept clear. It costs little room: the lane layout keeps
 * a stretch's row free of other marks until it ends, so only labels that would slide onto it
 * look elsewhere; the event's own label is written past its end (`end` on the candidate).
 */
export function labelObstacles(item: SceneItem, compact: boolean): Obstacle[] {
  const box = sceneItemBox(item, compact);
  if (item.kind !== 'event' || item.x1 <= item.x) return [box];
  const half = item.uncertain ? BAND_HALF_PX : BAR_HALF_PX;
  return [box, { x0: item.x, x1: item.x1, y0: item.y - half, y1: item.y + half }];
}

export function placeSceneLabels(scene: Scene, options: SceneLabelOptions): SceneLabel[] {
  const { compact, selected, laneRows, visible, lanes } = options;
  const minSignificance = compact ? 3 : 2;
  const texts = new Map<string, string>();
  const candidates: LabelCandidate[] = [];
  const obstacles: Obstacle[] = [];
  // The opened event's own stretch: its label may lie on it as a very last resort (below).
  let ownStretch: Obstacle | undefined;
  for (const item of scene.items) {
    const boxes = labelObstacles(item, compact);
    if (item.id === selected) ownStretch = boxes[1];
    obstacles.push(...boxes);
    if (item.kind !== 'event' || item.x < 0 || item.x > scene.width) continue;
    if (lanes && !lanes.has(item.lane)) continue;
    const isSelected = item.id === selected;
    if (!isSelected && (item.dimmed || item.significance < minSignificance)) continue;
    const { text, width } = label(item.event.title, compact);
    texts.set(item.id, text);
    const key = item.significance >= 3;
    const rows = isSelected || key ? laneRows?.get(item.lane) : undefined;
    candidates.push({
      id: item.id,
      laneId: String(item.lane),
      x: item.x,
      y: item.y,
      width,
      // Key events first (in the room their rows keep), then the opened event if it is not one,
      // then the rest; left to right within each.
      priority: (isSelected ? (key ? 3.5e6 : 2.9e6) : item.significance * 1e6) - item.x / 1e4,
      alternates: rows ? nearestFirst(rows, item.y) : undefined,
      prefer: item.labelSide,
      slide: isSelected ? Infinity : key ? LABEL_SLIDE_PX : 0,
      end: item.x1 > item.x ? item.x1 : undefined,
    });
  }
  const byId = new Map(scene.items.map((i) => [i.id, i]));
  const place = (list: readonly LabelCandidate[], avoid = obstacles) =>
    placeLabels(list, {
      rowsPerLane: 1,
      rowHeight: 0,
      laneTop: {},
      gap: LABEL_GAP_PX,
      offset: LABEL_OFFSET_PX,
      width: scene.width,
      ...(visible ? { visible } : {}),
      obstacles: avoid,
      labelHeight: LABEL_FONT_PX + 2,
    });
  let placed = place(candidates);
  // The opened event is always labelled: where its label finds no room whole, it goes first of
  // all, cut shorter until it fits (the details beside it give the full title).
  const opened = candidates.find((c) => c.id === selected);
  const title = opened ? (byId.get(opened.id) as SceneEvent).event.title : '';
  for (const chars of SELECTED_CUTS) {
    if (!opened || placed.some((p) => p.id === selected)) break;
    const text = truncateLabel(title, chars);
    texts.set(opened.id, text);
    const width = estimateTextWidth(text, LABEL_FONT_PX);
    placed = place(candidates.map((c) => (c === opened ? { ...c, width, priority: 9e6 } : c)));
  }
  // Last of all, where its own bar or band fills all the room beside it (a span across the
  // whole window), the cut label is written over that stretch, clear of everything else.
  if (opened && ownStretch && !placed.some((p) => p.id === selected)) {
    // Only this label may use the stretch: the others stay where they are, as obstacles.
    const half = (LABEL_FONT_PX + 2) / 2;
    const others = placed.map((p) => ({ x0: p.x0, x1: p.x1, y0: p.y - half, y1: p.y + half }));
    const width = estimateTextWidth(texts.get(opened.id)!, LABEL_FONT_PX);
    const avoid = [...obstacles.filter((o) => o !== ownStretch), ...others];
    placed = [...placed, ...place([{ ...opened, width, end: undefined }], avoid)];
  }
  return placed.map((placed) => {
    const item = byId.get(placed.id)!;
    return {
      id: placed.id,
      text: texts.get(placed.id)!,
      side: placed.side,
      x: item.x,
      y: placed.y,
      markY: item.y,
      x0: placed.x0,
      x1: placed.x1,
      ...(item.kind === 'event' && item.x1 > item.x && placed.x0 >= item.x1
        ? { end: item.x1 }
        : {}),
      significance: item.kind === 'event' ? item.significance : 0,
      selected: placed.id === selected,
    };
  });
}

/** The other lines of a lane, nearest to `y` first (above before below on a tie). */
function nearestFirst(rows: readonly number[], y: number): number[] {
  return rows.filter((r) => r !== y).sort((a, b) => Math.abs(a - y) - Math.abs(b - y) || a - b);
}

/** Lane index → the y of its rows, from the tracks of a model (one track per row). */
export function laneRowsOf(tracks: readonly { lane: number; y: number }[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const t of tracks) {
    const list = out.get(t.lane);
    if (list) {
      if (!list.includes(t.y)) list.push(t.y);
    } else out.set(t.lane, [t.y]);
  }
  return out;
}
