/**
 * The details drawer lies over the chart's right from the chart frame down: it never covers the
 * header's controls, the story panel, the chart's toolbar or the filters, it never moves a mark,
 * and the text in it is drawn clean (no rule through the lines around footnote markers).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { eventById } from './flagship';

const VETO = eventById('us-ceasefire-draft-vetoed-by-russia-china');
const ALGERIA = eventById('us-vetoes-algeria-ceasefire-draft');
const BRAZIL = eventById('us-vetoes-brazil-draft');
const STORY = (
  JSON.parse(
    readFileSync(
      resolve(import.meta.dirname, '..', 'data', 'us-stance-gaza', 'dataset.json'),
      'utf8',
    ),
  ) as { stories: Array<{ id: string }> }
).stories[0]!;
const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });

async function settled(page: Page): Promise<void> {
  await expect(timeline(page)).toHaveAttribute('data-painted', 'true');
  await expect(timeline(page)).toHaveAttribute('data-zoom-settled', 'true');
}

/** True when the two boxes share any area. */
async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const p = (await a.boundingBox())!;
  const q = (await b.boundingBox())!;
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
}

/** The story panel and the drawer both shown, neither over the other, the drawer its full height. */
async function expectClearOfStory(page: Page, story: Locator): Promise<void> {
  await expect(story).toBeVisible();
  // The drawer settles a frame after the page scrolls: wait for it, then read both.
  await expect.poll(() => overlaps(story, details(page))).toBe(false);
  await expect
    .poll(async () => (await details(page).boundingBox())!.height)
    .toBeGreaterThanOrEqual(320);
  expect(await overlaps(story, details(page))).toBe(false);
}

for (const width of [1024, 1440]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 768 } });

    test('the drawer covers none of the header, toolbar or filters, and the event stays in sight', async ({
      page,
    }) => {
      await page.goto(`./?event=${ALGERIA.id}`);
      await expect(details(page).getByRole('heading').first()).toHaveText(ALGERIA.title);
      await settled(page);
      const header = page.getByRole('banner');
      for (const control of [
        header.getByRole('button', { name: /^Share/ }),
        header.getByRole('button', { name: /^Download/ }),
        header.getByRole('searchbox'),
        page.getByRole('button', { name: 'Compare two dates' }),
        timeline(page).getByRole('radiogroup', { name: 'Lanes' }),
        page.getByRole('navigation', { name: 'Filters' }),
      ]) {
        await expect(control).toBeVisible();
        expect(
          await overlaps(control, details(page)),
          await control.evaluate((e) => e.outerHTML.slice(0, 80)),
        ).toBe(false);
      }
      const mark = timeline(page).locator(`[data-event-id="${ALGERIA.id}"]`);
      const box = (await mark.boundingBox())!;
      const panel = (await details(page).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(panel.x);
    });

    test('opening and closing the details never moves the mark under the pointer', async ({
      page,
    }) => {
      // A mark left of where the drawer will open (at 1024 px, only the first weeks are).
      const event = width >= 1440 ? VETO : BRAZIL;
      await page.goto('./');
      await settled(page);
      const mark = timeline(page).locator(`[data-event-id="${event.id}"]`);
      const before = await mark.boundingBox();
      await mark.click();
      await expect(details(page).getByRole('heading').first()).toHaveText(event.title);
      await settled(page);
      expect(await mark.boundingBox()).toEqual(before);
      await details(page).getByRole('button', { name: 'Close details' }).click();
      await expect(details(page)).toBeHidden();
      await settled(page);
      expect(await mark.boundingBox()).toEqual(before);
    });

    test('with a story open, the drawer leaves the story and its controls free', async ({
      page,
    }) => {
      await page.goto(`./?story=${STORY.id}&step=2`);
      const story = page.getByRole('region', { name: /Story/ });
      await expect(story.getByText('Step 2 of', { exact: false })).toBeVisible();
      await settled(page);
      await story
        .getByRole('list', { name: 'Events this step rests on' })
        .getByRole('button')
        .first()
        .click();
      await expect(details(page)).toBeVisible();
      // Wide, the story panel ends where the drawer begins; narrower, the drawer starts below it
      // (the page scrolls to give it its height): neither hides any of the other.
      await expectClearOfStory(page, story);
    });

    test('a mark clicked where the drawer lies stays under the pointer and in sight', async ({
      page,
    }) => {
      await page.goto('./');
      await settled(page);
      // The right-most event mark of the default view: under the drawer's usual place.
      const id = await timeline(page)
        .locator('.mark-button[data-event-id]')
        .evaluateAll((buttons) => {
          const x = (b: Element) => Number((b.getAttribute('data-box') ?? '0').split(' ')[2]);
          const last = buttons.reduce((a, b) => (x(b) > x(a) ? b : a));
          return last.getAttribute('data-event-id')!;
        });
      const mark = timeline(page).locator(`[data-event-id="${id}"]`);
      await mark.scrollIntoViewIfNeeded();
      const before = (await mark.boundingBox())!;
      expect(before.x + before.width).toBeGreaterThan(width - 420);
      await mark.click();
      await expect(page).toHaveURL(new RegExp(`event=${id}`));
      await expect(details(page)).toBeVisible();
      await settled(page);
      expect(await mark.boundingBox()).toEqual(before);
      expect(await overlaps(mark, details(page))).toBe(false);
      // Another mark, now clear of the drawer on its side: the drawer stays where it is.
      const side = (await details(page).boundingBox())!.x;
      await details(page)
        .getByRole('button', { name: /Previous/ })
        .click();
      await settled(page);
      expect((await details(page).boundingBox())!.x).toBe(side);
      await details(page).getByRole('button', { name: 'Close details' }).click();
      await expect(details(page)).toBeHidden();
      await settled(page);
      expect(await mark.boundingBox()).toEqual(before);
    });

    test('a mark opened by Enter where the drawer lies is panned into sight', async ({ page }) => {
      await page.goto('./');
      await settled(page);
      const id = 'us-vetoes-e10-ceasefire-draft';
      const mark = timeline(page).locator(`[data-event-id="${id}"]`);
      await mark.focus();
      await page.keyboard.press('Enter');
      await expect(details(page)).toBeVisible();
      await settled(page);
      await expect(mark).toBeVisible();
      expect(await overlaps(mark, details(page))).toBe(false);
    });
  });
}

test.describe('with a story open on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the details start below the story panel', async ({ page }) => {
    await page.goto(`./?story=${STORY.id}&step=2&event=${BRAZIL.id}`);
    const story = page.getByRole('region', { name: /Story/ });
    await expect(story.getByText('Step 2 of', { exact: false })).toBeVisible();
    await expect(details(page)).toBeVisible();
    await expectClearOfStory(page, story);
  });
});

test.describe('axe with the drawer open', () => {
  // One axe pass over the whole chart takes 8–15 s on a busy two-core machine.
  test.describe.configure({ timeout: 60_000 });
  test.use({ viewport: { width: 1024, height: 768 } });

  test('finds no violations at 1024 px', async ({ page, axe }) => {
    await page.goto(`./?event=${ALGERIA.id}`);
    await expect(details(page).getByRole('heading').first()).toHaveText(ALGERIA.title);
    await settled(page);
    expect(await axe()).toEqual([]);
  });
});

test.describe('footnote markers in the details', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const forcedColors of ['none', 'active'] as const) {
    test(`draw no rule, outline or underline through the text (forced colours ${forcedColors})`, async ({
      page,
    }) => {
      await page.emulateMedia({ forcedColors });
      await page.goto(`./?event=${ALGERIA.id}`);
      const markers = details(page).locator('sup.cite');
      await expect(markers.first()).toBeVisible();
      const drawn = await markers.evaluateAll((sups) =>
        sups.flatMap((sup) =>
          [sup, ...sup.querySelectorAll('*')].flatMap((el) => {
            const s = getComputedStyle(el);
            const lines = [
              ['border-top', s.borderTopStyle !== 'none' && s.borderTopWidth !== '0px'],
              ['border-bottom', s.borderBottomStyle !== 'none' && s.borderBottomWidth !== '0px'],
              ['outline', s.outlineStyle !== 'none' && s.outlineWidth !== '0px'],
              ['text-decoration', s.textDecorationLine !== 'none'],
            ] as const;
            return lines.filter(([, on]) => on).map(([what]) => `${el.tagName} ${what}`);
          }),
        ),
      );
      expect(drawn).toEqual([]);
    });
  }
});

test.describe('axe with the drawer open on the left', () => {
  test.describe.configure({ timeout: 60_000 });
  test.use({ viewport: { width: 1440, height: 900 } });

  test('finds no violations with the right-most mark opened by a click', async ({ page, axe }) => {
    await page.goto('./');
    await settled(page);
    const mark = timeline(page).locator('[data-event-id="us-vetoes-e10-ceasefire-draft"]');
    await mark.click();
    await expect(details(page)).toBeVisible();
    // Opened where the drawer usually lies: it opens on the left, beside the plot.
    await expect.poll(async () => (await details(page).boundingBox())!.x).toBe(0);
    await settled(page);
    expect(await axe()).toEqual([]);
  });
});
