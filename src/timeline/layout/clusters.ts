/**
 * Clustering of crowded marks: zoomed out, runs of minor events that would draw on top of each
 * other collapse into one counted mark; zoomed in, as the px between them grow, they split back
 * into single events. Key events are never hidden in a cluster. Recomputed when zoom settles or
 * crosses a level, on px positions from the current scale: O(n log n) for the sort per lane.
 */

export interface ClusterInput {
  id: string;
  laneId: string;
  /** px: the mark's centre under the current scale. */
  x: number;
  significance: 1 | 2 | 3;
}

export interface Cluster {
  /**
   * Stable while the membership is: `cluster-<smallest member id>-<count>`, so React keeps the
   * same node for a cluster across zoom frames and a split or merge makes a new one.
   */
  id: string;
  laneId: string;
  /** px: the leftmost and rightmost member's centres. */
  x0: number;
  x1: number;
  /** px: midpoint of x0 and x1, where the count is drawn. */
  x: number;
  count: number;
  /** Members in x order (ties by id). */
  eventIds: string[];
  /** Highest significance among members, so the mark can hint at what it hides. */
  significance: 1 | 2 | 3;
}

export interface ClusterOptions {
  /** px: neighbours closer than this (centre to centre) join one cluster. */
  minSpacingPx: number;
  /** Events with at least this significance always stay single. Default 3 (key events). */
  keepSignificance?: number;
  /**
   * px: a cluster grows no wider than this; the next event starts a new one. Without it a
   * dense lane zoomed out chains into one cluster the width of the plot, which says nothing.
   * Default Infinity. With a finite value, zooming in still splits clusters, but the cut
   * points may move, so a cluster is no longer guaranteed to split only into its own parts.
   */
  maxWidthPx?: number;
}

export interface ClusterResult {
  /** Ids drawn as single marks, by lane id, then x, then id. */
  singles: string[];
  /** By lane id, then x0. */
  clusters: Cluster[];
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byX(a: ClusterInput, b: ClusterInput): number {
  return a.x - b.x || compareStrings(a.id, b.id);
}

function makeCluster(laneId: string, run: readonly ClusterInput[]): Cluster {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  let minId = first.id;
  let significance = first.significance;
  for (const item of run) {
    if (item.id < minId) minId = item.id;
    if (item.significance > significance) significance = item.significance;
  }
  return {
    id: `cluster-${minId}-${run.length}`,
    laneId,
    x0: first.x,
    x1: last.x,
    x: (first.x + last.x) / 2,
    count: run.length,
    eventIds: run.map((item) => item.id),
    significance,
  };
}

/**
 * Single-linkage runs per lane: sort by x; a lower-significance event closer than
 * `minSpacingPx` to the previous lower-significance event joins its run. Key events
 * (significance ≥ keepSignificance) are set aside first and neither join nor break a run: the
 * key mark is drawn on top, so a cluster under it still counts what lies there. A run of one is
 * a single. Pure; output order does not depend on input order.
 */
export function clusterItems(
  items: readonly ClusterInput[],
  options: ClusterOptions,
): ClusterResult {
  const { minSpacingPx, keepSignificance = 3, maxWidthPx = Infinity } = options;
  const byLane = new Map<string, ClusterInput[]>();
  for (const item of items) {
    const list = byLane.get(item.laneId);
    if (list) list.push(item);
    else byLane.set(item.laneId, [item]);
  }

  const singles: string[] = [];
  const clusters: Cluster[] = [];
  for (const laneId of [...byLane.keys()].sort(compareStrings)) {
    const lane = byLane.get(laneId)!.sort(byX);
    // Key events are collected as they come but runs only when they end, so sort the lane's
    // singles at the end to keep them in x order.
    const laneSingles: ClusterInput[] = [];
    let run: ClusterInput[] = [];
    const flush = () => {
      if (run.length === 1) laneSingles.push(run[0]!);
      else if (run.length > 1) clusters.push(makeCluster(laneId, run));
      run = [];
    };
    for (const item of lane) {
      if (item.significance >= keepSignificance) {
        laneSingles.push(item);
        continue;
      }
      const prev = run[run.length - 1];
      const joins =
        prev !== undefined && item.x - prev.x < minSpacingPx && item.x - run[0]!.x <= maxWidthPx;
      if (!joins) flush();
      run.push(item);
    }
    flush();
    for (const item of laneSingles.sort(byX)) singles.push(item.id);
  }
  return { singles, clusters };
}
