/**
 * Controls the first view shows whose code loads on first use: the first use, right after the
 * page loads, does what it says; and when that code cannot be fetched (offline, or a newer build
 * replaced the files), the reader is told so in words, and the page goes on working.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FILE = new URL('./files/council.timeline.json', import.meta.url).pathname;

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const count = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^[\d,]+ (of [\d,]+ )?events?$/ });
const picker = (page: Page) => page.getByLabel('Open a data file');
const downloadItem = (page: Page, name: RegExp) =>
  page.getByRole('menu', { name: 'Download' }).getByRole('menuitem', { name });

/** Requests for a built chunk whose name starts with `name` fail, as they would offline. */
async function failChunk(page: Page, name: string): Promise<void> {
  await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), (route) => route.abort());
}

test.use({ viewport: { width: 1440, height: 900 } });

test('the first Download, chosen as soon as the button shows, saves the CSV', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Download' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    downloadItem(page, /^CSV, all events/).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^us-stance-gaza-events-\d{4}-\d{2}-\d{2}\.csv$/);
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: 'Download' })
      .click()
      .then(() => downloadItem(page, /^JSON bundle, all events/).click()),
  ]);
  expect(json.suggestedFilename()).toMatch(/\.stanceline\.json$/);
});

test('a file picked as soon as the picker shows opens', async ({ page }) => {
  await page.goto('./');
  await picker(page).setInputFiles(FILE);
  await expect(heading(page)).toHaveText('The Council & the White House');
  await expect(count(page)).toHaveText('8 events');
});

test('a download whose code cannot be fetched says so, and the page still works', async ({
  page,
  axe,
}) => {
  await failChunk(page, 'download-data');
  await page.goto('./');
  await expect(heading(page)).toHaveText(/U\.S\. stance/);
  await page.getByRole('button', { name: 'Download' }).click();
  await downloadItem(page, /^CSV, all events/).click();
  await expect(page.getByRole('status').filter({ hasText: 'could not be saved' })).toHaveText(
    /^The CSV could not be saved: The code for downloads could not be loaded: .*Reload the page to get it\.$/,
  );
  expect(await axe()).toEqual([]);
  await page.getByRole('searchbox', { name: /Search/ }).fill('veto');
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText(/^\d+ of \d+ events$/);
});

test('a file whose opening code cannot be fetched says so, and the record stays', async ({
  page,
  axe,
}) => {
  await failChunk(page, 'open-file');
  await page.goto('./');
  await expect(heading(page)).toHaveText(/U\.S\. stance/);
  await picker(page).setInputFiles(FILE);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('council.timeline.json was not opened');
  await expect(alert).toContainText(
    'The code for opening files could not be loaded: this browser may be offline',
  );
  expect(await axe()).toEqual([]);
  await expect(heading(page)).toHaveText(/U\.S\. stance/);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an image whose drawing code cannot be fetched says so', async ({ page }) => {
  await failChunk(page, 'make-image');
  await page.goto('./');
  await expect(heading(page)).toHaveText(/U\.S\. stance/);
  await page.getByRole('button', { name: 'Download' }).click();
  await downloadItem(page, /^SVG image of this view/).click();
  await expect(page.getByRole('status').filter({ hasText: 'could not be made' })).toHaveText(
    /^The SVG image could not be made: The code for images could not be loaded: .*Reload the page to get it\.$/,
  );
});

test('a mark clicked as soon as its button shows opens its event', async ({ page }) => {
  await page.goto('./');
  const mark = page.getByRole('group', { name: 'Events' }).getByRole('button').first();
  const name = (await mark.getAttribute('aria-label')) ?? '';
  await mark.click();
  const title = page.getByRole('complementary', { name: 'Event details' }).getByRole('heading');
  await expect(title.first()).toBeVisible();
  expect(name.startsWith(`${(await title.first().textContent()) ?? '?'},`)).toBe(true);
  await expect(page).toHaveURL(/[?&]event=/);
});

test("the chart's labels and mark buttons whose code cannot be fetched: it says so, and the page still works", async ({
  page,
  axe,
}) => {
  await failChunk(page, 'overlay-code');
  await page.goto('./');
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong in the timeline' });
  await expect(alert).toContainText(
    "The code for the chart's labels and mark buttons could not be loaded: this browser may be offline",
  );
  expect(await axe()).toEqual([]);
  await page.getByRole('searchbox', { name: /Search/ }).fill('veto');
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText(/^\d+ of \d+ events$/);

  // The list shows every event without the chart's code.
  await alert.getByRole('button', { name: 'Show the list' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page).toHaveURL(/view=list/);
});

test('filters whose code cannot be fetched say so, and the chart and search still work', async ({
  page,
  axe,
}) => {
  await failChunk(page, 'filters-panel');
  await page.goto('./');
  const filters = page.getByRole('navigation', { name: 'Filters' });
  const alert = filters.getByRole('alert');
  await expect(alert).toContainText('Something went wrong in the filters');
  await expect(alert).toContainText(
    'The code for the filters could not be loaded: this browser may be offline',
  );
  expect(await axe()).toEqual([]);
  // The chart draws and opens events; search still filters.
  const mark = page.getByRole('group', { name: 'Events' }).getByRole('button').first();
  await mark.click();
  await expect(page.getByRole('complementary', { name: 'Event details' })).toBeVisible();
  await page.getByRole('searchbox', { name: /Search/ }).fill('veto');
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText(/^\d+ of \d+ events$/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the Filters button pressed before the filters have loaded opens them once they have', async ({
    page,
  }) => {
    // The filters' code is held back until the drawer is open.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/filters-panel-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    const open = page.getByRole('button', { name: 'Filters', exact: true });
    await open.click();
    const drawer = page.getByRole('navigation', { name: 'Filters' });
    await expect(drawer).toBeVisible();
    await expect(drawer.getByRole('button', { name: 'Done' })).toBeFocused();
    await expect(drawer.getByRole('tree')).toHaveCount(0);
    release();
    const types = drawer.getByRole('group', { name: 'Event types' });
    await types.getByRole('treeitem', { name: 'Vote', exact: true }).click();
    await expect(count(page)).toHaveText(/^\d+ of \d+ events$/);
  });
});

test('a menu whose code cannot be fetched says so where it would open, and the page still works', async ({
  page,
  axe,
}) => {
  await failChunk(page, 'menu-list');
  await page.goto('./');
  await expect(heading(page)).toHaveText(/U\.S\. stance/);
  await page.getByRole('button', { name: 'Download' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong in this menu' });
  await expect(alert).toContainText(
    'The code for menus could not be loaded: this browser may be offline',
  );
  expect(await axe()).toEqual([]);
  // Another click closes it; the page goes on working.
  await page.getByRole('button', { name: 'Download' }).click();
  await expect(alert).toHaveCount(0);
  await page.getByRole('searchbox', { name: /Search/ }).fill('veto');
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText(/^\d+ of \d+ events$/);
});

test('a menu opened from the keyboard before its code has arrived opens on the item asked for', async ({
  page,
}) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/menu-list-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const share = page.getByRole('button', { name: 'Share' });
  await share.focus();
  // ↑ opens a menu on its last item.
  await page.keyboard.press('ArrowUp');
  await expect(share).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('menu')).toHaveCount(0);
  release();
  const menu = page.getByRole('menu', { name: 'Share' });
  await expect(menu.getByRole('menuitem').last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(share).toBeFocused();
});

test('data the build did not check, whose checking code cannot be fetched, says so', async ({
  page,
}) => {
  await failChunk(page, 'validate-off-thread');
  await page.goto('./?dataset=stress-10k');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This dataset could not be loaded');
  await expect(alert).toContainText(
    'The code for checking the data could not be loaded: this browser may be offline',
  );
  // The flagship, checked by the build, opens without that code.
  await page.goto('./');
  await expect(count(page)).toHaveText(/^\d+ events$/);
});

test('Share and Download keep their place until their code arrives, and only then take focus', async ({
  page,
  axe,
}) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/page-menus-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.locator('.timeline')).toHaveAttribute('data-painted', 'true');
  const tools = page.getByRole('toolbar', { name: 'Share and settings' });
  const pending = tools.getByText('Download', { exact: false });
  await expect(pending).toBeVisible();
  const before = await pending.boundingBox();
  // Not buttons yet: the toolbar's one tab stop is the first control that works.
  await expect(tools.getByRole('button')).toHaveText(['Dark theme', /^Shortcuts/]);
  await page.getByRole('button', { name: 'Dark theme' }).focus();
  await page.keyboard.press('Home');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeFocused();
  expect(await axe()).toEqual([]);

  release();
  const download = tools.getByRole('button', { name: 'Download' });
  await expect(download).toBeVisible();
  expect(await download.boundingBox()).toEqual(before);
  await page.keyboard.press('Home');
  await expect(tools.getByRole('button', { name: 'Share' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(download).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(downloadItem(page, /^SVG image of this view/)).toBeFocused();
});

test('Share and Download whose code cannot be fetched say so in their place, and the page still works', async ({
  page,
  axe,
}) => {
  await failChunk(page, 'page-menus');
  await page.goto('./');
  const tools = page.getByRole('toolbar', { name: 'Share and settings' });
  await expect(tools.getByRole('status')).toHaveText(
    /^The code for the Share and Download menus could not be loaded: this browser may be offline.* Reload the page to get it\.$/,
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await axe()).toEqual([]);
  const dark = tools.getByRole('button', { name: 'Dark theme' });
  await dark.click();
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('searchbox', { name: /Search/ }).fill('veto');
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText(/^\d+ of \d+ events$/);
});

/** Holds the requests for a built chunk whose name starts with `name` until `release()`. */
async function holdChunk(page: Page, name: string): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a search made before the filtering code has arrived applies once it has, and keeps focus', async ({
  page,
}) => {
  const release = await holdChunk(page, 'filter-results');
  await page.goto('./');
  await expect(page.locator('.timeline')).toHaveAttribute('data-painted', 'true');
  await expect(count(page)).toHaveText(/^\d+ events$/);
  const total = (await count(page).textContent())!.replace(' events', '');
  const search = page.getByRole('searchbox', { name: /Search/ });
  await search.fill('veto');
  await page.keyboard.press('Enter');
  // The count says it is filtering, the page stays in place, until the code has come.
  await expect(page.getByRole('listitem').filter({ hasText: 'Search: “veto”' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Filtering…' })).toBeVisible();
  await expect(search).toBeFocused();
  release();
  await expect(count(page)).toHaveText(new RegExp(`^\\d+ of ${total} events$`));
  await expect(search).toBeFocused();
  // The filters' counts come with it.
  const types = page.getByRole('navigation', { name: 'Filters' }).getByRole('group', {
    name: 'Event types',
  });
  await expect(types.getByRole('treeitem').first()).toBeVisible();
});

test('a link that sets a filter waits for the filtering code, then opens on its count', async ({
  page,
}) => {
  const release = await holdChunk(page, 'filter-results');
  await page.goto('./?types=veto');
  await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stanceline');
  release();
  await expect(count(page)).toHaveText(/^\d+ of \d+ events$/);
  await expect(page.getByRole('listitem').filter({ hasText: 'Type: Veto' })).toBeVisible();
});

test('filtering code that cannot be fetched: the chart still draws every event, and the filters and a filtered link say so', async ({
  page,
  axe,
}) => {
  await failChunk(page, 'filter-results');
  await page.goto('./');
  await expect(page.locator('.timeline')).toHaveAttribute('data-painted', 'true');
  await expect(count(page)).toHaveText(/^\d+ events$/);
  const alert = page.getByRole('navigation', { name: 'Filters' }).getByRole('alert');
  await expect(alert).toContainText('Something went wrong in the filters');
  await expect(alert).toContainText(
    'The code for filtering could not be loaded: this browser may be offline',
  );
  expect(await axe()).toEqual([]);

  await page.goto('./?types=veto');
  const failed = page.getByRole('alert');
  await expect(failed).toContainText(
    'The code for filtering could not be loaded: this browser may be offline',
  );

  // Once the code can be fetched again, "Try again" fetches it and opens the link's view.
  await page.unrouteAll();
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(count(page)).toHaveText(/^\d+ of \d+ events$/);
  await expect(page.getByRole('listitem').filter({ hasText: 'Type: Veto' })).toBeVisible();
});
