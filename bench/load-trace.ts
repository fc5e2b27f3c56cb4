/**
 * The "navigation → painted" figure taken apart across threads, under a Chromium trace: when each
 * file arrived, the page's main-thread tasks over 10 ms, and each task of the validation worker
 * over 10 ms with its wall time, the thread's own CPU time and the time in garbage collection.
 * A worker task whose wall time is far above its CPU time was waiting for a core (or for the
 * collector's helper threads), not working: `bench/profile.ts` samples the main thread only.
 *
 * `npx tsx bench/load-trace.ts --url 'http://127.0.0.1:4303/?dataset=stress-10k-raw' --runs 3`
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { TIMELINE_CATEGORIES } from './trace-categories.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    runs: { type: 'string', default: '1' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help || !values.url) {
  console.log(`Usage: npx tsx bench/load-trace.ts --url <page> [--runs N]
  --url URL   the page, e.g. http://127.0.0.1:4303/?dataset=stress-10k-raw (a built app served)
  --runs N    page loads, one after another (default 1)`);
  process.exit(values.help ? 0 : 1);
}

/** The fields of a Chromium trace event this reads. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread CPU time, µs. */
  tdur?: number;
  args?: { name?: string; data?: { isLoadingMainFrame?: boolean } };
}
interface BenchWindow {
  __bench: { paintedAt(): number | null };
}

/** Top-level tasks of a thread: what a scheduler ran, each in full. */
const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const GC = new Set(['MinorGC', 'MajorGC']);
const MIN_MS = 10;

const ms = (us: number) => us / 1000;
const fmt = (x: number) => x.toFixed(0).padStart(5);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
  args: ['--disable-gpu-vsync', '--disable-frame-rate-limit'],
});
try {
  for (let run = 1; run <= Number(values.runs); run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript({ path: resolve(import.meta.dirname, 'in-page.js') });
    // `loading`: the navigation's start, which the times are counted from.
    await browser.startTracing(page, { categories: [...TIMELINE_CATEGORIES, 'loading'] });
    await page.goto(values.url, { waitUntil: 'commit' });
    const painted = await page.waitForFunction(
      () => (window as unknown as BenchWindow).__bench.paintedAt(),
      null,
      { polling: 50, timeout: 90_000 },
    );
    const paintedAt = (await painted.jsonValue())!;
    const files = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r): r is PerformanceResourceTiming => /\/data\//.test(r.name))
        .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })),
    );
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    await context.close();

    const events = trace.traceEvents;
    const nav =
      events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame) ??
      events.find((e) => e.name === 'navigationStart');
    if (!nav) throw new Error('no navigationStart in the trace');
    const at = (e: TraceEvent) => ms(e.ts - nav.ts);
    const threads = new Map(
      events
        .filter((e) => e.name === 'thread_name' && e.pid === nav.pid)
        .map((e) => [e.tid, e.args?.name ?? '']),
    );
    const tasksOf = (tid: number) =>
      events.filter(
        (e) =>
          e.pid === nav.pid &&
          e.tid === tid &&
          e.ph === 'X' &&
          TASK.has(e.name) &&
          ms(e.dur ?? 0) >= MIN_MS &&
          at(e) <= paintedAt,
      );
    // Nested RunTask events repeat their parent: keep the outermost.
    const outermost = (tasks: TraceEvent[]) =>
      tasks.filter(
        (t) =>
          !tasks.some((u) => u !== t && u.ts <= t.ts && u.ts + (u.dur ?? 0) >= t.ts + (t.dur ?? 0)),
      );
    const gcIn = (tid: number, t: TraceEvent) =>
      events
        .filter(
          (e) =>
            e.pid === nav.pid &&
            e.tid === tid &&
            GC.has(e.name) &&
            e.ts >= t.ts &&
            e.ts <= t.ts + (t.dur ?? 0),
        )
        .reduce((sum, e) => sum + ms(e.dur ?? 0), 0);

    console.log(`\nrun ${run}: marks painted at ${paintedAt.toFixed(0)} ms`);
    for (const f of files) console.log(`  ${fmt(f.start)} → ${fmt(f.end)} ms  ${f.name}`);
    for (const [tid, name] of threads) {
      const main = name === 'CrRendererMain';
      if (!main && !/DedicatedWorker/.test(name)) continue;
      const tasks = outermost(tasksOf(tid));
      if (tasks.length === 0) continue;
      console.log(`  ${main ? 'main thread' : 'worker'}: tasks of ${MIN_MS} ms or more`);
      let wall = 0;
      let cpu = 0;
      for (const t of tasks) {
        const w = ms(t.dur ?? 0);
        const c = ms(t.tdur ?? 0);
        wall += w;
        cpu += c;
        console.log(
          `    at ${fmt(at(t))} ms  wall ${fmt(w)} ms  cpu ${fmt(c)} ms  gc ${fmt(gcIn(tid, t))} ms`,
        );
      }
      console.log(`    in all: wall ${fmt(wall)} ms, cpu ${fmt(cpu)} ms`);
    }
  }
} finally {
  await browser.close();
}
