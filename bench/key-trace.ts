/**
 * The benchmark's arrow-key figure taken apart: the page is brought to the state the benchmark
 * presses keys in (painted, a filter toggled, the zoom gesture run), then → is pressed, each press
 * timed as `npm run bench` times it (in-page.js `nextKeyLatency`), under a Chromium trace. Per
 * press it prints the latency and the main thread's tasks from the keydown to the next one: what
 * each is (the key's handler, an animation frame, a React render posted as a message, a hit test)
 * and where its time went (script, style, layout, paint, commit).
 *
 * `npx tsx bench/key-trace.ts --url 'http://127.0.0.1:4303/?dataset=stress-10k' --presses 30`
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { arrowLatencies, HELD_KEY_INTERVAL_MS } from './key-presses.ts';
import { TIMELINE_CATEGORIES } from './trace-categories.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    presses: { type: 'string', default: '30' },
    /** ms between the starts of two presses (default: a held key's repeat; 0: back to back). */
    interval: { type: 'string', default: String(HELD_KEY_INTERVAL_MS) },
    /** Also print the other threads' work after each of the first presses (compositor, raster, GPU). */
    threads: { type: 'boolean', default: false },
    /** No trace: the presses timed alone, as the benchmark times them (a trace slows the page). */
    plain: { type: 'boolean', default: false },
    /** Print every task of every press, not only the summary. */
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npx tsx bench/key-trace.ts --url <page> [options]
  --url URL        the page, e.g. http://127.0.0.1:4303/?dataset=stress-10k (a built app served)
  --presses N      how many presses of → to time (default 30)
  --interval MS    ms between the starts of two presses (default ${HELD_KEY_INTERVAL_MS}, a held key; 0: back to back)
  --plain          no trace: the presses timed alone, as the benchmark times them
  --threads        also list the other threads' work after each of the first presses
  --verbose        list every task of every press, not only the summary`);
  process.exit(0);
}
if (!values.url) throw new Error('--url is required (see --help)');
const PRESSES = Number(values.presses);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { type?: string } };
}

/** What in-page.js gives the page, as this script uses it. */
interface BenchWindow {
  __bench: {
    gesture(surface: string, zoom: number, pan: number, budgetMs: number): Promise<number[]>;
  };
}

const browser = await chromium.launch({
  executablePath: '/usr/lib/chromium/chromium',
  args: ['--disable-gpu-vsync', '--disable-frame-rate-limit'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.addInitScript({ path: resolve(import.meta.dirname, 'in-page.js') });
// Per keydown: how long it waited between the input and its handler (a task still running), and
// how long the page's handlers took (from the first listener, on the window in the capture
// phase, to the last, on the window as the event bubbles out: the chart's React handler runs
// between them).
await page.addInitScript(() => {
  const w = window as unknown as { __keyWaits: number[]; __keyHandlers: number[] };
  w.__keyWaits = [];
  w.__keyHandlers = [];
  let start = 0;
  addEventListener(
    'keydown',
    (e) => {
      start = performance.now();
      w.__keyWaits.push(start - e.timeStamp);
    },
    true,
  );
  addEventListener('keydown', () => w.__keyHandlers.push(performance.now() - start));
});
await page.goto(values.url, { waitUntil: 'commit' });
await page.waitForSelector('[data-painted="true"]', { state: 'attached', timeout: 90_000 });
const statement = page
  .getByRole('group', { name: 'Event types' })
  .getByRole('treeitem', { name: 'Statement', exact: true });
await statement.click({ timeout: 90_000 });
await page.waitForSelector('[data-zoom-surface][data-gestures="ready"]');
await page.evaluate(() =>
  (window as unknown as BenchWindow).__bench.gesture('[data-zoom-surface]', 60, 60, 30_000),
);
await page.locator('.plot .marks [tabindex="0"]').first().focus();

if (!values.plain) {
  await browser.startTracing(page, { categories: [...TIMELINE_CATEGORIES] });
}
const latencies = await arrowLatencies(page, PRESSES, Number(values.interval));
const [waits, handlerTimes] = await page.evaluate(() => {
  const w = window as unknown as { __keyWaits: number[]; __keyHandlers: number[] };
  return [w.__keyWaits, w.__keyHandlers];
});
const quantile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};
// The page's own performance measures over the presses, if it sets any (an instrumented build).
const measures = await page.evaluate(() =>
  performance.getEntriesByType('measure').map((m) => [m.name, m.duration] as const),
);
const byName = new Map<string, number[]>();
for (const [name, ms] of measures) byName.set(name, [...(byName.get(name) ?? []), ms]);
for (const [name, list] of byName) {
  const sum = list.reduce((a, b) => a + b, 0);
  const sorted = [...list].sort((a, b) => a - b);
  console.log(
    `measure ${name}: ${list.length}×, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} ms, total ${sum.toFixed(1)} ms`,
  );
}
if (values.plain) {
  console.log(
    `${latencies.length} presses: p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p95 ${quantile(latencies, 0.95).toFixed(1)} ms; ` +
      `wait before the handler p50 ${quantile(waits, 0.5).toFixed(1)} ms, ` +
      `handler p50 ${quantile(handlerTimes, 0.5).toFixed(1)} / p95 ${quantile(handlerTimes, 0.95).toFixed(1)} ms`,
  );
  await browser.close();
  process.exit(0);
}
const buffer = await browser.stopTracing();
await browser.close();

const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
if (!main) throw new Error('no renderer main thread in the trace');
const onMain = events
  .filter((e) => e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur !== undefined)
  .sort((a, b) => a.ts - b.ts);
// Outermost tasks only (a RunTask may sit inside another).
const tasks: TraceEvent[] = [];
for (const e of onMain) {
  if (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask') continue;
  const last = tasks[tasks.length - 1];
  if (last && e.ts < last.ts + last.dur!) continue;
  tasks.push(e);
}
const keydowns = onMain.filter(
  (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown',
);

/** What a task is and where its time went, from the events inside it. */
const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EventDispatch: 'event',
  FireAnimationFrame: 'raf',
  TimerFire: 'timer',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  Paint: 'paint',
  PrePaint: 'prepaint',
  Layerize: 'layerize',
  Commit: 'commit',
  HitTest: 'hittest',
  'v8.callFunction': 'script',
  ParseHTML: 'parse',
  GCEvent: 'gc',
  MinorGC: 'gc',
  MajorGC: 'gc',
};
/** Where a task's time went, per kind of work (only the outermost event of each kind counts). */
function partsOf(task: TraceEvent): Map<string, number> {
  const end = task.ts + task.dur!;
  const parts = new Map<string, number>();
  let coveredTo = -Infinity;
  for (const e of onMain) {
    if (e.ts < task.ts || e.ts >= end || e === task) continue;
    const kind = KINDS[e.name];
    if (!kind || e.ts < coveredTo) continue;
    coveredTo = e.ts + e.dur!;
    parts.set(kind, (parts.get(kind) ?? 0) + e.dur! / 1000);
  }
  return parts;
}

function describe(task: TraceEvent): string {
  const end = task.ts + task.dur!;
  const parts = new Map<string, number>();
  const what = new Set<string>();
  // Only the outermost event of each kind counts (a FunctionCall inside an EventDispatch is the
  // handler of that event).
  let coveredTo = -Infinity;
  for (const e of onMain) {
    if (e.ts < task.ts || e.ts >= end || e === task) continue;
    const kind = KINDS[e.name];
    if (!kind) continue;
    if (e.name === 'EventDispatch') what.add(e.args?.data?.type ?? 'event');
    if (e.name === 'FireAnimationFrame') what.add('raf');
    if (e.name === 'HitTest') what.add('hittest');
    if (e.ts < coveredTo) continue;
    coveredTo = e.ts + e.dur!;
    parts.set(kind, (parts.get(kind) ?? 0) + e.dur! / 1000);
  }
  const split = [...parts]
    .filter(([, ms]) => ms >= 0.2)
    .map(([k, ms]) => `${k} ${ms.toFixed(1)}`)
    .join(', ');
  return `${(task.dur! / 1000).toFixed(1).padStart(5)} ms [${[...what].join(' ')}] ${split}`;
}

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};
console.log(
  `${latencies.length} presses: p50 ${q(latencies, 0.5).toFixed(1)} ms, p95 ${q(latencies, 0.95).toFixed(1)} ms`,
);
console.log(
  `wait before the handler: p50 ${q(waits, 0.5).toFixed(1)} ms, p95 ${q(waits, 0.95).toFixed(1)} ms`,
);
const handlers: number[] = [];
const between: number[] = [];
/** The frame that shows each press: its length, and per kind of work. */
const frames: number[] = [];
const frameParts = new Map<string, number[]>();
for (let i = 0; i < keydowns.length; i++) {
  const k = keydowns[i]!;
  const next = keydowns[i + 1]?.ts ?? Infinity;
  const own = tasks.find((t) => t.ts <= k.ts && t.ts + t.dur! >= k.ts);
  const after = tasks.filter((t) => t.ts > k.ts && t.ts < next);
  handlers.push(own ? own.dur! / 1000 : 0);
  between.push(after.reduce((s, t) => s + t.dur!, 0) / 1000);
  const frame = after.find((t) => partsOf(t).has('commit'));
  if (frame) {
    frames.push(frame.dur! / 1000);
    for (const kind of ['raf', 'style', 'layout', 'prepaint', 'paint', 'layerize', 'commit']) {
      frameParts.set(kind, [...(frameParts.get(kind) ?? []), partsOf(frame).get(kind) ?? 0]);
    }
  }
  console.log(
    `press ${i + 1}: ${latencies[i]?.toFixed(1) ?? '—'} ms, waited ${waits[i]?.toFixed(1) ?? '—'} ms, ` +
      `handler ${handlers[i]!.toFixed(1)} ms, busy until the next key ${between[i]!.toFixed(1)} ms`,
  );
  if (!values.verbose) continue;
  for (const t of [...(own ? [own] : []), ...after]) {
    if (t.dur! < 300) continue;
    console.log(`   ${((t.ts - k.ts) / 1000).toFixed(1).padStart(7)} ${describe(t)}`);
  }
  if (!values.threads || i > 6) continue;
  const threadName = new Map(
    events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]),
  );
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || e.dur < 500) continue;
    if (e.tid === main.tid && e.pid === main.pid) continue;
    if (e.ts < k.ts || e.ts > Math.min(next, k.ts + 40_000)) continue;
    console.log(
      `      ${((e.ts - k.ts) / 1000).toFixed(1).padStart(7)} ${(e.dur / 1000).toFixed(1).padStart(5)} ms ` +
        `${threadName.get(`${e.pid}:${e.tid}`) ?? e.tid} ${e.name}`,
    );
  }
}
console.log(
  `handler p50 ${q(handlers, 0.5).toFixed(1)} ms; main thread busy between keys p50 ${q(between, 0.5).toFixed(1)} ms`,
);
console.log(
  `the frame after the key p50 ${q(frames, 0.5).toFixed(1)} ms: ` +
    [...frameParts].map(([k, v]) => `${k} ${q(v, 0.5).toFixed(1)}`).join(', '),
);
