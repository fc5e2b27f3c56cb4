import type { EventNode } from './marks-layer';
import { formatEventDate } from '../domain/dates';
import { TYPE_LABEL } from '../domain/labels';

/**
 * Date and title next to the hovered or focused mark. Visual only: the mark's accessible name
 * already says the same, so screen readers are not told twice.
 */
export function Tooltip({
  node,
  x,
  y,
  width,
}: {
  node: EventNode;
  x: number;
  y: number;
  width: number;
}) {
  const flip = x > width - 260;
  return (
    <div
      className="tooltip"
      aria-hidden="true"
      style={{
        top: y + 16,
        left: flip ? undefined : x - 12,
        right: flip ? width - x - 12 : undefined,
      }}
    >
      <div className="tooltip-date">
        {formatEventDate(node.event)} · {TYPE_LABEL[node.event.type]}
      </div>
      <div className="tooltip-title">{node.event.title}</div>
      {node.others.length > 0 && (
        <div className="tooltip-also">Also involves {node.others.join(', ')}</div>
      )}
    </div>
  );
}
