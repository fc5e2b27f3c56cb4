import { memo, type KeyboardEvent, type Ref } from 'react';
import type { StanceEvent } from '../domain/schema';
import { formatEventDate } from '../domain/dates';
import { TYPE_LABEL } from '../domain/labels';
import { markArea, markPath } from './render/shapes';
import { groupColourVar } from './render/palette';

/** A drawable event: where it sits, and how it looks. x is recomputed per frame. */
export interface EventNode {
  kind: 'event';
  id: string;
  event: StanceEvent;
  lane: number;
  y: number;
  start: number;
  end: number;
  colour: number;
  dimmed: boolean;
  /** Names of the other groups involved, for the accessible name and tooltip. */
  others: string[];
}

export interface ClusterNode {
  kind: 'cluster';
  id: string;
  lane: number;
  y: number;
  /** Centre, first start and last end of the members, ms. */
  t: number;
  t0: number;
  t1: number;
  colour: number;
  eventIds: string[];
  /** True when every member fails the filters (drawn dimmed, like its members would be). */
  dimmed: boolean;
}

export type Node = EventNode | ClusterNode;

export function eventName(node: EventNode): string {
  const { event } = node;
  const also = node.others.length ? `; also involves ${node.others.join(', ')}` : '';
  return `${event.title}, ${formatEventDate(event)}, ${TYPE_LABEL[event.type]}${also}`;
}

interface MarkProps {
  node: EventNode;
  x: number;
  /** px; spans are drawn as bars this long. */
  x1: number;
  active: boolean;
  selected: boolean;
  related: boolean;
  compact: boolean;
  refFor: (id: string) => Ref<SVGGElement>;
  onActivate: (id: string) => void;
  onHover: (id: string | null) => void;
  onFocusMark: (id: string) => void;
  onKeyDown: (e: KeyboardEvent<SVGGElement>, id: string) => void;
}

/** One event mark: a shape for its type, in its group's colour; spans get a bar. */
export const EventMark = memo(function EventMark(p: MarkProps) {
  const { node, x, x1, active, selected, related, compact } = p;
  const area = markArea(node.event.significance, compact);
  const span = node.event.end !== undefined && x1 - x > 6;
  const r = Math.sqrt(area / Math.PI) + 2;
  const classes = ['mark', `sig-${node.event.significance}`];
  if (node.dimmed) classes.push('dimmed');
  if (selected) classes.push('selected');
  if (related) classes.push('related');
  return (
    <g
      ref={p.refFor(node.id)}
      className={classes.join(' ')}
      transform={`translate(${x},${node.y})`}
      role="button"
      tabIndex={active ? 0 : -1}
      aria-label={eventName(node)}
      aria-pressed={selected}
      data-event-id={node.id}
      onClick={() => p.onActivate(node.id)}
      onMouseEnter={() => p.onHover(node.id)}
      onMouseLeave={() => p.onHover(null)}
      onFocus={() => p.onFocusMark(node.id)}
      onKeyDown={(e) => p.onKeyDown(e, node.id)}
      style={{ color: groupColourVar(node.colour) }}
    >
      {span && <rect className="span-bar" x={0} y={-5} width={x1 - x} height={10} rx={5} />}
      {/* A larger transparent circle keeps the touch target ≥ 24 px whatever the shape. */}
      <circle className="hit" r={Math.max(12, r)} />
      <circle className="focus-ring" r={r + 3} />
      <path className="shape" d={markPath(node.event.type, area)} />
    </g>
  );
});

interface ClusterProps {
  node: ClusterNode;
  x: number;
  active: boolean;
  label: string;
  refFor: (id: string) => Ref<SVGGElement>;
  onActivate: (id: string) => void;
  onFocusMark: (id: string) => void;
  onKeyDown: (e: KeyboardEvent<SVGGElement>, id: string) => void;
}

/** Several lower-significance events too close to tell apart: a counted bubble. */
export function ClusterMark(p: ClusterProps) {
  const { node, x, active } = p;
  const n = node.eventIds.length;
  const r = n > 9 ? 12 : 10;
  return (
    <g
      ref={p.refFor(node.id)}
      className={node.dimmed ? 'cluster dimmed' : 'cluster'}
      transform={`translate(${x},${node.y})`}
      role="button"
      tabIndex={active ? 0 : -1}
      aria-label={p.label}
      onClick={() => p.onActivate(node.id)}
      onFocus={() => p.onFocusMark(node.id)}
      onKeyDown={(e) => p.onKeyDown(e, node.id)}
      style={{ color: groupColourVar(node.colour) }}
    >
      <circle className="hit" r={14} />
      <circle className="focus-ring" r={r + 3} />
      <circle className="bubble" r={r} />
      <text className="cluster-count" dy="0.35em" textAnchor="middle">
        {n}
      </text>
    </g>
  );
}
