import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../domain/test-events';
import { compareEvents } from '../../domain/dates';
import type { Actor, ActorGroup, StanceEvent } from '../../domain/schema';
import {
  buildVerticalRows,
  eventAt,
  nearestOrdinal,
  ordinalAtTime,
  rowAtTime,
  windowOfRows,
  type EventRow,
} from './rows';
import type { InlineShift } from './stance-inline';

const groups: ActorGroup[] = [
  { id: 'us', name: 'U.S. executive' },
  { id: 'un', name: 'UN Security Council' },
];
const actors: Actor[] = [
  { id: 'blinken', name: 'Antony Blinken', kind: 'person', group: 'us' },
  { id: 'russia', name: 'Russia', kind: 'member-state', group: 'un' },
];
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function rowsOf(events: StanceEvent[], matching = new Set(events.map((e) => e.id))) {
  return buildVerticalRows({ events, matching, actors, groups, shifts: new Map() });
}

describe('buildVerticalRows', () => {
  const events = [
    makeEvent({ id: 'c', date: '2024-04-02', actors: [{ actor: 'russia', role: 'vetoed' }] }),
    makeEvent({ id: 'a', date: '2024-03-22', significance: 3 }),
    makeEvent({
      id: 'b',
      date: '2024-03-22',
      actors: [
        { actor: 'blinken', role: 'speaker' },
        { actor: 'russia', role: 'target' },
      ],
    }),
  ];

  it('puts the events in time order under a heading for each month', () => {
    const { rows } = rowsOf(events);
    expect(rows.map((r) => r.key)).toEqual(['month:2024-03', 'a', 'b', 'month:2024-04', 'c']);
    expect(rows[0]).toMatchObject({ kind: 'month', start: day('2024-03-01'), count: 2 });
  });

  it('colours and names each event by the group of its first actor, listing the others', () => {
    const { rows } = rowsOf(events);
    const b = rows.find((r) => r.key === 'b') as EventRow;
    expect(b).toMatchObject({
      colour: 0,
      group: 'U.S. executive',
      others: ['UN Security Council'],
    });
    const c = rows.find((r) => r.key === 'c') as EventRow;
    expect(c).toMatchObject({ colour: 1, group: 'UN Security Council', others: [] });
  });

  it('gives an event with no known group no colour rather than dropping it', () => {
    const { rows } = rowsOf([
      makeEvent({ id: 'x', actors: [{ actor: 'nobody', role: 'speaker' }] }),
    ]);
    expect(rows[1]).toMatchObject({ kind: 'event', colour: -1, group: '' });
  });

  it('marks the events that fail the filters as dimmed', () => {
    const { rows } = rowsOf(events, new Set(['a']));
    expect(rows.filter((r) => r.kind === 'event').map((r) => (r as EventRow).dim)).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('attaches the stance steps of each event', () => {
    const shift = { dimensionId: 'd', level: 'L' } as InlineShift;
    const { rows } = buildVerticalRows({
      events,
      matching: new Set(),
      actors,
      groups,
      shifts: new Map([['c', [shift]]]),
    });
    expect((rows.find((r) => r.key === 'c') as EventRow).shifts).toEqual([shift]);
  });

  it('lists every event exactly once, in order, with ordinals matching their rows (property)', () => {
    const eventArb = fc.record({
      id: fc.stringMatching(/^[a-z]{1,6}$/),
      date: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2025-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      significance: fc.constantFrom(1, 2, 3),
    });
    fc.assert(
      fc.property(fc.uniqueArray(eventArb, { selector: (e) => e.id, maxLength: 60 }), (specs) => {
        const evs = specs.map((s) => makeEvent(s));
        const r = rowsOf(evs);
        expect(r.eventRows).toHaveLength(evs.length);
        r.eventRows.forEach((row, ordinal) => {
          const er = r.rows[row] as EventRow;
          expect(er.ordinal).toBe(ordinal);
          expect(r.ordinalOf.get(er.key)).toBe(ordinal);
          if (ordinal > 0)
            expect(compareEvents(eventAt(r, ordinal - 1).event, er.event)).toBeLessThan(0);
        });
        // A heading precedes every month's first event and no two headings are adjacent.
        r.rows.forEach((row, i) => {
          if (row.kind === 'month') expect(r.rows[i + 1]?.kind).toBe('event');
          else expect(r.rows[i - 1]).toBeDefined();
        });
      }),
    );
  });
});

describe('ordinalAtTime, rowAtTime and nearestOrdinal', () => {
  const r = rowsOf([
    makeEvent({ id: 'a', date: '2024-03-01' }),
    makeEvent({ id: 'b', date: '2024-03-10' }),
    makeEvent({ id: 'c', date: '2024-04-20' }),
  ]);

  it('finds the first event on or after a time, else the last', () => {
    expect(ordinalAtTime(r, day('2024-02-01'))).toBe(0);
    expect(ordinalAtTime(r, day('2024-03-10'))).toBe(1);
    expect(ordinalAtTime(r, day('2024-03-11'))).toBe(2);
    expect(ordinalAtTime(r, day('2025-01-01'))).toBe(2);
    expect(ordinalAtTime(rowsOf([]), 0)).toBe(-1);
  });

  it('scrolls to the month heading when the event opens its month', () => {
    expect(r.rows[rowAtTime(r, day('2024-02-01'))]?.key).toBe('month:2024-03');
    expect(r.rows[rowAtTime(r, day('2024-03-05'))]?.key).toBe('b');
    expect(r.rows[rowAtTime(r, day('2024-04-01'))]?.key).toBe('month:2024-04');
    expect(rowAtTime(rowsOf([]), 0)).toBe(-1);
  });

  it('picks the nearest event in time, the earlier one on a tie', () => {
    expect(nearestOrdinal(r, day('2024-03-04'))).toBe(0);
    expect(nearestOrdinal(r, day('2024-03-06'))).toBe(1);
    expect(nearestOrdinal(r, day('2024-03-05') + 12 * 3_600_000)).toBe(0);
    expect(nearestOrdinal(r, day('2026-01-01'))).toBe(2);
    expect(nearestOrdinal(r, day('2020-01-01'))).toBe(0);
  });
});

describe('windowOfRows', () => {
  const r = rowsOf([
    makeEvent({ id: 'a', date: '2024-03-01', end: '2024-03-20' }),
    makeEvent({ id: 'b', date: '2024-03-10' }),
    makeEvent({ id: 'c', date: '2024-04-20' }),
  ]);

  it('spans the shown events from the first start to the latest end', () => {
    // Rows: month, a, b, month, c.
    expect(windowOfRows(r, 0, 2)).toEqual([day('2024-03-01'), day('2024-03-21')]);
    expect(windowOfRows(r, 2, 4)).toEqual([day('2024-03-10'), day('2024-04-21')]);
  });

  it('is null for a range with no event, and clamps to the rows', () => {
    expect(windowOfRows(r, 3, 3)).toBeNull();
    expect(windowOfRows(r, -5, 99)).toEqual([day('2024-03-01'), day('2024-04-21')]);
  });
});
