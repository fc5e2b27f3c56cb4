import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  RUN_PX,
  itemOf,
  itemsInTrack,
  lodParams,
  spansCrossing,
  visitTrack,
  type LodItem,
  type LodParams,
} from './lod';
import type { Track } from './tracks';
import { DAY, T0, modelFrom, msPerPxArb, specArb, type EventSpec } from './test-tracks';
import { MARK_HALF_WIDTH_PX } from '../render/mark-fit';
import { CLUSTER_OUTLINE_PX, clusterRadius } from './cluster-size';

const all = (track: Track, p: LodParams, kept: readonly number[] = []) =>
  itemsInTrack(track, -Infinity, Infinity, p, kept);

/** The event indices an item stands for (a cluster: its range minus members drawn alone). */
function membersOf(item: LodItem, singles: ReadonlySet<number>): number[] {
  if (item.kind === 'event') return [item.index];
  const out: number[] = [];
  for (let i = item.first; i <= item.last; i++) if (!singles.has(i)) out.push(i);
  return out;
}

function singlesOf(items: readonly LodItem[]): Set<number> {
  return new Set(items.flatMap((i) => (i.kind === 'event' ? [i.index] : [])));
}

describe('lodParams', () => {
  it('quantises the run spacing to at most RUN_PX and more than two mark widths', () => {
    fc.assert(
      fc.property(msPerPxArb, (msPerPx) => {
        const p = lodParams(msPerPx);
        const px = p.runMs / msPerPx;
        expect(px).toBeLessThanOrEqual(RUN_PX + 1e-6);
        expect(px).toBeGreaterThanOrEqual(2 * MARK_HALF_WIDTH_PX);
        expect(p.keyMs / msPerPx).toBeGreaterThanOrEqual(2 * MARK_HALF_WIDTH_PX);
        expect(p.chunkMs / msPerPx).toBeGreaterThanOrEqual(48);
        expect(p.chunkMs / msPerPx).toBeLessThan(96);
      }),
    );
  });
});

describe('visitTrack', () => {
  it('draws events far apart on their own and counts a crowded day as one cluster', () => {
    const specs: EventSpec[] = [
      { day: 0, significance: 1 },
      { day: 30, significance: 1 },
      { day: 30, significance: 2 },
      { day: 30, significance: 1 },
      { day: 60, significance: 2 },
    ];
    const { model } = modelFrom(specs);
    // One day is 10 px: 30 days apart is far, the same day is on top of each other.
    const items = all(model.tracks[0]!, lodParams(DAY / 10));
    expect(items.map((i) => i.kind)).toEqual(['event', 'cluster', 'event']);
    const cluster = items[1]!;
    expect(cluster.kind === 'cluster' && cluster.count).toBe(3);
    expect(cluster.t).toBe(T0 + 30 * DAY);
  });

  it('keeps a key event alone inside a crowd, and clusters key events that overlap', () => {
    const specs: EventSpec[] = [
      { day: 10, significance: 1 },
      { day: 10, significance: 3 },
      { day: 10, significance: 1 },
      { day: 40, significance: 3 },
      { day: 40, significance: 3 },
      { day: 40, significance: 1 },
    ];
    const { model, events } = modelFrom(specs);
    const track = model.tracks[0]!;
    const items = all(track, lodParams(DAY / 10));
    const key = items.find((i) => i.kind === 'event');
    expect(key && key.kind === 'event' && track.events[key.index]!.id).toBe(events[1]!.id);
    const clusters = items.filter((i) => i.kind === 'cluster');
    expect(clusters.map((c) => [c.count, c.keyCount])).toEqual([
      [2, 0],
      [3, 2],
    ]);
  });

  it('cuts a dense run into pieces of one grid cell, or two at its ends', () => {
    // An event every day for a year at 1 day per px: one run, cut into 48–96 px pieces.
    const specs = Array.from({ length: 365 }, (_, day): EventSpec => ({ day, significance: 1 }));
    const { model } = modelFrom(specs);
    const p = lodParams(DAY);
    const items = all(model.tracks[0]!, p);
    expect(items.every((i) => i.kind === 'cluster')).toBe(true);
    expect(items.length).toBeGreaterThan(365 / 96);
    expect(items.length).toBeLessThanOrEqual(Math.ceil(365 / 48) + 1);
    for (const c of items) {
      if (c.kind !== 'cluster') continue;
      const track = model.tracks[0]!;
      expect(track.start[c.last]! - track.start[c.first]!).toBeLessThan(2 * p.chunkMs);
    }
  });

  it('puts every event in exactly one drawn item at every zoom (property)', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { minLength: 1, maxLength: 80 }),
        msPerPxArb,
        fc.nat(),
        (specs, msPerPx, keepSeed) => {
          const { model } = modelFrom(specs, { maxRows: 2, minGapMs: DAY });
          const p = lodParams(msPerPx);
          let total = 0;
          for (const track of model.tracks) {
            const kept = [keepSeed % track.start.length];
            const items = all(track, p, kept);
            const singles = singlesOf(items);
            const seen = new Set<number>();
            for (const item of items) {
              const members = membersOf(item, singles);
              if (item.kind === 'cluster') {
                expect(members).toHaveLength(item.count);
                expect(item.count).toBeGreaterThanOrEqual(2);
              }
              for (const m of members) {
                expect(seen.has(m)).toBe(false);
                seen.add(m);
              }
            }
            expect(seen.size).toBe(track.start.length);
            // The kept event is never hidden in a cluster.
            expect(singles.has(kept[0]!)).toBe(true);
            total += seen.size;
          }
          expect(total).toBe(specs.length);
        },
      ),
    );
  });

  it('draws a key event on its own when no other mark is within two mark widths (property)', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { minLength: 1, maxLength: 80 }),
        msPerPxArb,
        (specs, msPerPx) => {
          const { model } = modelFrom(specs);
          const p = lodParams(msPerPx);
          const clear = 4 * MARK_HALF_WIDTH_PX * msPerPx;
          for (const track of model.tracks) {
            const singles = singlesOf(all(track, p));
            const { start } = track;
            for (const pos of track.keyPos) {
              const near = [pos - 1, pos + 1].some(
                (other) =>
                  other >= 0 &&
                  other < start.length &&
                  Math.abs(start[other]! - start[pos]!) < clear,
              );
              if (!near) expect(singles.has(pos)).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('keeps a key event alone and its crowd’s bubble beside it where there is room', () => {
    const specs: EventSpec[] = [
      { day: 10, significance: 1 },
      { day: 10, significance: 3 },
      { day: 10, significance: 1 },
      { day: 60, significance: 1 },
    ];
    const { model, events } = modelFrom(specs);
    const track = model.tracks[0]!;
    // One day is 2 px: 100 px to the next event, room for the bubble beside the key mark.
    const p = lodParams(DAY / 2);
    const items = all(track, p);
    const key = items.find(
      (i) => i.kind === 'event' && track.events[i.index]!.id === events[1]!.id,
    );
    const bubble = items.find((i) => i.kind === 'cluster');
    expect(key).toBeDefined();
    expect(bubble?.kind === 'cluster' && bubble.count).toBe(2);
    // Centre to centre, at least a mark's and a bubble's half-widths apart.
    const apart = MARK_HALF_WIDTH_PX + clusterRadius(2) + CLUSTER_OUTLINE_PX;
    expect(Math.abs(bubble!.t - key!.t) / p.msPerPx).toBeGreaterThanOrEqual(apart - 1e-9);
  });

  it('gathers a key event into its crowd’s bubble where there is no room beside it', () => {
    const specs: EventSpec[] = [
      { day: 4, significance: 1 },
      { day: 10, significance: 1 },
      { day: 10, significance: 3 },
      { day: 10, significance: 1 },
      { day: 12, significance: 1 },
      { day: 18, significance: 1 },
    ];
    const { model } = modelFrom(specs);
    // One day is 5 px: a crowd 10 px wide with neighbours 30 px away, no room for a bubble beside
    // the key mark.
    const items = all(model.tracks[0]!, lodParams(DAY / 5));
    expect(items.map((i) => i.kind)).toEqual(['event', 'cluster', 'event']);
    const bubble = items[1];
    expect(bubble?.kind === 'cluster' && [bubble.count, bubble.keyCount]).toEqual([4, 1]);
  });

  it('culls: a window gives exactly the items drawn inside it (property)', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { minLength: 1, maxLength: 80 }),
        msPerPxArb,
        fc.integer({ min: -5, max: 125 }),
        fc.integer({ min: 0, max: 60 }),
        (specs, msPerPx, fromDay, days) => {
          const { model } = modelFrom(specs);
          const p = lodParams(msPerPx);
          const a = T0 + fromDay * DAY;
          const b = a + days * DAY;
          for (const track of model.tracks) {
            const expected = all(track, p).filter((i) => i.t >= a && i.t <= b);
            const got: LodItem[] = [];
            visitTrack(track, a, b, p, [], (i) => got.push(i));
            const key = (i: LodItem) => (i.kind === 'event' ? `e${i.index}` : i.id);
            expect(got.map(key).sort()).toEqual(expected.map(key).sort());
          }
        },
      ),
    );
  });

  it('itemOf finds the item that draws an event (property)', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { minLength: 1, maxLength: 60 }),
        msPerPxArb,
        (specs, msPerPx) => {
          const { model } = modelFrom(specs);
          const p = lodParams(msPerPx);
          for (const track of model.tracks) {
            const items = all(track, p);
            const singles = singlesOf(items);
            for (const item of items) {
              for (const m of membersOf(item, singles)) {
                const found = itemOf(track, m, p, []);
                expect(found.kind).toBe(item.kind);
                if (found.kind === 'cluster' && item.kind === 'cluster')
                  expect(found.id).toBe(item.id);
              }
            }
          }
        },
      ),
    );
  });
});

describe('spansCrossing', () => {
  it('finds a long event that starts before the window and reaches into it', () => {
    const { model } = modelFrom([
      { day: 0, significance: 2, days: 40 },
      { day: 50, significance: 1 },
    ]);
    const track = model.tracks[0]!;
    const p = lodParams(DAY / 10);
    expect(spansCrossing(track, T0 + 10 * DAY, T0 + 20 * DAY, p, [])).toEqual([0]);
    expect(spansCrossing(track, T0 + 45 * DAY, T0 + 60 * DAY, p, [])).toEqual([]);
  });
});
