import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelFrom, specArb } from './test-tracks';

describe('buildTimelineModel', () => {
  it('draws every event once, and `where` finds each at its track and index (property)', () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { maxLength: 60 }),
        fc.integer({ min: 1, max: 4 }),
        (specs, maxRows) => {
          const { model, events } = modelFrom(specs, { maxRows });
          const drawn = model.tracks.flatMap((t) => t.events.map((e) => e.id));
          expect([...drawn].sort()).toEqual(events.map((e) => e.id).sort());
          expect(model.where.size).toBe(events.length);
          for (const event of events) {
            const place = model.where.get(event.id);
            expect(place).toBeDefined();
            const track = model.tracks[place!.track]!;
            expect(track.index).toBe(place!.track);
            expect(track.events[place!.index]).toBe(event);
            expect(track.items[place!.index]!.event).toBe(event);
          }
          expect(model.where.get('no-such-event')).toBeUndefined();
        },
      ),
    );
  });

  it('keeps each track sorted by start, its items and typed arrays in step', () => {
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 60 }), (specs) => {
        const { model } = modelFrom(specs, { maxRows: 3 });
        for (const track of model.tracks) {
          track.items.forEach((item, i) => {
            expect(track.start[i]).toBe(item.start);
            expect(track.end[i]).toBe(item.end);
            expect(track.significance[i]).toBe(item.event.significance);
            if (i > 0) expect(track.start[i]).toBeGreaterThanOrEqual(track.start[i - 1]!);
          });
        }
      }),
    );
  });
});
