/**
 * Offline use through the service worker, on a host under a sub-path: a second visit works with
 * the network cut and says which copy it shows; a new build is offered, not forced.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startStaticHost, type StaticHost } from './static-host';

// These tests are about the service worker; every other spec blocks it so page.route sees all.
test.use({ serviceWorkers: 'allow' });
// Each test installs a service worker, precaches the shell and loads the app three times.
test.slow();

const SHOTS = 'test-results/screenshots';
let host: StaticHost;

test.beforeEach(async () => {
  host = await startStaticHost();
});
test.afterEach(async () => {
  await host.close();
});

/** Waits until the worker controls the page and has saved the dataset files it was sent. */
async function firstVisit(page: Page) {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/U\.S\. stance/);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const cache = await caches.open('stanceline-data');
        return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
      }),
    )
    .toEqual([
      '/tools/stanceline/data/datasets.json',
      '/tools/stanceline/data/us-stance-gaza/actors.json',
      '/tools/stanceline/data/us-stance-gaza/dataset.json',
      '/tools/stanceline/data/us-stance-gaza/events.json',
    ]);
}

for (const width of [1440, 390]) {
  test(`a second visit works offline and says which copy it shows (${width} px)`, async ({
    page,
    context,
    axe,
  }) => {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    await firstVisit(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/U\.S\. stance/);
    const notice = page.getByRole('status').filter({ hasText: 'Offline' });
    await expect(notice).toContainText(
      /Offline — showing the copy from \d{1,2} \w+ \d{4}(,| at) \d{2}:\d{2}\./,
    );
    await expect(page.getByRole('region', { name: /^Timeline/ })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/offline-${width}.png` });
    expect(await axe()).toEqual([]);

    // Back online, the next visit shows the data without the notice.
    await context.setOffline(false);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/U\.S\. stance/);
    await expect(page.getByRole('region', { name: /^Timeline/ })).toBeVisible();
    await expect(notice).toHaveCount(0);
  });
}

test('the first visit saves the data it opened without downloading it again', async ({ page }) => {
  await firstVisit(page);
  const data = host.requests.filter((path) => path.includes('/data/'));
  // Each file once: the page saved what it had downloaded, the worker fetched nothing more.
  expect(data.sort()).toEqual([
    '/tools/stanceline/data/datasets.json',
    '/tools/stanceline/data/us-stance-gaza/actors.json',
    '/tools/stanceline/data/us-stance-gaza/dataset.json',
    '/tools/stanceline/data/us-stance-gaza/events.json',
  ]);
  // Saved as the worker saves a copy: with the time it was saved, which the offline notice reads.
  const savedAt = await page.evaluate(async () => {
    const cache = await caches.open('stanceline-data');
    const saved = await cache.match(new URL('data/us-stance-gaza/events.json', document.baseURI));
    return saved?.headers.get('x-stanceline-cached-at') ?? null;
  });
  expect(Date.parse(savedAt ?? '')).not.toBeNaN();
});

test('the page registers its offline worker once, however often React renders', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __registrations: number };
    w.__registrations = 0;
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      w.__registrations += 1;
      return register.apply(this, args);
    };
  });
  // Every registration is made while the app first renders, before the worker controls the page
  // and the data is saved, so all of them have been counted by then.
  await firstVisit(page);
  expect(
    await page.evaluate(() => (window as unknown as { __registrations: number }).__registrations),
  ).toBe(1);
});

test('a new build is offered as "A new version is available", and Reload switches to it', async ({
  page,
}) => {
  await firstVisit(page);
  const workerBefore = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL,
  );
  // Deploy a new build: the worker script changes, so the browser installs it beside the old.
  appendFileSync(join(host.root, 'sw.js'), '\n// a new build\n');
  await page.reload();

  const prompt = page.getByRole('status').filter({ hasText: 'A new version is available' });
  await expect(prompt).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/update-prompt-1440.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/update-prompt-390.png` });

  await prompt.getByRole('button', { name: 'Reload' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/U\.S\. stance/);
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting === null && registration.active !== null;
      }),
    )
    .toBe(true);
  expect(workerBefore).toMatch(/\/tools\/stanceline\/sw\.js$/);
});
