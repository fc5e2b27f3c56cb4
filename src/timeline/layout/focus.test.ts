import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { itemsInTrack, lodParams, NO_KEPT } from './lod';
import { buttonItems, focusTargetOf, keptEvents, resolveFocus, sameKept } from './focus';
import { nearestItem } from './navigation';
import { WIDE } from './geometry';
import { buildScene } from './scene';
import { DAY, T0, modelFrom, type EventSpec } from './test-tracks';

// Three events on days 20–22 (one cluster when zoomed out), one on day 1, a key one on day 40.
const specs: EventSpec[] = [
  { day: 1, significance: 2 },
  { day: 20, significance: 1 },
  { day: 21, significance: 2 },
  { day: 22, significance: 1 },
  { day: 40, significance: 3 },
];
const { model, events } = modelFrom(specs);
const out = lodParams(DAY / 10); // 10 px a day: the same-day events cluster
const deep = lodParams(DAY / 100); // 100 px a day: nothing does

describe('keptEvents', () => {
  it('keeps an event out of a cluster only when it would be in one', () => {
    expect(keptEvents(model, out, [events[0]!.id, null])).toEqual(new Map());
    const kept = keptEvents(model, out, [events[2]!.id, 'unknown']);
    const place = model.where.get(events[2]!.id)!;
    expect(kept).toEqual(new Map([[place.track, [place.index]]]));
    expect(keptEvents(model, deep, [events[2]!.id])).toEqual(new Map());
  });
});

describe('resolveFocus', () => {
  it('moves focus from a cluster that splits to the item of its first event', () => {
    const track = model.tracks[0]!;
    const cluster = itemsInTrack(track, -Infinity, Infinity, out, []).find(
      (i) => i.kind === 'cluster',
    )!;
    const target = focusTargetOf(model, cluster);
    expect(resolveFocus(model, out, NO_KEPT, target)).toEqual(cluster);
    const after = resolveFocus(model, deep, NO_KEPT, target)!;
    expect(after.kind).toBe('event');
    expect(after.kind === 'event' && track.events[after.index]!.id).toBe(
      track.events[target.index]!.id,
    );
  });

  it('gives null for an event that is no longer drawn', () => {
    const gone = { id: 'gone', kind: 'event' as const, track: 0, index: 0, t: T0 };
    expect(resolveFocus(model, out, NO_KEPT, gone)).toBeNull();
  });
});

describe('nearestItem', () => {
  const ctx = { tracks: model.tracks, params: deep, kept: NO_KEPT };
  const idAt = (t: number) => {
    const item = nearestItem(ctx, t);
    return item?.kind === 'event' ? model.tracks[item.track]!.events[item.index]!.id : null;
  };

  it('finds the drawn item nearest in time, the earlier on a tie', () => {
    expect(idAt(T0 + 2 * DAY)).toBe(events[0]!.id);
    expect(idAt(T0 + 30 * DAY)).toBe(events[3]!.id);
    expect(idAt(T0 + 31 * DAY)).toBe(events[3]!.id);
    expect(idAt(T0 + 32 * DAY)).toBe(events[4]!.id);
    expect(idAt(T0 - 100 * DAY)).toBe(events[0]!.id);
    expect(idAt(T0 + 500 * DAY)).toBe(events[4]!.id);
  });

  it('is null only when nothing is drawn', () => {
    expect(nearestItem({ tracks: [], params: deep, kept: NO_KEPT }, T0)).toBeNull();
  });

  it('always lands on a drawn item, whatever the zoom and time (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 100 }), fc.constantFrom(out, deep), (day, params) => {
        const item = nearestItem({ tracks: model.tracks, params, kept: NO_KEPT }, T0 + day * DAY);
        expect(item).not.toBeNull();
        const drawn = model.tracks.flatMap((track) =>
          itemsInTrack(track, -Infinity, Infinity, params, []),
        );
        expect(drawn).toContainEqual(item);
        // No drawn item is nearer.
        const d = Math.abs(item!.t - (T0 + day * DAY));
        for (const other of drawn)
          expect(Math.abs(other.t - (T0 + day * DAY))).toBeGreaterThanOrEqual(d);
      }),
    );
  });
});

describe('buttonItems', () => {
  const scale = scaleUtc()
    .domain([new Date(T0), new Date(T0 + 50 * DAY)])
    .range([0, 500]);
  const scene = buildScene({
    model,
    scale,
    width: 500,
    geometry: WIDE,
    compact: false,
    eras: [],
    kept: NO_KEPT,
    locale: 'en-GB',
  });

  it('lists every item in view in reading order under the cap', () => {
    const items = buttonItems(model, scene.items, [], 500, 100);
    expect(items.map((i) => i.t)).toEqual([...items.map((i) => i.t)].sort((a, b) => a - b));
    expect(items).toHaveLength(scene.items.length);
  });

  it('keeps the always-items, then shares the cap between clusters and key events', () => {
    const always = scene.items.filter((i) => i.id === events[0]!.id);
    const tight = buttonItems(model, scene.items, always, 500, 2);
    expect(tight.map((i) => i.id)).toEqual([events[0]!.id, expect.stringMatching(/^cluster-/)]);
    const items = buttonItems(model, scene.items, always, 500, 3);
    expect(items.map((i) => i.id)).toEqual([
      events[0]!.id,
      expect.stringMatching(/^cluster-/),
      events[4]!.id,
    ]);
  });
});

describe('sameKept', () => {
  it('compares the indices kept per track, not the maps', () => {
    expect(sameKept(new Map([[1, [2, 3]]]), new Map([[1, [2, 3]]]))).toBe(true);
    expect(sameKept(new Map([[1, [2, 3]]]), new Map([[1, [2]]]))).toBe(false);
    expect(sameKept(new Map([[1, [2]]]), new Map([[2, [2]]]))).toBe(false);
    expect(sameKept(NO_KEPT, new Map())).toBe(true);
  });

  it('is what keptEvents gives for focus on a mark drawn on its own: the shared empty value', () => {
    expect(keptEvents(model, out, [events[0]!.id])).toBe(NO_KEPT);
  });
});
