/**
 * Scene → pixels: draws one frame of the chart on a 2D canvas. Everything it touches comes from
 * the scene, which holds only what is in the window, so a frame costs the visible items (a few
 * thousand at most, bounded by the level of detail), never N.
 *
 * Coordinates are CSS px; the context is scaled by the device pixel ratio, so shapes and text are
 * drawn at the screen's resolution and stay crisp on high-DPR displays.
 */
import type { EventType } from '../../domain/schema';
import type { Scene, SceneCluster, SceneEvent } from '../layout/scene';
import { formatCount } from '../layout/scene';
import { markArea, markPath } from '../render/shapes';
import type { CanvasPalette } from './palette';

export interface PaintState {
  dpr: number;
  compact: boolean;
  /** Event id of the open event: drawn with a ring. */
  selected: string | null;
  /** Item id under the pointer: outlined. */
  hovered: string | null;
  /** Item ids related to the selected event: their marks are ringed in the accent colour. */
  related?: ReadonlySet<string>;
}

/** What the painter needs from a 2D context; a recording fake implements it in tests. */
export type PaintContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'fillRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'strokeText'
  | 'measureText'
  | 'setLineDash'
  | 'roundRect'
> & {
  fillStyle: CanvasRenderingContext2D['fillStyle'];
  strokeStyle: CanvasRenderingContext2D['strokeStyle'];
  lineWidth: number;
  globalAlpha: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
};

export type PathFactory = (d: string) => Path2D;

const paths = new Map<string, Path2D>();

function shapePath(type: EventType, area: number, make: PathFactory): Path2D {
  const key = `${type}:${area}`;
  let path = paths.get(key);
  if (!path) {
    path = make(markPath(type, area));
    paths.set(key, path);
  }
  return path;
}

const browserPath: PathFactory = (d) => new Path2D(d);

export function paintScene(
  ctx: PaintContext,
  scene: Scene,
  palette: CanvasPalette,
  state: PaintState,
  makePath: PathFactory = browserPath,
): void {
  const { dpr } = state;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, scene.width, scene.height);
  paintBackground(ctx, scene, palette);
  paintAxis(ctx, scene, palette);

  // Bars first, then clusters, then marks by significance: a key event is never hidden under a
  // cluster's bubble or a minor mark (the buttons over them stack the same way).
  ctx.globalAlpha = 1;
  for (const item of scene.items) {
    if (item.kind !== 'event' || item.x1 === item.x) continue;
    ctx.globalAlpha = (item.dimmed ? palette.dim : 1) * 0.35;
    ctx.fillStyle = groupColour(palette, item.colour);
    ctx.beginPath();
    ctx.roundRect(item.x, item.y - 5, item.x1 - item.x, 10, 5);
    ctx.fill();
  }
  for (const item of scene.items) {
    if (item.kind === 'cluster') paintCluster(ctx, item, palette, state);
  }
  for (let significance = 1; significance <= 3; significance++) {
    for (const item of scene.items) {
      if (item.kind === 'event' && Math.min(3, Math.max(1, item.significance)) === significance) {
        paintMark(ctx, item, palette, state, dpr, makePath);
      }
    }
  }
  ctx.globalAlpha = 1;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
}

function groupColour(palette: CanvasPalette, index: number): string {
  return palette.groups[index % palette.groups.length] ?? palette.text;
}

function paintBackground(ctx: PaintContext, scene: Scene, palette: CanvasPalette): void {
  const bottom = scene.height - 8;
  for (const era of scene.eras) {
    ctx.fillStyle = era.band ? palette.eraB : palette.eraA;
    ctx.fillRect(era.x0, 0, era.x1 - era.x0, bottom);
  }
  ctx.fillStyle = palette.muted;
  ctx.font = `italic 11px ${palette.font}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const era of scene.eras) {
    if (era.labelled) ctx.fillText(era.label, era.x0 + 6, 12);
  }
  ctx.strokeStyle = palette.border;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const lane of scene.lanes) {
    // Half-pixel offsets put 1 px lines on whole device pixels at DPR 1.
    const y = Math.round(lane.top + lane.height) - 0.5;
    ctx.moveTo(0, y);
    ctx.lineTo(scene.width, y);
  }
  ctx.stroke();
}

function paintAxis(ctx: PaintContext, scene: Scene, palette: CanvasPalette): void {
  const { axisHeight, ticks } = scene;
  const bottom = scene.height - 8;
  ctx.strokeStyle = palette.border;
  ctx.lineWidth = 1;
  ctx.setLineDash([2, 3]);
  ctx.beginPath();
  for (const t of ticks.major) {
    const x = Math.round(t.x) + 0.5;
    ctx.moveTo(x, axisHeight - 10);
    ctx.lineTo(x, bottom);
  }
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.strokeStyle = palette.muted;
  ctx.beginPath();
  for (const t of ticks.minor) {
    const x = Math.round(t.x) + 0.5;
    ctx.moveTo(x, axisHeight - 5);
    ctx.lineTo(x, axisHeight);
  }
  ctx.moveTo(0, axisHeight - 0.5);
  ctx.lineTo(scene.width, axisHeight - 0.5);
  ctx.stroke();

  ctx.fillStyle = palette.text;
  ctx.font = `12px ${palette.font}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const t of ticks.major) {
    // A label that would run off the right edge is left out rather than cut mid-word.
    const x = t.x + 4;
    if (x + ctx.measureText(t.label).width > scene.width - 2) continue;
    ctx.fillText(t.label, x, axisHeight - 12);
  }
}

function paintMark(
  ctx: PaintContext,
  item: SceneEvent,
  palette: CanvasPalette,
  state: PaintState,
  dpr: number,
  makePath: PathFactory,
): void {
  const path = shapePath(item.type, markArea(item.significance, state.compact), makePath);
  ctx.setTransform(dpr, 0, 0, dpr, item.x * dpr, item.y * dpr);
  ctx.globalAlpha = item.dimmed ? palette.dim : 1;
  ctx.fillStyle = groupColour(palette, item.colour);
  ctx.fill(path);
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = item.id === state.hovered ? palette.text : palette.markStroke;
  ctx.stroke(path);
  ctx.globalAlpha = 1;
  if (item.id === state.selected) {
    ctx.strokeStyle = palette.text;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(0, 0, item.r + 5, 0, 2 * Math.PI);
    ctx.stroke();
  } else if (state.related?.has(item.id)) {
    ctx.strokeStyle = palette.accent;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.arc(0, 0, item.r + 4, 0, 2 * Math.PI);
    ctx.stroke();
  }
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
}

function paintCluster(
  ctx: PaintContext,
  item: SceneCluster,
  palette: CanvasPalette,
  state: PaintState,
): void {
  const colour = groupColour(palette, item.colour);
  // A cluster that holds key events is filled with its group's colour; one of minor events only
  // is hollow: the count says how many, the fill says whether any of them matters most.
  const key = item.keyCount > 0;
  ctx.globalAlpha = item.dimmed ? palette.dim : 1;
  ctx.beginPath();
  ctx.arc(item.x, item.y, item.r, 0, 2 * Math.PI);
  ctx.fillStyle = key ? colour : palette.bg;
  ctx.fill();
  ctx.lineWidth = item.id === state.hovered ? 3 : 2;
  ctx.strokeStyle = item.id === state.hovered ? palette.text : colour;
  ctx.stroke();
  ctx.fillStyle = key ? palette.bg : palette.text;
  ctx.font = `bold ${item.count >= 1000 ? 10 : 11}px ${palette.font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(formatCount(item.count), item.x, item.y + 0.5);
  ctx.globalAlpha = 1;
}
