import { useEffect, useRef, useState } from 'react';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import type { Dataset } from '../domain/validate';
import { paintOverview } from './canvas/paint-overview';
import { densityOfTracks } from './layout/density';
import { sceneEras } from './layout/scene';
import type { TimeScale } from './layout/time-scale';
import type { TimelineModel } from './layout/tracks';
import { useCanvasPalette } from './use-canvas-palette';
import { useOnScreen } from './use-on-screen';
import type { Viewport } from './viewport';

interface Props {
  dataset: Dataset;
  model: TimelineModel;
  /** The full-extent scale; the overview is always zoomed out. */
  base: TimeScale;
  gutter: number;
  width: number;
  viewport: Viewport;
}

const HEIGHT = 44;

/**
 * The whole period at a glance, with a brush over the window the timeline shows: drag it to pan,
 * drag its edges to zoom, click elsewhere to jump there. The strip is drawn on a canvas once per
 * data or filter change; the brush follows the view every frame. The date inputs in the filters
 * are the keyboard equivalent, so the strip is one labelled image to assistive technology.
 */
export function Overview({ dataset, model, base, gutter, width, viewport }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const gRef = useRef<SVGGElement>(null);
  const [wrap, setWrap] = useState<HTMLDivElement | null>(null);
  const palette = useCanvasPalette(wrap);
  // Below the fold while the reader zooms, the brush is left alone until the view settles.
  const onScreen = useOnScreen(wrap, () => viewport.invalidate());
  // After the chart: a filter change redraws the marks first, in the frame the commit asks for,
  // and the strip is binned and drawn in a task of its own once that frame is under way (binning
  // walks every event: about 10 ms at 10,000 events).
  const { tracks } = model;
  useEffect(() => {
    let task = 0;
    const frame = requestAnimationFrame(() => {
      task = window.setTimeout(() => {
        const canvas = canvasRef.current;
        const ctx = canvas?.getContext('2d');
        if (!canvas || !ctx || !palette) return;
        const dpr = window.devicePixelRatio || 1;
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(HEIGHT * dpr);
        const density = densityOfTracks(tracks, base, width);
        const eras = sceneEras(dataset.meta.eras, base, width);
        paintOverview(ctx, density, eras, palette, width, HEIGHT, dpr);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [tracks, dataset.meta.eras, base, width, palette]);

  useEffect(() => {
    const g = gRef.current;
    if (!g) return;
    const sel = select(g);
    let brushing = false;
    /** px: the brush's selection as last written by `follow`. */
    let shown: readonly [number, number] | null = null;
    const brush: BrushBehavior<unknown> = brushX<unknown>()
      .extent([
        [0, 0],
        [width, HEIGHT],
      ])
      .on('start', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent) return;
        brushing = true;
        shown = null;
        viewport.beginGesture();
      })
      .on('brush', (e: D3BrushEvent<unknown>) => {
        const s = e.selection as [number, number] | null;
        if (!e.sourceEvent || !s) return;
        viewport.gestureTo(
          viewport.transformFor(base.invert(s[0]).getTime(), base.invert(s[1]).getTime()),
        );
      })
      .on('end', (e: D3BrushEvent<unknown>) => {
        if (!e.sourceEvent) return;
        brushing = false;
        viewport.endGesture();
        if (e.selection) return;
        // A click without a drag: centre the current window on the clicked time.
        const [px] = pointer(e.sourceEvent, g);
        const [from, to] = viewport.domainOf();
        const t = base.invert(px).getTime();
        viewport.showWindow(t - (to - from) / 2, t + (to - from) / 2, 'user');
      });
    sel.call(brush);
    // Keep the brush on the timeline's window as it pans and zooms. A frame that moves the
    // window by less than a quarter of the strip's pixel (zoomed in on a long record, most do)
    // leaves the brush alone: moving it restyles its SVG and dispatches its events, and the next
    // pointer event then lays the page out again. A settle always writes the exact window.
    const follow = () => {
      if (brushing) return;
      const [from, to] = viewport.domainOf();
      const x0 = Math.max(0, base(from));
      const next = [x0, Math.max(x0 + 2, Math.min(width, base(to)))] as const;
      if (shown && Math.abs(shown[0] - next[0]) < 0.25 && Math.abs(shown[1] - next[1]) < 0.25) {
        return;
      }
      shown = next;
      sel.call(brush.move, [next[0], next[1]]);
    };
    const settle = () => {
      shown = null;
      follow();
    };
    settle();
    const frame = () => {
      if (onScreen.current) follow();
    };
    const unsubscribe = viewport.subscribe({ frame, settle });
    return () => {
      unsubscribe();
      sel.on('.brush', null);
    };
  }, [base, width, viewport, onScreen]);

  const description = `Overview of the whole period; the highlighted window shows the timeline's view.`;
  return (
    <div ref={setWrap} className="overview" style={{ marginLeft: gutter, width, height: HEIGHT }}>
      <canvas ref={canvasRef} aria-hidden="true" style={{ width, height: HEIGHT }} />
      <svg width={width} height={HEIGHT} role="img" aria-label={description}>
        <g ref={gRef} className="brush" />
      </svg>
    </div>
  );
}
