import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDatasetTexts } from '../../domain/validate';
import { WIDE } from './geometry';
import { layoutTimeline, layoutToFit, type LayoutInput } from './model';
import { dataExtent, makeTimeScale } from './time-scale';

function flagshipInput(): LayoutInput {
  const read = (f: string) =>
    readFileSync(new URL(`../../../data/us-stance-gaza/${f}`, import.meta.url), 'utf8');
  const result = validateDatasetTexts({
    'dataset.json': read('dataset.json'),
    'actors.json': read('actors.json'),
    'events.json': read('events.json'),
  });
  if (!result.ok) throw new Error('the flagship dataset does not validate');
  const dataset = result.dataset;
  return {
    dataset,
    events: dataset.events,
    matching: new Set(dataset.events.map((e) => e.id)),
    mode: 'group',
    expanded: [],
    geometry: WIDE,
    base: makeTimeScale(dataExtent(dataset.events)!, 900),
    compact: false,
  };
}

const rows = (l: ReturnType<typeof layoutTimeline>) =>
  Math.max(...l.model.lanes.map((p) => p.lane.rowCount));

describe('layoutToFit', () => {
  const input = flagshipInput();
  const full = layoutTimeline(input);

  it('is the usual layout when there is no height to fit', () => {
    expect(layoutToFit(input, null).model.height).toBe(full.model.height);
    expect(layoutToFit(input, full.model.height).model.height).toBe(full.model.height);
  });

  it('takes rows away until the lanes fit, keeping every lane and every event', () => {
    const height = Math.round(full.model.height * 0.6);
    const fitted = layoutToFit(input, height);
    expect(fitted.model.height).toBeLessThanOrEqual(height);
    expect(rows(fitted)).toBeLessThan(rows(full));
    expect(fitted.model.lanes.map((l) => l.lane.id)).toEqual(
      full.model.lanes.map((l) => l.lane.id),
    );
    expect(fitted.model.where.size).toBe(full.model.where.size);
  });

  it('stops at one row per lane when even that does not fit', () => {
    const fitted = layoutToFit(input, 10);
    expect(rows(fitted)).toBe(1);
    expect(fitted.model.height).toBeGreaterThan(10);
  });
});
