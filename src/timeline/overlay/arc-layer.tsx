import { useLayoutEffect, useRef } from 'react';
import { ARC_STROKE, arcMidpoint, arcPath, type Arc } from '../layout/arcs';
import type { Viewport } from '../viewport';

interface Props {
  arcs: readonly Arc[];
  viewport: Viewport;
  width: number;
  height: number;
  /**
   * Id of the item with keyboard focus or under the pointer: the arcs it ends are labelled (all
   * of them when it is the open event).
   */
  focused: string | null;
  /** Id of the open event's drawn item. */
  openItem: string | null;
}

/**
 * Arcs from the open event to the events it relates to, so a reader sees at a glance what
 * answered what: stroked by the kind of relation (ARC_STROKE), with an arrow from the event that
 * states the relation to the one it names, and the relation in words at the top of the arc while
 * either end has focus or the pointer. React renders one path per relation when the selection or
 * the settled view changes; each frame rewrites only their geometry from the live scale.
 */
export function ArcLayer({ arcs, viewport, width, height, focused, openItem }: Props) {
  const ref = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    const draw = () => {
      const g = ref.current;
      if (!g) return;
      const scale = viewport.scale();
      arcs.forEach((arc, i) => {
        const group = g.children[i];
        const path = group?.firstElementChild;
        const text = group?.lastElementChild;
        if (!path || !text) return;
        const a: [number, number] = [scale(arc.from.t), arc.from.y];
        const b: [number, number] = [scale(arc.end.t), arc.end.y];
        // The arrow points at the event the relation names.
        const [p, q] = arc.direction === 'out' ? [a, b] : [b, a];
        path.setAttribute('d', arcPath(p[0], p[1], q[0], q[1]));
        const [mx, my] = arcMidpoint(p[0], p[1], q[0], q[1]);
        text.setAttribute('x', String(mx));
        text.setAttribute('y', String(my - 4));
      });
    };
    draw();
    return viewport.subscribe({ frame: draw });
  }, [arcs, viewport]);
  if (arcs.length === 0) return null;
  const all = focused !== null && focused === openItem;
  return (
    <svg className="arc-layer" width={width} height={height} aria-hidden="true">
      <defs>
        <marker
          id="arc-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className="arc-arrow" />
        </marker>
      </defs>
      <g ref={ref} className="arcs">
        {arcs.map((arc) => {
          const shown = all || (focused !== null && focused === arc.endItem);
          return (
            <g key={arc.to} className={shown ? 'arc-group labelled' : 'arc-group'}>
              <path
                className={`arc ${ARC_STROKE[arc.type]}`}
                data-arc-to={arc.to}
                data-relation={arc.type}
                data-direction={arc.direction}
                markerEnd="url(#arc-arrow)"
              />
              <text className="arc-label" textAnchor="middle" data-arc-label-for={arc.to}>
                {arc.label}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
