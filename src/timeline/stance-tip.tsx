import type { CSSProperties } from 'react';
import type { Dataset } from '../domain/validate';
import type { Dimension } from '../domain/schema';
import type { Step } from '../domain/stance';
import { formatEventDate } from '../domain/dates';
import { levelY } from './layout/stance-scale';

/** The level and the rationale of the hovered or focused change. */
export function StepTip(p: {
  step: Step;
  /** px at the settled view, inside the markers' layer. */
  x: number;
  width: number;
  levels: number;
  dimension: Dimension;
  dataset: Dataset;
}) {
  const flip = p.x > p.width - 280;
  const style: CSSProperties = {
    left: flip ? undefined : p.x - 12,
    right: flip ? p.width - p.x - 12 : undefined,
    top: levelY(p.step.levelIndex, p.levels) + 14,
  };
  const event = p.dataset.eventById.get(p.step.eventId);
  return (
    <div className="tooltip stance-tip" role="tooltip" style={style}>
      <div className="tooltip-date">
        {event ? formatEventDate(event) : ''} · {p.dimension.name}
      </div>
      <div className="tooltip-title">{p.step.label}</div>
      <div className="tooltip-also">{p.step.rationale}</div>
    </div>
  );
}
