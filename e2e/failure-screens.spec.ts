/**
 * Screenshots of every failure state, at desktop and phone widths, for review: the capped
 * validation list, each network fault, and the slow notice. Each state is awaited, then shot.
 */
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

const SHOTS = 'test-results/screenshots';
const EVENTS = '**/data/us-stance-gaza/events.json';
type Json = Record<string, unknown>;

const faults: Array<{ name: string; handle: (route: Route) => Promise<void> | void }> = [
  { name: '404', handle: (route) => route.fulfill({ status: 404, body: 'Not Found' }) },
  { name: '500', handle: (route) => route.fulfill({ status: 500, body: 'Server Error' }) },
  { name: 'reset', handle: (route) => route.abort('connectionreset') },
  {
    name: 'html',
    handle: (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Home</p>' }),
  },
];

async function settle(page: Page) {
  // Backoff delays run on the test clock: move it past every retry.
  for (let i = 0; i < 3; i += 1) await page.clock.fastForward(8000);
  await expect(page.getByRole('alert')).toBeVisible();
}

for (const width of [1440, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 500 ? 900 : 844 } });

    test('each network fault and the slow notice', async ({ page }) => {
      await page.clock.install();
      for (const fault of faults) {
        await page.route(EVENTS, fault.handle);
        await page.goto('./');
        await settle(page);
        await page.screenshot({ path: `${SHOTS}/fault-${fault.name}-${width}.png` });
        await page.unroute(EVENTS);
      }
      await page.route(EVENTS, () => undefined); // stalls
      await page.goto('./');
      await page.clock.fastForward(5000);
      await expect(page.getByText('This is taking longer than usual')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/fault-slow-${width}.png` });
      await page.clock.fastForward(15_000);
      await expect(page.getByText(/Trying again \(attempt 2\)/)).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/fault-retrying-${width}.png` });
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    });

    test('a capped validation list', async ({ page }) => {
      await page.route(EVENTS, async (route) => {
        const response = await route.fetch();
        const json = (await response.json()) as { events: Json[] };
        const events = json.events.map((e, i) =>
          i === 0
            ? {
                ...e,
                sources: [{ ...(e.sources as Json[])[0], url: `javascript:${'a'.repeat(5000)}` }],
              }
            : { ...e, date: '2024-02-30' },
        );
        await route.fulfill({ response, json: { ...json, events } });
      });
      await page.goto('./');
      await expect(page.getByRole('alert')).toContainText('more problems');
      await page.screenshot({ path: `${SHOTS}/capped-problems-${width}.png`, fullPage: true });
    });
  });
}
