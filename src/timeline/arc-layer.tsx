import type { Dataset } from '../domain/validate';
import type { EventNode, Node } from './marks-layer';
import { relatedEvents } from '../panels/details-sections';

export interface ArcTarget {
  /** The related event. */
  id: string;
  /** Where it is drawn: its own mark, or the cluster that holds it. */
  node: Node;
}

/**
 * The drawn nodes an event's relations point at, both ways, once each. Computed when the
 * selection or the settled layout changes, so a zoom frame only recomputes the arcs' geometry.
 */
export function arcTargets(from: EventNode, dataset: Dataset, nodes: readonly Node[]): ArcTarget[] {
  const where = new Map<string, Node>();
  for (const n of nodes) {
    if (n.kind === 'event') where.set(n.id, n);
    else for (const id of n.eventIds) where.set(id, n);
  }
  const seen = new Set<string>();
  const targets: ArcTarget[] = [];
  for (const { id } of relatedEvents(from.event, dataset)) {
    const node = where.get(id);
    if (seen.has(id) || !node) continue;
    seen.add(id);
    targets.push({ id, node });
  }
  return targets;
}

interface Props {
  from: EventNode;
  targets: readonly ArcTarget[];
  xOf: (n: Node) => number;
}

/**
 * Arcs from the focused event to the events it relates to, so a reader sees at a glance what
 * answered what. An arc bows upward in proportion to its length.
 */
export function ArcLayer({ from, targets, xOf }: Props) {
  const x1 = xOf(from);
  return (
    <g className="arcs" aria-hidden="true">
      {targets.map(({ id, node: to }) => {
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
