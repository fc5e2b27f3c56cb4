import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clusterRadius, formatCount } from './cluster-size';
import { LABEL_FONT_PX, placeSceneLabels } from './scene-labels';
import { sceneItemBox } from './mark-box';
import { estimateTextWidth } from './labels';
import { DAY, modelFrom, specArb, type EventSpec } from './test-tracks';
import { sceneOver } from './test-scenes';

const sceneOf = (specs: EventSpec[], fromDay: number, toDay: number, width = 600) =>
  sceneOver(modelFrom(specs, { maxRows: 3, minGapMs: DAY }).model, fromDay, toDay, width, [
    { id: 'x', label: 'An era', start: '2024-01-05', end: '2024-01-20' },
  ]);

describe('buildScene', () => {
  it('places marks at the scale’s x and their row’s y, and bars for spans', () => {
    const scene = sceneOf(
      [
        { day: 10, significance: 3 },
        { day: 20, significance: 1, days: 5 },
      ],
      0,
      60,
    );
    expect(scene.items.map((i) => [i.kind, Math.round(i.x)])).toEqual([
      ['event', 100],
      ['event', 200],
    ]);
    const span = scene.items[1]!;
    expect(span.kind === 'event' && Math.round(span.x1)).toBe(260);
    expect(scene.eras).toEqual([{ x0: 40, x1: 200, label: 'An era', labelled: true, band: 0 }]);
    expect(scene.ticks.major.length).toBeGreaterThan(0);
  });

  it('culls to the window with a margin, but keeps a bar that crosses its left edge', () => {
    const scene = sceneOf(
      [
        { day: 1, significance: 1, days: 30 },
        { day: 5, significance: 1, group: 1 },
        { day: 25, significance: 2, group: 1 },
        { day: 90, significance: 2, group: 1 },
      ],
      20,
      40,
    );
    const ids = scene.items.map((i) => i.id).sort();
    expect(ids).toEqual(['e0000', 'e0002']);
  });

  it('keeps each track’s items sorted by x', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { maxLength: 60 }),
        fc.integer({ min: 1, max: 120 }),
        (specs, days) => {
          const scene = sceneOf(specs, 0, days);
          for (const t of scene.tracks) {
            for (let i = t.from + 1; i < t.to; i++) {
              expect(scene.items[i]!.x).toBeGreaterThanOrEqual(scene.items[i - 1]!.x);
            }
          }
        },
      ),
    );
  });
});

describe('formatCount and clusterRadius', () => {
  it('shortens thousands and sizes the bubble to the text', () => {
    expect([7, 42, 512, 1234, 9999, 37_512].map(formatCount)).toEqual([
      '7',
      '42',
      '512',
      '1.2k',
      '9.9k',
      '37k',
    ]);
    expect(clusterRadius(3)).toBeLessThan(clusterRadius(30));
    expect(clusterRadius(300)).toBe(clusterRadius(3000));
  });
});

describe('placeSceneLabels', () => {
  it('never covers a mark or a cluster with a label (property)', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { maxLength: 80 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 200, max: 1200 }),
        (specs, days, width) => {
          const scene = sceneOf(specs, 0, days, width);
          const labels = placeSceneLabels(scene, { compact: false, selected: null });
          const half = (LABEL_FONT_PX + 2) / 2;
          for (const l of labels) {
            const w = estimateTextWidth(l.text, LABEL_FONT_PX);
            const { x0, x1 } = l;
            expect(x1 - x0).toBeCloseTo(w);
            expect(x0).toBeGreaterThanOrEqual(0);
            expect(x1).toBeLessThanOrEqual(width);
            for (const m of scene.items) {
              // The mark as drawn (its shape's extent, not its radius) and any stretch it has.
              const b = sceneItemBox(m, false);
              const boxes = [b];
              if (m.kind === 'event' && m.x1 > m.x) {
                boxes.push({ x0: m.x, x1: m.x1, y0: m.y - 6.5, y1: m.y + 6.5 });
              }
              const covers = boxes.some(
                (o) => x0 < o.x1 && o.x0 < x1 && l.y - half < o.y1 && o.y0 < l.y + half,
              );
              expect(covers, `label ${l.id} covers ${m.id}`).toBe(false);
            }
          }
        },
      ),
    );
  });

  it('labels the selected event first, even a minor one', () => {
    const scene = sceneOf(
      [
        { day: 10, significance: 1 },
        { day: 11, significance: 3 },
      ],
      0,
      30,
    );
    const labels = placeSceneLabels(scene, { compact: false, selected: 'e0000' });
    expect(labels.map((l) => [l.id, l.selected])).toContainEqual(['e0000', true]);
  });
});
