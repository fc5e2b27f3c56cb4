/**
 * A generated record of 10,000 events (`npm run e2e:data`, run by `npm test` before the build):
 * it opens by link and filters like the flagship.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { typeItem } from './filters';

const ID = 'stress-10k';
const events = (
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '..', 'data', ID, 'events.json'), 'utf8'),
  ) as { events: Array<{ type: string }> }
).events;
const vetoes = events.filter((e) => e.type === 'veto').length;

/** Records what the page sends its workers: a message's `type`, or `texts`. */
async function recordToWorker(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { toWorker: string[] };
    w.toWorker = [];
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (
      this: Worker,
      ...args: Parameters<Worker['postMessage']>
    ) {
      const message = args[0] as { type?: string; texts?: unknown } | null;
      w.toWorker.push(message?.type ?? (message?.texts ? 'texts' : '?'));
      return post.apply(this, args);
    } as Worker['postMessage'];
  });
  return () => page.evaluate(() => (window as unknown as { toWorker: string[] }).toWorker);
}

test.describe('a generated record of 10,000 events', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('opens with ?dataset= and a type filter narrows the count', async ({ page }) => {
    expect(events).toHaveLength(10_000);
    // Hold the events file back until the loading progress has been seen.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/data/${ID}/events.json`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`./?dataset=${ID}`);
    await expect(page.getByRole('progressbar', { name: 'Loading the dataset' })).toBeVisible();
    await expect(page.getByText('Downloaded 2 of 3 files…')).toBeVisible();
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/10,000 events/);
    const status = page.getByRole('status').filter({ hasText: /events$/ });
    await expect(status).toHaveText('10,000 events');
    await typeItem(page, 'Veto').check();
    await expect(status).toHaveText(`${vetoes} of 10,000 events`);
    await expect(page).toHaveURL(/types=veto/);
  });

  test('the page answers the reader while a worker checks the events', async ({ page }) => {
    // Every message from a worker is recorded, and the validation's result is held back until
    // the test has used the page: the check runs in the worker, and the page stays usable.
    await page.addInitScript(() => {
      const w = window as unknown as {
        fromWorker: string[];
        releaseValidation: () => void;
      };
      const held: Array<() => void> = [];
      let released = false;
      w.fromWorker = [];
      w.releaseValidation = () => {
        released = true;
        for (const deliver of held.splice(0)) deliver();
      };
      const NativeWorker = window.Worker;
      window.Worker = class extends NativeWorker {
        override set onmessage(handler: ((e: MessageEvent) => void) | null) {
          super.onmessage = (e: MessageEvent<{ type?: string }>) => {
            const type = e.data?.type ?? '?';
            w.fromWorker.push(type);
            if (type === 'result' && !released) held.push(() => handler?.call(this, e));
            else handler?.call(this, e);
          };
        }
        override get onmessage() {
          return super.onmessage;
        }
      };
    });
    await page.goto(`./?dataset=${ID}`);
    await expect(page.getByRole('progressbar', { name: 'Loading the dataset' })).toBeVisible();
    await expect(page.getByText('Checking 10,000 events…')).toBeVisible();
    const fromWorker = () =>
      page.evaluate(() => (window as unknown as { fromWorker: string[] }).fromWorker);
    await expect.poll(fromWorker).toContain('result');
    expect((await fromWorker()).indexOf('progress')).toBeLessThan(
      (await fromWorker()).indexOf('result'),
    );

    // The page has not drawn the record yet, and answers: the theme switches.
    const theme = page.getByRole('button', { name: 'Dark theme' });
    await theme.click();
    await expect(theme).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText('Checking 10,000 events…')).toBeVisible();

    await page.evaluate(() =>
      (window as unknown as { releaseValidation: () => void }).releaseValidation(),
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/10,000 events/);
    await expect(page.getByRole('status').filter({ hasText: /events$/ })).toHaveText(
      '10,000 events',
    );
    await expect(theme).toHaveAttribute('aria-pressed', 'true');
  });

  test('the worker checks the files as they arrive, before the app asks, and the app takes that', async ({
    page,
  }) => {
    const toWorker = await recordToWorker(page);
    await page.goto(`./?dataset=${ID}`);
    await expect(page.getByRole('status').filter({ hasText: /events$/ })).toHaveText(
      '10,000 events',
    );
    // The first script sent the bytes; the app only asked for the result.
    expect(await toWorker()).toEqual(['bytes', 'take']);
  });

  test('a file the first script could not fetch is fetched again and checked all the same', async ({
    page,
  }) => {
    const toWorker = await recordToWorker(page);
    // The first request for the events fails: the app retries, and sends its own texts.
    let failed = false;
    await page.route(`**/data/${ID}/events.json`, async (route) => {
      if (failed) return route.continue();
      failed = true;
      return route.fulfill({ status: 503, body: 'busy' });
    });
    await page.goto(`./?dataset=${ID}`);
    await expect(page.getByRole('status').filter({ hasText: /events$/ })).toHaveText(
      '10,000 events',
    );
    expect(await toWorker()).toEqual(['texts']);
  });

  test('the list view is one real table of all rows that draws only those in view', async ({
    page,
    axe,
  }) => {
    await page.goto(`./?dataset=${ID}&view=list`);
    const table = page.getByRole('main').getByRole('table');
    await expect(table).toHaveAttribute('aria-rowcount', '10001');
    const rows = table.getByRole('row');
    await expect(rows.first()).toHaveAttribute('aria-rowindex', '1');
    expect(await rows.count()).toBeLessThan(100);
    expect(await axe()).toEqual([]);

    // The keyboard reaches every row, drawing rows in as it goes.
    const firstOpen = table.getByRole('button', { name: /: / }).first();
    await firstOpen.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus').locator('xpath=ancestor::tr')).toHaveAttribute(
      'aria-rowindex',
      '3',
    );
    await page.keyboard.press('End');
    const last = page.locator(':focus').locator('xpath=ancestor::tr');
    await expect(last).toHaveAttribute('aria-rowindex', '10001');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
  });
});
