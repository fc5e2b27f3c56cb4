/**
 * Navigation is not filtering: zooming and panning move the visible window only, while the date
 * filter in the Filters panel is a filter like the others, with its own chip and link parameters
 * (`since`/`until`). Links of version 1, whose window was also a filter, open as they did.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TOTAL, eventsBetween, longDate } from './flagship';

const count = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^[\d,]+ (of [\d,]+ )?events$/ });
const chips = (page: Page) => page.getByRole('list', { name: 'Active filters' });
const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const windowLabel = (page: Page) => timeline(page).getByText(/^Showing /);
const typeFacets = (page: Page) => page.getByRole('group', { name: 'Event types' });
/** The date filter's inputs, under their disclosure (open while a range is set). */
const dates = (page: Page) => page.getByRole('group', { name: 'Dates' });
const openDates = async (page: Page) => {
  const button = page.getByRole('button', { name: /^Dates/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
};
const listRows = (page: Page) => page.getByRole('main').getByRole('table').getByRole('row');

/** Waits for the window label to move after `act`. */
async function moves(page: Page, act: () => Promise<void>): Promise<void> {
  const before = (await windowLabel(page).textContent()) ?? '';
  await act();
  await expect(windowLabel(page)).not.toHaveText(before);
}

test.describe('navigation is not filtering', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('zooming with buttons, wheel and keys leaves the count, facets, chips and list', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(count(page)).toHaveText(`${TOTAL} events`);
    const facets = (await typeFacets(page).textContent()) ?? '';
    const unchanged = async () => {
      await expect(count(page)).toHaveText(`${TOTAL} events`);
      await expect(chips(page)).toHaveCount(0);
      await expect(typeFacets(page)).toHaveText(facets);
      await expect(page).not.toHaveURL(/[?&](since|until)=/);
    };

    await moves(page, () => page.getByRole('button', { name: 'Zoom in', exact: true }).click());
    await moves(page, () => page.getByRole('button', { name: 'Zoom in', exact: true }).click());
    await unchanged();

    // The wheel zooms once the gestures are attached (a moment after the first marks).
    await expect(timeline(page).locator('[data-zoom-surface]')).toHaveAttribute(
      'data-gestures',
      'ready',
    );
    const box = await timeline(page).locator('[data-zoom-surface]').boundingBox();
    expect(box, 'the chart is drawn').not.toBeNull();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 3);
    await moves(page, () => page.mouse.wheel(0, -400));
    await unchanged();

    const mark = timeline(page).getByRole('group', { name: 'Events' }).getByRole('button').first();
    await mark.focus();
    await moves(page, () => page.keyboard.press('+'));
    await moves(page, () => page.keyboard.press('ArrowRight').then(() => page.keyboard.press('-')));
    await unchanged();
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);

    // The list shows every event whatever the window.
    await page
      .getByRole('radiogroup', { name: 'View' })
      .getByRole('radio', { name: 'List' })
      .click();
    await expect(listRows(page)).toHaveCount(TOTAL + 1);
    await unchanged();
  });

  test('a version 1 link with from/to opens with the count it had, as window and filter', async ({
    page,
  }) => {
    const [since, until] = ['2024-03-01', '2024-04-15'];
    const expected = eventsBetween(since, until).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(TOTAL);

    await page.goto(`./?v=1&from=${since}&to=${until}`);
    await expect(count(page)).toHaveText(`${expected} of ${TOTAL} events`);
    await expect(chips(page).getByRole('listitem')).toHaveText([
      `Dates: ${longDate(since)} to ${longDate(until)}×`,
    ]);
    await expect(windowLabel(page)).toHaveText(`Showing ${longDate(since)} – ${longDate(until)}`);
    // The link is rewritten in the current scheme, keeping both meanings.
    await expect(page).toHaveURL(
      new RegExp(`[?]v=2&since=${since}&until=${until}&from=${since}&to=${until}$`),
    );
  });

  test('the date filter has its own inputs, chip and link parameters, and Back undoes it', async ({
    page,
    axe,
  }) => {
    const [since, until] = ['2024-01-01', '2024-03-31'];
    const expected = eventsBetween(since, until).length;
    await page.goto('./');
    await openDates(page);
    await dates(page).getByLabel('From').fill(since);
    await dates(page).getByLabel('To').fill(until);
    await expect(count(page)).toHaveText(`${expected} of ${TOTAL} events`);
    await expect(chips(page).getByRole('listitem')).toHaveText([
      `Dates: ${longDate(since)} to ${longDate(until)}×`,
    ]);
    await expect(page).toHaveURL(new RegExp(`since=${since}&until=${until}`));
    await expect(page).not.toHaveURL(/[?&](from|to)=/);
    expect(await axe()).toEqual([]);

    // Zooming inside a filtered view changes neither the filter nor the count.
    await moves(page, () => page.getByRole('button', { name: 'Zoom in', exact: true }).click());
    await expect(count(page)).toHaveText(`${expected} of ${TOTAL} events`);

    await page.goBack();
    await expect(dates(page).getByLabel('To')).toHaveValue('');
    await expect(count(page)).toHaveText(
      `${eventsBetween(since, '9999-12-31').length} of ${TOTAL} events`,
    );

    await page.getByRole('button', { name: `Remove Dates: ${longDate(since)} to end` }).click();
    await expect(count(page)).toHaveText(`${TOTAL} events`);
    await expect(dates(page).getByLabel('From')).toHaveValue('');
  });
});
