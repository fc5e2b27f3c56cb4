/**
 * `npm run bench`: generates 1k, 10k and 100k-event records, builds the app and the reference
 * pages, serves them, and drives Chromium over every size and page, interleaved, run after run,
 * so that the machine's drift hits every page alike. Prints a table of medians and writes
 * bench/results.json. Options: --runs N (default 3), --sizes 1000,10000,100000, --skip-build.
 * Needs no network: the data is generated, the pages are built from installed packages.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { arrowLatencies } from './key-presses.ts';
import { startPreview } from './preview-server.ts';
import {
  keyFloorLine,
  median,
  PAGES,
  quantile,
  summarise,
  table,
  type Measurement,
  type PageKind,
  type Summary,
} from './stats';

const root = resolve(import.meta.dirname, '..');
const out = resolve(import.meta.dirname, '.out', 'app');
const port = Number(process.env.BENCH_PORT ?? 4381);
const origin = `http://127.0.0.1:${port}`;
const VIEWPORT = { width: 1280, height: 800 };
/** A page that has not painted by then is reported as "—" for that run. */
const PAINT_TIMEOUT_MS = 60_000;
/**
 * Everything for one page and run; past it the browser is restarted. A renderer stuck in one
 * long task answers nothing, not even a request to close its page.
 */
const MEASURE_DEADLINE_MS = 150_000;
/** Wheel steps in and as many out, then drag steps: 3 × 60 = 180 measured frames. */
const ZOOM_STEPS = 60;
const PAN_STEPS = 60;
/** Per page and run, the gesture stops after this long even if frames are slow. */
const GESTURE_BUDGET_MS = 30_000;
/** Arrow-key presses measured per run (→ from the first mark in the window). */
const KEY_PRESSES = 30;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '1000,10000,100000' },
    'skip-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npm run bench -- [options]
  --runs N           runs per size and page, interleaved (default 3)
  --sizes A,B,...    record sizes in events (default 1000,10000,100000)
  --skip-build       measure the last build in bench/.out as it is
Set BENCH_PORT to serve on a port of your choice. Writes bench/results.json.`);
  process.exit(0);
}
const runs = Number(values.runs);
const sizes = values.sizes.split(',').map(Number);

function idFor(size: number): string {
  return size % 1000 === 0 ? `stress-${size / 1000}k` : `stress-${size}`;
}

/**
 * The same generated events (same size and seed) under an id the build does not check
 * (STANCELINE_CHECKED_DATA names only idFor's), so the page validates them in its worker.
 */
function workerIdFor(size: number): string {
  return `${idFor(size)}-raw`;
}

const isStanceline = (kind: PageKind) => kind === 'stanceline' || kind === 'stanceline-worker';

function sh(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
}

/** Every page gets the same generated file; the app reads it through its own loader. */
const URLS: Record<PageKind, (id: string) => string> = {
  stanceline: (id) => `${origin}/?dataset=${id}`,
  'stanceline-worker': (id) => `${origin}/?dataset=${id}-raw`,
  'vis-timeline': (id) => `${origin}/ref/vis.html?dataset=${id}`,
  canvas: (id) => `${origin}/ref/canvas.html?dataset=${id}`,
};

/** Where gestures go, where the count is, and which checkbox filters (hides or keeps statements). */
const SURFACE: Record<PageKind, string> = {
  stanceline: '[data-zoom-surface], .chart',
  'stanceline-worker': '[data-zoom-surface], .chart',
  'vis-timeline': '.vis-center, [data-zoom-surface]',
  canvas: '[data-zoom-surface]',
};
const STATUS: Record<PageKind, string> = {
  stanceline: '.result-count',
  'stanceline-worker': '.result-count',
  'vis-timeline': '#count',
  canvas: '#count',
};

async function filterCheckbox(page: Page, kind: PageKind) {
  if (isStanceline(kind)) {
    // The filters are one tree; a type is a checkable treeitem, toggled by a click on its row.
    return page
      .getByRole('group', { name: 'Event types' })
      .getByRole('treeitem', { name: 'Statement', exact: true });
  }
  return page.getByRole('checkbox', { name: /^Statement/ });
}

function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  const debian = '/usr/lib/chromium/chromium';
  return existsSync(debian) ? debian : undefined;
}

/** gzip size of the app's JavaScript that was fetched before the marks painted, in KB. */
async function firstLoadJsKB(page: Page): Promise<number> {
  const scripts = await page.evaluate(() => {
    const painted = window.__bench.paintedAt() ?? Infinity;
    return performance
      .getEntriesByType('resource')
      .filter((r) => r.name.endsWith('.js') && r.startTime < painted)
      .map((r) => new URL(r.name).pathname);
  });
  let bytes = 0;
  for (const path of new Set(scripts)) {
    const file = resolve(out, `.${path}`);
    if (existsSync(file)) bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return bytes / 1024;
}

async function measure(
  browser: Browser,
  kind: PageKind,
  size: number,
): Promise<Measurement & { firstLoadJsKB?: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'no-preference' });
  const page = await context.newPage();
  await page.addInitScript({ path: resolve(import.meta.dirname, 'in-page.js') });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const empty: Measurement = {
    paintMs: null,
    frameP50Ms: null,
    frameP95Ms: null,
    frames: 0,
    filterPaintMs: null,
    filterMs: null,
    filterMarksMs: null,
    filterChartMs: null,
    keyP50Ms: null,
    keyP95Ms: null,
    domNodes: null,
    heapMB: null,
  };
  try {
    await page.goto(URLS[kind](idFor(size)), { waitUntil: 'commit' });
    try {
      await page.waitForFunction(() => window.__bench.paintedAt() !== null, null, {
        timeout: PAINT_TIMEOUT_MS,
        polling: 50,
      });
    } catch {
      console.log(`  ${kind} ${size}: not painted within ${PAINT_TIMEOUT_MS / 1000} s`);
      return empty;
    }
    const paintMs = await page.evaluate(() => window.__bench.paintedAt());
    const jsKB = isStanceline(kind) ? await firstLoadJsKB(page) : undefined;
    await page.evaluate(() => window.__bench.afterNextPaint());
    // The DOM is counted, and the filter timed, on the whole page: Stanceline's labels and mark
    // buttons and its filters are parts that arrive after the first marks, sooner in some runs
    // than in others, and a run that counted before them measured a page without them.
    if (isStanceline(kind)) {
      await page.waitForSelector('[data-painted="true"]', {
        state: 'attached',
        timeout: PAINT_TIMEOUT_MS,
      });
      await (await filterCheckbox(page, kind)).waitFor({ timeout: PAINT_TIMEOUT_MS });
      await page.evaluate(() => window.__bench.afterNextPaint());
    }

    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;

    await page.evaluate((status) => {
      window.__pendingFilter = window.__bench.filterLatency(status);
    }, STATUS[kind]);
    await (await filterCheckbox(page, kind)).click({ timeout: PAINT_TIMEOUT_MS });
    const filter = await page.evaluate(() => window.__pendingFilter ?? null);

    // Stanceline attaches its gestures a moment after the first marks (src/timeline/use-zoom-gestures.ts).
    if (isStanceline(kind)) {
      await page.waitForSelector('[data-zoom-surface][data-gestures="ready"]', {
        timeout: PAINT_TIMEOUT_MS,
      });
    }
    const frames = await page.evaluate(
      ([surface, zoomSteps, panSteps, budget]) =>
        window.__bench.gesture(surface, zoomSteps, panSteps, budget),
      [SURFACE[kind], ZOOM_STEPS, PAN_STEPS, GESTURE_BUDGET_MS] as const,
    );
    const keys = isStanceline(kind) ? await keyLatencies(page) : [];
    return {
      paintMs,
      frameP50Ms: frames.length ? quantile(frames, 0.5) : null,
      frameP95Ms: frames.length ? quantile(frames, 0.95) : null,
      frames: frames.length,
      filterPaintMs: filter?.paint ?? null,
      filterMs: filter?.count ?? null,
      filterMarksMs: filter?.marks ?? null,
      filterChartMs: filter?.chart ?? null,
      keyP50Ms: keys.length ? quantile(keys, 0.5) : null,
      keyP95Ms: keys.length ? quantile(keys, 0.95) : null,
      domNodes,
      heapMB: heap === null ? null : heap / 2 ** 20,
      ...(jsKB === undefined ? {} : { firstLoadJsKB: jsKB }),
    };
  } catch (err) {
    console.log(`  ${kind} ${size}: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
    return empty;
  } finally {
    await context.close();
  }
}

/**
 * Arrow → on the chart's marks, KEY_PRESSES times from the tab stop: per press, the time from the
 * keydown to the frame painted after focus moved to the next mark (in-page.js). Presses whose
 * focus did not move (the last mark) are left out.
 */
async function keyLatencies(page: Page): Promise<number[]> {
  const stop = page.locator('.plot .marks [tabindex="0"]').first();
  await stop.focus({ timeout: PAINT_TIMEOUT_MS });
  return arrowLatencies(page, KEY_PRESSES);
}

/**
 * The same presses on bench/pages/keys.html, bare buttons with a roving tab stop: what a press
 * costs where the page does nothing but move focus, the floor of the arrow-key measure. Once per
 * run (it does not depend on the record's size).
 */
async function keyReference(browser: Browser): Promise<number[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript({ path: resolve(import.meta.dirname, 'in-page.js') });
    await page.goto(`${origin}/ref/keys.html`);
    await page.getByRole('button', { name: 'Event 1', exact: true }).focus();
    return await arrowLatencies(page, KEY_PRESSES);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  for (const size of sizes) {
    for (const id of [idFor(size), workerIdFor(size)]) {
      sh('npx', [
        'tsx',
        'scripts/gen-stress.ts',
        '--events',
        String(size),
        '--seed',
        '1',
        '--id',
        id,
      ]);
    }
  }
  if (!values['skip-build']) {
    // The build serves idFor's datasets as checked data (their digests in the page), as a site
    // that deploys a large record would; workerIdFor's are left to the page's worker.
    sh('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
      STANCELINE_CHECKED_DATA: sizes.map(idFor).join(','),
    });
    sh('npx', ['vite', 'build', '--config', 'bench/vite.config.ts']);
  }
  const stop = await startPreview(root, out, port);
  try {
    const executablePath = chromiumPath();
    const launch = () =>
      chromium.launch({
        ...(executablePath ? { executablePath } : {}),
        // Frames uncapped, so frame times measure work, not the display's 60 Hz.
        args: ['--disable-gpu-vsync', '--disable-frame-rate-limit', '--enable-precise-memory-info'],
      });
    let browser = await launch();
    const version = browser.version();
    const EMPTY: Measurement = {
      paintMs: null,
      frameP50Ms: null,
      frameP95Ms: null,
      frames: 0,
      filterPaintMs: null,
      filterMs: null,
      filterMarksMs: null,
      filterChartMs: null,
      keyP50Ms: null,
      keyP95Ms: null,
      domNodes: null,
      heapMB: null,
    };
    const measureOrGiveUp = async (kind: PageKind, size: number) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const deadline = new Promise<null>(
        (r) => (timer = setTimeout(() => r(null), MEASURE_DEADLINE_MS)),
      );
      const result = await Promise.race([measure(browser, kind, size), deadline]);
      clearTimeout(timer);
      if (result !== null) return result;
      console.log(`  ${kind} ${size}: no answer within ${MEASURE_DEADLINE_MS / 1000} s`);
      await browser.close().catch(() => undefined);
      browser = await launch();
      return EMPTY;
    };
    const raw: Record<string, Record<string, Array<Measurement & { firstLoadJsKB?: number }>>> = {};
    const keyFloor: Array<{ p50: number; p95: number }> = [];
    for (let run = 1; run <= runs; run += 1) {
      const floor = await keyReference(browser);
      keyFloor.push({ p50: quantile(floor, 0.5), p95: quantile(floor, 0.95) });
      console.log(
        `run ${run}/${runs} · bare buttons: key p50 ${quantile(floor, 0.5).toFixed(1)} ms, ` +
          `p95 ${quantile(floor, 0.95).toFixed(1)} ms`,
      );
      for (const size of sizes) {
        for (const kind of PAGES) {
          const m = await measureOrGiveUp(kind, size);
          ((raw[size] ??= {})[kind] ??= []).push(m);
          console.log(
            `run ${run}/${runs} · ${size} · ${kind}: painted ${m.paintMs?.toFixed(0) ?? '—'} ms, ` +
              `p95 ${m.frameP95Ms?.toFixed(1) ?? '—'} ms over ${m.frames} frames, ` +
              `filter ${m.filterPaintMs?.toFixed(0) ?? '—'} · ${m.filterMs?.toFixed(0) ?? '—'} / ` +
              `${m.filterMarksMs?.toFixed(0) ?? '—'} / ${m.filterChartMs?.toFixed(0) ?? '—'} ms, ` +
              `key p95 ${m.keyP95Ms?.toFixed(1) ?? '—'} ms, ` +
              `${m.domNodes ?? '—'} elements`,
          );
        }
      }
    }
    await browser.close();

    const medians = new Map<number, Map<PageKind, Summary>>();
    for (const size of sizes) {
      medians.set(size, new Map(PAGES.map((k) => [k, summarise(raw[size]?.[k] ?? [])])));
    }
    const jsKB = sizes
      .flatMap((s) => raw[s]?.stanceline ?? [])
      .map((m) => m.firstLoadJsKB)
      .filter((v): v is number => v !== undefined);
    const machine = {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      os: `${osType()} ${release()}`,
      node: process.version,
      chromium: version,
      viewport: VIEWPORT,
    };
    const floor = {
      keyP50Ms: median(keyFloor.map((f) => f.p50)),
      keyP95Ms: median(keyFloor.map((f) => f.p95)),
    };
    const md = `${table(medians)}\n\n${keyFloorLine(floor)}`;
    console.log(`\n${md}\n`);
    if (jsKB.length)
      console.log(`First-load JavaScript (gzip): ${Math.max(...jsKB).toFixed(1)} KB`);
    writeFileSync(
      resolve(import.meta.dirname, 'results.json'),
      `${JSON.stringify(
        {
          command: `npm run bench -- --runs ${runs} --sizes ${sizes.join(',')}`,
          date: new Date().toISOString(),
          machine,
          firstLoadJsGzipKB: jsKB.length ? Math.max(...jsKB) : null,
          keyReference: floor,
          medians: Object.fromEntries(
            [...medians].map(([size, pages]) => [size, Object.fromEntries(pages)]),
          ),
          table: md,
          raw,
          rawKeyReference: keyFloor,
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    stop();
  }
}

/** bench/in-page.js `filterLatency`, ms from the click. */
interface FilterLatency {
  paint: number | null;
  count: number;
  marks: number | null;
  chart: number | null;
}

declare global {
  interface Window {
    __bench: {
      paintedAt(): number | null;
      gesture(surface: string, zoom: number, pan: number, budgetMs: number): Promise<number[]>;
      filterLatency(status: string): Promise<FilterLatency>;
      afterNextPaint(): Promise<void>;
    };
    __pendingFilter?: Promise<FilterLatency>;
  }
}

await main();
