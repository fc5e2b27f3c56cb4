import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Scene } from './scene';
import { laneRowsOf, placeSceneLabels } from './scene-labels';
import { buttonItems } from './focus';
import { lanesInBand, nextBand, sameLanes, type Band } from './row-band';
import { DAY, modelFrom, specArb, type EventSpec } from './test-tracks';
import { sceneOver } from './test-scenes';
import type { TimelineModel } from './tracks';

const lanes = [
  { top: 44, height: 80 },
  { top: 124, height: 200 },
  { top: 324, height: 56 },
];

describe('nextBand', () => {
  it('keeps the band while the view stays inside it, and moves it with a margin once it leaves', () => {
    const first = nextBand(null, [0, 500], 100);
    expect(first).toEqual([-100, 600]);
    expect(nextBand(first, [80, 580], 100)).toBe(first);
    expect(nextBand(first, [200, 700], 100)).toEqual([100, 800]);
  });

  it('always holds the view', () => {
    fc.assert(
      fc.property(
        fc.option(
          fc.tuple(fc.integer({ min: -500, max: 3000 }), fc.integer({ min: 0, max: 2000 })),
        ),
        fc.integer({ min: -1000, max: 3000 }),
        fc.integer({ min: 0, max: 1200 }),
        (current, top, height) => {
          const band: Band | null = current ? [current[0], current[0] + current[1]] : null;
          const next = nextBand(band, [top, top + height]);
          expect(next[0]).toBeLessThanOrEqual(top);
          expect(next[1]).toBeGreaterThanOrEqual(top + height);
        },
      ),
    );
  });
});

describe('lanesInBand', () => {
  it('takes the lanes the band meets, and the lanes asked for wherever they are', () => {
    expect([...lanesInBand(lanes, [0, 130])!]).toEqual([0, 1]);
    expect([...lanesInBand(lanes, [0, 100], [2])!].sort()).toEqual([0, 2]);
    expect(lanesInBand(lanes, [130, 323])).toEqual(new Set([1]));
  });

  it('is null when every lane is in the band: nothing to leave out', () => {
    expect(lanesInBand(lanes, [0, 1000])).toBeNull();
    expect(lanesInBand(lanes, [0, 130], [2, null, undefined])).toBeNull();
  });

  it('compares lane sets by their lanes', () => {
    expect(sameLanes(new Set([1, 2]), new Set([2, 1]))).toBe(true);
    expect(sameLanes(new Set([1]), new Set([2]))).toBe(false);
    expect(sameLanes(null, new Set([1]))).toBe(false);
    expect(sameLanes(null, null)).toBe(true);
  });
});

/** A scene of a model over days [-2, 125]: the model's days [0, 120] with a little room. */
const sceneOf = (model: TimelineModel, width: number): Scene => sceneOver(model, -2, 125, width);

const laneOf = (scene: Scene) => new Map(scene.items.map((i) => [i.id, i.lane]));

describe('a settle built for the lanes near the window', () => {
  const specs = fc.array(specArb, { minLength: 1, maxLength: 120 });
  const arbitrary = fc.record({
    specs,
    width: fc.integer({ min: 200, max: 1200 }),
    band: fc.tuple(fc.integer({ min: -200, max: 600 }), fc.integer({ min: 0, max: 300 })),
    selected: fc.option(fc.nat()),
    maxRows: fc.integer({ min: 1, max: 6 }),
  });

  it('labels every mark of its lanes exactly as a settle of every lane does', () => {
    fc.assert(
      fc.property(arbitrary, ({ specs, width, band, selected, maxRows }) => {
        const { model, events } = modelFrom(specs as EventSpec[], { maxRows, minGapMs: DAY });
        const selectedId =
          selected === null ? null : (events[selected % events.length]?.id ?? null);
        const place = selectedId ? model.where.get(selectedId) : undefined;
        const selectedLane = place ? model.tracks[place.track]!.lane : null;
        const shown = lanesInBand(model.lanes, [band[0], band[0] + band[1]], [selectedLane]);
        const full = sceneOf(model, width);
        const options = {
          compact: false,
          selected: selectedId,
          laneRows: laneRowsOf(model.tracks),
        };
        const all = placeSceneLabels(full, options);
        const some = placeSceneLabels(full, { ...options, lanes: shown });
        const inShown = (id: string) => !shown || shown.has(laneOf(full).get(id)!);
        expect(some).toEqual(all.filter((l) => inShown(l.id)));
      }),
      { numRuns: 150 },
    );
  });

  it('gives a button to every mark of its lanes that had one in a settle of every lane', () => {
    fc.assert(
      fc.property(arbitrary, fc.integer({ min: 1, max: 40 }), (input, cap) => {
        const { specs, width, band, maxRows } = input;
        const { model } = modelFrom(specs as EventSpec[], { maxRows, minGapMs: DAY });
        const shown = lanesInBand(model.lanes, [band[0], band[0] + band[1]]);
        const full = sceneOf(model, width);
        const inShown = (i: { lane: number }) => !shown || shown.has(i.lane);
        const before = buttonItems(model, full.items, [], width, cap).filter(inShown);
        const after = buttonItems(model, full.items.filter(inShown), [], width, cap);
        const ids = new Set(after.map((b) => b.id));
        for (const b of before) expect(ids.has(b.id)).toBe(true);
        expect(after.length).toBeLessThanOrEqual(cap);
        expect(after.every(inShown)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
