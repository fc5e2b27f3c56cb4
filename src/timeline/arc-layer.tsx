import type { Dataset } from '../domain/validate';
import type { EventNode, Node } from './marks-layer';
import { relatedEvents } from '../panels/details-sections';

interface Props {
  from: EventNode;
  dataset: Dataset;
  nodeById: ReadonlyMap<string, Node>;
  xOf: (n: Node) => number;
}

/**
 * Arcs from the focused event to the events it relates to, both ways, so a reader sees at a
 * glance what answered what. An arc bows upward in proportion to its length.
 */
export function ArcLayer({ from, dataset, nodeById, xOf }: Props) {
  const x1 = xOf(from);
  const seen = new Set<string>();
  return (
    <g className="arcs" aria-hidden="true">
      {relatedEvents(from.event, dataset).map(({ id }) => {
        if (seen.has(id)) return null;
        seen.add(id);
        const to =
          nodeById.get(id) ??
          [...nodeById.values()].find((n) => n.kind === 'cluster' && n.eventIds.includes(id));
        if (!to) return null;
        const x2 = xOf(to);
        const lift = Math.min(120, 24 + Math.abs(x2 - x1) / 4);
        const top = Math.min(from.y, to.y) - lift;
        return (
          <path
            key={id}
            className="arc"
            data-arc-to={id}
            d={`M${x1},${from.y} Q${(x1 + x2) / 2},${top} ${x2},${to.y}`}
          />
        );
      })}
    </g>
  );
}
