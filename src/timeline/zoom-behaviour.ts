/**
 * d3-zoom owns the reader's gestures over the plot — wheel, drag, pinch — and reports each
 * transform to the viewport; nothing here touches React state. Programmatic moves are mirrored
 * back into d3-zoom's own state between gestures, so a gesture always starts from what is drawn.
 *
 * A module of its own because d3-zoom brings d3-transition, d3-interpolate, d3-color, d3-drag
 * and d3-selection (about a third of the chart's code): the first marks are drawn without them,
 * and use-zoom-gestures.ts loads this once they are on screen.
 */
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { Viewport } from './viewport';

type ZoomEvent = D3ZoomEvent<HTMLElement, unknown>;

/** Attaches the gestures to `el` (the plot, `width` × `height` px); returns the detach. */
export function attachZoom(
  el: HTMLElement,
  viewport: Viewport,
  width: number,
  height: number,
): () => void {
  const z = d3zoom<HTMLElement, unknown>()
    .scaleExtent([1, viewport.maxK])
    .extent([
      [0, 0],
      [width, height],
    ])
    // The same clamp as the viewport's: the view never leaves the padded extent.
    .translateExtent([
      [0, 0],
      [width, height],
    ])
    // d3's default filter, without double-click: the plot handles that itself, so it zooms
    // with the same additive animation as the buttons (and a double-click on a mark opens it).
    .filter(
      (e: MouseEvent) => (!e.ctrlKey || e.type === 'wheel') && !e.button && e.type !== 'dblclick',
    )
    .on('start', (e: ZoomEvent) => {
      if (e.sourceEvent) viewport.beginGesture();
    })
    .on('zoom', (e: ZoomEvent) => {
      if (e.sourceEvent) viewport.gestureTo(e.transform);
    })
    .on('end', (e: ZoomEvent) => {
      if (e.sourceEvent) viewport.endGesture();
    });
  const sel = select(el);
  sel.call(z).on('dblclick.zoom', null);
  const sync = () => {
    // Only between gestures: during one, d3-zoom is the source of the transform.
    if (viewport.inGesture) return;
    const t = viewport.transform;
    const current = zoomTransform(el);
    if (current.k !== t.k || current.x !== t.x) {
      sel.call(z.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
    }
  };
  sync();
  const unsubscribe = viewport.subscribe({ frame: sync, settle: sync });
  el.dataset['gestures'] = 'ready';
  return () => {
    unsubscribe();
    sel.on('.zoom', null);
    delete el.dataset['gestures'];
  };
}
