/**
 * Stance changes as the vertical reading shows them: inline, under the event that makes them,
 * rather than on tracks of their own. Each step says its dimension, the new level, where that
 * level sits on the dimension's scale and the level it left, so a step reads alone.
 */
import type { Dimension, StanceEvent } from '../../domain/schema';
import { stanceSeries, type StepDirection } from '../../domain/stance';

export interface InlineShift {
  dimensionId: string;
  /** The dimension's name. */
  dimension: string;
  /** The new level's label. */
  level: string;
  /** 0-based position of the new level on the scale, lowest first, of `levels`. */
  levelIndex: number;
  levels: number;
  /** The label of the level in force before; null for the first step. */
  previous: string | null;
  direction: StepDirection;
  rationale: string;
}

/**
 * Every stance step of the record, by the id of the event that makes it. Steps come from the
 * whole record, not the filtered events: whether a step goes up or down is a fact about the
 * record, whichever events are shown. Dimensions in the dataset's order, steps in the order the
 * event writes them.
 */
export function inlineShifts(
  dimensions: readonly Dimension[],
  events: readonly Pick<StanceEvent, 'id' | 'date' | 'significance' | 'shifts'>[],
): ReadonlyMap<string, readonly InlineShift[]> {
  const out = new Map<string, InlineShift[]>();
  for (const dimension of dimensions) {
    const { steps } = stanceSeries(dimension, events);
    steps.forEach((step, i) => {
      const shift: InlineShift = {
        dimensionId: dimension.id,
        dimension: dimension.name,
        level: step.label,
        levelIndex: step.levelIndex,
        levels: dimension.levels.length,
        previous: i === 0 ? null : steps[i - 1]!.label,
        direction: step.direction,
        rationale: step.rationale,
      };
      const list = out.get(step.eventId);
      if (list) list.push(shift);
      else out.set(step.eventId, [shift]);
    });
  }
  return out;
}

/** What a step did, in words: "raised to", "lowered to", "kept at", "set at" (the first). */
export function directionWords(direction: StepDirection): string {
  switch (direction) {
    case 'up':
      return 'raised to';
    case 'down':
      return 'lowered to';
    case 'same':
      return 'kept at';
    case 'start':
      return 'set at';
  }
}
