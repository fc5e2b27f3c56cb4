/**
 * Scene → pixels: draws one frame of the chart on a 2D canvas. Everything it touches comes from
 * the scene, which holds only what is in the window, so a frame costs the visible items (a few
 * thousand at most, bounded by the level of detail), never N.
 *
 * Coordinates are CSS px; the context is scaled by the device pixel ratio, so shapes and text are
 * drawn at the screen's resolution and stay crisp on high-DPR displays.
 */
import type { EventType } from '../../domain/schema';
import type { Scene, SceneCluster, SceneEvent, SceneItem } from '../layout/scene';
import { formatCount } from '../layout/cluster-size';
import { haloUnder, markPath } from '../render/shapes';
import { markAreaOf } from '../render/mark-fit';
import type { CanvasPalette } from './palette';
import { countFont, type SpriteCache } from './sprites';

export interface PaintState {
  dpr: number;
  /**
   * px: the plot's rows drawn start this far down (the canvas covers only the part of a tall
   * plot that is on screen) and the canvas is this tall.
   */
  offsetY: number;
  viewHeight: number;
  compact: boolean;
  /** Event id of the open event: drawn with a ring. */
  selected: string | null;
  /** Item id under the pointer: outlined. */
  hovered: string | null;
  /** Item ids related to the selected event: their marks are ringed in the accent colour. */
  related?: ReadonlySet<string>;
  /**
   * Item id whose focus ring the canvas draws: while the zoom changes, the buttons' layer is
   * stretched and hides its own ring. Null when the DOM draws it.
   */
  focusRing?: string | null;
  /** Bitmaps of marks and bubbles at this dpr and palette; without it every shape is a path. */
  sprites?: SpriteCache;
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
  | 'drawImage'
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
  const { dpr, offsetY } = state;
  state.sprites?.beginFrame();
  const plotSpace = () => ctx.setTransform(dpr, 0, 0, dpr, 0, -offsetY * dpr);
  plotSpace();
  // Filled, not cleared: the chart's canvas is opaque (chart-canvas.tsx), so the compositor draws
  // it over nothing rather than blending it with the page under it on every frame.
  ctx.globalAlpha = 1;
  ctx.fillStyle = palette.bg;
  ctx.fillRect(0, offsetY, scene.width, state.viewHeight);
  paintBackground(ctx, scene, palette);
  paintAxis(ctx, scene, palette);

  // Bars first, then clusters, then marks by significance: a key event is never hidden under a
  // cluster's bubble or a minor mark (the buttons over them stack the same way).
  ctx.globalAlpha = 1;
  for (const item of scene.items) {
    if (item.kind !== 'event' || item.x1 === item.x) continue;
    const alpha = item.dimmed ? palette.dim : 1;
    ctx.fillStyle = groupColour(palette, item.colour);
    ctx.beginPath();
    if (item.uncertain) {
      // A date known to the month or year: a pale band between dashed edges across that
      // stretch, unlike a span's solid rounded bar.
      ctx.globalAlpha = alpha * 0.16;
      ctx.fillRect(item.x, item.y - 6, item.x1 - item.x, 12);
      ctx.globalAlpha = alpha * 0.8;
      ctx.strokeStyle = groupColour(palette, item.colour);
      ctx.lineWidth = 1;
      ctx.setLineDash([3, 3]);
      ctx.beginPath();
      ctx.moveTo(item.x, item.y - 6.5);
      ctx.lineTo(item.x1, item.y - 6.5);
      ctx.moveTo(item.x, item.y + 6.5);
      ctx.lineTo(item.x1, item.y + 6.5);
      ctx.stroke();
      ctx.setLineDash([]);
      continue;
    }
    ctx.globalAlpha = alpha * 0.35;
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
  plotSpace();
  ctx.globalAlpha = 1;
  const ring = state.focusRing ? scene.items.find((i) => i.id === state.focusRing) : undefined;
  if (ring) {
    ctx.strokeStyle = palette.focus;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.arc(ring.x, ring.y, Math.max(12, ring.r + 3) + 1.5, 0, 2 * Math.PI);
    ctx.stroke();
  }
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
  // Grid lines solid and faint rather than dashed: a dashed stroke the height of the chart is
  // slow to rasterise every frame, and faint reads as quietly.
  ctx.strokeStyle = palette.border;
  ctx.globalAlpha = 0.7;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const t of ticks.major) {
    const x = Math.round(t.x) + 0.5;
    ctx.moveTo(x, axisHeight - 10);
    ctx.lineTo(x, bottom);
  }
  ctx.stroke();
  ctx.globalAlpha = 1;
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
  const font = `12px ${palette.font}`;
  ctx.font = font;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const t of ticks.major) {
    // A label that would run off the right edge is left out rather than cut mid-word.
    const x = t.x + 4;
    if (x + labelWidth(ctx, font, t.label) > scene.width - 2) continue;
    ctx.fillText(t.label, x, axisHeight - 12);
  }
}

/** px widths of tick labels by font and text: a zoom passes the same few labels frame after frame. */
const labelWidths = new Map<string, number>();

function labelWidth(ctx: PaintContext, font: string, text: string): number {
  const key = `${font}|${text}`;
  let width = labelWidths.get(key);
  if (width === undefined) {
    width = ctx.measureText(text).width;
    // Not while a font loads: the fallback's width would stay after the font arrives.
    if (typeof document !== 'undefined' && document.fonts.status !== 'loaded') return width;
    if (labelWidths.size >= 1024) labelWidths.clear();
    labelWidths.set(key, width);
  }
  return width;
}

function paintMark(
  ctx: PaintContext,
  item: SceneEvent,
  palette: CanvasPalette,
  state: PaintState,
  dpr: number,
  makePath: PathFactory,
): void {
  const colour = groupColour(palette, item.colour);
  ctx.globalAlpha = item.dimmed ? palette.dim : 1;
  const sprite =
    item.id === state.hovered
      ? null
      : state.sprites?.mark(item.type, item.significance, item.colour);
  if (sprite) {
    // Left in device space: the next step sets the transform it needs.
    blitSprite(ctx, sprite, item, state);
    ctx.globalAlpha = 1;
    if (item.id !== state.selected && !state.related?.has(item.id)) return;
  }
  ctx.setTransform(dpr, 0, 0, dpr, item.x * dpr, (item.y - state.offsetY) * dpr);
  if (!sprite) {
    const path = shapePath(
      item.type,
      markAreaOf(item.type, item.significance, state.compact),
      makePath,
    );
    ctx.fillStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = item.id === state.hovered ? palette.text : palette.markStroke;
    if (haloUnder(item.type)) ctx.stroke(path);
    ctx.fill(path);
    if (!haloUnder(item.type)) ctx.stroke(path);
  }
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
  if (item.id !== state.hovered && state.sprites) {
    const counted = state.sprites.bubbleWithCount(
      item.r,
      item.colour,
      key,
      formatCount(item.count),
    );
    if (counted) {
      drawSprite(ctx, counted, item, state);
      ctx.globalAlpha = 1;
      return;
    }
  }
  const sprite = item.id === state.hovered ? null : state.sprites?.bubble(item.r, item.colour, key);
  if (sprite) {
    const { dpr } = state;
    drawSprite(ctx, sprite, item, state);
    paintCount(
      ctx,
      item,
      palette,
      key,
      Math.round(item.x * dpr) / dpr,
      Math.round((item.y - state.offsetY) * dpr) / dpr + state.offsetY,
    );
    ctx.globalAlpha = 1;
    return;
  }
  ctx.beginPath();
  ctx.arc(item.x, item.y, item.r, 0, 2 * Math.PI);
  ctx.fillStyle = key ? colour : palette.bg;
  ctx.fill();
  ctx.lineWidth = item.id === state.hovered ? 3 : 2;
  ctx.strokeStyle = item.id === state.hovered ? palette.text : colour;
  ctx.stroke();
  paintCount(ctx, item, palette, key, item.x, item.y);
  ctx.globalAlpha = 1;
}

type SpriteImage = { image: CanvasImageSource; size: number };

/**
 * A bitmap centred on the item on whole device pixels, so it lands on the screen's grid and
 * stays crisp; leaves the context in device space.
 */
function blitSprite(ctx: PaintContext, sprite: SpriteImage, item: SceneItem, state: PaintState) {
  const { dpr } = state;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const half = sprite.size / 2;
  ctx.drawImage(
    sprite.image,
    Math.round(item.x * dpr) - half,
    Math.round((item.y - state.offsetY) * dpr) - half,
  );
}

/** `blitSprite`, then back to plot space. */
function drawSprite(ctx: PaintContext, sprite: SpriteImage, item: SceneItem, state: PaintState) {
  blitSprite(ctx, sprite, item, state);
  const { dpr } = state;
  ctx.setTransform(dpr, 0, 0, dpr, 0, -state.offsetY * dpr);
}

/** A cluster's count, centred on (x, y) in plot space. */
function paintCount(
  ctx: PaintContext,
  item: SceneCluster,
  palette: CanvasPalette,
  key: boolean,
  x: number,
  y: number,
): void {
  const text = formatCount(item.count);
  ctx.fillStyle = key ? palette.bg : palette.text;
  ctx.font = countFont(text, palette.font);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, x, y + 0.5);
}
