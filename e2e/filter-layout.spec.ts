/**
 * A filter answers where the reader is looking: the first filter's chips take the summary bar's
 * own line, so the chart under it stays where it was (a chart pushed down by the chips would also
 * have to be drawn again in the frame that shows the new count).
 */
import { expect, test } from './fixtures';
import { typeItem } from './filters';

for (const width of [1440, 1024]) {
  test(`at ${width} px the first filter's chips leave the chart where it was`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    const timeline = page.getByRole('region', { name: /^Timeline/ });
    await expect(timeline).toHaveAttribute('data-painted', 'true');
    const count = page.getByRole('status').filter({ hasText: /events$/ });
    await expect(count).toHaveText(/^\d+ events$/);
    // px from the top of the page: checking the type scrolls the page to it.
    const top = () => timeline.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const before = await top();

    await typeItem(page, 'Veto').check();
    await expect(count).toHaveText(/^8 of \d+ events$/);
    await expect(page.getByRole('list', { name: 'Active filters' })).toBeVisible();
    expect(await top()).toBe(before);
  });
}
