/**
 * Screenshots of the main states, for looking at the design (not a test): `npm run build`, then
 * `npx vite preview --port 4173 &` and `npx tsx scripts/screenshots.ts [outdir]`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const out = process.argv[2] ?? 'screenshots';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
const executablePath =
  process.env.CHROMIUM_PATH ??
  (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : undefined);

const shots: Array<{
  name: string;
  path: string;
  width: number;
  height: number;
  dark?: boolean;
  full?: boolean;
}> = [
  { name: 'desktop', path: '', width: 1440, height: 900 },
  { name: 'desktop-full', path: '', width: 1440, height: 900, full: true },
  {
    name: 'desktop-veto',
    path: '?event=us-ceasefire-draft-vetoed-by-russia-china',
    width: 1440,
    height: 900,
  },
  { name: 'desktop-dark', path: '?event=un-resolution-2728', width: 1440, height: 900, dark: true },
  { name: 'desktop-list', path: '?view=list', width: 1440, height: 900 },
  { name: 'desktop-march', path: '?from=2024-03-01&to=2024-04-10', width: 1440, height: 900 },
  { name: 'mobile', path: '', width: 390, height: 844 },
  {
    name: 'mobile-details',
    path: '?event=blinken-tel-aviv-rafah-remarks',
    width: 390,
    height: 844,
  },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch(executablePath ? { executablePath } : {});
for (const s of shots) {
  const page = await browser.newPage({
    viewport: { width: s.width, height: s.height },
    colorScheme: s.dark ? 'dark' : 'light',
    deviceScaleFactor: 1,
  });
  await page.goto(new URL(s.path, base).toString());
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/${s.name}.png`, fullPage: s.full ?? false });
  await page.close();
}
await browser.close();
console.log(`wrote ${shots.length} screenshots to ${out}/`);
