/**
 * `npm run bench:import`: how long opening a large TimelineJS file takes, and how long it holds
 * the page. In Node: the median time of each step of `importText` (detect, convert, check) for
 * generated TimelineJS JSON files and spreadsheets. With `--url <app>` (a running `npm start` or
 * `vite preview`), also in Chromium: each file opened through "Open a data file", timing until
 * the record's title is the page's heading, and the longest and total main-thread long tasks
 * meanwhile (the page's own rendering of the new record included).
 *
 *   npm run bench:import                                   # 10,000 and 50,000 slides, Node only
 *   npm run bench:import -- --slides 100000 --runs 1
 *   npx vite preview --port 4303 & npm run bench:import -- --url http://127.0.0.1:4303/
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { importText, type ImportProgress } from '../src/formats/import-record';
import { quantile } from './stats';
import { timelineJson, timelineSheet } from './timeline-files';

const { values } = parseArgs({
  options: {
    slides: { type: 'string', default: '10000,50000' },
    runs: { type: 'string', default: '3' },
    url: { type: 'string' },
  },
});
const sizes = values.slides.split(',').map(Number);
const runs = Number(values.runs);
const median = (xs: number[]) => Math.round(quantile(xs, 0.5));

const FILES = [
  { kind: 'TimelineJS JSON', name: 'generated.json', make: timelineJson },
  { kind: 'TimelineJS CSV', name: 'generated.csv', make: timelineSheet },
] as const;

function inNode(text: string, name: string) {
  const marks: Array<[ImportProgress['phase'], number]> = [];
  const t0 = performance.now();
  const result = importText(text, {
    name,
    today: '2026-01-05',
    onProgress: (p) => marks.push([p.phase, performance.now()]),
  });
  const end = performance.now();
  if (!result.ok) throw new Error(`${name} did not import`);
  const at = (phase: ImportProgress['phase']) => marks.find(([p]) => p === phase)?.[1] ?? t0;
  return {
    detect: at('convert') - t0,
    convert: at('check') - at('convert'),
    check: end - at('check'),
    total: end - t0,
  };
}

function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
  return existsSync(path) ? path : undefined;
}

async function inBrowser(url: string, text: string, name: string, title: RegExp) {
  const executablePath = chromiumPath();
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const t0 = Date.now();
    await page
      .getByLabel('Open a data file')
      .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 300_000 });
    const ms = Date.now() - t0;
    const tasks = await page.evaluate(
      () => (window as unknown as { longTasks: number[] }).longTasks,
    );
    return { ms, longest: Math.max(0, ...tasks), blocked: tasks.reduce((a, b) => a + b, 0) };
  } finally {
    await browser.close();
  }
}

for (const size of sizes) {
  for (const file of FILES) {
    const text = file.make(size);
    const node = Array.from({ length: runs }, () => inNode(text, file.name));
    const pick = (k: keyof (typeof node)[number]) => median(node.map((n) => n[k]));
    let line = `${file.kind.padEnd(16)} ${String(size).padStart(7)} slides ${(text.length / 1e6).toFixed(1).padStart(5)} MB | node: detect ${pick('detect')} ms, convert ${pick('convert')} ms, check ${pick('check')} ms, total ${pick('total')} ms`;
    if (values.url) {
      const page = [];
      for (let i = 0; i < runs; i++) {
        page.push(await inBrowser(values.url, text, file.name, new RegExp(`^${size} generated`)));
      }
      line += ` | page: open ${median(page.map((p) => p.ms))} ms, longest task ${median(page.map((p) => p.longest))} ms, blocked ${median(page.map((p) => p.blocked))} ms`;
    }
    console.log(line);
  }
}
console.log(`\nmedians of ${runs} run${runs === 1 ? '' : 's'}`);
