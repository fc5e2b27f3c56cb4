/**
 * Two builds of the app against each other, interleaved (A, B, A, B, …), on one page at a time:
 * navigation → painted, the benchmark's zoom-and-drag frames (p50 / p95), and the arrow key
 * (p50 / p95), each measured as `npm run bench` measures it (in-page.js). For a change whose effect is
 * smaller than the drift of a shared machine between two full runs: interleaving puts both builds
 * under the same conditions.
 *
 * Build each side first, with the data it should serve, e.g. from two worktrees:
 *   STANCELINE_CHECKED_DATA=stress-10k npx vite build --outDir /tmp/a --emptyOutDir
 * then
 *   npx tsx bench/ab.ts --a /tmp/a --b /tmp/b --dataset stress-10k --runs 6
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { arrowLatencies } from './key-presses.ts';
import { startPreview } from './preview-server.ts';
import { quantile } from './stats.ts';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    dataset: { type: 'string', default: 'stress-10k' },
    runs: { type: 'string', default: '6' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4390' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help || !values.a || !values.b) {
  console.log(`Usage: npx tsx bench/ab.ts --a <built app> --b <built app> [options]
  --a DIR, --b DIR  two builds of the app (vite build --outDir DIR)
  --dataset ID      the dataset both open (default stress-10k)
  --runs N          pages per side, interleaved (default 6)
  --port N          first of the two ports they are served on (default BENCH_PORT or 4390)`);
  process.exit(values.help ? 0 : 1);
}

const root = resolve(import.meta.dirname, '..');
const SURFACE = '[data-zoom-surface], .chart';
const KEY_PRESSES = 30;

/** What in-page.js gives the page, as this script uses it. */
interface BenchWindow {
  __bench: {
    paintedAt(): number | null;
    gesture(surface: string, zoom: number, pan: number, budget: number): Promise<number[]>;
  };
}
interface Sample {
  paint: number;
  frameP50: number;
  frameP95: number;
  keyP50: number;
  keyP95: number;
}

async function measure(page: Page, url: string): Promise<Sample> {
  await page.goto(url, { waitUntil: 'commit' });
  // Resolves with the time the marks painted, once they have.
  const painted = await page.waitForFunction(
    () => (window as unknown as BenchWindow).__bench.paintedAt(),
    null,
    { polling: 50 },
  );
  const paint = (await painted.jsonValue())!;
  await page.waitForSelector('[data-painted="true"]', { state: 'attached' });
  await page.waitForSelector('[data-zoom-surface][data-gestures="ready"]');
  const frames = await page.evaluate(
    (surface) => (window as unknown as BenchWindow).__bench.gesture(surface, 60, 60, 30_000),
    SURFACE,
  );
  await page.locator('.plot .marks [tabindex="0"]').first().focus();
  const keys = await arrowLatencies(page, KEY_PRESSES);
  return {
    paint,
    frameP50: quantile(frames, 0.5),
    frameP95: quantile(frames, 0.95),
    keyP50: quantile(keys, 0.5),
    keyP95: quantile(keys, 0.95),
  };
}

const port = Number(values.port);
const sides = [
  { name: 'A', dir: resolve(values.a), port },
  { name: 'B', dir: resolve(values.b), port: port + 1 },
];
const stops = await Promise.all(sides.map((s) => startPreview(root, s.dir, s.port)));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
  args: ['--disable-gpu-vsync', '--disable-frame-rate-limit'],
});
const samples = new Map<string, Sample[]>(sides.map((s) => [s.name, []]));
try {
  for (let run = 1; run <= Number(values.runs); run += 1) {
    for (const side of sides) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript({ path: resolve(import.meta.dirname, 'in-page.js') });
      const s = await measure(page, `http://127.0.0.1:${side.port}/?dataset=${values.dataset}`);
      samples.get(side.name)!.push(s);
      console.log(
        `run ${run} ${side.name}: painted ${s.paint.toFixed(0)} ms, frames ${s.frameP50.toFixed(1)} / ` +
          `${s.frameP95.toFixed(1)} ms, arrow key ${s.keyP50.toFixed(1)} / ${s.keyP95.toFixed(1)} ms`,
      );
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const stop of stops) stop();
}

const median = (xs: number[]) => quantile(xs, 0.5);
for (const side of sides) {
  const s = samples.get(side.name)!;
  console.log(
    `${side.name} (${side.dir}), medians of ${s.length}: painted ${median(s.map((x) => x.paint)).toFixed(0)} ms, ` +
      `frame p50 ${median(s.map((x) => x.frameP50)).toFixed(1)} ms, p95 ${median(s.map((x) => x.frameP95)).toFixed(1)} ms, ` +
      `arrow key ${median(s.map((x) => x.keyP50)).toFixed(1)} / ${median(s.map((x) => x.keyP95)).toFixed(1)} ms`,
  );
}
