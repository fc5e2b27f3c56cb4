/** Test helper: the scene of a model over a span of days, as the chart builds it on a wide plot. */
import { scaleUtc } from 'd3-scale';
import { NO_KEPT } from './lod';
import { WIDE } from './geometry';
import { buildScene, type Scene, type SceneInput } from './scene';
import { DAY, T0 } from './test-tracks';
import type { TimelineModel } from './tracks';

export function sceneOver(
  model: TimelineModel,
  fromDay: number,
  toDay: number,
  width: number,
  eras: SceneInput['eras'] = [],
): Scene {
  const scale = scaleUtc()
    .domain([new Date(T0 + fromDay * DAY), new Date(T0 + toDay * DAY)])
    .range([0, width]);
  return buildScene({
    model,
    scale,
    width,
    geometry: WIDE,
    compact: false,
    eras,
    kept: NO_KEPT,
    locale: 'en-GB',
  });
}
