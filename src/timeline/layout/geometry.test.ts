import { describe, expect, it } from 'vitest';
import type { Lane } from './lanes';
import { COMPACT, rowY, stackLanes, WIDE } from './geometry';

const lane = (id: string, rowCount: number, expanded = false): Lane => ({
  id,
  label: id,
  kind: 'group',
  depth: 0,
  rowCount,
  expanded,
  items: [],
});

describe('stackLanes', () => {
  it('stacks lanes below the axis without gaps, each as tall as its rows', () => {
    const { lanes, height } = stackLanes([lane('a', 2), lane('b', 1), lane('c', 0, true)], WIDE);
    expect(lanes.map((l) => l.top)).toEqual([44, 44 + 56, 44 + 56 + 32]);
    expect(lanes.map((l) => l.height)).toEqual([2 * 24 + 8, 24 + 8, 26]);
    expect(height).toBe(56 + 32 + 26);
    expect(lanes.map((l) => l.index)).toEqual([0, 1, 2]);
  });

  it('keeps room for a label above each lane in the compact layout', () => {
    const { lanes } = stackLanes([lane('a', 1)], COMPACT);
    expect(lanes[0]!.rowsTop).toBe(42 + 18 + 6);
    expect(rowY(lanes[0]!, 0, COMPACT)).toBe(42 + 18 + 6 + 15);
  });

  it('gives a lane with no rows the height of one row', () => {
    expect(stackLanes([lane('a', 0)], WIDE).lanes[0]!.height).toBe(32);
  });
});
