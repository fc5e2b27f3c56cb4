import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { NO_KEPT } from '../layout/lod';
import { WIDE } from '../layout/geometry';
import { buildScene } from '../layout/scene';
import { DAY, T0, modelFrom } from '../layout/test-tracks';
import { hitTest } from './hit-test';

const { model } = modelFrom(
  [
    { day: 10, significance: 3 },
    { day: 30, significance: 1, days: 20 },
    { day: 80, significance: 1 },
    { day: 80, significance: 1 },
  ],
  { maxRows: 1 },
);
const scale = scaleUtc()
  .domain([new Date(T0), new Date(T0 + 100 * DAY)])
  .range([0, 1000]);
const scene = buildScene({
  model,
  scale,
  width: 1000,
  geometry: WIDE,
  compact: false,
  eras: [],
  kept: NO_KEPT,
  locale: 'en-GB',
});
const y = model.tracks[0]!.y;

describe('hitTest', () => {
  it('finds the mark under the pointer within a 12 px radius', () => {
    expect(hitTest(scene, 100, y)?.id).toBe('e0000');
    expect(hitTest(scene, 110, y + 3)?.id).toBe('e0000');
    expect(hitTest(scene, 114, y)).toBeNull();
    expect(hitTest(scene, 100, y + 20)).toBeNull();
  });

  it('finds a cluster by its bubble and a span by its bar', () => {
    expect(hitTest(scene, 802, y)?.kind).toBe('cluster');
    expect(hitTest(scene, 450, y + 2)?.id).toBe('e0001');
    expect(hitTest(scene, 520, y)).toBeNull();
  });
});
