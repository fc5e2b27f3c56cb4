/**
 * A dataset written to attack its readers: every free-text string carries markup and script.
 * It must render as text, open no dialog and run nothing, in every view.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PAYLOAD =
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>' +
  '"\'><svg onload="window.__pwned=3"></svg><a href="javascript:window.__pwned=4">x</a>';

/** Keys whose strings are ids, dates, enums or URLs: changing them would fail validation. */
const STRUCTURAL = new Set([
  '$schema',
  'id',
  'date',
  'end',
  'from',
  'to',
  'updated',
  'start',
  'url',
  'type',
  'kind',
  'precision',
  'role',
  'actor',
  'actors',
  'group',
  'parent',
  'target',
  'source',
  'speaker',
  'dimension',
  'level',
  'value',
  'body',
  'outcome',
  'remainder',
  'vote',
  'time',
  'tags',
  'country',
  'schemaVersion',
  'cite',
  'members',
  'relation',
  'dimensions',
]);

function poison(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    // An event's timeZone is an IANA name; the dataset's is a sentence about dates.
    const iana = key === 'timeZone' && !value.includes(' ');
    return STRUCTURAL.has(key) || iana ? value : `${value} ${PAYLOAD}`;
  }
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  }
  return value;
}

async function serveHostileDataset(page: Page) {
  await page.route('**/data/us-stance-gaza/*.json', async (route) => {
    const response = await route.fetch();
    const json = poison(await response.json()) as Record<string, unknown>;
    // Stories hold link views (enums, ids) that a reader never sees as text.
    delete json.stories;
    await route.fulfill({ response, json });
  });
}

test('markup and script in every string render as text and run nothing', async ({ page }) => {
  test.slow();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await serveHostileDataset(page);
  await page.goto('./');

  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toContainText('<script>window.__pwned=2</script>');

  // Details of the first event in the list: title, summary, sources, quotes — all literal.
  await page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'List' }).click();
  const table = page.getByRole('main').getByRole('table');
  await expect(table).toContainText('<img src=x onerror=');
  await table.locator('button[data-event-id]').first().click();
  const details = page.getByRole('complementary', { name: 'Event details' });
  await expect(details.getByRole('heading').first()).toContainText('<svg onload=');
  await expect(details.getByRole('region', { name: 'Sources' })).toContainText('<script>');

  // Search for the payload itself, and open the about section and the timeline.
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await search.fill('<script>');
  await search.press('Enter');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /events$/ })
      .first(),
  ).toBeVisible();
  await page
    .getByRole('radiogroup', { name: 'View' })
    .getByRole('radio', { name: 'Timeline' })
    .click();
  await expect(page.getByRole('region', { name: /^Timeline/ })).toBeVisible();

  // Nothing the data carried became an element or ran.
  await expect(page.locator('img[src="x"], body script:not([src]), svg[onload]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
  expect(dialogs).toEqual([]);
});
