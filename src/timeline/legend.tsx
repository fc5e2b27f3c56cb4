import { EVENT_TYPES } from '../domain/schema-constants';
import type { EventType } from '../domain/schema';
import { TYPE_LABEL } from '../domain/labels';
import { markArea, markPath } from './render/shapes';

/** What the marks mean: shape for type, colour for group, size for significance. */
export function Legend({ types }: { types: ReadonlySet<EventType> }) {
  return (
    <div className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="visually-hidden">
        Legend
      </h2>
      <ul className="legend-list">
        {EVENT_TYPES.filter((t) => types.has(t)).map((t) => (
          <li key={t}>
            <svg width={16} height={16} viewBox="-8 -8 16 16" aria-hidden="true">
              <path d={markPath(t, 90)} className="legend-shape" />
            </svg>
            {TYPE_LABEL[t]}
          </li>
        ))}
        <li>
          <svg width={46} height={16} viewBox="0 -8 46 16" aria-hidden="true">
            {[1, 2, 3].map((s, i) => (
              <path
                key={s}
                d={markPath('statement', markArea(s))}
                transform={`translate(${6 + i * 15},0)`}
                className="legend-shape"
              />
            ))}
          </svg>
          Size: significance
        </li>
        <li>
          <svg width={22} height={16} viewBox="-11 -8 22 16" aria-hidden="true">
            <circle r={7} className="legend-cluster" />
            <text dy="0.35em" textAnchor="middle" className="legend-count">
              3
            </text>
          </svg>
          Cluster of minor events
        </li>
        <li>Colour: the actor group (lane names)</li>
      </ul>
    </div>
  );
}
