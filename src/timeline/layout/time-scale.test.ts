import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleUtc } from 'd3-scale';
import {
  dataExtent,
  makeTicks,
  makeTimeScale,
  MIN_SPAN_MS,
  tickGranularity,
  type TickGranularity,
  type TimeScale,
} from './time-scale';
import { makeEvent } from '../../domain/test-events';

const utc = (s: string) => new Date(s.length === 10 ? `${s}T00:00:00Z` : `${s}Z`);

/** A scale that shows exactly [from, to) over `width` px, like a zoomed base scale. */
function makeWindow(from: string, to: string, width = 1000): TimeScale {
  return scaleUtc()
    .domain([utc(from), utc(to)])
    .range([0, width]);
}

const RANK: Record<TickGranularity, number> = { hour: 0, day: 1, week: 2, month: 3, year: 4 };

describe('dataExtent', () => {
  it('is null for no events', () => {
    expect(dataExtent([])).toBeNull();
  });

  it('runs from the earliest start to the exclusive end of the latest day', () => {
    const extent = dataExtent([
      makeEvent({ date: '2024-03-22' }),
      makeEvent({ date: '2023-10-07' }),
      makeEvent({ date: '2024-01-15' }),
    ]);
    expect(extent).toEqual([utc('2023-10-07'), utc('2024-03-23')]);
  });

  it('counts the last day of a span that outlasts later-starting events', () => {
    const extent = dataExtent([
      makeEvent({ date: '2023-11-24', end: '2024-06-30' }),
      makeEvent({ date: '2024-03-22' }),
    ]);
    expect(extent).toEqual([utc('2023-11-24'), utc('2024-07-01')]);
  });

  it('is one day for a single one-day event', () => {
    expect(dataExtent([makeEvent({ date: '2024-02-29' })])).toEqual([
      utc('2024-02-29'),
      utc('2024-03-01'),
    ]);
  });
});

describe('makeTimeScale', () => {
  const extent: [Date, Date] = [utc('2024-01-01'), utc('2024-01-11')];

  it('maps the padded extent onto [0, width]', () => {
    const scale = makeTimeScale(extent, 1000, 0.1);
    expect(scale.range()).toEqual([0, 1000]);
    expect(scale.domain()).toEqual([utc('2023-12-31'), utc('2024-01-12')]);
    expect(scale(utc('2024-01-01'))).toBeCloseTo(1000 / 12);
  });

  it('maps the extent exactly onto the range without padding', () => {
    const scale = makeTimeScale(extent, 500, 0);
    expect(scale(extent[0])).toBe(0);
    expect(scale(extent[1])).toBe(500);
  });

  it('pads by 2% of the span on each side by default', () => {
    const scale = makeTimeScale(extent, 1000);
    const [d0] = scale.domain();
    expect(extent[0].getTime() - d0!.getTime()).toBeCloseTo(0.02 * 10 * 86_400_000);
  });

  it('widens a zero-length extent to a week around it instead of dividing by zero', () => {
    const scale = makeTimeScale([utc('2024-01-01'), utc('2024-01-01')], 800, 0);
    const [d0, d1] = scale.domain();
    expect(d1!.getTime() - d0!.getTime()).toBe(MIN_SPAN_MS);
    expect(scale(utc('2024-01-01'))).toBe(400);
  });

  it('shows one day (one event, or all events on one day) in the middle of a daily axis', () => {
    const day = dataExtent([{ date: '2024-03-22' }])!;
    const scale = makeTimeScale(day, 1000);
    const [d0, d1] = scale.domain();
    expect(d0!.getTime()).toBeLessThan(utc('2024-03-19').getTime());
    expect(d1!.getTime()).toBeGreaterThan(utc('2024-03-26').getTime());
    expect(scale(utc('2024-03-22'))).toBeGreaterThan(400);
    expect(scale(utc('2024-03-23'))).toBeLessThan(600);
    expect(makeTicks(scale, 1000).granularity).toBe('day');
    expect(makeTicks(scale, 1000).major.map((t) => t.label)).not.toContain('1970');
  });

  it('draws a thousand years with century ticks and real years', () => {
    const span = dataExtent([{ date: '1024-03-01' }, { date: '2024-03-01' }])!;
    const scale = makeTimeScale(span, 1000);
    const ticks = makeTicks(scale, 1000);
    expect(ticks.granularity).toBe('year');
    const years = ticks.major.map((t) => Number(t.label));
    expect(years[0]).toBeGreaterThanOrEqual(1000);
    expect(years.at(-1)).toBeLessThanOrEqual(2100);
    expect(years.every((y, i) => i === 0 || y - years[i - 1]! === years[1]! - years[0]!)).toBe(
      true,
    );
  });

  it('keeps years before 1000 and after 9999 out of the way of the epoch', () => {
    const scale = makeTimeScale(dataExtent([{ date: '0001-01-01' }])!, 1000);
    expect(scale.domain()[0]!.getUTCFullYear()).toBe(0);
    expect(makeTicks(scale, 1000).major.every((t) => !t.label.includes('1970'))).toBe(true);
  });

  it('does not round the range, so zoomed positions stay smooth', () => {
    const scale = makeTimeScale(extent, 1000, 0);
    expect(scale(utc('2024-01-01T08:00:00'))).toBeCloseTo(1000 / 30);
  });

  it('does not mutate the extent', () => {
    const copy = [new Date(extent[0]), new Date(extent[1])];
    makeTimeScale(extent, 1000, 0.5);
    expect(extent).toEqual(copy);
  });
});

describe('tickGranularity', () => {
  it.each<[string, string, number, TickGranularity]>([
    ['2000-01-01', '2024-01-01', 1000, 'year'],
    ['2023-10-01', '2024-10-01', 1000, 'month'],
    ['2024-01-01', '2024-03-01', 1000, 'week'],
    ['2024-03-01', '2024-03-11', 1000, 'day'],
    ['2024-03-22', '2024-03-23', 1000, 'hour'],
    // The same span reads coarser on a narrow screen.
    ['2023-10-01', '2024-10-01', 100, 'year'],
  ])('%s to %s over %i px is %s', (from, to, width, expected) => {
    expect(tickGranularity(makeWindow(from, to, width))).toBe(expected);
  });

  it('gets finer (never coarser) as the view zooms in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3_600_000, max: 200 * 365 * 86_400_000 }),
        fc.double({ min: 1.01, max: 50, noNaN: true }),
        fc.integer({ min: 200, max: 3000 }),
        (span, zoom, width) => {
          const t0 = Date.UTC(2020, 0, 1);
          const out = scaleUtc()
            .domain([t0, t0 + span])
            .range([0, width]);
          const inner = scaleUtc()
            .domain([t0, t0 + span / zoom])
            .range([0, width]);
          return RANK[tickGranularity(inner)] <= RANK[tickGranularity(out)];
        },
      ),
    );
  });

  it('is the granularity makeTicks uses', () => {
    const scale = makeWindow('2024-01-01', '2024-03-01');
    expect(makeTicks(scale, 1000).granularity).toBe(tickGranularity(scale));
  });
});

describe('makeTicks', () => {
  it('labels years as "2024"', () => {
    const { granularity, major } = makeTicks(makeWindow('2015-06-01', '2024-06-01'), 1000);
    expect(granularity).toBe('year');
    expect(major.map((t) => t.label)).toEqual([
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
    expect(major[0]!.date).toEqual(utc('2016-01-01'));
  });

  it('labels months short, with the year on the first tick and on January', () => {
    const { granularity, major } = makeTicks(makeWindow('2023-10-15', '2024-10-15'), 1000);
    expect(granularity).toBe('month');
    expect(major.map((t) => t.label)).toEqual([
      'Nov 2023',
      'Dec',
      'Jan 2024',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sept',
      'Oct',
    ]);
  });

  it('labels days as "22 Mar", with the year on the first tick', () => {
    const { granularity, major } = makeTicks(makeWindow('2024-03-20', '2024-03-29'), 1000);
    expect(granularity).toBe('day');
    expect(major.map((t) => t.label)).toEqual([
      '20 Mar 2024',
      '21 Mar',
      '22 Mar',
      '23 Mar',
      '24 Mar',
      '25 Mar',
      '26 Mar',
      '27 Mar',
      '28 Mar',
      '29 Mar',
    ]);
  });

  it('puts weekly ticks on Mondays', () => {
    const { granularity, major } = makeTicks(makeWindow('2024-01-01', '2024-03-01'), 1000);
    expect(granularity).toBe('week');
    expect(major.length).toBeGreaterThan(0);
    for (const t of major) expect(t.date.getUTCDay()).toBe(1);
    expect(major[1]!.label).toBe('8 Jan');
  });

  it('labels hours as "13:00", with the day on the first tick and at midnight', () => {
    const { granularity, major } = makeTicks(
      makeWindow('2024-03-22T12:00:00', '2024-03-23T06:00:00'),
      1000,
    );
    expect(granularity).toBe('hour');
    const labels = major.map((t) => t.label);
    expect(labels[0]).toBe('22 Mar, 12:00');
    expect(labels[1]).toBe('14:00');
    expect(labels).toContain('23 Mar, 00:00');
  });

  it('follows the locale', () => {
    // The exact abbreviation ("Mär", "März") depends on the ICU version, so ask Intl for it.
    const march = new Intl.DateTimeFormat('de-DE', { month: 'short', timeZone: 'UTC' }).format(
      utc('2024-03-01'),
    );
    const { major } = makeTicks(makeWindow('2024-01-15', '2025-01-15'), 1000, 'de-DE');
    expect(major.map((t) => t.label)).toContain(march);
    expect(march).not.toBe('Mar');
  });

  it('keeps every tick inside [0, width] and in the visible window', () => {
    const scale = makeTimeScale([utc('2020-01-01'), utc('2025-01-01')], 1000);
    // Zoom 40x around the middle, as d3-zoom's rescaleX would.
    const zoomed = scale.copy().domain([utc('2022-06-01'), utc('2022-07-16')]);
    const { major, minor } = makeTicks(zoomed, 1000);
    for (const t of [...major, ...minor]) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x).toBeLessThanOrEqual(1000);
      expect(t.date >= utc('2022-06-01') && t.date <= utc('2022-07-16')).toBe(true);
    }
  });

  it('keeps a tick that falls exactly on the right edge', () => {
    const { major } = makeTicks(makeWindow('2016-01-01', '2024-01-01'), 1000);
    expect(major.at(-1)!.date).toEqual(utc('2024-01-01'));
    expect(major.at(-1)!.x).toBe(1000);
  });

  it('subdivides years into quarters when months would be too dense', () => {
    const { minor } = makeTicks(makeWindow('2015-06-01', '2024-06-01'), 1000);
    expect(minor.length).toBeGreaterThan(0);
    for (const t of minor) expect([3, 6, 9]).toContain(t.date.getUTCMonth());
  });

  it('never puts a minor tick where a major tick is', () => {
    const { major, minor } = makeTicks(makeWindow('2024-03-01', '2024-03-11'), 1000);
    expect(minor.length).toBeGreaterThan(0);
    const majors = new Set(major.map((t) => t.date.getTime()));
    for (const t of minor) expect(majors.has(t.date.getTime())).toBe(false);
  });

  it('returns nothing for a zero width', () => {
    expect(makeTicks(makeWindow('2024-01-01', '2025-01-01', 0), 0)).toMatchObject({
      major: [],
      minor: [],
    });
  });

  it('keeps two-day ticks two days apart across the end of a 31-day month', () => {
    const t0 = Date.UTC(1990, 0, 1);
    const scale = scaleUtc()
      .domain([t0, t0 + 31 * 86_400_000])
      .range([0, 930]);
    const { major } = makeTicks(scale, 930);
    const days = major.map((t) => t.date.getTime() / 86_400_000);
    expect(days.slice(1).map((d, i) => d - days[i]!)).toEqual(days.slice(1).map(() => 2));
  });

  // Below a day the finest step (1 hour) is wider than the band; the zoom stops before that.
  it('spaces major ticks near 90–120 px and never closer than 55 px, for any span over a day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 86_400_000, max: 150 * 365 * 86_400_000 }),
        fc.integer({ min: 0, max: 50 * 365 * 86_400_000 }),
        fc.integer({ min: 300, max: 2500 }),
        (span, offset, width) => {
          const t0 = Date.UTC(1990, 0, 1) + offset;
          const scale = scaleUtc()
            .domain([t0, t0 + span])
            .range([0, width]);
          const { major, minor } = makeTicks(scale, width);
          const gaps = major.slice(1).map((t, i) => t.x - major[i]!.x);
          // 55 px: a 28-day February at the 60 px floor of a 30.4-day mean month.
          for (const g of gaps) expect(g).toBeGreaterThanOrEqual(55);
          if (gaps.length > 0) {
            // The steps of the ladder are at most 3.5x apart, so the mean gap stays near the band.
            const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
            expect(mean).toBeLessThan(330);
          }
          // Sorted, so the renderer can key and cull them in order.
          for (let i = 1; i < minor.length; i++)
            expect(minor[i]!.x).toBeGreaterThan(minor[i - 1]!.x);
        },
      ),
    );
  });

  it('puts ticks on calendar boundaries in UTC', () => {
    const { major } = makeTicks(makeWindow('2023-10-15', '2024-10-15'), 1000);
    for (const t of major) {
      expect(t.date.getUTCDate()).toBe(1);
      expect(t.date.getUTCHours()).toBe(0);
    }
  });
});
