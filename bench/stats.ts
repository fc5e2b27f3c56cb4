/** Statistics and the results table of the benchmark: pure, so they have unit tests. */

/** The q-quantile (0..1) by linear interpolation between closest ranks; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** Median of the values that were measured (nulls are runs that timed out); null if none. */
export function median(values: ReadonlyArray<number | null>): number | null {
  const ok = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return ok.length === 0 ? null : quantile(ok, 0.5);
}

export interface Measurement {
  /** Navigation start → marks painted, ms. */
  paintMs: number | null;
  frameP50Ms: number | null;
  frameP95Ms: number | null;
  frames: number;
  /**
   * Click on a filter checkbox → the next paint after the click was handled, as the browser
   * reports it (Event Timing, in steps of 8 ms), ms.
   */
  filterPaintMs: number | null;
  /** Click on a filter checkbox → the first paint after the count changed, ms. */
  filterMs: number | null;
  /**
   * Click → the frame that first drew the marks of the new filter, rendered, ms: earlier than
   * `filterChartMs` where the marks are drawn before their labels and buttons (Stanceline).
   */
  filterMarksMs: number | null;
  /**
   * Click → the first paint of the chart with the new filter and its labels and mark buttons, ms:
   * later than `filterMs` where the chart renders after the count (Stanceline); the same where
   * both paint together.
   */
  filterChartMs: number | null;
  /**
   * Arrow key → the frame painted after focus moved to the next mark, ms: p50 and p95 over the
   * presses, one every 33 ms as a held key repeats (bench/key-presses.ts). Null for a page
   * without keyboard navigation (the reference pages).
   */
  keyP50Ms: number | null;
  keyP95Ms: number | null;
  domNodes: number | null;
  heapMB: number | null;
}

export type Summary = Omit<Measurement, 'frames'> & { frames: number | null; runs: number };

export function summarise(runs: readonly Measurement[]): Summary {
  const pick = (key: keyof Measurement) => median(runs.map((r) => r[key]));
  return {
    paintMs: pick('paintMs'),
    frameP50Ms: pick('frameP50Ms'),
    frameP95Ms: pick('frameP95Ms'),
    frames: pick('frames'),
    filterPaintMs: pick('filterPaintMs'),
    filterMs: pick('filterMs'),
    filterMarksMs: pick('filterMarksMs'),
    filterChartMs: pick('filterChartMs'),
    keyP50Ms: pick('keyP50Ms'),
    keyP95Ms: pick('keyP95Ms'),
    domNodes: pick('domNodes'),
    heapMB: pick('heapMB'),
    runs: runs.length,
  };
}

function fmt(value: number | null, unit: 's' | 'ms' | 'n' | 'MB'): string {
  if (value === null) return '—';
  switch (unit) {
    case 's':
      return `${(value / 1000).toFixed(2)} s`;
    case 'ms':
      return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
    case 'n':
      return Math.round(value).toLocaleString('en-US');
    case 'MB':
      return `${value.toFixed(1)} MB`;
  }
}

/** "12.3×" — how many times `value` is the reference's; "—" when either is missing. */
export function ratio(value: number | null, reference: number | null): string {
  if (value === null || reference === null || reference <= 0) return '—';
  const r = value / reference;
  return `${r < 10 ? r.toFixed(1) : Math.round(r)}×`;
}

/**
 * `stanceline` opens the record as the build checked it (its digest in the page: only parsed);
 * `stanceline-worker` opens the same events as a dataset the build did not check, so the page
 * validates them in its worker first — as it does a reader's own file or a hosted one.
 */
export const PAGES = ['stanceline', 'stanceline-worker', 'vis-timeline', 'canvas'] as const;
export type PageKind = (typeof PAGES)[number];

export const PAGE_NAMES: Record<PageKind, string> = {
  stanceline: 'Stanceline, checked by the build',
  'stanceline-worker': 'Stanceline, checked in a worker',
  'vis-timeline': 'vis-timeline 8',
  canvas: 'bare canvas + d3-zoom',
};

/** "3.1 ms / 5.0 ms", or "—" for a page without keyboard navigation. */
function keys(s: Summary): string {
  return s.keyP50Ms === null && s.keyP95Ms === null
    ? '—'
    : `${fmt(s.keyP50Ms, 'ms')} / ${fmt(s.keyP95Ms, 'ms')}`;
}

/**
 * The line under the table for the arrow-key measure's floor: the same presses on a page of bare
 * buttons that only moves focus (bench/pages/keys.html).
 */
export function keyFloorLine(floor: { keyP50Ms: number | null; keyP95Ms: number | null }): string {
  return (
    `Arrow key on bare buttons that only move focus (the measure's floor, same run): ` +
    `${fmt(floor.keyP50Ms, 'ms')} / ${fmt(floor.keyP95Ms, 'ms')}`
  );
}

/**
 * A Markdown table, one row per size and page, with ratios to the canvas reference of the same
 * size for paint and frame p95 (× canvas), and Stanceline's paint speed-up over vis-timeline.
 */
export function table(results: ReadonlyMap<number, ReadonlyMap<PageKind, Summary>>): string {
  const lines = [
    '| events | page | navigation → painted | × canvas | frame p50 / p95 | p95 × canvas | filter → next paint | filter → count / marks / chart | arrow key p50 / p95 | DOM elements | JS heap |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [size, pages] of results) {
    const ref = pages.get('canvas');
    for (const kind of PAGES) {
      const s = pages.get(kind);
      if (!s) continue;
      lines.push(
        `| ${size.toLocaleString('en-US')} | ${PAGE_NAMES[kind]} | ${fmt(s.paintMs, 's')} | ` +
          `${ratio(s.paintMs, ref?.paintMs ?? null)} | ${fmt(s.frameP50Ms, 'ms')} / ` +
          `${fmt(s.frameP95Ms, 'ms')} | ${ratio(s.frameP95Ms, ref?.frameP95Ms ?? null)} | ` +
          `${fmt(s.filterPaintMs, 'ms')} | ` +
          `${fmt(s.filterMs, 'ms')} / ${fmt(s.filterMarksMs, 'ms')} / ${fmt(s.filterChartMs, 'ms')} | ` +
          `${keys(s)} | ${fmt(s.domNodes, 'n')} | ` +
          `${fmt(s.heapMB, 'MB')} |`,
      );
    }
  }
  return lines.join('\n');
}
