import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '../domain/validate';
import type { Dimension } from '../domain/schema';
import { stanceSeries, type StanceSeries, type Step } from '../domain/stance';
import { formatEventDate } from '../domain/dates';
import type { TimeScale } from './layout/time-scale';
import { estimateTextWidth } from './layout/labels';

interface Props {
  dataset: Dataset;
  scale: TimeScale;
  gutter: number;
  width: number;
  compact: boolean;
  selected: string | null;
  onSelect: (eventId: string) => void;
}

const TRACK_H = 54;
/** Room above the top level for its step label, px. */
const PAD_TOP = 17;
const PAD_BOTTOM = 6;

/**
 * One row per stance dimension: the subject's level over time as a step line on the timeline's
 * own x scale, each change a marker tied to its event. This is what makes the chart a record of
 * policy shifts rather than of events; the levels are an editorial assessment and say so.
 */
export function StanceTracks({
  dataset,
  scale,
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
  if (series.length === 0) return null;
  const subject = dataset.meta.subject?.label ?? 'the subject';
  return (
    <section className="stance" aria-labelledby="stance-title">
      <div className="stance-head" style={{ paddingLeft: compact ? undefined : 0 }}>
        <h2 id="stance-title">How the stance of {subject} shifted</h2>
        <p className="small muted">
          Levels are an <strong>editorial assessment</strong> by the dataset’s authors; each change
          cites the event behind it. Hover, focus or open a marker for the rationale.
        </p>
      </div>
      {series.map(({ dimension, series: s }) => (
        <Track
          key={dimension.id}
          dimension={dimension}
          series={s}
          scale={scale}
          gutter={gutter}
          width={width}
          compact={compact}
          selected={selected}
          onSelect={onSelect}
          dataset={dataset}
        />
      ))}
      <StanceTable dataset={dataset} series={series} onSelect={onSelect} />
    </section>
  );
}

interface TrackProps extends Omit<Props, 'dataset'> {
  dimension: Dimension;
  series: StanceSeries;
  dataset: Dataset;
}

function Track({
  dimension,
  series,
  scale,
  gutter,
  width,
  compact,
  selected,
  onSelect,
  dataset,
}: TrackProps) {
  const [focus, setFocus] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const levels = dimension.levels.length;
  const y = (i: number) =>
    PAD_TOP + (TRACK_H - PAD_TOP - PAD_BOTTOM) * (1 - i / Math.max(1, levels - 1));
  const [, end] = scale.range() as [number, number];
  const steps = series.steps;
  const points = steps.map((s, i) => {
    const x = scale(s.date);
    const next = steps[i + 1];
    return { step: s, x, x1: next ? scale(next.date) : Math.max(x, end) };
  });
  const path = points
    .map((p, i) => `${i ? 'L' : 'M'}${p.x},${y(p.step.levelIndex)}H${p.x1}`)
    .join('');
  const last = steps[steps.length - 1];
  const focused = focus === null ? undefined : points[focus];

  const onKey = (e: KeyboardEvent, i: number) => {
    const to =
      e.key === 'ArrowRight'
        ? i + 1
        : e.key === 'ArrowLeft'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? steps.length - 1
              : null;
    if (to !== null && to >= 0 && to < steps.length) {
      e.preventDefault();
      setActive(to);
      const el = (e.currentTarget.parentNode as SVGGElement | null)?.children[to] as
        SVGGElement | undefined;
      el?.focus();
    }
  };

  return (
    <div
      className={compact ? 'track compact' : 'track'}
      role="group"
      aria-label={`Stance track: ${dimension.name}`}
    >
      <div className="track-label" style={compact ? undefined : { width: gutter }}>
        <span className="track-name">{dimension.name}</span>
        {last && (
          <span className="track-now small muted">
            Latest: <strong>{last.label}</strong>
          </span>
        )}
      </div>
      <svg
        width={width}
        height={TRACK_H}
        className="track-svg"
        style={{ marginLeft: compact ? 0 : gutter }}
      >
        <g aria-hidden="true">
          {dimension.levels.map((l, i) => (
            <line key={l.value} className="level-line" x1={0} x2={width} y1={y(i)} y2={y(i)} />
          ))}
          <path className="step-line" d={path} />
          {points.map((p, i) => {
            const room = p.x1 - p.x - 10;
            const fits = estimateTextWidth(p.step.label, 11) < room;
            return fits ? (
              <text key={i} className="step-label" x={p.x + 6} y={y(p.step.levelIndex) - 5}>
                {p.step.label}
              </text>
            ) : null;
          })}
        </g>
        <g className="step-markers">
          {points.map((p, i) => (
            <g
              key={`${p.step.eventId}-${i}`}
              className={`step-marker${p.step.eventId === selected ? ' selected' : ''} dir-${p.step.direction}`}
              transform={`translate(${p.x},${y(p.step.levelIndex)})`}
              role="button"
              tabIndex={i === active ? 0 : -1}
              aria-label={stepName(dimension, p.step, dataset)}
              onClick={() => onSelect(p.step.eventId)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(p.step.eventId);
                } else onKey(e, i);
              }}
              onMouseEnter={() => setFocus(i)}
              onMouseLeave={() => setFocus(null)}
              onFocus={() => {
                setFocus(i);
                setActive(i);
              }}
              onBlur={() => setFocus(null)}
            >
              {/* A small hit area: shifts days apart sit a few px apart when zoomed out.
                  The table below is the full-size equivalent. */}
              <circle className="hit" r={6} />
              <circle className="dot" r={5} />
            </g>
          ))}
        </g>
      </svg>
      {focused && (
        <div
          className="tooltip stance-tip"
          role="tooltip"
          style={{
            left: (compact ? 0 : gutter) + Math.min(focused.x, width - 280),
            top: y(focused.step.levelIndex) + 14,
          }}
        >
          <div className="tooltip-date">
            {formatEventDate(dataset.eventById.get(focused.step.eventId) ?? { date: '1970-01-01' })}{' '}
            · {dimension.name}
          </div>
          <div className="tooltip-title">{focused.step.label}</div>
          <div className="tooltip-also">{focused.step.rationale}</div>
        </div>
      )}
    </div>
  );
}

function stepName(dimension: Dimension, step: Step, dataset: Dataset): string {
  const event = dataset.eventById.get(step.eventId);
  const when = event ? formatEventDate(event) : '';
  return `${dimension.name}: ${step.label}, from ${when} (${event?.title ?? step.eventId})`;
}

/** The text alternative: every level change by date, as a table. */
function StanceTable({
  dataset,
  series,
  onSelect,
}: {
  dataset: Dataset;
  series: { dimension: Dimension; series: StanceSeries }[];
  onSelect: (id: string) => void;
}) {
  const rows = series
    .flatMap(({ dimension, series: s }) => s.steps.map((step) => ({ dimension, step })))
    .sort((a, b) => a.step.date.getTime() - b.step.date.getTime());
  return (
    <details className="stance-table">
      <summary>Level changes as a table</summary>
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
    </details>
  );
}
