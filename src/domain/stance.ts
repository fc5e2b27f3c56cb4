/**
 * The stance series: for one dimension, the sequence of levels the subject moved through, one
 * step per shift, in chronological order. The step chart and the "stance at this date" readout
 * both come from here.
 */
import { compareEvents, eventStartMs } from './dates';
import type { Dimension, StanceEvent } from './schema';

/** How a step moves relative to the step before it; the first step is the 'start'. */
export type StepDirection = 'start' | 'up' | 'down' | 'same';

export interface Step {
  eventId: string;
  /** UTC midnight of the event's first day: the shift is in force from then on. */
  date: Date;
  /** The level's `value` (id). */
  level: string;
  /** Index into `dimension.levels`, lowest first; the step chart's y. */
  levelIndex: number;
  label: string;
  rationale: string;
  direction: StepDirection;
}

export interface StanceSeries {
  dimensionId: string;
  steps: Step[];
}

type SeriesEvent = Pick<StanceEvent, 'id' | 'date' | 'significance' | 'shifts'>;

const shifted = new WeakMap<readonly SeriesEvent[], readonly SeriesEvent[]>();

/**
 * The events of a list that record a shift, found once per list: few events do (about one in
 * eighty in a generated record), and each dimension's series would otherwise walk them all.
 */
function withShifts(events: readonly SeriesEvent[]): readonly SeriesEvent[] {
  let found = shifted.get(events);
  if (found === undefined) {
    found = events.filter((e) => e.shifts.length > 0);
    shifted.set(events, found);
  }
  return found;
}

/**
 * Steps for one dimension, in `compareEvents` order (so same-day shifts follow significance,
 * then id). Shifts on other dimensions are ignored. A shift naming a level the dimension does
 * not have is skipped: the validator reports it, and a step with no y would break the chart.
 * An event with two shifts on the same dimension yields two steps, in the order written.
 */
export function stanceSeries(dimension: Dimension, events: readonly SeriesEvent[]): StanceSeries {
  const levelIndex = new Map(dimension.levels.map((level, i) => [level.value, i]));
  const relevant = withShifts(events).filter((e) =>
    e.shifts.some((s) => s.dimension === dimension.id),
  );
  relevant.sort(compareEvents);

  const steps: Step[] = [];
  let previous: number | undefined;
  for (const event of relevant) {
    for (const shift of event.shifts) {
      if (shift.dimension !== dimension.id) continue;
      const index = levelIndex.get(shift.level);
      if (index === undefined) continue;
      const direction: StepDirection =
        previous === undefined
          ? 'start'
          : index > previous
            ? 'up'
            : index < previous
              ? 'down'
              : 'same';
      steps.push({
        eventId: event.id,
        date: new Date(eventStartMs(event)),
        level: shift.level,
        levelIndex: index,
        label: dimension.levels[index]?.label ?? shift.level,
        rationale: shift.rationale,
        direction,
      });
      previous = index;
    }
  }
  return { dimensionId: dimension.id, steps };
}

/**
 * The step in force at `date` (a Date or ms): the last step whose day has begun, so a shift
 * counts from midnight UTC of its own day. Null before the first step. Binary search, because
 * the readout follows the pointer.
 */
export function levelAt(series: StanceSeries, date: Date | number): Step | null {
  const t = typeof date === 'number' ? date : date.getTime();
  const { steps } = series;
  // Find the first step that starts after t; the one before it is in force.
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (steps[mid]!.date.getTime() <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : (steps[lo - 1] ?? null);
}
