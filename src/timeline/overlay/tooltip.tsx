import type { CSSProperties } from 'react';
import { TYPE_LABEL } from '../../domain/labels';
import type { SceneEvent } from '../layout/scene';
import { eventDateText } from './mark-names';

interface Props {
  /** At the settled transform, like the mark buttons (the view is still when it shows). */
  item: SceneEvent;
  width: number;
  /** px: the plot's height, to open upward near the bottom. */
  height: number;
  others: readonly string[];
}

/**
 * Date and title next to the hovered or focused mark. Visual only: the mark's accessible name
 * already says the same, so screen readers are not told twice.
 */
export function Tooltip({ item, width, height, others }: Props) {
  const flip = item.x > width - 260;
  const up = item.y > height - 90;
  const style: CSSProperties = {
    left: flip ? undefined : item.x - 12,
    right: flip ? width - item.x - 12 : undefined,
    top: up ? undefined : item.y + 16,
    bottom: up ? height - item.y + 16 : undefined,
  };
  return (
    <div className="tooltip mark-tip" aria-hidden="true" style={style}>
      <div className="tooltip-date">
        {eventDateText(item.event)} · {TYPE_LABEL[item.event.type]}
      </div>
      <div className="tooltip-title">{item.event.title}</div>
      {others.length > 0 && <div className="tooltip-also">Also involves {others.join(', ')}</div>}
    </div>
  );
}
