import { useMemo, useState } from 'react';
import type { Dataset } from '../domain/validate';
import { stanceSeries } from '../domain/stance';
import { StanceTrack } from './stance-track';
import { StanceTable } from './stance-table';
import { StanceCanvas } from './stance-canvas';
import { StanceLegend } from './stance-legend';
import { stanceGeometry } from './canvas/paint-stance';
import { estimateTextWidth } from './layout/text-width';
import { useCanvasPalette } from './use-canvas-palette';
import { useSettledTransform } from './use-viewport';
import type { Viewport } from './viewport';
import type { TimeScale } from './layout/time-scale';

interface Props {
  dataset: Dataset;
  viewport: Viewport;
  /** The scale at zoom 1. */
  base: TimeScale;
  gutter: number;
  width: number;
  compact: boolean;
  selected: string | null;
  onSelect: (eventId: string) => void;
}

/**
 * One row per stance dimension: the subject's level over time as a step line on the timeline's
 * own x scale, each change a marker tied to its event. This is what makes the chart a record of
 * policy shifts rather than of events; the levels are an editorial assessment and say so. The
 * tracks follow the timeline's zoom frame by frame without React (canvas, and CSS variables for
 * the marker buttons).
 */
export function StanceTracks({
  dataset,
  viewport,
  base,
  gutter,
  width,
  compact,
  selected,
  onSelect,
}: Props) {
  const series = useMemo(
    () =>
      dataset.meta.dimensions.map((d) => ({
        dimension: d,
        series: stanceSeries(d, dataset.events),
      })),
    [dataset],
  );
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [wrap, setWrap] = useState<HTMLDivElement | null>(null);
  const palette = useCanvasPalette(root);
  const geometries = useMemo(
    () =>
      series.map(({ dimension, series: s }) =>
        stanceGeometry(s.steps, dimension.levels.length, (label) => estimateTextWidth(label, 11)),
      ),
    [series],
  );
  const selectedSteps = useMemo(
    () => series.map(({ series: s }) => s.steps.findIndex((step) => step.eventId === selected)),
    [series, selected],
  );
  const settled = useSettledTransform(viewport);
  const settledScale = useMemo(() => settled.rescaleX(base), [settled, base]);

  if (series.length === 0) return null;
  const subject = dataset.meta.subject?.label ?? 'the subject';
  const keepingTracks = series
    .filter((s) => s.series.steps.some((step) => step.direction === 'same'))
    .map((s) => s.dimension.name);
  return (
    <section ref={setRoot} className="stance" aria-labelledby="stance-title">
      <div className="stance-head">
        <h2 id="stance-title">How the stance of {subject} shifted</h2>
        <p className="small muted">
          Levels are an <strong>editorial assessment</strong> by the dataset’s authors; each change
          cites the event behind it. Hover, focus or open a marker for the rationale.
        </p>
        <StanceLegend keepingTracks={keepingTracks} />
      </div>
      <div ref={setWrap} className="stance-tracks">
        <StanceCanvas
          geometries={geometries}
          selectedSteps={selectedSteps}
          viewport={viewport}
          palette={palette}
          left={compact ? 0 : gutter}
          width={width}
          wrap={wrap}
        />
        {series.map(({ dimension, series: s }, i) => (
          <StanceTrack
            key={dimension.id}
            dimension={dimension}
            series={s}
            geometry={geometries[i]!}
            dataset={dataset}
            viewport={viewport}
            settledScale={settledScale}
            gutter={gutter}
            width={width}
            compact={compact}
            selected={selected}
            onSelect={onSelect}
          />
        ))}
      </div>
      <StanceTable dataset={dataset} series={series} onSelect={onSelect} />
    </section>
  );
}
