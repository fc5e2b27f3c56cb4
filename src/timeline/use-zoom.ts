/**
 * d3-zoom is the one piece of D3 that touches the DOM: it owns the gesture (wheel, drag, pinch,
 * double-click) and hands back a transform. React state keeps only that transform; every frame
 * draws with `transform.rescaleX(base)`, so layout is never recomputed while zooming.
 */
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { select } from 'd3-selection';
import {
  zoom as d3zoom,
  zoomIdentity,
  zoomTransform,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';
import type { ScaleTime } from 'd3-scale';
import 'd3-transition'; // zoom.transform on a transition needs it registered

/** The narrowest window a reader can zoom to: six hours, enough to separate same-day events. */
export const MIN_WINDOW_MS = 6 * 3_600_000;

interface Options {
  /** The scale at zoom level 1: the whole padded data extent across the chart's width. */
  base: ScaleTime<number, number>;
  width: number;
  height: number;
  /** The window the view state asks for, in ms; null for the whole extent. */
  window: readonly [number, number] | null;
  /** Called when a gesture ends (not per frame) with the window now shown. */
  onWindowChange: (from: number, to: number) => void;
  reducedMotion: boolean;
}

export interface ZoomApi {
  transform: ZoomTransform;
  /** The scale to draw with this frame. */
  scale: ScaleTime<number, number>;
  /** True from the start of a gesture until it ends; labels stay put meanwhile. */
  zooming: boolean;
  /** The transform when the last gesture ended: labels and clusters are laid out for it. */
  settled: ZoomTransform;
  /** Zooms by `factor` around the plot's centre, or around `atX` (px) to keep a mark in place. */
  zoomBy: (factor: number, atX?: number) => void;
  reset: () => void;
  /** Pans, keeping the zoom, so that time `t` (ms) is in view with some margin. */
  reveal: (t: number) => void;
  panBy: (px: number) => void;
}

function transformFor(
  base: ScaleTime<number, number>,
  width: number,
  from: number,
  to: number,
): ZoomTransform {
  // Clamped to the base extent, as gestures are: a link's window cannot slide off the data.
  const [d0, d1] = base.domain() as [Date, Date];
  const x0 = base(Math.max(from, d0.getTime()));
  const x1 = base(Math.min(to, d1.getTime()));
  const k = Math.max(1, width / Math.max(1, x1 - x0));
  return zoomIdentity.scale(k).translate(-x0, 0);
}

export function useZoom(svgRef: RefObject<SVGSVGElement | null>, opts: Options): ZoomApi {
  const { base, width, height, window, onWindowChange, reducedMotion } = opts;
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const [settled, setSettled] = useState<ZoomTransform>(zoomIdentity);
  const [zooming, setZooming] = useState(false);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  // Set while we apply a transform ourselves, so the store is not told about its own change.
  const applying = useRef(false);
  const emitWindow = useEffectEvent((from: number, to: number) => onWindowChange(from, to));

  const [d0, d1] = base.domain() as [Date, Date];
  const span = d1.getTime() - d0.getTime();
  const maxK = Math.max(1, span / MIN_WINDOW_MS);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || width <= 0) return;
    const z = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxK])
      .extent([
        [0, 0],
        [width, height],
      ])
      // Clamp panning to the data: the view never leaves the padded extent.
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .on('start', (e: { sourceEvent: unknown }) => {
        if (e.sourceEvent) setZooming(true);
      })
      .on('zoom', (e: { transform: ZoomTransform }) => setTransform(e.transform))
      .on('end', (e: { transform: ZoomTransform }) => {
        setZooming(false);
        setSettled(e.transform);
        if (applying.current) return;
        const [from, to] = e.transform.rescaleX(base).domain() as [Date, Date];
        emitWindow(from.getTime(), to.getTime());
      });
    behaviour.current = z;
    const sel = select(svg);
    sel.call(z);
    // Double-click zooms in (d3's default); keep it, but not on the marks, where it means "open".
    return () => {
      sel.on('.zoom', null);
      behaviour.current = null;
    };
  }, [svgRef, base, width, height, maxK]);

  const apply = useCallback(
    (t: ZoomTransform, animate: boolean) => {
      const svg = svgRef.current;
      const z = behaviour.current;
      if (!svg || !z) return;
      const sel = select(svg);
      if (animate && !reducedMotion) {
        sel.transition().duration(250).call(z.transform, t);
      } else {
        sel.call(z.transform, t);
      }
    },
    [svgRef, reducedMotion],
  );

  // Follow the view state (links, date inputs, the overview brush): apply its window unless
  // the current view already shows it, to the day, so a settled gesture does not snap.
  useEffect(() => {
    if (!behaviour.current || width <= 0) return;
    const target = window ? transformFor(base, width, window[0], window[1]) : zoomIdentity;
    const current = svgRef.current ? currentTransform(svgRef.current) : zoomIdentity;
    const [c0, c1] = current.rescaleX(base).domain() as [Date, Date];
    const [t0, t1] = target.rescaleX(base).domain() as [Date, Date];
    const day = 86_400_000;
    if (Math.abs(c0.getTime() - t0.getTime()) < day && Math.abs(c1.getTime() - t1.getTime()) < day)
      return;
    applying.current = true;
    apply(target, false);
    applying.current = false;
  }, [window, base, width, apply, svgRef]);

  const zoomBy = useCallback(
    (factor: number, atX?: number) => {
      const svg = svgRef.current;
      const z = behaviour.current;
      if (!svg || !z) return;
      const sel = select(svg);
      const p: [number, number] | undefined = atX === undefined ? undefined : [atX, 0];
      if (reducedMotion) z.scaleBy(sel, factor, p);
      else z.scaleBy(sel.transition().duration(200), factor, p);
    },
    [svgRef, reducedMotion],
  );

  const reset = useCallback(() => apply(zoomIdentity, true), [apply]);

  const reveal = useCallback(
    (t: number) => {
      const svg = svgRef.current;
      if (!svg) return;
      const z = behaviour.current;
      if (!svg || !z) return;
      const current = currentTransform(svg);
      const x = current.applyX(base(t));
      const margin = Math.min(80, width / 4);
      if (x >= margin && x <= width - margin) return;
      // translateTo, unlike zoom.transform, clamps to the translate extent: the view never
      // slides past the data to centre an event near its edge.
      const sel = select(svg);
      if (reducedMotion) z.translateTo(sel, base(t), 0);
      else z.translateTo(sel.transition().duration(250), base(t), 0);
    },
    [svgRef, base, width, reducedMotion],
  );

  const panBy = useCallback(
    (px: number) => {
      const svg = svgRef.current;
      const z = behaviour.current;
      if (!svg || !z) return;
      z.translateBy(select(svg), -px / currentTransform(svg).k, 0);
    },
    [svgRef],
  );

  const scale = useMemo(() => transform.rescaleX(base), [transform, base]);
  return { transform, scale, zooming, settled, zoomBy, reset, reveal, panBy };
}

/** The live transform d3-zoom keeps on the element. */
function currentTransform(el: SVGSVGElement): ZoomTransform {
  return zoomTransform(el);
}
