/**
 * Reaching the timeline from the top of the page without the skip link takes at most 15 Tab
 * presses: groups of buttons (the record's tools, the share and settings tools, the story and
 * comparison entry points, the zoom buttons, the lane groups) are each one tab stop, with the
 * arrow keys inside (the WAI-ARIA toolbar pattern), and every control in them still works from
 * the keyboard.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const MAX_STOPS = 15;
const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const marks = (page: Page) => timeline(page).getByRole('group', { name: 'Events' });

async function settled(page: Page): Promise<void> {
  await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
  await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
}

/** What has focus, as a short line for the failure message. */
const focusedLine = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(body)';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `${el.tagName.toLowerCase()} "${name}"`;
  });

/** Presses Tab from the top of the page until a mark has focus; returns the stops passed. */
async function tabToTimeline(page: Page): Promise<{ presses: number; stops: string[] }> {
  const group = await marks(page).elementHandle();
  const inMarks = () => group!.evaluate((g) => g.contains(document.activeElement));
  const stops: string[] = [];
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to list view' })).toBeFocused();
  stops.push(await focusedLine(page));
  while (!(await inMarks()) && stops.length < 80) {
    await page.keyboard.press('Tab');
    stops.push(await focusedLine(page));
  }
  expect(await inMarks(), `Tab reaches a mark; stops: ${stops.join(' | ')}`).toBe(true);
  return { presses: stops.length, stops };
}

for (const width of [1440, 1024]) {
  test.describe(`Tab to the timeline at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test(`takes at most ${MAX_STOPS} presses`, async ({ page }, info) => {
      await page.goto('./?dataset=us-stance-gaza');
      await settled(page);
      const { presses, stops } = await tabToTimeline(page);
      info.annotations.push({ type: 'tab presses', description: String(presses) });
      expect(presses, stops.join(' | ')).toBeLessThanOrEqual(MAX_STOPS);
    });

    test(`takes at most ${MAX_STOPS} presses with an event's details open`, async ({
      page,
    }, info) => {
      await page.goto('./?dataset=us-stance-gaza&event=us-vetoes-brazil-draft');
      await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
      await settled(page);
      const { presses, stops } = await tabToTimeline(page);
      info.annotations.push({ type: 'tab presses', description: String(presses) });
      expect(presses, stops.join(' | ')).toBeLessThanOrEqual(MAX_STOPS);
      await expect(marks(page).locator('.mark-button:focus')).toHaveAttribute(
        'aria-label',
        /U\.S\. vetoes Brazil/,
      );
    });
  });
}

/** Focus moves from `from` to `to` with `key`; both are in the same roving group. */
async function arrow(page: Page, key: string, to: Locator): Promise<void> {
  await page.keyboard.press(key);
  await expect(to).toBeFocused();
  await expect(to).toHaveAttribute('tabindex', '0');
}

test.describe('toolbars', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test.beforeEach(async ({ page }) => {
    await page.goto('./?dataset=us-stance-gaza');
    await settled(page);
  });

  test('the header’s groups: one stop each, arrows, Home and End inside, every button works', async ({
    page,
  }) => {
    // The record's tools: Datasets, then the file picker.
    const record = page.getByRole('toolbar', { name: 'Datasets and files' });
    const datasets = record.getByRole('button', { name: 'Datasets' });
    await expect(record.locator('[tabindex="0"]')).toHaveCount(1);
    await datasets.focus();
    await arrow(page, 'ArrowRight', record.getByLabel('Open a data file'));
    await arrow(page, 'ArrowRight', datasets);
    await page.keyboard.press('Enter');
    await expect(datasets).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(datasets).toBeFocused();

    // Share, Download, the theme and the shortcuts: one stop, arrows between them.
    const actions = page.getByRole('toolbar', { name: 'Share and settings' });
    const share = actions.getByRole('button', { name: 'Share' });
    const download = actions.getByRole('button', { name: 'Download' });
    const theme = actions.getByRole('button', { name: 'Dark theme' });
    const shortcuts = actions.getByRole('button', { name: /^Shortcuts/ });
    await expect(actions.locator('[tabindex="0"]')).toHaveCount(1);
    await share.focus();
    await arrow(page, 'ArrowRight', download);
    // ↓ still opens a menu button's menu, and its arrows stay in the menu.
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem').nth(1)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(download).toBeFocused();
    await arrow(page, 'End', shortcuts);
    await arrow(page, 'ArrowLeft', theme);
    await page.keyboard.press('Enter');
    await expect(theme).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(theme).toHaveAttribute('aria-pressed', 'false');
    await arrow(page, 'Home', share);
    await arrow(page, 'ArrowLeft', shortcuts);
    // Tab leaves the group and Shift+Tab comes back to the control last used.
    await page.keyboard.press('Tab');
    await expect(shortcuts).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(shortcuts).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: /shortcuts/i })).toBeVisible();
    await page.keyboard.press('Escape');
  });

  test('the zoom buttons are one stop, and zoom from the keyboard', async ({ page }) => {
    // The zoom buttons: + zooms in, − out, Reset zoom back to everything.
    const zoom = timeline(page).getByRole('toolbar', { name: 'Zoom' });
    const zoomIn = zoom.getByRole('button', { name: 'Zoom in', exact: true });
    const zoomOut = zoom.getByRole('button', { name: 'Zoom out', exact: true });
    const reset = zoom.getByRole('button', { name: 'Reset zoom' });
    await expect(zoom.locator('[tabindex="0"]')).toHaveCount(1);
    await zoomIn.focus();
    const scale = () => timeline(page).getAttribute('data-zoom-scale');
    const before = await scale();
    await page.keyboard.press('Enter');
    await expect.poll(scale).not.toBe(before);
    await settled(page);
    await arrow(page, 'ArrowRight', zoomOut);
    await arrow(page, 'ArrowRight', reset);
    await page.keyboard.press('Enter');
    await expect.poll(scale).toBe(before);
    await arrow(page, 'ArrowRight', zoomIn);
  });

  test('the story and the comparison start from one stop', async ({ page }) => {
    const guided = page.getByRole('toolbar', { name: 'Stories and comparison' });
    const story = guided.getByRole('button', { name: /^Story: / });
    const compare = guided.getByRole('button', { name: 'Compare two dates' });
    await expect(guided.locator('[tabindex="0"]')).toHaveCount(1);
    await story.focus();
    await arrow(page, 'ArrowRight', compare);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Compare two dates' })).toBeVisible();
  });

  test('the lane groups are one stop, ↓ and ↑ between them; axe passes', async ({ page, axe }) => {
    const lanes = timeline(page).getByRole('toolbar', { name: 'Lane groups' });
    const toggles = lanes.getByRole('button');
    await expect(lanes.locator('[tabindex="0"]')).toHaveCount(1);
    await toggles.first().focus();
    await arrow(page, 'ArrowDown', toggles.nth(1));
    await arrow(page, 'ArrowUp', toggles.first());
    await page.keyboard.press('Enter');
    await expect(toggles.first()).toHaveAttribute('aria-expanded', 'true');
    await expect(toggles.first()).toBeFocused();

    expect(await axe()).toEqual([]);
  });
});
