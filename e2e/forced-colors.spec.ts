/**
 * Forced colours (Windows high contrast): every state survives in the reader's system colours —
 * the chosen switch, the ticked filter, focus and the open event — and the canvas is painted in
 * them too. Checked on computed styles and pixels under `forced-colors: active` emulation.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { findActor } from './filters';
import { eventById } from './flagship';

const VETO = eventById('us-ceasefire-draft-vetoed-by-russia-china');
const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const vetoMark = (page: Page) =>
  timeline(page).getByRole('button', { name: /Russia and China veto.*22 March 2024/ });

/** A system colour as the browser resolves it in the current scheme, e.g. "rgb(…)". */
function systemColour(page: Page, name: string): Promise<string> {
  return page.evaluate((colour) => {
    const probe = document.createElement('span');
    probe.style.color = colour;
    probe.style.setProperty('forced-color-adjust', 'none');
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }, name);
}

const style = (el: Locator, property: string) =>
  el.evaluate((e, p) => getComputedStyle(e).getPropertyValue(p), property);

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
});

test.describe('at 1440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the chosen switches and a ticked filter are filled with the highlight colour', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(vetoMark(page)).toBeVisible();
    const highlight = await systemColour(page, 'Highlight');
    const canvas = await systemColour(page, 'Canvas');
    expect(highlight).not.toBe(canvas);

    const view = page.getByRole('radiogroup', { name: 'View' });
    expect(await style(view.getByRole('radio', { name: 'Timeline' }), 'background-color')).toBe(
      highlight,
    );
    expect(await style(view.getByRole('radio', { name: 'List' }), 'background-color')).not.toBe(
      highlight,
    );
    const lanes = page.getByRole('radiogroup', { name: 'Lanes' });
    expect(
      await style(lanes.getByRole('radio', { name: 'By actor group' }), 'background-color'),
    ).toBe(highlight);

    const filters = page.getByRole('navigation', { name: 'Filters' });
    const russia = await findActor(filters, 'Russia');
    const box = russia.locator('.tree-box').first();
    expect(await style(box, 'background-color')).not.toBe(highlight);
    await russia.check();
    await expect(russia).toHaveAttribute('aria-checked', 'true');
    expect(await style(box, 'background-color')).toBe(highlight);
  });

  test('a focused mark has an outline in the highlight colour', async ({ page }) => {
    await page.goto('./');
    await vetoMark(page).focus();
    // A key press makes the focus keyboard focus (:focus-visible).
    await page.keyboard.press('ArrowLeft');
    const focused = page.locator(':focus');
    await expect(focused).toHaveClass(/mark-button/);
    const highlight = await systemColour(page, 'Highlight');
    expect(await style(focused, 'outline-style')).toBe('solid');
    expect(await style(focused, 'outline-color')).toBe(highlight);
  });

  test('the canvas is painted in the system colours, not in the page colours', async ({ page }) => {
    await page.goto('./');
    await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
    const text = await systemColour(page, 'CanvasText');
    // The share of the chart canvas painted in the text colour: lines, marks and labels, never
    // the whole background.
    const share = await timeline(page)
      .locator('canvas')
      .first()
      .evaluate((c: HTMLCanvasElement, rgb) => {
        const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
        const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
        let hits = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3]! > 200 && data[i] === r && data[i + 1] === g && data[i + 2] === b) hits++;
        }
        return hits / (data.length / 4);
      }, text);
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(0.2);
  });
});

test('the open event is marked by a bar in the highlight colour when reading top to bottom', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`./?orient=vertical&event=${VETO.id}`);
  const details = page.getByRole('complementary', { name: 'Event details' });
  await expect(details.getByRole('heading').first()).toHaveText(VETO.title);
  await expect(vetoMark(page)).toHaveAttribute('aria-pressed', 'true');
  const row = vetoMark(page).locator('xpath=ancestor::li[1]');
  const bar = await row.evaluate((e) => {
    const s = getComputedStyle(e, '::before');
    return { colour: s.backgroundColor, width: s.width };
  });
  expect(bar).toEqual({ colour: await systemColour(page, 'Highlight'), width: '4px' });
});

test.describe('on a 390 px phone, reading top to bottom', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the chosen direction and the group colours stay visible', async ({ page, axe }) => {
    await page.goto(`./?event=${VETO.id}`);
    await page.getByRole('button', { name: 'Close details' }).click();
    const highlight = await systemColour(page, 'Highlight');

    const direction = page.getByRole('radiogroup', { name: 'Timeline direction' });
    expect(
      await style(direction.getByRole('radio', { name: 'Vertical' }), 'background-color'),
    ).toBe(highlight);

    // The group key keeps its colours; each swatch differs from the page.
    const canvas = await systemColour(page, 'Canvas');
    const swatches = timeline(page)
      .getByRole('list', { name: 'Colours of the actor groups' })
      .locator('.swatch');
    const colours = await swatches.evaluateAll((els) =>
      els.map((e) => getComputedStyle(e).backgroundColor),
    );
    expect(colours.length).toBeGreaterThan(1);
    expect(colours).not.toContain(canvas);
    expect(new Set(colours).size).toBe(colours.length);
    expect(await axe()).toEqual([]);
  });
});
