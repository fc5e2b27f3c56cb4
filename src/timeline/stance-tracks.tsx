import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../domain/validate';
import type { Dimension } from '../domain/schema';
import { stanceSeries, type StanceSeries } from '../domain/stance';
import { formatEventDate } from '../domain/dates';
import { StanceTrack } from './stance-track';
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
  const palette = useCanvasPalette(root);
  const settled = useSettledTransform(viewport);
  const settledScale = useMemo(() => settled.rescaleX(base), [settled, base]);
  useEffect(() => {
    if (!root) return;
    const follow = () => {
      root.style.setProperty('--k', String(viewport.transform.k));
      root.style.setProperty('--tx', String(viewport.transform.x));
    };
    follow();
    return viewport.subscribe({ frame: follow });
  }, [root, viewport]);

  if (series.length === 0) return null;
  const subject = dataset.meta.subject.label;
  return (
    <section ref={setRoot} className="stance" aria-labelledby="stance-title">
      <div className="stance-head">
        <h2 id="stance-title">How the stance of {subject} shifted</h2>
        <p className="small muted">
          Levels are an <strong>editorial assessment</strong> by the dataset’s authors; each change
          cites the event behind it. Hover, focus or open a marker for the rationale.
        </p>
      </div>
      {series.map(({ dimension, series: s }) => (
        <StanceTrack
          key={dimension.id}
          dimension={dimension}
          series={s}
          dataset={dataset}
          viewport={viewport}
          base={base}
          settledScale={settledScale}
          palette={palette}
          gutter={gutter}
          width={width}
          compact={compact}
          selected={selected}
          onSelect={onSelect}
        />
      ))}
      <StanceTable dataset={dataset} series={series} onSelect={onSelect} />
    </section>
  );
}

/** The text alternative: every level change by date, as a table (built when opened). */
function StanceTable({
  dataset,
  series,
  onSelect,
}: {
  dataset: Dataset;
  series: { dimension: Dimension; series: StanceSeries }[];
  onSelect: (id: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const rows = useMemo(
    () =>
      open
        ? series
            .flatMap(({ dimension, series: s }) => s.steps.map((step) => ({ dimension, step })))
            .sort((a, b) => a.step.date.getTime() - b.step.date.getTime())
        : [],
    [open, series],
  );
  return (
    <details className="stance-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Level changes as a table</summary>
      {open && (
        <table className="event-table">
          <caption className="visually-hidden">
            Stance level changes by date (editorial assessment)
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Dimension</th>
              <th scope="col">New level</th>
              <th scope="col">Event and rationale</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ dimension, step }) => {
              const event = dataset.eventById.get(step.eventId);
              return (
                <tr key={`${dimension.id}-${step.eventId}`}>
                  <td className="nowrap">{event ? formatEventDate(event) : ''}</td>
                  <td>{dimension.name}</td>
                  <td>{step.label}</td>
                  <td>
                    <button
                      type="button"
                      className="btn link row-open"
                      onClick={() => onSelect(step.eventId)}
                    >
                      {event?.title}
                    </button>
                    <div className="small muted">{step.rationale}</div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </details>
  );
}
