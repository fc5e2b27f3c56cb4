import { memo } from 'react';
import { labelLeader } from '../layout/label-leader';
import { LABEL_FONT_PX, type SceneLabel } from '../layout/scene-labels';

interface Props {
  /** Placed at the settled transform; the layer around them follows the live one. */
  labels: readonly SceneLabel[];
}

/**
 * Event titles next to their marks, as text a person reads (and can select), placed once per
 * settled view. While the view pans they slide with the marks; while it zooms they are hidden
 * with the whole overlay (use-plot-follow.ts), since their spacing was worked out for the settled
 * zoom. A label placed on another row than its mark's is joined to the mark by a leader line.
 * Hidden from assistive technology: each mark's button already carries its title.
 * Memoised: the plot renders again on every focus move, which leaves the labels as they were.
 */
export const LabelLayer = memo(function LabelLayer({ labels }: Props) {
  // A label away from its mark: on another row, or slid along its line to find room.
  const led = labels.flatMap((l) => {
    const leader = labelLeader(l);
    return leader ? [{ l, leader }] : [];
  });
  return (
    <div className="label-layer" aria-hidden="true">
      {led.length > 0 && (
        <svg className="leaders">
          {led.map(({ l, leader }) => (
            <line
              key={l.id}
              className={l.selected ? 'leader selected' : 'leader'}
              x1={leader.x1}
              y1={leader.y1}
              x2={leader.x2}
              y2={leader.y2}
            />
          ))}
        </svg>
      )}
      {labels.map((l) => (
        <span
          key={l.id}
          className={`mark-label ${l.side} sig-${l.significance}${l.selected ? ' selected' : ''}`}
          data-label-for={l.id}
          style={{
            left: l.side === 'right' ? l.x0 : l.x1,
            top: l.y,
            fontSize: LABEL_FONT_PX,
          }}
        >
          {l.text}
        </span>
      ))}
    </div>
  );
});
