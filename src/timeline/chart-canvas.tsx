import { useEffect, useEffectEvent, useLayoutEffect, useRef } from 'react';
import { useViewportHeight } from './use-element-width';
import type { Era } from '../domain/schema';
import { paintScene } from './canvas/paint-scene';
import { canvasBand, type CanvasBand } from './canvas/canvas-band';
import { SpriteCache } from './canvas/sprites';
import type { CanvasPalette } from './canvas/palette';
import type { Geometry } from './layout/geometry';
import type { Kept } from './layout/lod';
import { buildScene, type Scene } from './layout/scene';
import type { TimelineModel } from './layout/tracks';
import type { HoverStore } from './hover-store';
import type { Viewport } from './viewport';

interface Props {
  viewport: Viewport;
  model: TimelineModel;
  palette: CanvasPalette | null;
  geometry: Geometry;
  compact: boolean;
  eras: readonly Era[];
  kept: Kept;
  selected: string | null;
  related: ReadonlySet<string>;
  /** Id of the item with keyboard focus, ringed on the canvas while the zoom changes. */
  focused: string | null;
  hover: HoverStore;
  locale: string;
  width: number;
  height: number;
  /** Called after every frame is drawn with its scene (hit-testing, the DOM that follows). */
  onFrame: (scene: Scene) => void;
  /** True while the chart draws its first marks alone (plot.tsx); a change is drawn again. */
  marksOnly: boolean;
  /** Called after the first frame drawn with this model, with that frame's scene. */
  onPainted: (scene: Scene) => void;
}

/**
 * The marks' canvas. Each animation frame builds the scene for the viewport's transform — only
 * what is in the window — and paints it; React renders this component again only when the data,
 * size, theme or selection change, never per frame.
 */
export function ChartCanvas(p: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const lastScene = useRef<Scene | null>(null);
  const sprites = useRef<{ cache: SpriteCache; palette: CanvasPalette; compact: boolean } | null>(
    null,
  );
  const { viewport, model, palette, width, height, hover } = p;

  // The plot is drawn only where it is on screen (canvas-band.ts): the canvas is at most a
  // viewport high, sticks to the top of the viewport while the plot scrolls past, and ends at
  // the fold while the plot starts below the top of the viewport, until the page scrolls down.
  const viewportHeight = useViewportHeight();
  // How far down the plot the canvas is, and how tall; read on scroll and resize, not per frame.
  // Its CSS height is set by `paint` only, with its backing store in the same frame: a canvas
  // styled taller than it is drawn is stretched.
  const bandRef = useRef<CanvasBand>({ offset: 0, height: 0 });
  /** Set when the plot's height changed: the next frame measures where it is before drawing. */
  const measureDue = useRef<(() => boolean) | null>(null);
  const context = useRef<CanvasRenderingContext2D | null>(null);
  const paint = useEffectEvent(() => {
    const canvas = ref.current;
    if (!canvas || !palette) return;
    measureDue.current?.();
    measureDue.current = null;
    const dpr = window.devicePixelRatio || 1;
    const { offset: offsetY, height: viewHeight } = bandRef.current;
    const w = Math.round(width * dpr);
    const h = Math.round(viewHeight * dpr);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const cssHeight = `${viewHeight}px`;
    if (canvas.style.height !== cssHeight) canvas.style.height = cssHeight;
    // Opaque: every frame fills it with the page's background first (paint-scene.ts), and an
    // opaque layer is composited without blending, nor drawing what lies under it.
    context.current ??= canvas.getContext('2d', { alpha: false });
    const ctx = context.current;
    if (!ctx) return;
    const scene = buildScene({
      model,
      scale: viewport.scale(),
      width,
      geometry: p.geometry,
      compact: p.compact,
      eras: p.eras,
      kept: p.kept,
      locale: p.locale,
      rows: [offsetY, offsetY + viewHeight],
    });
    let cache = sprites.current;
    if (
      !cache ||
      cache.palette !== palette ||
      cache.compact !== p.compact ||
      cache.cache.dpr !== dpr
    ) {
      cache = { cache: new SpriteCache(palette, dpr, p.compact), palette, compact: p.compact };
      sprites.current = cache;
    }
    paintScene(ctx, scene, palette, {
      dpr,
      sprites: cache.cache,
      offsetY,
      viewHeight,
      compact: p.compact,
      selected: p.selected,
      hovered: hover.get()?.id ?? null,
      related: p.related,
      focusRing:
        p.focused && Math.abs(viewport.transform.k / viewport.settled.k - 1) > 1e-9
          ? p.focused
          : null,
    });
    lastScene.current = scene;
    p.onFrame(scene);
  });

  useEffect(() => viewport.subscribe({ frame: paint }), [viewport]);
  useLayoutEffect(() => {
    const canvas = ref.current;
    /** True when the part of the plot the canvas covers changed. */
    const measure = (): boolean => {
      const plot = canvas?.parentElement;
      if (!canvas || !plot) return false;
      const was = bandRef.current;
      const top = plot.getBoundingClientRect().top;
      const band = canvasBand(top, height, viewportHeight, was.height);
      if (band.offset === was.offset && band.height === was.height) return false;
      bandRef.current = band;
      return true;
    };
    const follow = () => {
      if (measure()) viewport.invalidate();
    };
    // Measured in the next frame, before it draws, not here: a layout forced in the middle of a
    // commit (at 10,000 events a filter change's) is done again for the frame after the effects
    // that follow, while the frame's own one serves both.
    measureDue.current = measure;
    viewport.invalidate();
    window.addEventListener('scroll', follow, { passive: true });
    window.addEventListener('resize', follow);
    // The plot also moves with no scroll when what is above it changes height (a story's panel
    // closing): the page's height changes then. Observed after layout, so measuring forces none.
    const moved = new ResizeObserver(follow);
    moved.observe(document.body);
    return () => {
      window.removeEventListener('scroll', follow);
      window.removeEventListener('resize', follow);
      moved.disconnect();
    };
  }, [viewport, viewportHeight, height]);
  useEffect(() => hover.subscribe(() => viewport.invalidate()), [hover, viewport]);
  // Anything drawn changed: one more frame. The first frame of a model marks it painted.
  // Asked for in the commit (a layout effect, not a passive one): the frame that shows the new
  // buttons and labels also draws the new marks under them, rather than one frame later.
  const painted = useEffectEvent(() => {
    const scene = lastScene.current;
    if (scene) p.onPainted(scene);
  });
  useLayoutEffect(() => {
    if (!palette) return;
    viewport.invalidate();
    const once = viewport.subscribe({
      frame: () => {
        once();
        painted();
      },
    });
    return once;
  }, [
    viewport,
    model,
    palette,
    width,
    height,
    viewportHeight,
    p.kept,
    p.selected,
    p.related,
    p.compact,
    p.marksOnly,
  ]);

  // As tall as its backing store (the part of the plot on screen), not as the plot: a canvas
  // styled taller than it is drawn is stretched.
  return <canvas ref={ref} className="plot-canvas" aria-hidden="true" style={{ width }} />;
}
