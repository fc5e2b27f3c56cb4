import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clusterItems, type ClusterInput, type ClusterResult } from './clusters';

function makeItem(overrides: Partial<ClusterInput> = {}): ClusterInput {
  return { id: 'e', laneId: 'lane', x: 0, significance: 1, ...overrides };
}

/** Minor events every `step` px in one lane, ids e00, e01, … */
function row(count: number, step: number, significance: 1 | 2 | 3 = 1): ClusterInput[] {
  return Array.from({ length: count }, (_, i) =>
    makeItem({ id: `e${String(i).padStart(2, '0')}`, x: i * step, significance }),
  );
}

/** The same items as drawn at `k` times the zoom. */
const zoom = (items: ClusterInput[], k: number) => items.map((i) => ({ ...i, x: i.x * k }));

const allIds = (r: ClusterResult) => [...r.singles, ...r.clusters.flatMap((c) => c.eventIds)];

describe('clusterItems', () => {
  it('collapses a dense run of minor events into one counted cluster when zoomed out', () => {
    const { singles, clusters } = clusterItems(row(5, 2), { minSpacingPx: 10 });
    expect(singles).toEqual([]);
    expect(clusters).toEqual([
      {
        id: 'cluster-e00-5',
        laneId: 'lane',
        x0: 0,
        x1: 8,
        x: 4,
        count: 5,
        eventIds: ['e00', 'e01', 'e02', 'e03', 'e04'],
        significance: 1,
      },
    ]);
  });

  it('splits clusters back into singles when zoomed in', () => {
    const items = row(5, 2);
    expect(clusterItems(zoom(items, 3), { minSpacingPx: 10 }).clusters).toHaveLength(1);
    const zoomedIn = clusterItems(zoom(items, 5), { minSpacingPx: 10 });
    expect(zoomedIn.clusters).toEqual([]);
    expect(zoomedIn.singles).toEqual(['e00', 'e01', 'e02', 'e03', 'e04']);
  });

  it('joins neighbours closer than minSpacingPx, not those exactly that far apart', () => {
    const items = [makeItem({ id: 'a', x: 0 }), makeItem({ id: 'b', x: 10 })];
    expect(clusterItems(items, { minSpacingPx: 10 }).clusters).toEqual([]);
    expect(clusterItems(items, { minSpacingPx: 10.01 }).clusters).toHaveLength(1);
  });

  it('chains neighbours: a run can be wider than minSpacingPx', () => {
    const { clusters } = clusterItems(row(4, 8), { minSpacingPx: 10 });
    expect(clusters.map((c) => [c.x0, c.x1, c.count])).toEqual([[0, 24, 4]]);
  });

  it('never puts a key event in a cluster, and it does not break the run around it', () => {
    const items = [...row(4, 2), makeItem({ id: 'key', x: 3, significance: 3 })];
    const { singles, clusters } = clusterItems(items, { minSpacingPx: 10 });
    expect(singles).toEqual(['key']);
    expect(clusters.map((c) => c.eventIds)).toEqual([['e00', 'e01', 'e02', 'e03']]);
  });

  it('keeps events at or above keepSignificance single', () => {
    const items = [...row(3, 1, 2), makeItem({ id: 'minor', x: 0.5 })];
    const kept = clusterItems(items, { minSpacingPx: 10, keepSignificance: 2 });
    expect(kept).toEqual({ singles: ['e00', 'minor', 'e01', 'e02'], clusters: [] });
    // With the default (3), significance-2 events cluster like any other.
    const { singles, clusters } = clusterItems(items, { minSpacingPx: 10 });
    expect(singles).toEqual([]);
    expect(clusters.map((c) => c.eventIds)).toEqual([['e00', 'minor', 'e01', 'e02']]);
  });

  it('reports the highest significance among members', () => {
    const items = [makeItem({ id: 'a', x: 0 }), makeItem({ id: 'b', x: 1, significance: 2 })];
    expect(clusterItems(items, { minSpacingPx: 10 }).clusters[0]!.significance).toBe(2);
  });

  it('clusters each lane on its own', () => {
    const items = [
      makeItem({ id: 'a', laneId: 'l1', x: 0 }),
      makeItem({ id: 'b', laneId: 'l2', x: 1 }),
      makeItem({ id: 'c', laneId: 'l1', x: 2 }),
    ];
    const { singles, clusters } = clusterItems(items, { minSpacingPx: 10 });
    expect(singles).toEqual(['b']);
    expect(clusters.map((c) => [c.laneId, c.eventIds])).toEqual([['l1', ['a', 'c']]]);
  });

  it('names a cluster after its smallest member id and its count, not its x order', () => {
    const items = [makeItem({ id: 'zulu', x: 0 }), makeItem({ id: 'alpha', x: 5 })];
    const [cluster] = clusterItems(items, { minSpacingPx: 10 }).clusters;
    expect(cluster!.id).toBe('cluster-alpha-2');
    expect(cluster!.eventIds).toEqual(['zulu', 'alpha']);
  });

  it('keeps the same cluster id as long as membership is the same', () => {
    const items = row(3, 1);
    const a = clusterItems(items, { minSpacingPx: 10 }).clusters.map((c) => c.id);
    const b = clusterItems(zoom(items, 4), { minSpacingPx: 10 }).clusters.map((c) => c.id);
    expect(a).toEqual(['cluster-e00-3']);
    expect(b).toEqual(a);
  });

  it('caps a cluster at maxWidthPx and starts the next one there', () => {
    const { clusters } = clusterItems(row(10, 2), { minSpacingPx: 10, maxWidthPx: 7 });
    expect(clusters.map((c) => [c.x0, c.x1, c.count])).toEqual([
      [0, 6, 4],
      [8, 14, 4],
      [16, 18, 2],
    ]);
  });

  it('is empty for no items', () => {
    expect(clusterItems([], { minSpacingPx: 10 })).toEqual({ singles: [], clusters: [] });
  });

  it('does not mutate its input', () => {
    const items = [makeItem({ id: 'b', x: 5 }), makeItem({ id: 'a', x: 0 })];
    const copy = structuredClone(items);
    clusterItems(items, { minSpacingPx: 10 });
    expect(items).toEqual(copy);
  });

  const arbitraryItems = fc.uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[a-z]{1,3}$/),
      laneId: fc.constantFrom('l1', 'l2', 'l3'),
      x: fc.integer({ min: 0, max: 400 }).map((x) => x / 4),
      significance: fc.constantFrom(1 as const, 2 as const, 3 as const),
    }),
    { selector: (i) => i.id, maxLength: 80 },
  );
  const arbitraryOptions = fc.record({
    minSpacingPx: fc.integer({ min: 0, max: 20 }),
    keepSignificance: fc.constantFrom(2, 3, 4),
    maxWidthPx: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  });

  it('accounts for every input exactly once, and counts add up', () => {
    fc.assert(
      fc.property(arbitraryItems, arbitraryOptions, (items, options) => {
        const result = clusterItems(items, options);
        expect(allIds(result).sort()).toEqual(items.map((i) => i.id).sort());
        const total = result.singles.length + result.clusters.reduce((n, c) => n + c.count, 0);
        expect(total).toBe(items.length);
        for (const c of result.clusters) {
          expect(c.count).toBe(c.eventIds.length);
          expect(c.count).toBeGreaterThan(1);
        }
      }),
    );
  });

  it('never clusters an event at or above keepSignificance', () => {
    fc.assert(
      fc.property(arbitraryItems, arbitraryOptions, (items, options) => {
        const kept = new Set(
          items.filter((i) => i.significance >= options.keepSignificance).map((i) => i.id),
        );
        for (const c of clusterItems(items, options).clusters) {
          for (const id of c.eventIds) expect(kept.has(id)).toBe(false);
        }
      }),
    );
  });

  it('keeps single minor events at least minSpacingPx from their minor neighbours', () => {
    fc.assert(
      fc.property(arbitraryItems, arbitraryOptions, (items, options) => {
        const { singles } = clusterItems(items, { ...options, maxWidthPx: undefined });
        const single = new Set(singles);
        const byLane = new Map<string, ClusterInput[]>();
        for (const i of items) {
          if (i.significance >= options.keepSignificance) continue;
          byLane.set(i.laneId, [...(byLane.get(i.laneId) ?? []), i]);
        }
        for (const lane of byLane.values()) {
          lane.sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : 1));
          lane.forEach((item, k) => {
            if (!single.has(item.id)) return;
            const [prev, next] = [lane[k - 1], lane[k + 1]];
            if (prev) expect(item.x - prev.x).toBeGreaterThanOrEqual(options.minSpacingPx);
            if (next) expect(next.x - item.x).toBeGreaterThanOrEqual(options.minSpacingPx);
          });
        }
      }),
    );
  });

  it('gives the same result whatever the order of the items', () => {
    fc.assert(
      fc.property(
        arbitraryItems.chain((xs) =>
          fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length })),
        ),
        arbitraryOptions,
        ([items, shuffled], options) => {
          expect(clusterItems(shuffled, options)).toEqual(clusterItems(items, options));
        },
      ),
    );
  });

  it('only splits clusters when zooming in, never merges new ones', () => {
    fc.assert(
      fc.property(
        arbitraryItems,
        fc.integer({ min: 1, max: 20 }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (items, minSpacingPx, k) => {
          const outer = clusterItems(items, { minSpacingPx });
          const inner = clusterItems(zoom(items, k), { minSpacingPx });
          const clusterOf = new Map<string, string>();
          for (const c of outer.clusters) for (const id of c.eventIds) clusterOf.set(id, c.id);
          for (const c of inner.clusters) {
            // Every zoomed-in cluster lies inside one zoomed-out cluster.
            expect(new Set(c.eventIds.map((id) => clusterOf.get(id))).size).toBe(1);
            expect(clusterOf.get(c.eventIds[0]!)).toBeDefined();
          }
          expect(inner.clusters.length + inner.singles.length).toBeGreaterThanOrEqual(
            outer.clusters.length + outer.singles.length,
          );
        },
      ),
    );
  });
});
