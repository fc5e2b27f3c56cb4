/**
 * A generated record of 10,000 events (`npm run e2e:data`, run by `npm test` before the build):
 * it opens by link and filters like the flagship.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { typeItem } from './filters';

const ID = 'stress-10k';
const events = (
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '..', 'data', ID, 'events.json'), 'utf8'),
  ) as { events: Array<{ type: string }> }
).events;
const vetoes = events.filter((e) => e.type === 'veto').length;

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
    await expect(status).toHaveText('10000 events');
    await typeItem(page, 'Veto').check();
    await expect(status).toHaveText(`${vetoes} of 10000 events`);
    await expect(page).toHaveURL(/types=veto/);
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
