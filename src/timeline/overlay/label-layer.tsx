import { LABEL_FONT_PX, LABEL_OFFSET_PX, type SceneLabel } from '../layout/scene-labels';

interface Props {
  /** Placed at the settled transform; the layer around them follows the live one. */
  labels: readonly SceneLabel[];
}

/**
 * Event titles next to their marks, as text a person reads (and can select), placed once per
 * settled view. While the view pans they slide with the marks; while it zooms they are hidden
 * (the plot's `zooming` class), since their spacing was worked out for the settled zoom.
 * Hidden from assistive technology: each mark's button already carries its title.
 */
export function LabelLayer({ labels }: Props) {
  return (
    <div className="label-layer" aria-hidden="true">
      {labels.map((l) => (
        <span
          key={l.id}
          className={`mark-label ${l.side} sig-${l.significance}${l.selected ? ' selected' : ''}`}
          style={{
            left: l.side === 'right' ? l.x + LABEL_OFFSET_PX : l.x - LABEL_OFFSET_PX,
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
