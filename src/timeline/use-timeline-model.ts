/**
 * Everything the timeline draws, computed at the right cadence:
 * - per data/filter/lane-mode/width change: lanes, rows, vertical stacking (`lanesLayout`);
 * - per settled zoom (gesture end, not per frame): clusters and which labels show (`settledLayout`);
 * - per frame, in the component: only x = scale(t).
 */
import { useMemo } from 'react';
import type { StanceEvent } from '../domain/schema';
import type { Dataset } from '../domain/validate';
import { assignLanes, type LaneMode } from './layout/lanes';
import { clusterItems } from './layout/clusters';
import {
  estimateTextWidth,
  placeLabels,
  truncateLabel,
  type LabelCandidate,
} from './layout/labels';
import type { TimeScale } from './layout/time-scale';
import { rowY, stackLanes, type Geometry } from './compute';
import type { ClusterNode, EventNode, Node } from './marks-layer';
import { markArea } from './render/shapes';

export const LABEL_FONT_PX = 12;
/** Marks closer than this (px, centre to centre) at the settled zoom may cluster. */
const CLUSTER_SPACING_PX = 14;
/** Widest a cluster may grow, px, so a dense lane does not become one bubble. */
const CLUSTER_MAX_WIDTH_PX = 60;
/** Most rows of marks a lane gets (fewer on phones, where height is scarce). */
const MAX_ROWS = 5;

interface Input {
  dataset: Dataset;
  /** Events drawn: all of them when filtered-out events are dimmed, else the matching ones. */
  events: readonly StanceEvent[];
  matching: ReadonlySet<string>;
  mode: LaneMode;
  expanded: readonly string[];
  geometry: Geometry;
  /** The scale at zoom level 1. */
  base: TimeScale;
  compact: boolean;
}

export function useLanesLayout({
  dataset,
  events,
  matching,
  mode,
  expanded,
  geometry,
  base,
  compact,
}: Input) {
  return useMemo(() => {
    const colourOfGroup = new Map(dataset.groups.map((g, i) => [g.id, i]));
    const groupName = new Map(dataset.groups.map((g) => [g.id, g.name]));
    // Two marks on one row keep a mark's width apart at the zoomed-out view; closer ones stack.
    const [d0] = base.domain() as [Date];
    const markPx = 2 * Math.sqrt(markArea(3, compact) / Math.PI) + 6;
    const minGapMs = Math.max(
      0,
      base.invert(base(d0) + markPx).getTime() - d0.getTime() - 86_400_000,
    );
    const lanes = assignLanes({
      events,
      actors: dataset.actors,
      groups: dataset.groups,
      mode,
      expanded: new Set(expanded),
      minGapMs,
      maxRows: compact ? 3 : MAX_ROWS,
    });
    const vertical = stackLanes(lanes, geometry);
    const nodes: EventNode[] = [];
    for (const placed of vertical.lanes) {
      for (const item of placed.lane.items) {
        const event = dataset.eventById.get(item.eventId);
        if (!event) continue;
        nodes.push({
          kind: 'event',
          id: event.id,
          event,
          lane: placed.index,
          y: rowY(placed, item.row, geometry),
          start: item.start,
          end: item.end,
          colour: colourOfGroup.get(item.group) ?? dataset.groups.length,
          dimmed: !matching.has(event.id),
          others: item.others.map((g) => groupName.get(g) ?? g),
        });
      }
    }
    return { lanes: vertical.lanes, height: vertical.height, nodes, colourOfGroup };
  }, [dataset, events, matching, mode, expanded, geometry, base, compact]);
}

export interface SettledLayout {
  /** Nodes to draw: single events and clusters. */
  nodes: Node[];
  /** Event id → label text that fits (possibly truncated). */
  labels: Map<string, { text: string; side: 'left' | 'right' }>;
}

/**
 * Clusters and labels for the zoom at which the last gesture ended. Cheap (O(n log n)) but not
 * per frame: while a gesture runs, the previous result is drawn at the moving scale.
 */
export function useSettledLayout(
  nodes: readonly EventNode[],
  settledScale: TimeScale,
  width: number,
  selected: string | null,
  /** The event with keyboard focus: like the selected one, never hidden in a cluster. */
  focused: string | null,
  compact: boolean,
): SettledLayout {
  return useMemo(() => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const inputs = nodes.map((n) => ({
      id: n.id,
      laneId: String(n.lane),
      x: settledScale(n.start),
      significance: n.event.significance as 1 | 2 | 3,
    }));
    const { singles, clusters } = clusterItems(inputs, {
      minSpacingPx: CLUSTER_SPACING_PX,
      maxWidthPx: CLUSTER_MAX_WIDTH_PX,
    });
    // The selected and focused events are never hidden inside a cluster.
    const kept = new Set([selected, focused].filter((id): id is string => id !== null));
    const out: Node[] = [];
    const singleSet = new Set(singles);
    for (const c of clusters) {
      if (c.eventIds.some((id) => kept.has(id))) {
        c.eventIds.forEach((id) => singleSet.add(id));
        continue;
      }
      const members = c.eventIds.map((id) => byId.get(id)).filter((n): n is EventNode => !!n);
      const first = members[0];
      if (!first) continue;
      const t0 = Math.min(...members.map((m) => m.start));
      const t1 = Math.max(...members.map((m) => m.end));
      const cluster: ClusterNode = {
        kind: 'cluster',
        id: c.id,
        lane: first.lane,
        y: first.y,
        t: settledScale.invert(c.x).getTime(),
        t0,
        t1,
        colour: first.colour,
        eventIds: c.eventIds,
        dimmed: members.every((m) => m.dimmed),
      };
      out.push(cluster);
    }
    for (const id of singleSet) {
      const n = byId.get(id);
      if (n) out.push(n);
    }

    // Labels: key events first; marks are obstacles so a label never runs over another mark.
    // Label box starts this far right of its mark's centre; obstacles are the marks' own boxes.
    const offset = 14;
    const candidates: LabelCandidate[] = [];
    for (const n of out) {
      const x = settledScale(n.kind === 'event' ? n.start : n.t);
      const r =
        n.kind === 'event' ? Math.sqrt(markArea(n.event.significance, compact) / Math.PI) + 1 : 12;
      candidates.push({
        id: `mark:${n.id}`,
        laneId: String(n.lane),
        x: x - r - offset,
        width: 2 * r,
        priority: 1e9,
        y: n.y,
      });
      if (n.kind !== 'event' || n.dimmed) continue;
      if (n.event.significance < (compact ? 3 : 2)) continue;
      const text = truncateLabel(n.event.title, compact ? 28 : 44);
      candidates.push({
        id: n.id,
        laneId: String(n.lane),
        x,
        width: estimateTextWidth(text, LABEL_FONT_PX),
        priority: n.event.significance * 1e6 + (n.id === selected ? 5e6 : 0) - x / 1e4,
        y: n.y,
      });
    }
    const placed = placeLabels(candidates, {
      rowsPerLane: 1,
      rowHeight: 0,
      laneTop: {},
      gap: 3,
      offset,
      width,
    });
    const labels = new Map<string, { text: string; side: 'left' | 'right' }>();
    for (const p of placed) {
      if (p.id.startsWith('mark:')) continue;
      const n = byId.get(p.id);
      if (n)
        labels.set(p.id, { text: truncateLabel(n.event.title, compact ? 28 : 44), side: p.side });
    }
    return { nodes: out, labels };
  }, [nodes, settledScale, width, selected, focused, compact]);
}
