import {
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import type { Dataset } from '../domain/validate';
import type { Dimension } from '../domain/schema';
import type { StanceSeries, Step } from '../domain/stance';
import { formatEventDate } from '../domain/dates';
import {
  firstVisibleStep,
  levelY,
  paintStanceTrack,
  TRACK_H,
  type StanceGeometry,
} from './canvas/paint-stance';
import type { CanvasPalette } from './canvas/palette';
import { estimateTextWidth } from './layout/labels';
import type { TimeScale } from './layout/time-scale';
import type { Viewport } from './viewport';

/** Most marker buttons per track; the table below the tracks lists every change. */
const MAX_MARKERS = 80;

interface Props {
  dimension: Dimension;
  series: StanceSeries;
  dataset: Dataset;
  viewport: Viewport;
  base: TimeScale;
  settledScale: TimeScale;
  palette: CanvasPalette | null;
  gutter: number;
  width: number;
  compact: boolean;
  selected: string | null;
  onSelect: (eventId: string) => void;
}

function geometryOf(dimension: Dimension, series: StanceSeries): StanceGeometry {
  const steps = series.steps;
  return {
    dates: Float64Array.from(steps, (s) => s.date.getTime()),
    levelIndex: Uint8Array.from(steps, (s) => s.levelIndex),
    up: Uint8Array.from(steps, (s) => (s.direction === 'up' ? 1 : 0)),
    labels: steps.map((s) => s.label),
    labelWidths: Float64Array.from(steps, (s) => estimateTextWidth(s.label, 11)),
    levels: dimension.levels.length,
  };
}

/**
 * One stance dimension: the step line on a canvas redrawn per frame, and a real button per change
 * in the window (roving tab stop, ←/→ and Home/End, Enter opens the event) with a tooltip that
 * gives the level and the rationale.
 */
export function StanceTrack(p: Props) {
  const { dimension, series, viewport, settledScale, palette, width, compact, selected } = p;
  const steps = series.steps;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const markersRef = useRef<HTMLDivElement>(null);
  const geometry = useMemo(() => geometryOf(dimension, series), [dimension, series]);
  const selectedStep = steps.findIndex((s) => s.eventId === selected);
  const [active, setActive] = useState<number | null>(null);
  const [tip, setTip] = useState<number | null>(null);
  const pending = useRef(false);

  const paint = useEffectEvent(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !palette) return;
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * dpr)) canvas.width = Math.round(width * dpr);
    if (canvas.height !== Math.round(TRACK_H * dpr)) canvas.height = Math.round(TRACK_H * dpr);
    paintStanceTrack(ctx, geometry, viewport.scale(), width, palette, dpr, selectedStep);
  });
  useEffect(() => viewport.subscribe({ frame: paint }), [viewport]);
  useEffect(() => viewport.invalidate(), [viewport, geometry, palette, width, selectedStep]);

  // A button per change when there are few (as many records have); past MAX_MARKERS, the
  // changes in the settled window, the one in force when it starts, the next one after it and the
  // active one, so a keyboard walk can always leave the window.
  const shown = useMemo(() => {
    if (steps.length <= MAX_MARKERS) return steps.map((_, i) => i);
    const [d0, d1] = settledScale.domain() as [Date, Date];
    const first = firstVisibleStep(geometry.dates, d0.getTime());
    const out = new Set<number>([first]);
    let i = first + 1;
    for (; i < steps.length && geometry.dates[i]! <= d1.getTime() && out.size < MAX_MARKERS; i++) {
      out.add(i);
    }
    if (i < steps.length) out.add(i);
    if (active !== null) out.add(active);
    return [...out].sort((a, b) => a - b);
  }, [steps, geometry, settledScale, active]);
  const tabStop = active !== null && shown.includes(active) ? active : (shown[0] ?? null);

  useLayoutEffect(() => {
    if (!pending.current || active === null) return;
    pending.current = false;
    markersRef.current?.querySelector<HTMLElement>(`[data-step="${active}"]`)?.focus();
  }, [active]);

  const onKey = (e: KeyboardEvent, i: number) => {
    const keys: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowLeft: i - 1,
      Home: 0,
      End: steps.length - 1,
    };
    const to = keys[e.key];
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      p.onSelect(steps[i]!.eventId);
    } else if (to !== undefined && to >= 0 && to < steps.length) {
      e.preventDefault();
      pending.current = true;
      setActive(to);
      viewport.reveal(steps[to]!.date.getTime());
    }
  };

  const tipStep = tip === null ? undefined : steps[tip];
  return (
    <div
      className={compact ? 'track compact' : 'track'}
      role="group"
      aria-label={`Stance track: ${dimension.name}`}
    >
      <div className="track-label" style={compact ? undefined : { width: p.gutter }}>
        <span className="track-name">{dimension.name}</span>
        {steps.length > 0 && (
          <span className="track-now small muted">
            Latest: <strong>{steps[steps.length - 1]!.label}</strong>
          </span>
        )}
      </div>
      <div className="track-plot" style={{ width, height: TRACK_H }}>
        <canvas ref={canvasRef} aria-hidden="true" style={{ width, height: TRACK_H }} />
        <div ref={markersRef} className="step-markers">
          {shown.map((i) => {
            const step = steps[i]!;
            const style = {
              '--bx': p.base(step.date),
              top: levelY(step.levelIndex, geometry.levels),
            } as CSSProperties;
            return (
              <button
                key={`${step.eventId}-${i}`}
                type="button"
                data-step={i}
                className={`step-marker${step.eventId === selected ? ' selected' : ''}`}
                style={style}
                tabIndex={i === tabStop ? 0 : -1}
                aria-label={stepName(dimension, step, p.dataset)}
                onClick={() => p.onSelect(step.eventId)}
                onKeyDown={(e) => onKey(e, i)}
                onMouseEnter={() => setTip(i)}
                onMouseLeave={() => setTip(null)}
                onFocus={() => {
                  setTip(i);
                  setActive(i);
                }}
                onBlur={() => setTip(null)}
              />
            );
          })}
        </div>
        {tipStep && (
          <div
            className={
              viewport.transform.applyX(p.base(tipStep.date)) > width - 280
                ? 'tooltip stance-tip flip'
                : 'tooltip stance-tip'
            }
            role="tooltip"
            style={
              {
                '--bx': p.base(tipStep.date),
                top: levelY(tipStep.levelIndex, geometry.levels) + 14,
              } as CSSProperties
            }
          >
            <div className="tooltip-date">
              {formatEventDate(p.dataset.eventById.get(tipStep.eventId) ?? { date: '1970-01-01' })}{' '}
              · {dimension.name}
            </div>
            <div className="tooltip-title">{tipStep.label}</div>
            <div className="tooltip-also">{tipStep.rationale}</div>
          </div>
        )}
      </div>
    </div>
  );
}

function stepName(dimension: Dimension, step: Step, dataset: Dataset): string {
  const event = dataset.eventById.get(step.eventId);
  const when = event ? formatEventDate(event) : '';
  return `${dimension.name}: ${step.label}, from ${when} (${event?.title ?? step.eventId})`;
}
