import type { Era } from '../domain/schema';
import { isoDayToMs, DAY_MS } from '../domain/dates';
import type { Ticks } from './layout/time-scale';
import type { TimeScale } from './layout/time-scale';
import { estimateTextWidth } from './layout/text-width';

interface AxisProps {
  ticks: Ticks;
  height: number;
  axisHeight: number;
}

/** Calendar ticks along the top, with light grid lines through the lanes. */
export function AxisLayer({ ticks, height, axisHeight }: AxisProps) {
  return (
    <g className="axis" data-granularity={ticks.granularity} aria-hidden="true">
      {ticks.minor.map((t) => (
        <line
          key={`m${t.date.getTime()}`}
          className="tick-minor"
          x1={t.x}
          x2={t.x}
          y1={axisHeight - 5}
          y2={axisHeight}
        />
      ))}
      {ticks.major.map((t) => (
        <g key={t.date.getTime()} transform={`translate(${t.x},0)`}>
          <line className="grid" y1={axisHeight - 10} y2={axisHeight + height} />
          <text className="tick-label" x={4} y={axisHeight - 12}>
            {t.label}
          </text>
        </g>
      ))}
      <line className="axis-line" x1={0} x2="100%" y1={axisHeight} y2={axisHeight} />
    </g>
  );
}

interface EraProps {
  eras: readonly Era[];
  /** y of the era names' baseline (in the axis band, above the tick labels). */
  labelY?: number;
  scale: TimeScale;
  top: number;
  height: number;
  width: number;
  /** Draw the era names (off in the overview strip, where they would cover the ticks). */
  labels?: boolean;
}

/** Background bands for the dataset's eras, labelled where the band is wide enough. */
export function EraLayer({
  eras,
  scale,
  top,
  height,
  width,
  labels = true,
  labelY = 12,
}: EraProps) {
  return (
    <g className="eras" aria-hidden="true">
      {eras.map((era, i) => {
        const x0 = Math.max(0, scale(isoDayToMs(era.start)));
        const x1 = Math.min(width, scale(isoDayToMs(era.end) + DAY_MS));
        if (x1 <= x0) return null;
        const fits = labels && estimateTextWidth(era.label, 11) + 12 < x1 - x0;
        return (
          <g key={era.id}>
            <rect
              className={i % 2 ? 'era-b' : 'era-a'}
              x={x0}
              y={top}
              width={x1 - x0}
              height={height}
            />
            {fits && (
              <text className="era-label" x={x0 + 6} y={labelY}>
                {era.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
