import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Actor, ActorGroup, StanceEvent } from '../../domain/schema';
import {
  OTHER_LANE_ID,
  assignLanes,
  laneOfEvent,
  partitionRows,
  partitionRowsKeysFirst,
  type AssignLanesInput,
  type Lane,
} from './lanes';
import { makeEvent as baseEvent } from '../../domain/test-events';

const DAY = 86_400_000;

const makeEvent = (overrides: Partial<StanceEvent> = {}): StanceEvent =>
  baseEvent({ actors: [{ actor: 'blinken', role: 'speaker' }], ...overrides });

function makeActor(overrides: Partial<Actor> = {}): Actor {
  return { id: 'a', name: 'A', kind: 'person', group: 'us-executive', ...overrides };
}

const groups: ActorGroup[] = [
  { id: 'us-executive', name: 'U.S. executive' },
  { id: 'unsc', name: 'UN Security Council' },
  { id: 'congress', name: 'Congress' },
];

const actors: Actor[] = [
  makeActor({ id: 'united-states', name: 'United States', kind: 'government' }),
  makeActor({ id: 'blinken', name: 'Antony Blinken', shortName: 'Blinken' }),
  makeActor({ id: 'biden', name: 'Joe Biden', shortName: 'Biden' }),
  makeActor({ id: 'un-security-council', name: 'UN Security Council', group: 'unsc' }),
  makeActor({ id: 'russia', name: 'Russia', kind: 'member-state', group: 'unsc' }),
  makeActor({ id: 'sanders', name: 'Bernie Sanders', group: 'congress' }),
];

function input(overrides: Partial<AssignLanesInput> = {}): AssignLanesInput {
  return { events: [], actors, groups, mode: 'group', expanded: new Set(), ...overrides };
}

const itemIds = (lane: Lane | undefined) => lane?.items.map((i) => i.eventId);

describe('partitionRows', () => {
  it('lets touching intervals share a row, because end is exclusive', () => {
    const { rows, rowCount } = partitionRows([
      { start: 0, end: DAY },
      { start: DAY, end: 2 * DAY },
    ]);
    expect(rows).toEqual([0, 0]);
    expect(rowCount).toBe(1);
  });

  it('stacks same-day intervals on separate rows', () => {
    const day = { start: 0, end: DAY };
    expect(partitionRows([day, day, day]).rows).toEqual([0, 1, 2]);
  });

  it('keeps minGapMs of empty time between items on a row', () => {
    const intervals = [
      { start: 0, end: DAY },
      { start: DAY, end: 2 * DAY },
      { start: 3 * DAY, end: 4 * DAY },
    ];
    expect(partitionRows(intervals, DAY).rows).toEqual([0, 1, 0]);
    // Exactly minGapMs apart still fits.
    expect(partitionRows(intervals, 2 * DAY).rows).toEqual([0, 1, 0]);
    expect(partitionRows(intervals, 2 * DAY + 1).rows).toEqual([0, 1, 2]);
  });

  it('puts an item on the lowest free row, not the one that freed first', () => {
    const { rows } = partitionRows([
      { start: 0, end: 10 }, // row 0, frees at 10
      { start: 0, end: 5 }, // row 1, frees at 5
      { start: 12, end: 20 }, // rows 0 and 1 both free: takes 0
      { start: 13, end: 20 }, // takes 1
    ]);
    expect(rows).toEqual([0, 1, 0, 1]);
  });

  it('caps rows at maxRows and flags what did not fit', () => {
    const day = { start: 0, end: DAY };
    const { rows, overflow, rowCount } = partitionRows([day, day, day, day], 0, 2);
    expect(rowCount).toBe(2);
    expect(rows).toEqual([0, 1, 1, 1]);
    expect(overflow).toEqual([false, false, true, true]);
  });

  it('does not let an overflow item push later items off the last row', () => {
    const { rows, overflow } = partitionRows(
      [
        { start: 0, end: DAY },
        { start: 0, end: 5 * DAY }, // overflows onto row 0
        { start: DAY, end: 2 * DAY }, // row 0 is free again: the overflow item does not hold it
      ],
      0,
      1,
    );
    expect(rows).toEqual([0, 0, 0]);
    expect(overflow).toEqual([false, true, false]);
  });

  it('is empty for no intervals', () => {
    expect(partitionRows([])).toEqual({ rows: [], overflow: [], rowCount: 0 });
  });

  const intervals = fc
    .array(
      fc.record({ start: fc.integer({ min: 0, max: 60 }), len: fc.integer({ min: 1, max: 10 }) }),
      { maxLength: 60 },
    )
    .map((xs) =>
      xs.map(({ start, len }) => ({ start, end: start + len })).sort((a, b) => a.start - b.start),
    );

  it('never overlaps two items on one row, gap included', () => {
    fc.assert(
      fc.property(intervals, fc.integer({ min: 0, max: 5 }), (xs, gap) => {
        const { rows } = partitionRows(xs, gap);
        for (let i = 0; i < xs.length; i++) {
          for (let j = i + 1; j < xs.length; j++) {
            if (rows[i] !== rows[j]) continue;
            const [a, b] = [xs[i]!, xs[j]!];
            expect(a.end + gap <= b.start || b.end + gap <= a.start).toBe(true);
          }
        }
      }),
    );
  });

  it('uses as few rows as the deepest pile-up needs (greedy is optimal)', () => {
    fc.assert(
      fc.property(intervals, fc.integer({ min: 0, max: 5 }), (xs, gap) => {
        // Depth at each start: how many padded intervals contain that instant.
        let depth = 0;
        for (const x of xs) {
          const d = xs.filter((y) => y.start <= x.start && x.start < y.end + gap).length;
          depth = Math.max(depth, d);
        }
        expect(partitionRows(xs, gap).rowCount).toBe(depth);
      }),
    );
  });

  it('never exceeds maxRows, and flags exactly the items beyond it', () => {
    fc.assert(
      fc.property(intervals, fc.integer({ min: 1, max: 4 }), (xs, maxRows) => {
        const capped = partitionRows(xs, 0, maxRows);
        expect(capped.rowCount).toBeLessThanOrEqual(maxRows);
        for (const r of capped.rows) expect(r).toBeLessThan(maxRows);
        const placed = xs.filter((_, i) => !capped.overflow[i]);
        // What was placed is itself a valid, overlap-free partition.
        const rows = capped.rows.filter((_, i) => !capped.overflow[i]);
        for (let i = 0; i < placed.length; i++) {
          for (let j = i + 1; j < placed.length; j++) {
            if (rows[i] !== rows[j]) continue;
            expect(placed[i]!.end <= placed[j]!.start || placed[j]!.end <= placed[i]!.start).toBe(
              true,
            );
          }
        }
        if (partitionRows(xs).rowCount <= maxRows) expect(capped.overflow).not.toContain(true);
      }),
    );
  });
});

describe('partitionRowsKeysFirst', () => {
  it('gives same-day key events rows of their own and lets minor ones overflow', () => {
    const day = { start: 0, end: DAY };
    // Minor, key, minor, key on one day, two rows: both key events get a row.
    const { rows, overflow } = partitionRowsKeysFirst(
      [day, day, day, day],
      [false, true, false, true],
      0,
      2,
    );
    expect(rows).toEqual([1, 0, 1, 1]);
    expect(overflow).toEqual([true, false, true, false]);
  });

  it('fits a minor event between key events on a row when there is room', () => {
    const { rows } = partitionRowsKeysFirst(
      [
        { start: 0, end: 1 },
        { start: 3, end: 4 },
        { start: 6, end: 7 },
      ],
      [true, false, true],
      1,
    );
    expect(rows).toEqual([0, 0, 0]);
  });

  const keyed = fc
    .array(
      fc.record({
        start: fc.integer({ min: 0, max: 60 }),
        len: fc.integer({ min: 1, max: 10 }),
        key: fc.boolean(),
      }),
      { maxLength: 60 },
    )
    .map((xs) => xs.sort((a, b) => a.start - b.start));

  it('never overlaps two placed items on one row, gap included (property)', () => {
    fc.assert(
      fc.property(
        keyed,
        fc.integer({ min: 0, max: 5 }),
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        (xs, gap, maxRows) => {
          const ivs = xs.map(({ start, len }) => ({ start, end: start + len }));
          const { rows, overflow, rowCount } = partitionRowsKeysFirst(
            ivs,
            xs.map((x) => x.key),
            gap,
            maxRows,
          );
          if (maxRows !== undefined) expect(rowCount).toBeLessThanOrEqual(maxRows);
          else expect(overflow).not.toContain(true);
          for (let i = 0; i < ivs.length; i++) {
            for (let j = i + 1; j < ivs.length; j++) {
              if (rows[i] !== rows[j] || overflow[i] || overflow[j]) continue;
              const [a, b] = [ivs[i]!, ivs[j]!];
              expect(a.end + gap <= b.start || b.end + gap <= a.start).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('packs the key events exactly as partitionRows packs them alone (property)', () => {
    fc.assert(
      fc.property(keyed, fc.integer({ min: 0, max: 5 }), (xs, gap) => {
        const ivs = xs.map(({ start, len }) => ({ start, end: start + len }));
        const both = partitionRowsKeysFirst(
          ivs,
          xs.map((x) => x.key),
          gap,
          3,
        );
        const keysOnly = partitionRows(
          ivs.filter((_, i) => xs[i]!.key),
          gap,
          3,
        );
        expect(both.rows.filter((_, i) => xs[i]!.key)).toEqual(keysOnly.rows);
      }),
    );
  });
});

describe('assignLanes', () => {
  it('puts each event once, in the lane of its first actor’s group', () => {
    const lanes = assignLanes(
      input({
        events: [
          makeEvent({
            id: 'veto',
            actors: [
              { actor: 'un-security-council', role: 'subject' },
              { actor: 'united-states', role: 'sponsor' },
            ],
          }),
          makeEvent({ id: 'remarks', actors: [{ actor: 'blinken', role: 'speaker' }] }),
        ],
      }),
    );
    expect(lanes.map((l) => [l.id, itemIds(l)])).toEqual([
      ['group:us-executive', ['remarks']],
      ['group:unsc', ['veto']],
    ]);
  });

  it('lists the other groups an event involves, once each, in actor order', () => {
    const lanes = assignLanes(
      input({
        events: [
          makeEvent({
            id: 'veto',
            actors: [
              { actor: 'un-security-council', role: 'subject' },
              { actor: 'sanders', role: 'target' },
              { actor: 'russia', role: 'vetoed' },
              { actor: 'united-states', role: 'sponsor' },
              { actor: 'blinken', role: 'speaker' },
            ],
          }),
        ],
      }),
    );
    expect(lanes[0]!.items[0]).toMatchObject({
      eventId: 'veto',
      laneId: 'group:unsc',
      group: 'unsc',
      others: ['congress', 'us-executive'],
    });
  });

  it('orders lanes by the order of groups and leaves out empty ones', () => {
    const lanes = assignLanes(
      input({
        events: [
          makeEvent({ id: 'a', actors: [{ actor: 'sanders', role: 'speaker' }] }),
          makeEvent({ id: 'b', actors: [{ actor: 'blinken', role: 'speaker' }] }),
        ],
      }),
    );
    expect(lanes.map((l) => l.id)).toEqual(['group:us-executive', 'group:congress']);
    expect(lanes[0]).toMatchObject({
      label: 'U.S. executive',
      kind: 'group',
      groupId: 'us-executive',
      depth: 0,
      expanded: false,
      rowCount: 1,
    });
  });

  it('is empty for no events', () => {
    expect(assignLanes(input())).toEqual([]);
  });

  it('replaces an expanded group with a header and one sub-lane per actor with events', () => {
    const lanes = assignLanes(
      input({
        expanded: new Set(['us-executive']),
        events: [
          makeEvent({ id: 'b1', actors: [{ actor: 'biden', role: 'speaker' }] }),
          makeEvent({
            id: 'bl1',
            actors: [
              { actor: 'blinken', role: 'speaker' },
              { actor: 'biden', role: 'subject' },
            ],
          }),
          makeEvent({ id: 'r', actors: [{ actor: 'russia', role: 'speaker' }] }),
        ],
      }),
    );
    expect(lanes.map((l) => [l.id, l.kind, l.depth, l.rowCount, itemIds(l)])).toEqual([
      ['group:us-executive', 'group', 0, 0, []],
      // Sub-lanes follow the order of `actors`; united-states has no events and is left out.
      ['actor:blinken', 'actor', 1, 1, ['bl1']],
      ['actor:biden', 'actor', 1, 1, ['b1']],
      ['group:unsc', 'group', 0, 1, ['r']],
    ]);
    expect(lanes[0]!.expanded).toBe(true);
    expect(lanes[1]).toMatchObject({ label: 'Blinken', groupId: 'us-executive' });
  });

  it('files an event under the first actor of the expanded group it names', () => {
    const lanes = assignLanes(
      input({
        expanded: new Set(['unsc']),
        events: [
          makeEvent({
            id: 'veto',
            actors: [
              { actor: 'russia', role: 'vetoed' },
              { actor: 'united-states', role: 'sponsor' },
              { actor: 'un-security-council', role: 'subject' },
            ],
          }),
        ],
      }),
    );
    expect(lanes.map((l) => l.id)).toEqual(['group:unsc', 'actor:russia']);
    expect(lanes[1]!.items[0]!.others).toEqual(['us-executive']);
  });

  it('leaves out an expanded group with no events, header included', () => {
    const lanes = assignLanes(
      input({ expanded: new Set(['congress']), events: [makeEvent({ id: 'a' })] }),
    );
    expect(lanes.map((l) => l.id)).toEqual(['group:us-executive']);
  });

  it('groups by event type in EVENT_TYPES order in type mode, ignoring expanded', () => {
    const lanes = assignLanes(
      input({
        mode: 'type',
        expanded: new Set(['us-executive']),
        events: [
          makeEvent({ id: 'v', type: 'veto' }),
          makeEvent({ id: 's', type: 'statement', actors: [{ actor: 'russia', role: 'speaker' }] }),
          makeEvent({ id: 'x', type: 'attack' }),
        ],
      }),
    );
    expect(lanes.map((l) => [l.id, l.kind, l.label, itemIds(l)])).toEqual([
      ['type:attack', 'type', 'Attack', ['x']],
      ['type:statement', 'type', 'Statement', ['s']],
      ['type:veto', 'type', 'Veto', ['v']],
    ]);
    expect(lanes[0]!.groupId).toBeUndefined();
    expect(lanes[1]!.items[0]!.group).toBe('unsc');
  });

  it('puts an event whose actors match no group in a last Other lane instead of dropping it', () => {
    const lanes = assignLanes(
      input({
        events: [
          makeEvent({ id: 'lost', actors: [{ actor: 'nobody', role: 'speaker' }] }),
          makeEvent({ id: 'a' }),
        ],
      }),
    );
    expect(lanes.map((l) => [l.id, itemIds(l)])).toEqual([
      ['group:us-executive', ['a']],
      [OTHER_LANE_ID, ['lost']],
    ]);
  });

  it('skips an unknown first actor and uses the first actor that resolves', () => {
    const lanes = assignLanes(
      input({
        events: [
          makeEvent({
            id: 'a',
            actors: [
              { actor: 'nobody', role: 'speaker' },
              { actor: 'russia', role: 'target' },
            ],
          }),
        ],
      }),
    );
    expect(lanes.map((l) => l.id)).toEqual(['group:unsc']);
  });

  it('stacks same-day events into rows, key events on top, and lets the next day share', () => {
    const [lane] = assignLanes(
      input({
        events: [
          makeEvent({ id: 'b', date: '2024-03-22', significance: 1 }),
          makeEvent({ id: 'a', date: '2024-03-22', significance: 1 }),
          makeEvent({ id: 'key', date: '2024-03-22', significance: 3 }),
          makeEvent({ id: 'next', date: '2024-03-23' }),
        ],
      }),
    );
    expect(lane!.items.map((i) => [i.eventId, i.row])).toEqual([
      ['key', 0],
      ['a', 1],
      ['b', 2],
      ['next', 0],
    ]);
    expect(lane!.rowCount).toBe(3);
  });

  it('gives items their time interval in ms, end exclusive', () => {
    const [lane] = assignLanes(
      input({ events: [makeEvent({ id: 'span', date: '2023-11-24', end: '2023-12-01' })] }),
    );
    expect(lane!.items[0]).toMatchObject({
      start: Date.UTC(2023, 10, 24),
      end: Date.UTC(2023, 11, 2),
    });
  });

  it('keeps minGapMs between items on a row', () => {
    const events = [
      makeEvent({ id: 'a', date: '2024-03-22' }),
      makeEvent({ id: 'b', date: '2024-03-23' }),
    ];
    expect(assignLanes(input({ events }))[0]!.rowCount).toBe(1);
    expect(assignLanes(input({ events, minGapMs: 1 }))[0]!.rowCount).toBe(2);
  });

  it('caps rows with maxRows and marks the overflow', () => {
    const events = ['a', 'b', 'c', 'd'].map((id) => makeEvent({ id }));
    const [lane] = assignLanes(input({ events, maxRows: 2 }));
    expect(lane!.rowCount).toBe(2);
    expect(lane!.items.map((i) => [i.eventId, i.row, i.overflow])).toEqual([
      ['a', 0, false],
      ['b', 1, false],
      ['c', 1, true],
      ['d', 1, true],
    ]);
  });

  it('sorts items by start so a window can be found by binary search', () => {
    const events = ['2024-05-01', '2024-01-01', '2024-03-01'].map((date, i) =>
      makeEvent({ id: `e${i}`, date }),
    );
    const starts = assignLanes(input({ events }))[0]!.items.map((i) => i.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('does not mutate its input', () => {
    const events = [makeEvent({ id: 'b', date: '2024-05-01' }), makeEvent({ id: 'a' })];
    const copy = structuredClone(events);
    assignLanes(input({ events }));
    expect(events).toEqual(copy);
  });

  const actorIds = actors.map((a) => a.id);
  const arbitraryEvent = fc.record({
    id: fc.stringMatching(/^[a-z]{1,4}$/),
    day: fc.integer({ min: 1, max: 28 }),
    len: fc.integer({ min: 0, max: 5 }),
    significance: fc.constantFrom(1, 2, 3),
    type: fc.constantFrom('statement', 'vote', 'veto', 'attack' as const),
    actors: fc.uniqueArray(fc.constantFrom(...actorIds), { minLength: 1, maxLength: 4 }),
  });
  const arbitraryEvents = fc
    .uniqueArray(arbitraryEvent, { selector: (e) => e.id, maxLength: 40 })
    .map((xs) =>
      xs.map((x) =>
        makeEvent({
          id: x.id,
          date: `2024-02-${String(x.day).padStart(2, '0')}`,
          end: x.len > 0 ? `2024-03-${String(x.day).padStart(2, '0')}` : undefined,
          significance: x.significance,
          type: x.type,
          actors: x.actors.map((actor) => ({ actor, role: 'speaker' as const })),
        }),
      ),
    );
  const arbitraryInput = fc.record({
    events: arbitraryEvents,
    mode: fc.constantFrom('group' as const, 'type' as const),
    expanded: fc.subarray(groups.map((g) => g.id)).map((ids) => new Set(ids)),
  });

  it('places every event exactly once, in any mode and expansion', () => {
    fc.assert(
      fc.property(arbitraryInput, ({ events, mode, expanded }) => {
        const lanes = assignLanes(input({ events, mode, expanded }));
        const placed = lanes.flatMap((l) => l.items.map((i) => i.eventId)).sort();
        expect(placed).toEqual(events.map((e) => e.id).sort());
      }),
    );
  });

  it('never overlaps two items on one row of a lane', () => {
    fc.assert(
      fc.property(arbitraryInput, ({ events, mode, expanded }) => {
        for (const lane of assignLanes(input({ events, mode, expanded }))) {
          for (const a of lane.items) {
            expect(a.row).toBeLessThan(lane.rowCount);
            for (const b of lane.items) {
              if (a === b || a.row !== b.row) continue;
              expect(a.end <= b.start || b.end <= a.start).toBe(true);
            }
          }
        }
      }),
    );
  });

  it('lays out a subset of events seen before as it lays out fresh copies of them (property)', () => {
    fc.assert(
      fc.property(arbitraryInput, fc.array(fc.boolean()), ({ events, mode, expanded }, keep) => {
        // A filter change: the same event objects, fewer of them, after a layout of all.
        assignLanes(input({ events, mode, expanded }));
        const subset = events.filter((_, i) => keep[i % Math.max(1, keep.length)] ?? true);
        const again = assignLanes(input({ events: subset, mode, expanded }));
        const fresh = assignLanes(
          input({ events: subset.map((e) => structuredClone(e)), mode, expanded }),
        );
        expect(again).toEqual(fresh);
      }),
    );
  });

  it('does not reuse one dataset’s lane groups for another’s actors', () => {
    const event = makeEvent({ id: 'e', actors: [{ actor: 'biden', role: 'speaker' }] });
    const first = assignLanes(input({ events: [event] }));
    const moved = actors.map((a) => (a.id === 'biden' ? { ...a, group: 'congress' } : a));
    const second = assignLanes(input({ events: [event], actors: moved }));
    expect(first[0]!.id).toBe('group:us-executive');
    expect(second[0]!.id).toBe('group:congress');
  });

  it('gives the same lanes whatever the order of the events', () => {
    fc.assert(
      fc.property(arbitraryInput, ({ events, mode, expanded }) => {
        const forward = assignLanes(input({ events, mode, expanded }));
        const backward = assignLanes(input({ events: [...events].reverse(), mode, expanded }));
        expect(backward).toEqual(forward);
      }),
    );
  });
});

describe('laneOfEvent', () => {
  it('maps each event to its item, with lane and row', () => {
    const lanes = assignLanes(
      input({
        expanded: new Set(['us-executive']),
        events: [
          makeEvent({ id: 'a', actors: [{ actor: 'biden', role: 'speaker' }] }),
          makeEvent({ id: 'b', actors: [{ actor: 'biden', role: 'speaker' }] }),
          makeEvent({ id: 'r', actors: [{ actor: 'russia', role: 'speaker' }] }),
        ],
      }),
    );
    const map = laneOfEvent(lanes);
    expect(map.size).toBe(3);
    expect(map.get('b')).toMatchObject({ laneId: 'actor:biden', row: 1 });
    expect(map.get('r')).toMatchObject({ laneId: 'group:unsc', row: 0 });
    expect(map.get('missing')).toBeUndefined();
  });

  it('is empty for no lanes', () => {
    expect(laneOfEvent([]).size).toBe(0);
  });
});
