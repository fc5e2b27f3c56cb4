/**
 * Visual regression: a fixed list of deep links, each compared pixel by pixel with a committed
 * baseline (`e2e/__screenshots__/chromium-<major>/`). The fonts are the Liberation families that
 * `.ci/run` installs and the style sheets name first, so a page renders the same on every machine
 * with the same Chromium.
 *
 * Baselines belong to one Chromium major version: antialiasing and text shaping change between
 * versions, so a run on a Chromium with no baselines is skipped and says how to make them
 * (`npm run test:visual:update`, see the README). Everything on the page is waited for by state
 * (a heading, settled zoom, a painted canvas) before the comparison, and `toHaveScreenshot` itself
 * waits for two identical frames.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { eventById } from './flagship';

const VETO = eventById('us-ceasefire-draft-vetoed-by-russia-china');
const SHOTS_DIR = path.join(import.meta.dirname, '__screenshots__');

interface Shot {
  name: string;
  url: string;
  viewport: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active';
  /** What must be on screen before the picture is taken. */
  ready: (page: Page) => Promise<void>;
}

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });

async function timelineSettled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/U\.S\. stance/);
  // Below 640 px the timeline reads top to bottom: a list, with no zoom to settle, no overview
  // strip and its stance changes inline.
  const vertical = (page.viewportSize()?.width ?? 0) <= 640;
  if (vertical) await expect(timeline(page)).toHaveAttribute('data-orient', 'vertical');
  else await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
  await expect(
    timeline(page)
      .getByRole('button', { name: /, \d{1,2} \w+ \d{4}/ })
      .first(),
  ).toBeVisible();
  if (vertical) return;
  // The overview strip and the stance tracks load after the first marks: wait for both.
  await expect(
    timeline(page).getByRole('img', { name: /^Overview of the whole period/ }),
  ).toBeVisible();
  await expect(timeline(page).getByRole('heading', { name: /^How the stance of / })).toBeVisible();
}

async function detailsOpen(page: Page): Promise<void> {
  await timelineSettled(page);
  const details = page.getByRole('complementary', { name: 'Event details' });
  await expect(details.getByRole('heading').first()).toHaveText(VETO.title);
}

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

const SHOTS: readonly Shot[] = [
  { name: 'default-1440', url: './', viewport: DESKTOP, ready: timelineSettled },
  {
    name: 'zoomed-1440',
    url: './?v=2&from=2024-03-01&to=2024-04-15',
    viewport: DESKTOP,
    ready: timelineSettled,
  },
  {
    name: 'list-1440',
    url: './?view=list',
    viewport: DESKTOP,
    ready: async (page) => {
      await expect(page.getByRole('main').getByRole('table')).toBeVisible();
    },
  },
  { name: 'details-1440', url: `./?event=${VETO.id}`, viewport: DESKTOP, ready: detailsOpen },
  { name: 'dark-1440', url: './', viewport: DESKTOP, colorScheme: 'dark', ready: timelineSettled },
  {
    name: 'forced-colors-1440',
    url: './',
    viewport: DESKTOP,
    forcedColors: 'active',
    ready: timelineSettled,
  },
  { name: 'phone-390', url: './', viewport: PHONE, ready: timelineSettled },
  {
    name: 'phone-dark-390',
    url: './?v=2&from=2024-03-01&to=2024-04-15',
    viewport: PHONE,
    colorScheme: 'dark',
    ready: timelineSettled,
  },
  {
    name: 'phone-forced-colors-390',
    url: './?v=2&from=2024-03-01&to=2024-04-15',
    viewport: PHONE,
    forcedColors: 'active',
    ready: timelineSettled,
  },
  { name: 'phone-details-390', url: `./?event=${VETO.id}`, viewport: PHONE, ready: detailsOpen },
];

test.describe('visual regression', () => {
  test.beforeEach(({ browser }, testInfo) => {
    const major = browser.version().split('.')[0] ?? 'unknown';
    const dir = path.join(SHOTS_DIR, `chromium-${major}`);
    const updating = ['all', 'changed'].includes(testInfo.config.updateSnapshots);
    test.skip(
      !existsSync(dir) && !updating,
      `no baselines for Chromium ${major}: run \`npm run test:visual:update\` and commit ${path.relative(process.cwd(), dir)}`,
    );
  });

  for (const shot of SHOTS) {
    test(shot.name, async ({ page, browser }) => {
      await page.setViewportSize(shot.viewport);
      await page.emulateMedia({
        colorScheme: shot.colorScheme ?? 'light',
        forcedColors: shot.forcedColors ?? 'none',
        reducedMotion: 'reduce',
      });
      await page.goto(shot.url);
      await shot.ready(page);
      // The pointer rests outside the page so no hover state is drawn.
      await page.mouse.move(0, 0);
      const major = browser.version().split('.')[0] ?? 'unknown';
      await expect(page).toHaveScreenshot([`chromium-${major}`, `${shot.name}.png`], {
        fullPage: false,
      });
    });
  }
});
