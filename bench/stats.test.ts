import { describe, expect, it } from 'vitest';
import {
  keyFloorLine,
  median,
  quantile,
  ratio,
  summarise,
  table,
  type Measurement,
  type Summary,
} from './stats';

describe('quantile', () => {
  it('interpolates between closest ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 0, 5], 0.5)).toBe(5);
    expect(quantile([0, 100], 0.95)).toBe(95);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('median', () => {
  it('leaves out runs that measured nothing', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([null, null])).toBeNull();
  });
});

describe('summarise', () => {
  it('takes the median of each metric over the runs', () => {
    const run = (paintMs: number | null, p95: number): Measurement => ({
      paintMs,
      frameP50Ms: 1,
      frameP95Ms: p95,
      frames: 120,
      filterPaintMs: 16,
      filterMs: 20,
      filterMarksMs: 24,
      filterChartMs: 30,
      keyP50Ms: null,
      keyP95Ms: null,
      domNodes: 100,
      heapMB: 5,
    });
    const s = summarise([run(100, 9), run(null, 5), run(300, 7)]);
    expect(s.paintMs).toBe(200);
    expect(s.frameP95Ms).toBe(7);
    expect(s.runs).toBe(3);
  });
});

describe('ratio', () => {
  it('writes one decimal below 10 and rounds above', () => {
    expect(ratio(25, 10)).toBe('2.5×');
    expect(ratio(1234, 10)).toBe('123×');
    expect(ratio(null, 10)).toBe('—');
  });
});

describe('table', () => {
  it('writes one row per page with ratios to the canvas page of the same size', () => {
    const s = (paintMs: number, p95: number, keyMs: number | null = null): Summary => ({
      paintMs,
      frameP50Ms: p95 / 2,
      frameP95Ms: p95,
      frames: 180,
      filterPaintMs: 32,
      filterMs: 40,
      filterMarksMs: 48,
      filterChartMs: 90,
      keyP50Ms: keyMs,
      keyP95Ms: keyMs === null ? null : keyMs * 2,
      domNodes: 1200,
      heapMB: 12.34,
      runs: 3,
    });
    const md = table(
      new Map([
        [
          10000,
          new Map([
            ['stanceline', s(400, 20, 4.5)],
            ['stanceline-worker', s(700, 20, 4.5)],
            ['vis-timeline', s(4000, 400)],
            ['canvas', s(200, 8)],
          ] as const),
        ],
      ]),
    );
    const rows = md.split('\n');
    expect(rows).toHaveLength(6);
    expect(rows[2]).toBe(
      '| 10,000 | Stanceline, checked by the build | 0.40 s | 2.0× | 10 ms / 20 ms | 2.5× | 32 ms | 40 ms / 48 ms / 90 ms | 4.5 ms / 9.0 ms | 1,200 | 12.3 MB |',
    );
    expect(rows[3]).toMatch(/^\| 10,000 \| Stanceline, checked in a worker \| 0\.70 s \| 3\.5× \|/);
    expect(rows[5]).toContain('| 1.0× |');
    // The reference pages have no keyboard navigation.
    expect(rows[5]).toContain('| 40 ms / 48 ms / 90 ms | — |');
  });
});

describe('keyFloorLine', () => {
  it('gives the bare buttons page p50 / p95, or a dash for what was not measured', () => {
    expect(keyFloorLine({ keyP50Ms: 4.26, keyP95Ms: 12.5 })).toMatch(/: 4\.3 ms \/ 13 ms$/);
    expect(keyFloorLine({ keyP50Ms: null, keyP95Ms: null })).toMatch(/: — \/ —$/);
  });
});
