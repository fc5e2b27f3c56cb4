import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Each way a dataset fetch can fail gets its own message, and "Try again" loads the dataset once
 * the fault is gone. Timers (the 15 s timeout, the retry backoff, the slow notice) run on
 * Playwright's clock, so the tests move time forward instead of waiting for it.
 */

const EVENTS = '**/data/us-stance-gaza/events.json';

async function heal(page: Page) {
  await page.unroute(EVENTS);
}

async function expectRecovery(page: Page) {
  const alert = page.getByRole('alert');
  await alert.getByRole('button', { name: 'Try again' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/U\.S\. stance/);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('a 404 says the file was not found, and is not retried', async ({ page }) => {
  let calls = 0;
  await page.route(EVENTS, (route) => {
    calls += 1;
    return route.fulfill({ status: 404, body: 'Not Found' });
  });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('This dataset could not be loaded');
  await expect(alert).toContainText(
    'data/us-stance-gaza/events.json was not found on the server (HTTP 404)',
  );
  expect(calls).toBe(1);
  await heal(page);
  await expectRecovery(page);
});

test('a 500 is retried with backoff, then says the server failed', async ({ page }) => {
  let calls = 0;
  await page.route(EVENTS, (route) => {
    calls += 1;
    return route.fulfill({ status: 500, body: 'Internal Server Error' });
  });
  await page.goto('./');
  const status = page.getByRole('status').filter({ hasText: 'Loading the timeline' });
  await expect(status).toContainText('Trying again (attempt 2)');
  await expect(status).toContainText('The server failed to send');
  await page.clock.fastForward(1000);
  await expect(status).toContainText('Trying again (attempt 3)');
  await page.clock.fastForward(2000);
  await expect(page.getByRole('alert')).toContainText(
    'The server failed to send data/us-stance-gaza/events.json (HTTP 500). This is usually temporary.',
  );
  expect(calls).toBe(3);
  await heal(page);
  await expectRecovery(page);
});

test('a reset connection says the connection broke', async ({ page }) => {
  await page.route(EVENTS, (route) => route.abort('connectionreset'));
  await page.goto('./');
  const status = page.getByRole('status').filter({ hasText: 'Loading the timeline' });
  await expect(status).toContainText('Trying again (attempt 2)');
  await page.clock.fastForward(1000);
  await expect(status).toContainText('Trying again (attempt 3)');
  await page.clock.fastForward(2000);
  await expect(page.getByRole('alert')).toContainText(
    'The connection broke while loading data/us-stance-gaza/events.json',
  );
  await heal(page);
  await expectRecovery(page);
});

test('an HTML page instead of JSON says so, and is not retried', async ({ page }) => {
  await page.route(EVENTS, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Page not found</title><h1>Welcome</h1>',
    }),
  );
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(
    'data/us-stance-gaza/events.json came back as a web page, not JSON.',
  );
  await heal(page);
  await expectRecovery(page);
});

test('a stalled request says it is slow, times out after 15 s, retries once, then fails', async ({
  page,
}) => {
  // All three files stall, so no response can race the clock: each times out at 15 s.
  const FILES = '**/data/us-stance-gaza/*.json';
  const stalled: Route[] = [];
  await page.route(FILES, (route) => void stalled.push(route));
  await page.goto('./');
  const status = page.getByRole('status').filter({ hasText: 'Loading the timeline' });
  await expect(status).toBeVisible();
  await expect(status).not.toContainText('longer than usual');
  await expect.poll(() => stalled.length).toBe(3);

  await page.clock.fastForward(5000);
  await expect(status).toContainText('This is taking longer than usual');

  await page.clock.fastForward(10_000);
  await expect(status).toContainText('Trying again (attempt 2)');
  await expect(status).toContainText(/us-stance-gaza\/\w+\.json did not arrive within 15 seconds/);
  await page.clock.fastForward(1000);
  await expect.poll(() => stalled.length).toBe(6);
  await page.clock.fastForward(15_000);

  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    /data\/us-stance-gaza\/\w+\.json did not arrive within 15 seconds\. The server may be overloaded/,
  );
  // The status that had focus gave way to the alert; focus moves with it, not to <body>.
  await expect(alert).toBeFocused();
  expect(stalled).toHaveLength(6);
  await page.unroute(FILES);
  await expectRecovery(page);
});

test('the failure states have no axe violations', async ({ page, axe }) => {
  await page.route(EVENTS, (route) => route.fulfill({ status: 404 }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await axe()).toEqual([]);
});
