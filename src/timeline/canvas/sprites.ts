/**
 * Marks and cluster bubbles drawn once into small bitmaps at the screen's resolution, then
 * copied to the chart with `drawImage` at whole device pixels. Rasterising a few thousand
 * antialiased paths (fill and stroke) every frame is most of a frame's cost; copying a bitmap is
 * a fraction of it, and the result is the same pixels. A cache holds one bitmap per shape,
 * significance and colour (dimmed marks are the same bitmap at lower opacity), and one per
 * bubble size and colour; it is rebuilt when the theme, the pixel ratio or the layout changes.
 */
import { EVENT_TYPES } from '../../domain/schema-constants';
import type { EventType } from '../../domain/schema';
import { haloUnder, markPath } from '../render/shapes';
import { MARK_HALF_HEIGHT_PX, MARK_HALF_WIDTH_PX, markAreaOf } from '../render/mark-fit';
import { countFontPx } from '../layout/cluster-size';
import type { CanvasPalette } from './palette';

export interface Sprite {
  image: CanvasImageSource;
  /** Device px: the bitmap is size × size, its centre at size / 2. */
  size: number;
}

const TYPE_INDEX = Object.fromEntries(EVENT_TYPES.map((t, i) => [t, i])) as Record<
  EventType,
  number
>;

type MakeCanvas = (size: number) => {
  canvas: CanvasImageSource;
  ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
} | null;

/**
 * One canvas that every bitmap is drawn on in turn: `draw` takes each bitmap off it
 * (`transferToImageBitmap`, which leaves it blank), and resizing it resets its context. A canvas
 * and context per bitmap cost more than drawing the bitmap itself (getting a 2D context took
 * most of the time of a zoom frame that made new cluster bitmaps).
 */
let scratch: { canvas: OffscreenCanvas; ctx: OffscreenCanvasRenderingContext2D } | null = null;

const browserCanvas: MakeCanvas = (size) => {
  if (scratch === null) {
    const canvas = new OffscreenCanvas(size, size);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    scratch = { canvas, ctx };
  }
  // Setting the size clears the canvas and resets its context's state, even to the same size.
  scratch.canvas.width = size;
  scratch.canvas.height = size;
  return scratch;
};

/** Whether text in `font` would be drawn in that font now, not in a fallback while it loads. */
type FontReady = (font: string, text: string) => boolean;

const browserFontReady: FontReady = (font, text) =>
  typeof document === 'undefined' || !('fonts' in document) || document.fonts.check(font, text);

/** Bubbles with their counts kept at most; past it the cache starts again (a zoom's worth). */
const MAX_COUNTED = 2048;

/**
 * New bubbles with their counts made in one frame at most. Counts change at every zoom step, and
 * a step that gathers the marks anew can bring dozens of counts not seen before: making a bitmap
 * for each (a canvas, a path, shaped digits) took a single frame to 10–14 ms at 10,000 events.
 * Past the budget the painter writes the count over the plain bubble (as it does while the font
 * loads), which draws the same; the bitmaps follow in the next frames.
 */
export const NEW_COUNTED_PER_FRAME = 8;

/** The canvas font of a cluster's count. */
export function countFont(text: string, family: string): string {
  return `bold ${countFontPx(text)}px ${family}`;
}

const isOffscreen = (c: CanvasImageSource): c is OffscreenCanvas =>
  typeof OffscreenCanvas !== 'undefined' && c instanceof OffscreenCanvas;

type SpriteContext = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/** A cluster's bubble of radius r at the origin: a 2 px ring, filled when it holds key events. */
function paintBubble(ctx: SpriteContext, r: number, colour: string, fill: string): void {
  ctx.beginPath();
  ctx.arc(0, 0, r, 0, 2 * Math.PI);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = colour;
  ctx.stroke();
}

export class SpriteCache {
  private readonly marks = new Map<number, Sprite | null>();
  private readonly bubbles = new Map<number, Sprite | null>();
  private readonly counted = new Map<string, Sprite | null>();
  /** Bubbles with counts made since `beginFrame`. */
  private madeThisFrame = 0;

  constructor(
    private readonly palette: CanvasPalette,
    readonly dpr: number,
    private readonly compact: boolean,
    private readonly makeCanvas: MakeCanvas = browserCanvas,
    private readonly fontReady: FontReady = browserFontReady,
  ) {}

  /** A new frame: its own budget of new bubbles with counts (NEW_COUNTED_PER_FRAME). */
  beginFrame(): void {
    this.madeThisFrame = 0;
  }

  /**
   * The bitmap of a mark: its type's shape at its significance's size, in its group's colour
   * (`colourIndex` into the palette's groups). Looked up by a number: this runs per mark per frame.
   */
  mark(type: EventType, significance: number, colourIndex: number): Sprite | null {
    const groups = this.palette.groups;
    const ci = colourIndex % groups.length;
    const key = (TYPE_INDEX[type] * 4 + significance) * 64 + ci;
    let sprite = this.marks.get(key);
    if (sprite === undefined) {
      const colour = groups[ci] ?? this.palette.text;
      const area = markAreaOf(type, significance, this.compact);
      // Every mark fits its box (mark-fit.ts); a px of margin for the antialiased edge.
      sprite = this.draw(Math.max(MARK_HALF_WIDTH_PX, MARK_HALF_HEIGHT_PX) + 1, (ctx) => {
        const path = new Path2D(markPath(type, area));
        ctx.fillStyle = colour;
        ctx.lineWidth = 1.5;
        ctx.strokeStyle = this.palette.markStroke;
        if (haloUnder(type)) {
          ctx.stroke(path);
          ctx.fill(path);
        } else {
          ctx.fill(path);
          ctx.stroke(path);
        }
      });
      this.marks.set(key, sprite);
    }
    return sprite;
  }

  /**
   * The bitmap of a cluster's bubble of radius r, filled when it holds key events (the count is
   * written over it: counts change with every zoom step, bubbles do not).
   */
  bubble(r: number, colourIndex: number, key: boolean): Sprite | null {
    const groups = this.palette.groups;
    const ci = colourIndex % groups.length;
    const id = (r * 64 + ci) * 2 + (key ? 1 : 0);
    let sprite = this.bubbles.get(id);
    if (sprite === undefined) {
      const colour = groups[ci] ?? this.palette.text;
      const { palette } = this;
      sprite = this.draw(r + 2, (ctx) => {
        paintBubble(ctx, r, colour, key ? colour : palette.bg);
      });
      this.bubbles.set(id, sprite);
    }
    return sprite;
  }

  /**
   * The bitmap of a cluster's bubble with its count written in it, as `bubble` and the painter's
   * text over it would draw them: a zoom frame copies one bitmap per cluster instead of shaping
   * and rasterising its digits. Null while the page's font is still loading (the painter writes
   * the count itself meanwhile), so no bitmap keeps a fallback font's digits; and null once this
   * frame has made its share of new ones (NEW_COUNTED_PER_FRAME).
   */
  bubbleWithCount(r: number, colourIndex: number, key: boolean, text: string): Sprite | null {
    const groups = this.palette.groups;
    const ci = colourIndex % groups.length;
    const id = `${r}|${ci}|${key ? 1 : 0}|${text}`;
    let sprite = this.counted.get(id);
    if (sprite !== undefined) return sprite;
    if (this.madeThisFrame >= NEW_COUNTED_PER_FRAME) return null;
    const font = countFont(text, this.palette.font);
    if (!this.fontReady(font, text)) return null;
    this.madeThisFrame += 1;
    if (this.counted.size >= MAX_COUNTED) this.counted.clear();
    const colour = groups[ci] ?? this.palette.text;
    const { palette } = this;
    // Bold digits are narrower than 0.7 em: the bitmap holds the widest count whole.
    const half = Math.max(r + 2, Math.ceil((text.length * countFontPx(text) * 0.7) / 2) + 1);
    sprite = this.draw(half, (ctx) => {
      paintBubble(ctx, r, colour, key ? colour : palette.bg);
      // As paint-scene.ts writes it: centred, half a px below the bubble's centre.
      ctx.fillStyle = key ? palette.bg : palette.text;
      ctx.font = font;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(text, 0, 0.5);
    });
    this.counted.set(id, sprite);
    return sprite;
  }

  /** A square bitmap `half` CSS px from its centre to each edge, drawn with the origin at its centre. */
  private draw(half: number, paint: (ctx: SpriteContext) => void): Sprite | null {
    // An even size puts the centre on a pixel corner, as a mark centred on a whole px is.
    const size = 2 * Math.ceil(half * this.dpr);
    const made = this.makeCanvas(size);
    if (!made) return null;
    const { canvas, ctx } = made;
    ctx.setTransform(this.dpr, 0, 0, this.dpr, size / 2, size / 2);
    paint(ctx);
    // An ImageBitmap is an immutable snapshot: drawing it needs no flush of the canvas it came
    // from, which drawing the OffscreenCanvas itself costs on every frame that uses it.
    const image = isOffscreen(canvas) ? canvas.transferToImageBitmap() : canvas;
    return { image, size };
  }
}
