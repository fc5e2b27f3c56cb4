import { useLayoutEffect, useRef } from 'react';
import { arcPath, type Arc } from '../layout/arcs';
import type { Viewport } from '../viewport';

interface Props {
  arcs: readonly Arc[];
  viewport: Viewport;
  width: number;
  height: number;
}

/**
 * Arcs from the open event to the events it relates to, so a reader sees at a glance what
 * answered what. React renders one path per relation when the selection or the settled view
 * changes; each frame rewrites only their `d` from the live scale (a handful of paths).
 */
export function ArcLayer({ arcs, viewport, width, height }: Props) {
  const ref = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    const draw = () => {
      const g = ref.current;
      if (!g) return;
      const scale = viewport.scale();
      arcs.forEach((arc, i) => {
        const path = g.children[i];
        if (!path) return;
        const d = arcPath(scale(arc.from.t), arc.from.y, scale(arc.end.t), arc.end.y);
        path.setAttribute('d', d);
      });
    };
    draw();
    return viewport.subscribe({ frame: draw });
  }, [arcs, viewport]);
  if (arcs.length === 0) return null;
  return (
    <svg className="arc-layer" width={width} height={height} aria-hidden="true">
      <g ref={ref} className="arcs">
        {arcs.map((arc) => (
          <path key={arc.to} className="arc" data-arc-to={arc.to} />
        ))}
      </g>
    </svg>
  );
}
