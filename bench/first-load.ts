/**
 * First-load JavaScript: the gzip size (level 9) of every JavaScript file the page requested
 * before its first marks painted (the performance mark `stanceline:marks-painted`), for the
 * flagship and for a generated record of 10,000 events, file by file. Scripts a worker imports
 * itself are not seen by the page; the validation worker is one file, and it is counted.
 *
 *   npm run bench:first-load                  # builds into bench/.out/first-load, then measures
 *   npm run bench:first-load -- --skip-build  # measures the last build again
 *   npm run bench:first-load -- --modules     # and, per file, the sources its bytes come from
 *
 * Serves the build with `vite preview` on BENCH_PORT (default 4391). Runs only on demand.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { bytesPerSource, moduleName, shareOut, type RawSourceMap } from './first-load-modules.ts';
import { startPreview } from './preview-server.ts';

const { values } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    /** Datasets to open, comma-separated. */
    datasets: { type: 'string', default: 'us-stance-gaza,stress-10k' },
    /** Also share each file's gzip size out over the sources its source map names. */
    modules: { type: 'boolean', default: false },
    /** With --modules: sources below this share (KB gzip) are summed into one line. */
    'min-kb': { type: 'string', default: '0.3' },
  },
});

const root = resolve(import.meta.dirname, '..');
const out = resolve(import.meta.dirname, '.out', 'first-load');
const port = Number(process.env.BENCH_PORT ?? 4391);
const origin = `http://127.0.0.1:${port}`;
const MARK = 'stanceline:marks-painted';

const sh = (command: string, args: string[]) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });

/** The JavaScript files requested before the first marks painted, by path, in request order. */
async function scriptsBeforePaint(url: string): Promise<string[]> {
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/lib/chromium/chromium')
      ? '/usr/lib/chromium/chromium'
      : undefined,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, {
      timeout: 90_000,
    });
    return await page.evaluate((mark) => {
      const painted = performance.getEntriesByName(mark)[0]!.startTime;
      return performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime < painted && new URL(r.name).pathname.endsWith('.js'))
        .map((r) => new URL(r.name).pathname);
    }, MARK);
  } finally {
    await browser.close();
  }
}

const gzipKB = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

/** The sources of one built file, largest first, from its `.map` (sources under `min` KB summed). */
function printModules(file: string, kb: number, min: number): void {
  if (!existsSync(`${file}.map`)) return;
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap;
  const shares = shareOut(bytesPerSource(readFileSync(file, 'utf8'), map), kb, moduleName);
  const small = shares.filter((s) => s.gzip < min);
  for (const { name, gzip } of shares.filter((s) => s.gzip >= min)) {
    console.log(`          ${gzip.toFixed(1).padStart(6)} KB  ${name}`);
  }
  if (small.length > 0) {
    const rest = small.reduce((n, s) => n + s.gzip, 0);
    console.log(
      `          ${rest.toFixed(1).padStart(6)} KB  (${small.length} sources under ${min} KB)`,
    );
  }
}

async function main(): Promise<void> {
  const datasets = (values.datasets ?? '').split(',').filter(Boolean);
  if (datasets.includes('stress-10k')) {
    sh('npx', [
      'tsx',
      'scripts/gen-stress.ts',
      '--events',
      '10000',
      '--seed',
      '1',
      '--id',
      'stress-10k',
    ]);
  }
  if (!values['skip-build']) {
    sh('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn']);
  }
  const stop = await startPreview(root, out, port);
  try {
    for (const id of datasets) {
      const paths = [...new Set(await scriptsBeforePaint(`${origin}/?dataset=${id}`))];
      const rows = paths.map((path) => ({ path, kb: gzipKB(resolve(out, `.${path}`)) }));
      const total = rows.reduce((n, r) => n + r.kb, 0);
      console.log(`\n${id}: ${total.toFixed(1)} KB of JavaScript (gzip) before the first marks`);
      for (const { path, kb } of rows) {
        console.log(`  ${kb.toFixed(1).padStart(6)} KB  ${path}`);
        if (values.modules) printModules(resolve(out, `.${path}`), kb, Number(values['min-kb']));
      }
    }
  } finally {
    stop();
  }
}

await main();
