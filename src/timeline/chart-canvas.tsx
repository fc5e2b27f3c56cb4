import { useEffect, useEffectEvent, useRef } from 'react';
import type { Era } from '../domain/schema';
import { paintScene } from './canvas/paint-scene';
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
  hover: HoverStore;
  locale: string;
  width: number;
  height: number;
  /** Called after every frame is drawn with its scene (hit-testing, the DOM that follows). */
  onFrame: (scene: Scene) => void;
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
  const { viewport, model, palette, width, height, hover } = p;

  const paint = useEffectEvent(() => {
    const canvas = ref.current;
    if (!canvas || !palette) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const ctx = canvas.getContext('2d');
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
    });
    paintScene(ctx, scene, palette, {
      dpr,
      compact: p.compact,
      selected: p.selected,
      hovered: hover.get()?.id ?? null,
      related: p.related,
    });
    lastScene.current = scene;
    p.onFrame(scene);
  });

  useEffect(() => viewport.subscribe({ frame: paint }), [viewport]);
  useEffect(() => hover.subscribe(() => viewport.invalidate()), [hover, viewport]);
  // Anything drawn changed: one more frame. The first frame of a model marks it painted.
  const painted = useEffectEvent(() => {
    const scene = lastScene.current;
    if (scene) p.onPainted(scene);
  });
  useEffect(() => {
    if (!palette) return;
    viewport.invalidate();
    const once = viewport.subscribe({
      frame: () => {
        once();
        painted();
      },
    });
    return once;
  }, [viewport, model, palette, width, height, p.kept, p.selected, p.related, p.compact]);

  return <canvas ref={ref} className="plot-canvas" aria-hidden="true" style={{ width, height }} />;
}
