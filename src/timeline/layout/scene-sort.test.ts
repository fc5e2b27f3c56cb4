import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByX, type SceneItem } from './scene';

const item = (x: number, n: number) =>
  ({ kind: 'cluster', id: `c${n}`, x }) as unknown as SceneItem;

describe('sortByX', () => {
  it('sorts a slice by x in place, stably, leaving the rest alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (xs, a, b) => {
          const items = xs.map(item);
          const from = xs.length ? a % xs.length : 0;
          const to = from + (xs.length - from ? b % (xs.length - from + 1) : 0);
          const expected = [
            ...items.slice(0, from),
            ...items.slice(from, to).sort((p, q) => p.x - q.x),
            ...items.slice(to),
          ];
          sortByX(items, from, to);
          expect(items.map((i) => i.id)).toEqual(expected.map((i) => i.id));
        },
      ),
    );
  });
});
