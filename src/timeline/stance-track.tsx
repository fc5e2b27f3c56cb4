import {
  useCallback,
  useEffect,
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
import { firstVisibleStep, type StanceGeometry } from './canvas/paint-stance';
import { levelY, stepInForce, trackHeight } from './layout/stance-scale';
import { LevelNow, LevelScale } from './level-scale';
import type { TimeScale } from './layout/time-scale';
import type { Viewport } from './viewport';
import { StepTip } from './stance-tip';
import { isLayerStale, writeFollowOrHide } from './dom-writes';

/** Most marker buttons per track; the table below the tracks lists every change. */
const MAX_MARKERS = 80;

interface Props {
  dimension: Dimension;
  series: StanceSeries;
  /** The steps as drawn on the tracks' shared canvas. */
  geometry: StanceGeometry;
  dataset: Dataset;
  viewport: Viewport;
  settledScale: TimeScale;
  gutter: number;
  width: number;
  compact: boolean;
  selected: string | null;
  onSelect: (eventId: string) => void;
}

/**
 * One stance dimension: its name, and over the tracks' shared canvas (stance-canvas.tsx) a real
 * button per change in the window (roving tab stop, ←/→ and Home/End, Enter opens the event) with a tooltip that
 * gives the level and the rationale.
 */
export function StanceTrack(p: Props) {
  const { dimension, series, viewport, settledScale, width, compact, selected } = p;
  const steps = series.steps;
  const markersRef = useRef<HTMLDivElement>(null);
  const { geometry } = p;
  const [active, setActive] = useState<number | null>(null);
  const [tip, setTip] = useState<number | null>(null);
  const pending = useRef(false);

  // The marker buttons sit at the settled view; their layer follows the live one.
  // While the zoom differs from the settled one, the layer (its focus ring and tooltip) is hidden
  // by one style on it, not a class that restyles every marker.
  const follow = useCallback(() => {
    const layer = markersRef.current;
    if (!layer) return;
    const { transform: t, settled } = viewport;
    writeFollowOrHide(layer, t, settled, !viewport.inGesture);
  }, [viewport]);
  useEffect(() => viewport.subscribe({ frame: follow }), [viewport, follow]);
  useLayoutEffect(follow, [follow, settledScale]);

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
  const height = trackHeight(geometry.levels);
  const levelNames = dimension.levels.map((l) => l.label);
  // The level in force at the window's right edge, named at the right of the track's head.
  // The domain ends at the exclusive end of the window's last day, as the window's label reads it.
  const windowEnd = (settledScale.domain() as [Date, Date])[1].getTime() - 1;
  const now = steps[stepInForce(geometry.dates, windowEnd)];
  return (
    <div
      className={compact ? 'track compact' : 'track'}
      role="group"
      aria-label={`Stance track: ${dimension.name}`}
    >
      <div className="track-head">
        <span className="track-name">{dimension.name}</span>
        <LevelNow label={now?.label ?? null} at={windowEnd} />
        {compact && <LevelScale labels={levelNames} dimensionName={dimension.name} compact />}
      </div>
      <div className="track-body">
        {!compact && (
          <LevelScale
            labels={levelNames}
            dimensionName={dimension.name}
            compact={false}
            width={p.gutter}
            height={height}
          />
        )}
        <div className="track-plot" style={{ width, height }}>
          <div
            ref={markersRef}
            className="step-markers"
            // Left where they were during the reader's zoom gesture (dom-writes.ts): a pointer's
            // click on one then may not be on the change drawn under it, and is let go.
            onClickCapture={(e) => {
              if (e.detail > 0 && isLayerStale(markersRef.current)) {
                e.stopPropagation();
                e.preventDefault();
              }
            }}
          >
            {shown.map((i) => {
              const step = steps[i]!;
              const style: CSSProperties = {
                left: settledScale(step.date),
                top: levelY(step.levelIndex, geometry.levels),
              };
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
            {tipStep && (
              <StepTip
                step={tipStep}
                x={settledScale(tipStep.date)}
                width={width}
                levels={geometry.levels}
                dimension={dimension}
                dataset={p.dataset}
              />
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

/**
 * Names made once per step: a step object belongs to one dimension of one dataset, and every
 * settle of the view names the markers in the window again (formatting dates is the costly part).
 */
const stepNames = new WeakMap<Step, string>();

function stepName(dimension: Dimension, step: Step, dataset: Dataset): string {
  let name = stepNames.get(step);
  if (name === undefined) {
    name = makeStepName(dimension, step, dataset);
    stepNames.set(step, name);
  }
  return name;
}

function makeStepName(dimension: Dimension, step: Step, dataset: Dataset): string {
  const event = dataset.eventById.get(step.eventId);
  const when = event ? formatEventDate(event) : '';
  // A step that keeps the level marks an event at the level in force (a transfer during a hold).
  const at = step.direction === 'same' ? `unchanged on ${when}` : `from ${when}`;
  return `${dimension.name}: ${step.label}, ${at} (${event?.title ?? step.eventId})`;
}
