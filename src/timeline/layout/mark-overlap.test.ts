/**
 * Marks never overlap: at every width from a phone's to a wide screen's, and at every zoom and
 * window, no two items drawn in one lane (marks and cluster bubbles) have intersecting boxes, so
 * a key event never sits on a bubble. Runs the whole pure pipeline: lanes and rows, tracks, the
 * level of detail and the scene.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EVENT_TYPES, type StanceEvent } from '../../domain/schema';
import { makeEvent } from '../../domain/test-events';
import { COMPACT, WIDE } from './geometry';
import { layoutTimeline } from './model';
import { buildScene } from './scene';
import { dataExtent, makeTimeScale } from './time-scale';
import { sceneItemBox, boxesTouch } from './mark-box';
import { LABEL_FONT_PX, laneRowsOf, placeSceneLabels } from './scene-labels';
import type { SceneItem } from './scene';
import { NO_KEPT, type Kept } from './lod';
import type { Places } from './tracks';

/** The kept events of a scene: the one selected, where it is drawn. */
function keptOf(where: Places, id: string | null): Kept {
  const place = id === null ? undefined : where.get(id);
  return place ? new Map([[place.track, [place.index]]]) : NO_KEPT;
}

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);
const GROUPS = ['a', 'b', 'c'];
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Spec {
  day: number;
  significance: 1 | 2 | 3;
  days: number;
  group: number;
  type: number;
  /** Known only to the month: drawn across it as an uncertain band. */
  month: boolean;
}

/** Days bunched in a few places, so that crowded days, dense runs and lone events all occur. */
const specArb: fc.Arbitrary<Spec> = fc.record({
  day: fc.oneof(
    fc.integer({ min: 0, max: 400 }),
    fc.integer({ min: 100, max: 104 }),
    fc.constantFrom(50, 200, 201, 300),
  ),
  significance: fc.constantFrom(1 as const, 2 as const, 3 as const),
  days: fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 40 })),
  group: fc.integer({ min: 0, max: GROUPS.length - 1 }),
  type: fc.nat(EVENT_TYPES.length - 1),
  month: fc.oneof(fc.constant(false), fc.constant(false), fc.constant(false), fc.constant(true)),
});

function eventsOf(specs: readonly Spec[]): StanceEvent[] {
  return specs.map((s, i) =>
    makeEvent({
      id: `e${String(i).padStart(4, '0')}`,
      ...(s.month
        ? { date: `${iso(T0 + s.day * DAY).slice(0, 7)}-01`, precision: 'month' as const }
        : {
            date: iso(T0 + s.day * DAY),
            ...(s.days ? { end: iso(T0 + (s.day + s.days) * DAY) } : {}),
          }),
      significance: s.significance,
      type: EVENT_TYPES[s.type]!,
      title: `Event ${i} with a title of some length`,
      actors: [{ actor: GROUPS[s.group]!, role: 'speaker' }],
    }),
  );
}

const dataset = (events: readonly StanceEvent[]) => ({
  actors: GROUPS.map((id) => ({ id, name: id, kind: 'person' as const, group: `g-${id}` })),
  groups: GROUPS.map((id) => ({ id: `g-${id}`, name: `Group ${id}` })),
  eventById: new Map(events.map((e) => [e.id, e])),
});

/** The scene the chart draws at a window width and zoom, as timeline.tsx sizes it. */
function sceneAt(
  events: StanceEvent[],
  width: number,
  zoom: number,
  at: number,
  keep: string | null = null,
) {
  const compact = width < 640;
  const geometry = compact ? COMPACT : WIDE;
  const plotWidth = Math.max(100, width - geometry.gutter - 16);
  const base = makeTimeScale(dataExtent(events)!, plotWidth);
  const { model } = layoutTimeline({
    dataset: dataset(events),
    events,
    matching: new Set(events.map((e) => e.id)),
    mode: 'group',
    expanded: [],
    geometry,
    base,
    compact,
  });
  const [d0, d1] = base.domain().map((d) => d.getTime()) as [number, number];
  const span = (d1 - d0) / zoom;
  const from = d0 + (d1 - d0 - span) * at;
  const scale = makeTimeScale([new Date(from), new Date(from + span)], plotWidth, 0);
  const scene = buildScene({
    model,
    scale,
    width: plotWidth,
    geometry,
    compact,
    eras: [],
    kept: keptOf(model.where, keep),
    locale: 'en-GB',
  });
  return { scene, compact, model };
}

/** Pairs of items of one lane whose boxes intersect, named for the failure message. */
function overlaps(
  items: ReturnType<typeof sceneAt>['scene']['items'],
  compact: boolean,
  except: ReadonlySet<string> = new Set(),
): string[] {
  const out: string[] = [];
  const boxes = items.map((item) => ({ item, box: sceneItemBox(item, compact) }));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const p = boxes[i]!;
      const q = boxes[j]!;
      if (p.item.lane !== q.item.lane) continue;
      if (except.has(p.item.id) || except.has(q.item.id)) continue;
      if (boxesTouch(p.box, q.box)) {
        out.push(
          `${p.item.id}@${p.item.x.toFixed(1)},${p.item.y} × ${q.item.id}@${q.item.x.toFixed(1)},${q.item.y}`,
        );
      }
    }
  }
  return out;
}

/** One to 200 events: enough to crowd every lane at the narrowest width. */
const specsArb = fc.array(specArb, { minLength: 1, maxLength: 200, size: 'max' });
const widthArb = fc.integer({ min: 320, max: 2560 });
const zoomArb = fc.double({ min: 0, max: Math.log(200), noNaN: true }).map(Math.exp);
const atArb = fc.double({ min: 0, max: 1, noNaN: true });

describe('drawn marks', () => {
  it('never overlap in a lane, at any width, zoom and window (property)', () => {
    fc.assert(
      fc.property(specsArb, widthArb, zoomArb, atArb, (specs, width, zoom, at) => {
        const { scene, compact } = sceneAt(eventsOf(specs), width, zoom, at);
        expect(overlaps(scene.items, compact)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('never overlap but for the selected mark, which is drawn where it is (property)', () => {
    fc.assert(
      fc.property(specsArb, widthArb, zoomArb, atArb, fc.nat(), (specs, width, zoom, at, pick) => {
        const events = eventsOf(specs);
        const chosen = events[pick % events.length]!.id;
        const { scene, compact } = sceneAt(events, width, zoom, at, chosen);
        expect(overlaps(scene.items, compact, new Set([chosen]))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

/** px: the drawn box of each item, and of each stretch (a span's bar, a month's band). */
function drawnBoxes(items: readonly SceneItem[], compact: boolean) {
  return items.flatMap((item) => {
    const out = [{ id: item.id, box: sceneItemBox(item, compact), mark: true }];
    if (item.kind === 'event' && item.x1 > item.x) {
      // paint-scene.ts: a band's dashed edges at ±6.5 px (1 px wide), a bar ±5 px.
      const half = item.uncertain ? 7 : 5;
      out.push({
        id: item.id,
        box: { x0: item.x, x1: item.x1, y0: item.y - half, y1: item.y + half },
        mark: false,
      });
    }
    return out;
  });
}

describe('labels', () => {
  it('never cover a drawn mark, bar or band, nor run under the drawer; the opened event is labelled (property)', () => {
    fc.assert(
      fc.property(
        specsArb,
        widthArb,
        zoomArb,
        atArb,
        fc.nat(),
        fc.constantFrom('none', 'right', 'left'),
        (specs, width, zoom, at, pick, drawer) => {
          const events = eventsOf(specs);
          const chosen = events[pick % events.length]!.id;
          const { scene, compact, model } = sceneAt(events, width, zoom, at, chosen);
          // The drawer, 420 px over the plot's right or left where the plot is wider than that
          // (narrower, it fills the screen and the chart is out of sight: covered-right.ts).
          const cover = scene.width > 420 + 160 ? 420 : 0;
          const visible: [number, number] =
            drawer === 'right'
              ? [0, scene.width - cover]
              : drawer === 'left'
                ? [cover, scene.width]
                : [0, scene.width];
          const labels = placeSceneLabels(scene, {
            compact,
            selected: chosen,
            laneRows: laneRowsOf(model.tracks),
            visible,
          });
          const boxes = drawnBoxes(scene.items, compact);
          const half = LABEL_FONT_PX / 2;
          for (const l of labels) {
            // The opened event's label may lie on its own stretch when that fills all the room.
            const others = l.selected ? boxes.filter((b) => b.id !== l.id || b.mark) : boxes;
            expect(l.x0).toBeGreaterThanOrEqual(visible[0]);
            expect(l.x1).toBeLessThanOrEqual(visible[1]);
            const box = { x0: l.x0, x1: l.x1, y0: l.y - half, y1: l.y + half };
            const hit = others.filter((b) => boxesTouch(box, b.box)).map((b) => b.id);
            expect(hit, `label of ${l.id} at ${l.x0.toFixed(1)},${l.y}`).toEqual([]);
          }
          // On a desktop's plot the opened event, in sight, is always labelled (cut short if
          // need be); on a phone's the lanes can be too full for even a short label.
          const item = scene.items.find((i) => i.id === chosen);
          if (!compact && item && item.x >= visible[0] + 16 && item.x <= visible[1] - 16) {
            expect(labels.map((l) => l.id)).toContain(chosen);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
