import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import type { Dataset } from '../domain/validate';
import { eventStartMs } from '../domain/dates';
import type { TimeScale } from './layout/time-scale';
import { groupColourVar } from './render/palette';
import { EraLayer } from './axis-layer';

interface Props {
  dataset: Dataset;
  /** The full-extent scale; the overview is always zoomed out. */
  base: TimeScale;
  gutter: number;
  width: number;
  /** The timeline's current scale, whose domain the brush shows. */
  view: TimeScale;
  onWindowChange: (from: number, to: number) => void;
  colourOfGroup: ReadonlyMap<string, number>;
}

const HEIGHT = 44;

/**
 * The whole period at a glance with a brush over the window the timeline shows: drag it to pan,
 * drag its edges to zoom, click elsewhere to jump there. The date inputs in the filters are the
 * keyboard equivalent, so the strip itself is one labelled image to assistive technology.
 */
export function Overview({
  dataset,
  base,
  gutter,
  width,
  view,
  onWindowChange,
  colourOfGroup,
}: Props) {
  const gRef = useRef<SVGGElement>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const [d0, d1] = view.domain() as [Date, Date];
  const onBrush = useEffectEvent((e: D3BrushEvent<unknown>, g: SVGGElement) => {
    if (!e.sourceEvent) return; // our own brush.move below
    const sel = e.selection as [number, number] | null;
    if (sel) {
      onWindowChange(base.invert(sel[0]).getTime(), base.invert(sel[1]).getTime());
    } else if (e.type === 'end') {
      // A click without a drag: centre the current window on the clicked time.
      const [px] = pointer(e.sourceEvent, g);
      const half = (d1.getTime() - d0.getTime()) / 2;
      const t = base.invert(px).getTime();
      onWindowChange(t - half, t + half);
    }
  });
  const groupOfActor = useMemo(
    () => new Map(dataset.actors.map((a) => [a.id, a.group])),
    [dataset.actors],
  );

  useEffect(() => {
    const g = gRef.current;
    if (!g) return;
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [width, HEIGHT],
      ])
      .on('brush end', (e: D3BrushEvent<unknown>) => onBrush(e, g));
    brushRef.current = brush;
    select(g).call(brush);
    return () => {
      select(g).on('.brush', null);
    };
  }, [base, width]);

  // Keep the brush on the timeline's window as it pans and zooms.
  useEffect(() => {
    const g = gRef.current;
    const brush = brushRef.current;
    if (!g || !brush) return;
    const x0 = Math.max(0, base(d0));
    const x1 = Math.min(width, base(d1));
    select(g).call(brush.move, [x0, Math.max(x0 + 2, x1)]);
  }, [d0, d1, base, width]);

  const description = `Overview of the whole period; the highlighted window shows the timeline's view.`;
  return (
    <div className="overview" style={{ marginLeft: gutter }}>
      <svg width={width} height={HEIGHT} role="img" aria-label={description}>
        <EraLayer
          eras={dataset.meta.eras}
          scale={base}
          top={0}
          height={HEIGHT}
          width={width}
          labels={false}
        />
        <g aria-hidden="true">
          {dataset.events.map((e) => {
            const x = base(eventStartMs(e));
            const group = groupOfActor.get(e.actors[0]?.actor ?? '') ?? '';
            return (
              <line
                key={e.id}
                className="overview-tick"
                x1={x}
                x2={x}
                y1={HEIGHT - 6 - e.significance * 8}
                y2={HEIGHT - 4}
                style={{ stroke: groupColourVar(colourOfGroup.get(group) ?? 0) }}
              />
            );
          })}
        </g>
        <g ref={gRef} className="brush" />
      </svg>
    </div>
  );
}
