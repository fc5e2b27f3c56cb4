/**
 * Datasets at the edges: no events, one event, every event on one day, a thousand years. Each
 * renders with sensible dates (never 1970) and an empty state that says what is going on.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Json = Record<string, unknown>;
const SHOTS = 'test-results/screenshots';

async function serveEvents(page: Page, change: (events: Json[]) => Json[]) {
  await page.route('**/data/us-stance-gaza/events.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { events: Json[] };
    await route.fulfill({ response, json: { ...json, events: change(json.events) } });
  });
  // The flagship's stories name events these subsets leave out.
  await page.route('**/data/us-stance-gaza/dataset.json', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Json;
    delete json.stories;
    await route.fulfill({ response, json });
  });
}

/** An event with no relations, so that it stands alone in any subset. */
const alone = (e: Json | undefined, overrides: Json = {}): Json => ({
  ...e,
  relations: [],
  ...overrides,
});

const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const count = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^[\d,]+ (of [\d,]+ )?events?$/ });

async function expectNoEpoch(page: Page) {
  await expect(page.getByRole('main')).not.toContainText(/1969|1970/);
}

for (const width of [1440, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 500 ? 900 : 844 } });

    test('a dataset with no events says so, with no dates', async ({ page, axe }) => {
      test.slow(); // axe over the whole page, filters included
      await serveEvents(page, () => []);
      await page.goto('./');
      await expect(count(page)).toHaveText('0 events');
      await expect(page.getByText('This dataset has no events yet.')).toBeVisible();
      await expectNoEpoch(page);
      await page.screenshot({ path: `${SHOTS}/empty-dataset-${width}.png` });
      expect(await axe()).toEqual([]);
    });

    test('one event is drawn in a window around its day', async ({ page }) => {
      await serveEvents(page, (events) => [alone(events[0])]);
      await page.goto('./');
      await expect(count(page)).toHaveText(/^1 events?$/);
      await expect(timeline(page).getByRole('button', { name: /7 October 2023/ })).toBeVisible();
      await expectNoEpoch(page);
      await page.screenshot({ path: `${SHOTS}/one-event-${width}.png` });
    });

    test('events all on one day are drawn on that day', async ({ page }) => {
      // Votes are left out: who may vote depends on the day, through the Council's yearly terms.
      await serveEvents(page, (events) =>
        events
          .filter((e) => !e.vote)
          .slice(0, 6)
          .map((e) => alone(e, { date: '2024-03-22', end: undefined })),
      );
      // The chart's axis, also on a phone (where the timeline reads top to bottom by default).
      await page.goto(width > 640 ? './' : './?orient=horizontal');
      await expect(count(page)).toHaveText('6 events');
      // A week around the day, on a daily axis: the day is in the middle, not on an edge.
      await expect(
        timeline(page).getByText(/^Showing \d+ March 2024 – \d+ March 2024$/),
      ).toBeVisible();
      await expect(timeline(page).locator('.axis')).toHaveAttribute('data-granularity', 'day');
      await expectNoEpoch(page);
      await page.screenshot({ path: `${SHOTS}/one-day-${width}.png` });
      if (width <= 640) {
        await page.goto('./');
        await expect(
          timeline(page).getByRole('heading', { name: 'March 2024 · 6 events' }),
        ).toBeVisible();
        await expect(timeline(page).getByRole('heading', { name: / · \d+ events?$/ })).toHaveCount(
          1,
        );
      }
    });

    test('a thousand years of events get a readable axis', async ({ page }) => {
      await serveEvents(page, (events) => [
        alone(events[0], { date: '1024-03-01', end: undefined, shifts: [] }),
        ...events.slice(1, 5).map((e) => alone(e)),
        alone(events[5], { date: '2024-03-01', end: undefined, shifts: [] }),
      ]);
      await page.goto(width > 640 ? './' : './?orient=horizontal');
      await expect(count(page)).toHaveText('6 events');
      await expect(timeline(page).getByText(/^Showing .* 10\d\d – .* 20\d\d$/)).toBeVisible();
      await expect(timeline(page).locator('.axis')).toHaveAttribute('data-granularity', 'year');
      await expectNoEpoch(page);
      await page.screenshot({ path: `${SHOTS}/thousand-years-${width}.png` });
      if (width <= 640) {
        // Read top to bottom, a thousand years are months with events, in order.
        await page.goto('./');
        const months = timeline(page).getByRole('heading', { name: / · \d+ events?$/ });
        await expect(months.first()).toHaveText(/^March 1024 · 1 event$/);
        await expect(months.last()).toHaveText(/^March 2024 · 1 event$/);
        await expectNoEpoch(page);
      }
    });
  });
}
