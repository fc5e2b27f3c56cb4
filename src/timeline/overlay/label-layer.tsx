import type { CSSProperties } from 'react';
import { LABEL_FONT_PX, LABEL_OFFSET_PX, type SceneLabel } from '../layout/scene-labels';

interface Props {
  labels: readonly SceneLabel[];
  /** Event id → px at zoom 1, so a label's x follows the live transform through CSS. */
  baseX: (id: string) => number;
}

/**
 * Event titles next to their marks, as text a person reads (and can select), placed once per
 * settled view. While the view pans they slide with the marks; while it zooms they are hidden
 * (the plot's `zooming` class), since their spacing was worked out for the settled zoom.
 * Hidden from assistive technology: each mark's button already carries its title.
 */
export function LabelLayer({ labels, baseX }: Props) {
  return (
    <div className="label-layer" aria-hidden="true">
      {labels.map((l) => (
        <span
          key={l.id}
          className={`mark-label ${l.side} sig-${l.significance}${l.selected ? ' selected' : ''}`}
          style={
            {
              '--bx': baseX(l.id),
              '--off': `${LABEL_OFFSET_PX}px`,
              top: l.y,
              fontSize: LABEL_FONT_PX,
            } as CSSProperties
          }
        >
          {l.text}
        </span>
      ))}
    </div>
  );
}
