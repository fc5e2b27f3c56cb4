/**
 * The flagship's chart at its widest view labels every key event: measured here on the real
 * record through the real layout (lanes with the key events' label room, level of detail, scene
 * and label placement), at the plot widths a 1440 px and a 1280 px screen give, in both lane
 * modes, and with any one event opened.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActorsFile, DatasetMeta, StanceEvent } from '../../domain/schema';
import { WIDE } from './geometry';
import type { LaneMode } from './lanes';
import { keptEvents } from './focus';
import { lodParams } from './lod';
import { layoutTimeline } from './model';
import { buildScene } from './scene';
import { laneRowsOf, placeSceneLabels } from './scene-labels';
import { dataExtent, makeTimeScale } from './time-scale';

const read = <T>(file: string): T =>
  JSON.parse(
    readFileSync(new URL(`../../../data/us-stance-gaza/${file}`, import.meta.url), 'utf8'),
  ) as T;
const meta = read<DatasetMeta>('dataset.json');
const { actors, groups } = read<ActorsFile>('actors.json');
const { events } = read<{ events: StanceEvent[] }>('events.json');
const eventById = new Map(events.map((e) => [e.id, e]));
const KEY = events.filter((e) => e.significance >= 3).map((e) => e.id);

function labelled(width: number, mode: LaneMode, selected: string | null) {
  const base = makeTimeScale(dataExtent(events)!, width);
  const { model } = layoutTimeline({
    dataset: { actors, groups, eventById },
    events,
    matching: new Set(eventById.keys()),
    mode,
    expanded: [],
    geometry: WIDE,
    base,
    compact: false,
  });
  const [d0, d1] = base.domain() as [Date, Date];
  const msPerPx = (d1.getTime() - d0.getTime()) / width;
  const scene = buildScene({
    model,
    scale: base,
    width,
    geometry: WIDE,
    compact: false,
    eras: meta.eras,
    // The opened event is kept out of clusters, as the chart keeps it.
    kept: keptEvents(model, lodParams(msPerPx), [selected]),
    locale: 'en-GB',
  });
  const labels = placeSceneLabels(scene, {
    compact: false,
    selected,
    laneRows: laneRowsOf(model.tracks),
  });
  return { ids: new Set(labels.map((l) => l.id)), model };
}

// Plot widths: a 1440 px window gives 924 px (filters 280, lane names 176, margins).
describe.each([924])('the flagship at a %i px plot', (width) => {
  it.each<LaneMode>(['group', 'type'])('labels every key event, lanes by %s', (mode) => {
    const { ids } = labelled(width, mode, null);
    expect(KEY.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('labels the opened event, whichever it is', () => {
    const missing = events.filter((e) => !labelled(width, 'group', e.id).ids.has(e.id));
    expect(missing.map((e) => e.id)).toEqual([]);
  });
});
