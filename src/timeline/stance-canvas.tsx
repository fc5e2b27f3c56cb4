import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import { paintStanceLevels, paintStanceTrack, type StanceGeometry } from './canvas/paint-stance';
import type { CanvasPalette } from './canvas/palette';
import type { Viewport } from './viewport';
import { useOnScreen } from './use-on-screen';

interface Props {
  geometries: readonly StanceGeometry[];
  /** Per track, the index of the step of the open event (−1 for none). */
  selectedSteps: readonly number[];
  viewport: Viewport;
  palette: CanvasPalette | null;
  /** px: left edge of the tracks' plots, and their width. */
  left: number;
  width: number;
  /** The element that holds the tracks; each has a `.track-plot` to draw under. */
  wrap: HTMLElement | null;
}

/**
 * Every stance track drawn on one pair of canvases under the tracks' buttons: the level lines
 * (static, redrawn on layout, size or theme changes) and the steps (each frame). One canvas for
 * all tracks rather than one each, because every canvas that changes costs a copy to the
 * compositor per frame.
 */
export function StanceCanvas({
  geometries,
  selectedSteps,
  viewport,
  palette,
  left,
  width,
  wrap,
}: Props) {
  const stepsRef = useRef<HTMLCanvasElement>(null);
  const levelsRef = useRef<HTMLCanvasElement>(null);
  const [layout, setLayout] = useState<{ tops: number[]; height: number }>({ tops: [], height: 0 });

  // Where each track's plot is, measured once per layout change (never per frame).
  useLayoutEffect(() => {
    if (!wrap) return;
    const measure = () => {
      const top = wrap.getBoundingClientRect().top;
      const tops = [...wrap.querySelectorAll('.track-plot')].map(
        (el) => el.getBoundingClientRect().top - top,
      );
      const height = wrap.getBoundingClientRect().height;
      setLayout((old) =>
        old.height === height && old.tops.join() === tops.join() ? old : { tops, height },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(wrap);
    return () => observer.disconnect();
  }, [wrap, geometries.length]);

  useEffect(() => {
    const canvas = levelsRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !palette) return;
    const dpr = window.devicePixelRatio || 1;
    sizeCanvas(canvas, width, layout.height, dpr);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    geometries.forEach((g, i) => {
      const top = layout.tops[i];
      if (top !== undefined) paintStanceLevels(ctx, g.levels, width, palette, dpr, top);
    });
  }, [geometries, layout, width, palette]);

  const stepsContext = useRef<CanvasRenderingContext2D | null>(null);
  const paint = useEffectEvent(() => {
    const canvas = stepsRef.current;
    if (canvas) stepsContext.current ??= canvas.getContext('2d');
    const ctx = stepsContext.current;
    if (!canvas || !ctx || !palette) return;
    const dpr = window.devicePixelRatio || 1;
    sizeCanvas(canvas, width, layout.height, dpr);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const scale = viewport.scale();
    geometries.forEach((g, i) => {
      const top = layout.tops[i];
      if (top === undefined) return;
      paintStanceTrack(ctx, g, scale, width, palette, dpr, selectedSteps[i] ?? -1, top);
    });
  });
  // Out of sight (below the fold), the steps are not redrawn on every frame of a zoom, only when
  // the view settles, and again when they come into view.
  const onScreen = useOnScreen(wrap, () => viewport.invalidate());
  useEffect(
    () =>
      viewport.subscribe({
        frame: () => {
          if (onScreen.current) paint();
        },
        // On screen, the last frame has drawn the settled view already.
        settle: () => {
          if (!onScreen.current) paint();
        },
      }),
    [viewport, onScreen],
  );
  // New steps, selection, theme or size are drawn at once, on screen or not.
  useEffect(() => paint(), [viewport, geometries, selectedSteps, palette, width, layout]);

  const style = { left, width, height: layout.height };
  return (
    <>
      <canvas ref={levelsRef} className="stance-canvas" aria-hidden="true" style={style} />
      <canvas ref={stepsRef} className="stance-canvas" aria-hidden="true" style={style} />
    </>
  );
}

/** Gives a canvas a backing store of `width` × `height` CSS px at `dpr` (clearing it if resized). */
function sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number, dpr: number): void {
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
}
