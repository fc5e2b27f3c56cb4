/**
 * Arrow keys over a large record: focus moves mark to mark as fast as keys are pressed, and
 * whatever the pace it lands where a slow walk lands, on a button named for its mark, with the
 * one tab stop, the tooltip and the way out of the chart all on that mark.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ID = 'stress-10k';
const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const marks = (page: Page) => timeline(page).getByRole('group', { name: 'Events' });
const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

const STEPS = 24;

test.describe('arrow keys over 10,000 events', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a quick walk lands where a slow one does, with the tab stop and tooltip on that mark', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto(`./?dataset=${ID}`);
    await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
    await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
    await marks(page).locator('[tabindex="0"]').focus();

    // The slow walk: each press waits for focus to move.
    await page.keyboard.press('Home');
    const slow: string[] = [];
    for (let i = 0; i < STEPS; i++) {
      const before = await focusedName(page);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => focusedName(page)).not.toBe(before);
      slow.push((await focusedName(page))!);
    }
    // Every press went to another mark: the walk never stalls or repeats.
    expect(new Set(slow).size).toBe(STEPS);

    // The quick walk: the presses follow one another without waiting for anything.
    await page.keyboard.press('Home');
    for (let i = 0; i < STEPS; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedName(page)).toBe(slow.at(-1));
    await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');

    const focused = marks(page).locator('.mark-button:focus');
    await expect(focused).toHaveCount(1);
    await expect(focused).toHaveAccessibleName(slow.at(-1)!);
    // One tab stop, and it is the focused mark.
    await expect(marks(page).locator('[tabindex="0"]')).toHaveCount(1);
    await expect(focused).toHaveAttribute('tabindex', '0');
    const isEvent = (await focused.getAttribute('data-event-id')) !== null;
    if (isEvent) {
      // Not open: a toggle that is off.
      await expect(focused).toHaveAttribute('aria-pressed', 'false');
      // The tooltip describes this mark: its title begins the button's name.
      const title = (await page.locator('.mark-tip .tooltip-title').textContent()) ?? '';
      expect(title.length).toBeGreaterThan(0);
      expect(slow.at(-1)!.startsWith(`${title},`)).toBe(true);
    }

    // Tab leaves the chart from here, and Shift+Tab comes back to this same mark.
    await page.keyboard.press('Tab');
    await expect(marks(page).locator('.mark-button:focus')).toHaveCount(0);
    await page.keyboard.press('Shift+Tab');
    await expect(marks(page).locator('.mark-button:focus')).toHaveAccessibleName(slow.at(-1)!);

    // ← from there retraces the slow walk.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => focusedName(page)).toBe(slow.at(-3));
  });
});

test.describe('the layer over the marks', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  /** The opacity the labels and buttons are drawn with: their own times every ancestor's. */
  const drawnOpacity = (page: Page) =>
    page
      .locator('.plot .mark-label')
      .first()
      .evaluate((el) => {
        let opacity = 1;
        for (let e: Element | null = el; e; e = e.parentElement) {
          opacity *= Number(getComputedStyle(e).opacity);
        }
        return opacity;
      });

  test('is hidden while a wheel zoom runs and shown again, labels and focus ring, once it settles', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
    await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
    expect(await drawnOpacity(page)).toBe(1);
    // The wheel zooms once the gestures are attached, a moment after the first marks.
    const surface = timeline(page).locator('[data-zoom-surface]');
    await expect(surface).toHaveAttribute('data-gestures', 'ready');
    const box = (await surface.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    // The wheel's zoom differs from the settled one until the gesture ends: the labels and
    // buttons, spaced for the settled zoom, are not drawn stretched meanwhile.
    await page.evaluate(() => {
      const w = window as unknown as { hiddenSeen: boolean };
      w.hiddenSeen = false;
      const overlay = document.querySelector<HTMLElement>('.plot .overlay')!;
      new MutationObserver(() => {
        if (overlay.style.opacity === '0') w.hiddenSeen = true;
      }).observe(overlay, { attributes: true, attributeFilter: ['style'] });
    });
    await page.mouse.wheel(0, -300);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { hiddenSeen: boolean }).hiddenSeen))
      .toBe(true);
    await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
    await expect(page.locator('.plot .mark-label').first()).toBeVisible();
    await expect.poll(() => drawnOpacity(page)).toBe(1);
    // The buttons stayed in the page throughout, and a mark's focus ring shows again.
    await marks(page).locator('[tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    const ring = await marks(page)
      .locator('.mark-button:focus')
      .evaluate((el) => getComputedStyle(el).boxShadow);
    expect(ring).not.toBe('none');
  });
});
