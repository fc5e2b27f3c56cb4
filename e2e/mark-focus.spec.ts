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

/** Opens the record and waits until its marks are drawn and the view has settled. */
async function openSettled(page: Page): Promise<void> {
  await page.goto(`./?dataset=${ID}`);
  await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
  await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
}

test.describe('arrow keys over 10,000 events', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a quick walk lands where a slow one does, with the tab stop and tooltip on that mark', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openSettled(page);
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

test.describe('a held arrow key with the pointer resting on the chart', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('ends on one tab stop, with the tooltip of the focused mark, not of the one under the pointer', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await openSettled(page);
    const surface = timeline(page).locator('[data-zoom-surface]');
    const box = (await surface.boundingBox())!;
    // The pointer rests over the marks, as a reader's does while they type.
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    await marks(page).locator('[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    const startY = await page.evaluate(() => window.scrollY);
    // Twenty presses as a held key sends them, each as soon as the last was handled; the walk
    // goes through time across the lanes, so focus scrolls the page under the pointer.
    const seenY = new Set<number>([startY]);
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('ArrowRight');
      seenY.add(await page.evaluate(() => window.scrollY));
    }
    expect(seenY.size, 'the walk scrolled the page').toBeGreaterThan(1);
    const focused = marks(page).locator('.mark-button:focus');
    await expect(focused).toHaveCount(1);
    const name = (await focused.getAttribute('aria-label')) ?? '';
    // Once the keys pause the chart catches up: one tab stop, rendered on the focused mark.
    await expect(marks(page).locator('[data-tab-stop]')).toHaveCount(1);
    await expect(focused).toHaveAttribute('data-tab-stop', '');
    await expect(marks(page).locator('[tabindex="0"]')).toHaveCount(1);
    await expect(focused).toHaveAttribute('tabindex', '0');
    if ((await focused.getAttribute('data-event-id')) !== null) {
      const tip = page.locator('.mark-tip .tooltip-title');
      await expect(tip).toHaveCount(1);
      expect(name.startsWith(`${await tip.textContent()},`)).toBe(true);
    }
  });
});

test.describe('the page moving under a resting pointer', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('leaves the tooltip on the focused mark when another mark arrives under the pointer', async ({
    page,
  }) => {
    await openSettled(page);
    const stop = marks(page).locator('[tabindex="0"]');
    await stop.focus();
    await page.keyboard.press('ArrowRight');
    const focused = marks(page).locator('.mark-button[data-event-id]:focus');
    await expect(focused).toHaveCount(1);
    const name = (await focused.getAttribute('aria-label')) ?? '';
    const tip = page.locator('.mark-tip .tooltip-title');
    await expect.poll(async () => name.startsWith(`${await tip.textContent()},`)).toBe(true);
    // Another event's button, and a point 100 px above it where no button is: the pointer
    // rests there, then the page scrolls by 100 px and brings that button under it.
    const SHIFT = 100;
    const spot = await marks(page).evaluate((group, shift) => {
      for (const b of group.querySelectorAll<HTMLElement>('.mark-button[data-event-id]')) {
        if (b === document.activeElement) continue;
        const r = b.getBoundingClientRect();
        const x = (r.left + r.right) / 2;
        const y = (r.top + r.bottom) / 2;
        if (y - shift < 40 || y > window.innerHeight - 10 || x < 0 || x > window.innerWidth)
          continue;
        if (document.elementFromPoint(x, y) !== b) continue;
        if (document.elementFromPoint(x, y - shift)?.closest('.mark-button')) continue;
        return { x, y: y - shift, id: b.dataset.itemId! };
      }
      return null;
    }, SHIFT);
    expect(spot, 'a button with no button 100 px above it').not.toBeNull();
    await page.mouse.move(spot!.x, spot!.y);
    await page.evaluate((shift) => window.scrollBy(0, shift), SHIFT);
    const arrived = marks(page).locator(`[data-item-id="${spot!.id}"]`);
    await expect.poll(() => arrived.evaluate((el) => el.matches(':hover'))).toBe(true);
    // Let a frame pass for the tooltip to follow whatever hover the page took.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    expect(name.startsWith(`${await tip.textContent()},`)).toBe(true);
    // The pointer's own move over it hovers it.
    await page.mouse.move(spot!.x + 1, spot!.y + 1);
    const arrivedName = (await arrived.getAttribute('aria-label')) ?? '';
    await expect.poll(async () => arrivedName.startsWith(`${await tip.textContent()},`)).toBe(true);
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
