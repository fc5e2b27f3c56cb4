import { LABEL_FONT_PX, type SceneLabel } from '../layout/scene-labels';

/** px from a label's line to the top or bottom of its text. */
const HALF_LINE = LABEL_FONT_PX / 2 + 1;

interface Props {
  /** Placed at the settled transform; the layer around them follows the live one. */
  labels: readonly SceneLabel[];
}

/**
 * Event titles next to their marks, as text a person reads (and can select), placed once per
 * settled view. While the view pans they slide with the marks; while it zooms they are hidden
 * (the plot's `zooming` class), since their spacing was worked out for the settled zoom. A label
 * placed on another row than its mark's is joined to the mark by a leader line.
 * Hidden from assistive technology: each mark's button already carries its title.
 */
export function LabelLayer({ labels }: Props) {
  // A label away from its mark: on another row, or slid along its line to find room.
  const led = labels.filter(
    (l) => l.y !== l.markY || Math.abs(l.side === 'right' ? l.x0 - l.x : l.x - l.x1) > 15,
  );
  return (
    <div className="label-layer" aria-hidden="true">
      {led.length > 0 && (
        <svg className="leaders">
          {led.map((l) => {
            // To the nearest point of the label's box: straight down or up to a label spanning
            // the mark's x, else to its near edge.
            const sameLine = l.y === l.markY;
            const ex = Math.min(Math.max(l.x, l.x0 - 2), l.x1 + 2);
            const ey = sameLine ? l.y : l.y + (l.markY < l.y ? -HALF_LINE : HALF_LINE);
            const dx = ex - l.x;
            const dy = ey - l.markY;
            const len = Math.hypot(dx, dy) || 1;
            return (
              <line
                key={l.id}
                className={l.selected ? 'leader selected' : 'leader'}
                x1={l.x + (dx / len) * 6}
                y1={l.markY + (dy / len) * 6}
                x2={ex}
                y2={ey}
              />
            );
          })}
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
}
