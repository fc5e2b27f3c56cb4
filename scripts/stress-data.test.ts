import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../src/domain/schema';
import { validateDatasetValues } from '../src/domain/validate';
import { generateStressDataset } from './stress-data';

const OPTS = { events: 3000, seed: 7, id: 'stress-test' };

describe('generateStressDataset', () => {
  const data = generateStressDataset(OPTS);

  it('writes a dataset the validator accepts', () => {
    const result = validateDatasetValues({
      'dataset.json': data.meta,
      'actors.json': data.actors,
      'events.json': { events: data.events },
    });
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    expect(result.ok && result.dataset.events).toHaveLength(OPTS.events);
  });

  it('gives equal records for equal seeds and different ones for different seeds', () => {
    expect(JSON.stringify(generateStressDataset(OPTS))).toBe(JSON.stringify(data));
    const other = generateStressDataset({ ...OPTS, seed: 8 });
    expect(other.events.map((e) => e.date)).not.toEqual(data.events.map((e) => e.date));
  });

  it('mixes every type, spans, month dates, votes, quotes, relations and shifts', () => {
    const types = new Set(data.events.map((e) => e.type));
    expect([...types].sort()).toEqual([...EVENT_TYPES].sort());
    expect(data.events.filter((e) => e.end !== undefined).length).toBeGreaterThan(50);
    expect(data.events.some((e) => e.precision === 'month')).toBe(true);
    expect(data.events.some((e) => e.vote?.outcome === 'vetoed')).toBe(true);
    expect(data.events.some((e) => e.quotes.length > 0)).toBe(true);
    expect(data.events.some((e) => e.relations.length > 0)).toBe(true);
    const dimensions = new Set(data.events.flatMap((e) => e.shifts.map((s) => s.dimension)));
    expect(dimensions.size).toBeGreaterThanOrEqual(3);
    expect(new Set(data.events.map((e) => e.significance))).toEqual(new Set([1, 2, 3]));
  });

  it('crowds events into bursts: the busiest day holds far more than the mean', () => {
    const perDay = new Map<string, number>();
    for (const e of data.events) perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
    const busiest = Math.max(...perDay.values());
    expect(busiest).toBeGreaterThan((10 * OPTS.events) / 3653);
  });

  it('lists events in time order (month dates at their first day) with unique ids', () => {
    expect(data.events.every((e) => e.precision !== 'month' || e.date.endsWith('-01'))).toBe(true);
    const dates = data.events.filter((e) => e.precision === 'day').map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(data.events.map((e) => e.id)).size).toBe(OPTS.events);
  });
});
