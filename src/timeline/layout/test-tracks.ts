/** Test helpers: a timeline model from a few numbers per event, through the real lane layout. */
import fc from 'fast-check';
import type { StanceEvent } from '../../domain/schema';
import { makeEvent } from '../../domain/test-events';
import { assignLanes } from './lanes';
import { WIDE } from './geometry';
import { buildTimelineModel, type TimelineModel } from './tracks';

export const DAY = 86_400_000;
/** UTC midnight of 2024-01-01. */
export const T0 = Date.UTC(2024, 0, 1);

export interface EventSpec {
  /** Days after 2024-01-01. */
  day: number;
  significance: 1 | 2 | 3;
  /** Extra days the event lasts (0 for a one-day event). */
  days?: number;
  /** Index into GROUP_ACTORS: which lane the event goes to. */
  group?: number;
  /** True when the event fails the filters. */
  dimmed?: boolean;
}

const GROUP_ACTORS = ['a', 'b', 'c'];

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function eventsFrom(specs: readonly EventSpec[]): StanceEvent[] {
  return specs.map((s, i) =>
    makeEvent({
      id: `e${String(i).padStart(4, '0')}`,
      date: iso(T0 + s.day * DAY),
      ...(s.days ? { end: iso(T0 + (s.day + s.days) * DAY) } : {}),
      significance: s.significance,
      actors: [{ actor: GROUP_ACTORS[s.group ?? 0]!, role: 'speaker' }],
    }),
  );
}

/** Lanes per group, rows packed with `minGapMs` and at most `maxRows` rows. */
export function modelFrom(
  specs: readonly EventSpec[],
  options: { maxRows?: number; minGapMs?: number } = {},
): { model: TimelineModel; events: StanceEvent[] } {
  const events = eventsFrom(specs);
  const groups = GROUP_ACTORS.map((id) => ({ id: `g-${id}`, name: `Group ${id}` }));
  const actors = GROUP_ACTORS.map((id) => ({
    id,
    name: id,
    kind: 'person' as const,
    group: `g-${id}`,
  }));
  const lanes = assignLanes({
    events,
    actors,
    groups,
    mode: 'group',
    expanded: new Set(),
    minGapMs: options.minGapMs ?? 0,
    maxRows: options.maxRows ?? 1,
  });
  const model = buildTimelineModel({
    lanes,
    geometry: WIDE,
    matching: new Set(events.filter((_, i) => !specs[i]!.dimmed).map((e) => e.id)),
    colourOfGroup: new Map(groups.map((g, i) => [g.id, i])),
  });
  return { model, events };
}

export const specArb: fc.Arbitrary<EventSpec> = fc.record({
  day: fc.integer({ min: 0, max: 120 }),
  significance: fc.constantFrom(1 as const, 2 as const, 3 as const),
  days: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 30 })),
  group: fc.integer({ min: 0, max: 2 }),
  dimmed: fc.boolean(),
});

/** ms per px from 1 hour to 20 days per px: from hours apart to the whole record in a few px. */
export const msPerPxArb = fc
  .double({ min: Math.log(3.6e6), max: Math.log(1.7e9), noNaN: true })
  .map(Math.exp);
