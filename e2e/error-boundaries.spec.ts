/**
 * One broken part never blanks the page: each panel fails alone, says so in an alert, and comes
 * back with "Try again" once the cause is gone, or through the way out it offers.
 */
import { expect, test } from './fixtures';
import { findActor } from './filters';

test.beforeEach(async ({ page }) => {
  // A browser API that throws on demand: formatting date ranges (spans) fails while __broken.
  await page.addInitScript(() => {
    const w = window as unknown as { __broken: boolean };
    w.__broken = true;
    const proto = Intl.DateTimeFormat.prototype;
    const formatRange = proto.formatRange;
    proto.formatRange = function (this: Intl.DateTimeFormat, a: Date, b: Date) {
      if (w.__broken) throw new Error('Date ranges cannot be formatted.');
      return formatRange.call(this, a, b);
    };
  });
});

test('a failing timeline leaves the header and filters working, and Try again recovers', async ({
  page,
  axe,
}) => {
  await page.goto('./');
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong in the timeline' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(
    'Date ranges cannot be formatted. The rest of the page still works.',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/U\.S\. stance/);
  await (await findActor(page, 'Russia')).check();
  await expect(page.getByRole('status').filter({ hasText: / of \d+ events$/ })).toBeVisible();
  expect(await axe()).toEqual([]);

  await page.evaluate(() => ((window as unknown as { __broken: boolean }).__broken = false));
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Timeline/ })).toBeVisible();
});

test('a failing list offers the timeline instead', async ({ page }) => {
  await page.goto('./?view=list');
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong in the list' });
  await expect(alert).toBeVisible();
  await page.evaluate(() => ((window as unknown as { __broken: boolean }).__broken = false));
  await alert.getByRole('button', { name: 'Show the timeline' }).click();
  await expect(page.getByRole('region', { name: /^Timeline/ })).toBeVisible();
  await expect(page).not.toHaveURL(/view=list/);
});
