import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itemsInTrack, lodParams, NO_KEPT, type Kept, type LodItem } from './lod';
import { compareKeys, keyOf, type NavContext } from './nav-key';
import {
  moveForKey,
  navigate,
  neighbours,
  arrowTargets,
  itemsAfter,
  itemsBefore,
  stepOnWalk,
  walkAround,
  type Move,
} from './navigation';
import { DAY, modelFrom, msPerPxArb, specArb, type EventSpec } from './test-tracks';

/** Every drawn item in reading order: the reference the index-based moves must agree with. */
function readingOrder(ctx: NavContext): LodItem[] {
  return ctx.tracks
    .flatMap((t) => itemsInTrack(t, -Infinity, Infinity, ctx.params, ctx.kept.get(t.index) ?? []))
    .sort((a, b) => compareKeys(keyOf(ctx.tracks, a), keyOf(ctx.tracks, b)));
}

const name = (ctx: NavContext, item: LodItem | null) => (item ? keyOf(ctx.tracks, item).id : null);

//   lane 0 (group a):  a(1)          c(10)
//   lane 1 (group b):        b(5)                 e(30)
//   lane 2 (group c):             d(8)
const specs: EventSpec[] = [
  { day: 1, significance: 2, group: 0 },
  { day: 5, significance: 2, group: 1 },
  { day: 10, significance: 2, group: 0 },
  { day: 8, significance: 2, group: 2 },
  { day: 30, significance: 2, group: 1 },
];
const { model } = modelFrom(specs);
// One day is 10 px: nothing clusters.
const ctx: NavContext = { tracks: model.tracks, params: lodParams(DAY / 10), kept: NO_KEPT };
const byId = (id: string) => readingOrder(ctx).find((i) => keyOf(ctx.tracks, i).id === id)!;
const go = (from: string | null, move: Move) =>
  name(ctx, navigate(ctx, from === null ? null : byId(from), move));
// Event ids are e0000…: a = e0000, b = e0001, c = e0002, d = e0003, e = e0004.
const [a, b, c, d, e] = ['e0000', 'e0001', 'e0002', 'e0003', 'e0004'] as const;

describe('navigate', () => {
  it('starts at the first item when nothing is focused', () => {
    expect(go(null, { kind: 'next' })).toBe(a);
    expect(go(null, { kind: 'last' })).toBe(e);
  });

  it('walks through time with prev/next across lanes, and stops at the ends', () => {
    expect(go(a, { kind: 'next' })).toBe(b);
    expect(go(b, { kind: 'next' })).toBe(d);
    expect(go(d, { kind: 'next' })).toBe(c);
    expect(go(e, { kind: 'next' })).toBe(e);
    expect(go(a, { kind: 'prev' })).toBe(a);
    expect(go(c, { kind: 'first' })).toBe(a);
    expect(go(c, { kind: 'last' })).toBe(e);
  });

  it('moves to the nearest item in time in the lane below and above', () => {
    expect(go(c, { kind: 'down' })).toBe(b);
    expect(go(b, { kind: 'down' })).toBe(d);
    expect(go(d, { kind: 'up' })).toBe(b);
    expect(go(a, { kind: 'up' })).toBe(a);
    expect(go(d, { kind: 'down' })).toBe(d);
  });

  it('jumps by a page of time and clamps at the data', () => {
    expect(go(a, { kind: 'page', direction: 1, spanMs: 6 * DAY })).toBe(d);
    expect(go(c, { kind: 'page', direction: -1, spanMs: 4 * DAY })).toBe(b);
    expect(go(c, { kind: 'page', direction: 1, spanMs: 100 * DAY })).toBe(e);
    expect(go(b, { kind: 'page', direction: -1, spanMs: 100 * DAY })).toBe(a);
  });

  it('returns null with nothing drawn', () => {
    const empty: NavContext = { ...ctx, tracks: [] };
    expect(navigate(empty, null, { kind: 'next' })).toBeNull();
  });

  it('walks clusters as single stops', () => {
    const crowded = modelFrom([
      { day: 1, significance: 1 },
      { day: 20, significance: 1 },
      { day: 20, significance: 1 },
      { day: 40, significance: 1 },
    ]).model;
    const c2: NavContext = { tracks: crowded.tracks, params: lodParams(DAY / 10), kept: NO_KEPT };
    const first = navigate(c2, null, { kind: 'first' });
    const second = navigate(c2, first, { kind: 'next' });
    expect(second?.kind).toBe('cluster');
    expect(navigate(c2, second, { kind: 'next' })?.t).toBe(crowded.tracks[0]!.start[3]);
  });

  it('prev and next follow the reading order of every drawn item (property)', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { minLength: 1, maxLength: 50 }),
        msPerPxArb,
        fc.nat(),
        (specs, msPerPx, keep) => {
          const { model, events } = modelFrom(specs, { maxRows: 2, minGapMs: DAY });
          const place = model.where.get(events[keep % events.length]!.id)!;
          const kept: Kept = new Map([[place.track, [place.index]]]);
          const c: NavContext = { tracks: model.tracks, params: lodParams(msPerPx), kept };
          const order = readingOrder(c);
          const ids = order.map((i) => name(c, i));
          expect(name(c, navigate(c, null, { kind: 'first' }))).toBe(ids[0]);
          expect(name(c, navigate(c, order[0]!, { kind: 'last' }))).toBe(ids[ids.length - 1]);
          order.forEach((item, i) => {
            expect(name(c, navigate(c, item, { kind: 'next' }))).toBe(
              ids[Math.min(i + 1, ids.length - 1)],
            );
            expect(name(c, navigate(c, item, { kind: 'prev' }))).toBe(ids[Math.max(i - 1, 0)]);
          });
        },
      ),
    );
  });

  it('↑/↓ land on the nearest item in time in the next lane with items (property)', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { minLength: 1, maxLength: 40 }),
        msPerPxArb,
        (specs, msPerPx) => {
          const { model } = modelFrom(specs);
          const c: NavContext = { tracks: model.tracks, params: lodParams(msPerPx), kept: NO_KEPT };
          const order = readingOrder(c);
          const lanes = [...new Set(model.tracks.map((t) => t.lane))].sort((x, y) => x - y);
          for (const item of order) {
            const lane = model.tracks[item.track]!.lane;
            const below = lanes[lanes.indexOf(lane) + 1];
            const got = navigate(c, item, { kind: 'down' })!;
            if (below === undefined) {
              expect(name(c, got)).toBe(name(c, item));
              continue;
            }
            const inLane = order.filter((o) => model.tracks[o.track]!.lane === below);
            const bestD = Math.min(...inLane.map((o) => Math.abs(o.t - item.t)));
            expect(model.tracks[got.track]!.lane).toBe(below);
            expect(Math.abs(got.t - item.t)).toBe(bestD);
          }
        },
      ),
    );
  });
});

describe('neighbours', () => {
  it('are the items ← → ↑ ↓ reach, each once, never the item itself', () => {
    // b: ← is a, → is d, ↑ is a (nearest in time in lane 0), ↓ is d (lane 2).
    expect(neighbours(ctx, byId(b)).map((i) => name(ctx, i))).toEqual([a, d]);
    // a: ← stays on a and ↑ has no lane above; → is b, ↓ is b too.
    expect(neighbours(ctx, byId(a)).map((i) => name(ctx, i))).toEqual([b]);
    expect(neighbours(ctx, null)).toEqual([]);
  });

  it('hold the target of every arrow key that moves (property)', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { minLength: 1, maxLength: 40 }),
        msPerPxArb,
        (specs, msPerPx) => {
          const { model } = modelFrom(specs, { maxRows: 2, minGapMs: DAY });
          const c: NavContext = { tracks: model.tracks, params: lodParams(msPerPx), kept: NO_KEPT };
          for (const item of readingOrder(c)) {
            const near = neighbours(c, item).map((i) => name(c, i));
            expect(new Set(near).size).toBe(near.length);
            expect(near).not.toContain(name(c, item));
            for (const kind of ['prev', 'next', 'up', 'down'] as const) {
              const to = name(c, navigate(c, item, { kind }));
              if (to !== name(c, item)) expect(near).toContain(to);
            }
          }
        },
      ),
    );
  });
});

describe('itemsAfter and itemsBefore', () => {
  it('list the next and previous items in reading order, nearest first', () => {
    const here = keyOf(ctx.tracks, byId(b));
    expect(itemsAfter(ctx, here, 2).map((i) => name(ctx, i))).toEqual([d, c]);
    expect(itemsAfter(ctx, here, 9).map((i) => name(ctx, i))).toEqual([d, c, e]);
    expect(itemsBefore(ctx, here, 3).map((i) => name(ctx, i))).toEqual([a]);
    expect(itemsAfter(ctx, here, 0)).toEqual([]);
  });

  it('agree with the reading order of every drawn item, as k presses of → and ← do (property)', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { minLength: 1, maxLength: 50 }),
        msPerPxArb,
        fc.integer({ min: 1, max: 8 }),
        fc.nat(),
        (specs, msPerPx, k, keep) => {
          const { model, events } = modelFrom(specs, { maxRows: 2, minGapMs: DAY });
          const place = model.where.get(events[keep % events.length]!.id)!;
          const kept: Kept = new Map([[place.track, [place.index]]]);
          const c: NavContext = { tracks: model.tracks, params: lodParams(msPerPx), kept };
          const ids = readingOrder(c).map((i) => name(c, i));
          readingOrder(c).forEach((item, i) => {
            const here = keyOf(c.tracks, item);
            expect(itemsAfter(c, here, k).map((x) => name(c, x))).toEqual(
              ids.slice(i + 1, i + 1 + k),
            );
            expect(itemsBefore(c, here, k).map((x) => name(c, x))).toEqual(
              ids.slice(Math.max(0, i - k), i).reverse(),
            );
            // A key held down: k presses of → walk through the items listed, one by one.
            let at: LodItem = item;
            for (const next of itemsAfter(c, here, k)) {
              at = navigate(c, at, { kind: 'next' })!;
              expect(name(c, at)).toBe(name(c, next));
            }
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a walk answers ← and → as navigate does, and neighbours cover it (property)', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { minLength: 1, maxLength: 40 }),
        msPerPxArb,
        fc.integer({ min: 1, max: 6 }),
        (specs, msPerPx, reach) => {
          const { model } = modelFrom(specs);
          const c: NavContext = { tracks: model.tracks, params: lodParams(msPerPx), kept: NO_KEPT };
          const order = readingOrder(c);
          const ids = order.map((i) => name(c, i));
          order.forEach((item, i) => {
            const walk = walkAround(c, item, reach);
            expect(walk.map((x) => name(c, x))).toEqual(
              ids.slice(Math.max(0, i - reach), i + 1 + reach),
            );
            for (const step of walk) {
              const id = name(c, step)!;
              for (const kind of ['prev', 'next'] as const) {
                const got = stepOnWalk(c.tracks, walk, id, kind);
                // Either the walk knows, and agrees with navigate, or it leaves it to navigate.
                if (got) expect(name(c, got)).toBe(name(c, navigate(c, step, { kind })));
              }
            }
            // From the item itself, both presses are answered whenever there is somewhere to go.
            if (i + 1 < ids.length)
              expect(stepOnWalk(c.tracks, walk, ids[i]!, 'next')).toBeDefined();
            if (i > 0) expect(stepOnWalk(c.tracks, walk, ids[i]!, 'prev')).toBeDefined();
            const near = new Set(
              neighbours(c, item, arrowTargets(c, item), walk).map((x) => name(c, x)),
            );
            expect(near.has(name(c, item))).toBe(false);
            for (const step of walk) if (step !== item) expect(near.has(name(c, step))).toBe(true);
            for (const one of neighbours(c, item)) expect(near.has(name(c, one))).toBe(true);
          });
        },
      ),
      { numRuns: 60 },
    );
    expect(stepOnWalk(ctx.tracks, [], a, 'next')).toBeUndefined();
  });
});

describe('arrowTargets', () => {
  it('are what navigate answers for each arrow key (property)', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { minLength: 1, maxLength: 30 }),
        msPerPxArb,
        (specs, msPerPx) => {
          const { model } = modelFrom(specs, { maxRows: 2, minGapMs: DAY });
          const c: NavContext = { tracks: model.tracks, params: lodParams(msPerPx), kept: NO_KEPT };
          for (const item of readingOrder(c)) {
            const targets = arrowTargets(c, item);
            for (const kind of ['prev', 'next', 'up', 'down'] as const) {
              expect(name(c, targets[kind] ?? null)).toBe(name(c, navigate(c, item, { kind })));
            }
            expect(neighbours(c, item, targets)).toEqual(neighbours(c, item));
          }
        },
      ),
    );
  });

  it('are none without an item', () => {
    expect(arrowTargets(ctx, null)).toEqual({});
  });
});

describe('moveForKey', () => {
  it('maps the arrow, Home/End and Page keys and ignores others', () => {
    expect(moveForKey('ArrowUp', 1)).toEqual({ kind: 'up' });
    expect(moveForKey('PageDown', 5)).toEqual({ kind: 'page', direction: 1, spanMs: 5 });
    expect(moveForKey('a', 1)).toBeNull();
  });
});
