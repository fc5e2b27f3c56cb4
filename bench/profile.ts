/**
 * Profiles one page load to the first marks: resource timings, long tasks, performance marks and
 * a CPU profile (self time per function), so a slow "navigation → painted" can be taken apart.
 * `npx tsx bench/profile.ts --url http://127.0.0.1:4314/?dataset=stress-10k`
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    top: { type: 'string', default: '40' },
    out: { type: 'string' },
    /**
     * What to profile: `load` (navigation to the first marks), `filter` (a click on the
     * "Statement" type to the chart drawn with it), `keys` (20 presses of → on a mark) or
     * `gesture` (the benchmark's wheel zoom in and out and drag, bench/in-page.js).
     */
    action: { type: 'string', default: 'load' },
    /** The built app's folder, for its source maps (names and lines in the sources). */
    dist: { type: 'string', default: 'bench/.out/app' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npx tsx bench/profile.ts --url <page> [options]
  --url URL        the page to profile, e.g. http://127.0.0.1:4314/?dataset=stress-10k
  --action NAME    load (default): navigation to the first marks
                   filter: a click on the "Statement" type to the chart drawn with it
                   keys: 20 presses of → on a mark
                   gesture: the benchmark's wheel zoom in and out and drag
  --top N          how many functions to list by self time (default 40)
  --out FILE       also write the CPU profile (.cpuprofile) there
  --dist DIR       the built app, for its source maps (default bench/.out/app)`);
  process.exit(0);
}
if (!values.url) throw new Error('--url is required (see --help)');

const browser = await chromium.launch({
  executablePath: '/usr/lib/chromium/chromium',
  args: ['--disable-gpu-vsync', '--disable-frame-rate-limit'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.addInitScript(() => {
  const w = window as unknown as { __long: Array<[number, number]> };
  w.__long = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) w.__long.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
});
await page.addInitScript({ path: resolve(import.meta.dirname, 'in-page.js') });
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const painted = () =>
  page.waitForFunction(
    () => performance.getEntriesByName('stanceline:marks-painted').length > 0,
    null,
    { timeout: 90_000, polling: 50 },
  );
if (values.action === 'load') await cdp.send('Profiler.start');
await page.goto(values.url, { waitUntil: 'commit' });
await painted();
if (values.action === 'filter') {
  await page.waitForSelector('[data-zoom-surface][data-gestures="ready"]');
  const row = page
    .getByRole('group', { name: 'Event types' })
    .getByRole('treeitem', { name: 'Statement', exact: true });
  await row.waitFor();
  await cdp.send('Profiler.start');
  await page.evaluate(() => {
    const w = window as unknown as { __chart: Promise<[number, number | null]> };
    w.__chart = new Promise((resolve) => {
      let t0: number | null = null;
      document.addEventListener('click', (e) => (t0 = e.timeStamp), { capture: true, once: true });
      new PerformanceObserver((list, obs) => {
        const m = list
          .getEntriesByName('stanceline:layout-painted')
          .find((e) => t0 !== null && e.startTime > t0);
        if (m && t0 !== null) {
          obs.disconnect();
          const marks = performance
            .getEntriesByName('stanceline:marks-repainted')
            .find((e) => t0 !== null && e.startTime > t0);
          resolve([m.startTime - t0, marks ? marks.startTime - t0 : null]);
        }
      }).observe({ type: 'mark' });
    });
  });
  await row.click();
  const [chart, marks] = await page.evaluate(
    () => (window as unknown as { __chart: Promise<[number, number | null]> }).__chart,
  );
  console.log(
    `filter → marks drawn: ${marks === null ? '—' : marks.toFixed(0)} ms, → chart painted ` +
      `(labels and buttons): ${chart.toFixed(0)} ms`,
  );
}
if (values.action === 'keys') {
  await page.waitForSelector('[data-zoom-surface][data-gestures="ready"]');
  await page.locator('.plot [data-event-id][tabindex="0"]').first().focus();
  await cdp.send('Profiler.start');
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
}
if (values.action === 'gesture') {
  await page.waitForSelector('[data-zoom-surface][data-gestures="ready"]');
  await cdp.send('Profiler.start');
  const frames = await page.evaluate(() =>
    (
      window as unknown as {
        __bench: { gesture(s: string, z: number, p: number, b: number): Promise<number[]> };
      }
    ).__bench.gesture('[data-zoom-surface]', 60, 60, 30_000),
  );
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(
    `frames ${frames.length}: p50 ${at(0.5)?.toFixed(1)} ms, p95 ${at(0.95)?.toFixed(1)} ms`,
  );
}
// A known moment on both clocks: the page's performance.now() and the profile's sample times (a
// busy loop of a uniquely named function), so long tasks can be matched with their samples.
// (A string: the compiler would wrap a named function in a helper the page does not have.)
const calibratedAt = await page.evaluate<number>(`(() => {
  const t = performance.now();
  function stancelineProfileCalibration() {
    const end = performance.now() + 15;
    while (performance.now() < end);
  }
  stancelineProfileCalibration();
  return t;
})()`);
const { profile } = await cdp.send('Profiler.stop');
const info = await page.evaluate(() => {
  const w = window as unknown as { __long: Array<[number, number]> };
  return {
    marks: performance
      .getEntriesByType('mark')
      .map((m) => `${m.startTime.toFixed(0).padStart(6)} mark ${m.name}`),
    measures: performance
      .getEntriesByType('measure')
      .map((m) => `${m.startTime.toFixed(0).padStart(6)} +${m.duration.toFixed(0)} ${m.name}`),
    resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
      (r) =>
        `${r.startTime.toFixed(0).padStart(6)} → ${r.responseEnd.toFixed(0).padStart(6)} ${new URL(r.name).pathname}`,
    ),
    long: w.__long.map(([s, d]) => `${s.toFixed(0).padStart(6)} long task ${d.toFixed(0)} ms`),
    nav: (() => {
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return `responseEnd ${n.responseEnd.toFixed(0)} domInteractive ${n.domInteractive.toFixed(0)} domContentLoaded ${n.domContentLoadedEventEnd.toFixed(0)}`;
    })(),
  };
});
console.log(info.nav);
for (const line of [...info.resources, ...info.long, ...info.marks, ...info.measures].sort(
  (a, b) => Number.parseFloat(a) - Number.parseFloat(b),
))
  console.log(line);

// Self and total time per function of the page's main thread, named through the source maps.
const maps = new Map<string, TraceMap | null>();
function mapFor(url: string): TraceMap | null {
  if (!maps.has(url)) {
    let map: TraceMap | null = null;
    try {
      const file = resolve(values.dist, `.${new URL(url).pathname}.map`);
      if (existsSync(file)) map = new TraceMap(readFileSync(file, 'utf8'));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url) ?? null;
}
type Frame = (typeof profile.nodes)[number]['callFrame'];
function name(f: Frame): string {
  const map = f.url ? mapFor(f.url) : null;
  if (map && f.lineNumber >= 0) {
    const o = originalPositionFor(map, { line: f.lineNumber + 1, column: f.columnNumber });
    if (o.source)
      return `${o.name ?? f.functionName ?? '(anon)'} ${o.source.replace(/^(\.\.\/)+/, '')}:${o.line}`;
  }
  return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
}
const self = new Map<string, number>();
const total = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const names = new Map(profile.nodes.map((n) => [n.id, name(n.callFrame)]));
const dt = profile.timeDeltas ?? [];
const samples = profile.samples ?? [];
for (let i = 0; i < samples.length; i++) {
  const ms = (dt[i + 1] ?? 0) / 1000;
  const id = samples[i]!;
  const key = names.get(id) ?? '?';
  self.set(key, (self.get(key) ?? 0) + ms);
  const seen = new Set<string>();
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
    const k = names.get(n) ?? '?';
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + ms);
  }
}
const show = (title: string, m: Map<string, number>) => {
  console.log(`\n${title} (ms):`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
    console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
};
show('self time', self);
// Per sample, the innermost frame of app code (what it spent the time in, native work included).
const inner = new Map<string, number>();
for (let i = 0; i < samples.length; i++) {
  const ms = (dt[i + 1] ?? 0) / 1000;
  let key = names.get(samples[i]!) ?? '?';
  if (key.startsWith('(idle)')) continue;
  for (let n: number | undefined = samples[i]; n !== undefined; n = parent.get(n)) {
    const k = names.get(n) ?? '?';
    if (k.includes(' src/')) {
      key = k;
      break;
    }
  }
  inner.set(key, (inner.get(key) ?? 0) + ms);
}
show('innermost app frame', inner);
show('total time', total);

// Per long task: where its time went (innermost app frame), so each task of the load has a name.
{
  const times: number[] = [];
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    at += dt[i] ?? 0;
    times.push(at / 1000);
  }
  const calibration = samples.findIndex((id) =>
    names.get(id)?.startsWith('stancelineProfileCalibration'),
  );
  const longTasks = (
    await page.evaluate(() => (window as unknown as { __long: Array<[number, number]> }).__long)
  ).filter(([, d]) => d >= 30);
  if (calibration >= 0) {
    const offset = times[calibration]! - calibratedAt;
    for (const [start, duration] of longTasks) {
      const inTask = new Map<string, number>();
      for (let i = 0; i < samples.length; i++) {
        const t = times[i]! - offset;
        if (t < start || t > start + duration) continue;
        let key = names.get(samples[i]!) ?? '?';
        for (let n: number | undefined = samples[i]; n !== undefined; n = parent.get(n)) {
          const k = names.get(n) ?? '?';
          if (k.includes(' src/')) {
            key = k;
            break;
          }
        }
        inTask.set(key, (inTask.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
      }
      const top = [...inTask].sort((a, b) => b[1] - a[1]).slice(0, 6);
      console.log(`\nlong task at ${start.toFixed(0)} ms, ${duration.toFixed(0)} ms:`);
      for (const [k, v] of top) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
    }
  }
}
show('total time, app code', new Map([...total].filter(([k]) => k.includes(' src/'))));
void byId;
if (values.out) writeFileSync(values.out, JSON.stringify(profile));
await browser.close();
