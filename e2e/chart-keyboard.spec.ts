/**
 * The chart's keyboard never drops focus: one tab stop whatever the window, "Skip to the
 * timeline" lands on it (also for a link with a date window), and PageUp/PageDown, Home/End, the
 * zoom keys and a filter change leave focus on a mark.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { typeItem } from './filters';

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const marks = (page: Page) => timeline(page).getByRole('group', { name: 'Events' });
const tabStops = (page: Page) => marks(page).locator('[tabindex="0"]');

async function settled(page: Page): Promise<void> {
  await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
  await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
}

/** The focused element is one of the chart's mark buttons. */
async function expectFocusOnMark(page: Page): Promise<void> {
  await expect(marks(page).locator('.mark-button:focus')).toHaveCount(1);
  await expect(tabStops(page)).toHaveCount(1);
}

test.describe('keyboard on the chart', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('"Skip to the timeline" lands on a mark for a link with a date window', async ({ page }) => {
    await page.goto('./?v=1&from=2024-03-01&to=2024-04-15');
    await settled(page);
    await expect(tabStops(page)).toHaveCount(1);
    const skip = page.getByRole('link', { name: 'Skip to the timeline' });
    await skip.focus();
    await page.keyboard.press('Enter');
    await expectFocusOnMark(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
  });

  test('End, four zooms in, three steps left and PageUp keep focus on a mark', async ({ page }) => {
    await page.goto('./');
    await settled(page);
    await tabStops(page).focus();
    for (const key of ['End', '+', '+', '+', '+', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft']) {
      await page.keyboard.press(key);
      await expectFocusOnMark(page);
    }
    await settled(page);
    const before = await marks(page).locator('.mark-button:focus').getAttribute('aria-label');
    await page.keyboard.press('PageUp');
    await expectFocusOnMark(page);
    await expect(marks(page).locator('.mark-button:focus')).not.toHaveAttribute(
      'aria-label',
      before ?? '',
    );
    await page.keyboard.press('PageDown');
    await expectFocusOnMark(page);
    for (const key of ['-', '-', 'Home', '0']) {
      await page.keyboard.press(key);
      await expectFocusOnMark(page);
    }
    // Enter still opens and Escape still closes.
    await settled(page);
    await page.keyboard.press('Enter');
    const details = page.getByRole('complementary', { name: 'Event details' });
    await expect(details).toBeVisible();
  });

  test('a filter that hides the focused mark moves focus to the nearest mark left', async ({
    page,
  }) => {
    await page.goto('./');
    await settled(page);
    await typeItem(page, 'Letter').check();
    await expect(page).toHaveURL(/types=letter/);
    await page.goBack();
    await expect(page).not.toHaveURL(/types=letter/);
    await settled(page);
    // Focus the veto of 22 March 2024, then bring the letters-only filter back with Forward.
    const veto = marks(page).getByRole('button', { name: /Russia and China veto.*22 March 2024/ });
    await veto.focus();
    await expect(veto).toBeFocused();
    await page.goForward();
    await expect(page).toHaveURL(/types=letter/);
    await expect(veto).toHaveCount(0);
    await expectFocusOnMark(page);
    await expect(marks(page).locator('.mark-button:focus')).toHaveAttribute('aria-label', /Letter/);
    await page.keyboard.press('ArrowRight');
    await expectFocusOnMark(page);
  });
});
