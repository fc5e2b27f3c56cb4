import type { CSSProperties } from 'react';
import { formatDatePattern } from '../domain/dates';
import { levelTicks } from './layout/stance-scale';

interface Props {
  /** The dimension's level names, lowest first. */
  labels: readonly string[];
  dimensionName: string;
  /**
   * Beside the track (a gutter to the left of the plot), each name stands at its level's line,
   * right-aligned against the plot; on a narrow screen (no gutter) the names run as one line of
   * text above the track, lowest first.
   */
  compact: boolean;
  /** px: the gutter's width, beside the track. */
  width?: number;
  /** px: the track's height, beside the track. */
  height?: number;
}

/**
 * A stance track's level scale — its y axis. A real list, lowest level first, so a screen
 * reader hears the scale in order; placed by CSS at each level's line. A name too long for the
 * gutter is cut with an ellipsis and given whole in its title (and to assistive technology).
 */
export function LevelScale({ labels, dimensionName, compact, width, height }: Props) {
  const ticks = levelTicks(labels);
  return (
    <ol
      className={compact ? 'level-scale inline' : 'level-scale'}
      aria-label={`Levels of ${dimensionName}, lowest first`}
      style={compact ? undefined : { width, height }}
    >
      {ticks.map((t) => {
        const style: CSSProperties | undefined = compact ? undefined : { top: t.y };
        return (
          <li key={t.index} style={style} title={t.label}>
            {t.label}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The level in force when the window ends (`at`, ms), at the right of the track's head, over the
 * plot's right edge: where the step line leaves the window, in words.
 */
export function LevelNow({ label, at }: { label: string | null; at: number }) {
  const day = formatDatePattern(at, 'day-long');
  return (
    <span className="level-now">
      {label === null ? (
        <>No level yet on {day}</>
      ) : (
        <>
          On {day}: <strong>{label}</strong>
        </>
      )}
    </span>
  );
}
