/**
 * Filters and deep links: every view a reader builds is in the address bar, survives a reload,
 * steps back and forward with the browser, and opens the same for whoever gets the link.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { findActor, findType } from './filters';
import {
  TOTAL,
  actorByName,
  escapeRegExp,
  eventById,
  eventsInvolving,
  eventsMatching,
  summaryText,
} from './flagship';

const VETO_ID = 'us-ceasefire-draft-vetoed-by-russia-china';
const VETO = eventById(VETO_ID);
const BLINKEN = actorByName('Antony Blinken');
const RUSSIA = actorByName('Russia');

/** The result count: "N events", or "N of M events" when a filter is on. */
const count = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^[\d,]+ (of [\d,]+ )?events$/ });
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const detailsHeading = (page: Page) => details(page).getByRole('heading').first();
const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const listTable = (page: Page) => page.getByRole('main').getByRole('table');
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search events' });
const param = (name: string, value: string) =>
  new RegExp(`[?&]${name}=${escapeRegExp(value)}(&|$)`);

test.describe('filters', () => {
  test('an actor checkbox filters, writes the link, and survives a reload', async ({ page }) => {
    const expected = eventsInvolving(BLINKEN.id).length;
    expect(expected).toBeGreaterThan(0);
    await page.goto('./');
    await expect(count(page)).toHaveText(`${TOTAL} events`);

    await (await findActor(page, BLINKEN.name)).check();
    await expect(page).toHaveURL(param('actors', BLINKEN.id));
    await expect(count(page)).toHaveText(`${expected} of ${TOTAL} events`);

    await page.reload();
    await expect(await findActor(page, BLINKEN.name)).toBeChecked();
    await expect(count(page)).toHaveText(`${expected} of ${TOTAL} events`);
    await expect(page).toHaveURL(param('actors', BLINKEN.id));
  });

  test('a chip names each active filter and removes it', async ({ page }) => {
    await page.goto('./');
    await (await findActor(page, BLINKEN.name)).check();
    const chips = page.getByRole('list', { name: 'Active filters' });
    await expect(chips.getByRole('listitem')).toHaveText([/^Actor: Antony Blinken/]);

    await page.getByRole('button', { name: `Remove Actor: ${BLINKEN.name}` }).click();
    await expect(await findActor(page, BLINKEN.name)).not.toBeChecked();
    await expect(chips).toBeHidden();
    await expect(count(page)).toHaveText(`${TOTAL} events`);
    await expect(page).not.toHaveURL(/actors=/);
  });

  test('Clear all filters resets actors, types and search at once', async ({ page }) => {
    await page.goto(`./?actors=${RUSSIA.id}&types=veto,vote&q=draft`);
    await expect(count(page)).toHaveText(new RegExp(`^\\d+ of ${TOTAL} events$`));
    await expect(
      page.getByRole('list', { name: 'Active filters' }).getByRole('listitem'),
    ).toHaveCount(4);

    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(count(page)).toHaveText(`${TOTAL} events`);
    await expect(await findActor(page, RUSSIA.name)).not.toBeChecked();
    await expect(await findType(page, 'Veto')).not.toBeChecked();
    await expect(search(page)).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Clear all filters' })).toBeHidden();
    await expect(page).not.toHaveURL(/[?&](actors|types|q)=/);
  });

  test('an empty result names the filter to blame and one click restores results', async ({
    page,
  }) => {
    // Blinken is in no veto: the actor and the type filter each empty the other's result.
    const blinkens = eventsInvolving(BLINKEN.id);
    expect(blinkens.filter((e) => e.type === 'veto')).toHaveLength(0);
    await page.goto('./');
    await (await findActor(page, BLINKEN.name)).check();
    await (await findType(page, 'Veto')).check();

    await expect(count(page)).toHaveText(`0 of ${TOTAL} events`);
    await expect(page.getByText('No events match.')).toBeVisible();
    const relax = page.getByRole('button', {
      name: `Remove the event-type filter (shows ${blinkens.length})`,
    });
    await expect(relax).toBeVisible();
    await expect(
      page.getByRole('button', { name: /^Remove the actor filter \(shows \d+\)$/ }),
    ).toBeVisible();

    await relax.click();
    await expect(count(page)).toHaveText(`${blinkens.length} of ${TOTAL} events`);
    await expect(await findType(page, 'Veto')).not.toBeChecked();
    await expect(await findActor(page, BLINKEN.name)).toBeChecked();
    await expect(page.getByText('No events match.')).toBeHidden();
  });

  test('search highlights its matches in the list, ignoring case and accents', async ({ page }) => {
    const query = 'RÉSOLUTION';
    const expected = eventsMatching(query);
    const titled = expected.filter((e) => /resolution/i.test(e.title));
    expect(titled.length).toBeGreaterThan(1);
    await page.goto('./?view=list');
    await search(page).fill(query);
    // The box waits for a pause in typing before it changes the link.
    await expect(page).toHaveURL(/[?&]q=R%C3%89SOLUTION(&|$)/);
    await expect(count(page)).toHaveText(`${expected.length} of ${TOTAL} events`);

    const rows = listTable(page).getByRole('rowgroup').nth(1).getByRole('row');
    await expect(rows).toHaveCount(expected.length);
    // Titles mark their matches; so do the summaries under them.
    const titleHighlights = listTable(page).getByRole('button').locator('mark');
    await expect(titleHighlights).toHaveCount(titled.length);
    const summarised = expected.filter((e) => /r[ée]solution/i.test(summaryText(e)));
    await expect(listTable(page).locator('.list-summary:has(mark)')).toHaveCount(summarised.length);
    // Both spellings found by one query, each highlighted as written.
    await expect(
      listTable(page)
        .getByRole('button', { name: /Resolution 2728 demands/ })
        .locator('mark'),
    ).toHaveText('Resolution');
    await expect(
      listTable(page)
        .getByRole('button', { name: /Section 502B resolution/ })
        .locator('mark'),
    ).toHaveText('resolution');

    // The open event's title marks the match too.
    await listTable(page)
      .getByRole('button', { name: /Resolution 2728 demands/ })
      .click();
    const details = page.getByRole('complementary', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 }).locator('mark')).toHaveText(
      'Resolution',
    );
  });
});

test.describe('links', () => {
  test('Back and Forward step through opening an event and filtering', async ({ page }) => {
    await page.goto('./');
    await timeline(page)
      .getByRole('button', { name: /Russia and China veto.*22 March 2024/ })
      .click();
    await expect(page).toHaveURL(param('event', VETO_ID));
    await (await findActor(page, RUSSIA.name)).check();
    await expect(page).toHaveURL(param('actors', RUSSIA.id));
    await expect(page).toHaveURL(param('event', VETO_ID));
    const filtered = `${eventsInvolving(RUSSIA.id).length} of ${TOTAL} events`;
    await expect(count(page)).toHaveText(filtered);

    await page.goBack();
    await expect(page).not.toHaveURL(/actors=/);
    await expect(page).toHaveURL(param('event', VETO_ID));
    await expect(await findActor(page, RUSSIA.name)).not.toBeChecked();
    await expect(count(page)).toHaveText(`${TOTAL} events`);
    await expect(detailsHeading(page)).toHaveText(VETO.title);

    await page.goBack();
    await expect(page).not.toHaveURL(/event=/);
    await expect(details(page)).toBeHidden();

    await page.goForward();
    await expect(page).toHaveURL(param('event', VETO_ID));
    await expect(detailsHeading(page)).toHaveText(VETO.title);

    await page.goForward();
    await expect(page).toHaveURL(param('actors', RUSSIA.id));
    await expect(await findActor(page, RUSSIA.name)).toBeChecked();
    await expect(count(page)).toHaveText(filtered);
  });

  test('Copy link gives a link that reproduces the view in a new page', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const shown = eventsInvolving(RUSSIA.id).length;
    await page.goto('./');
    await (await findActor(page, RUSSIA.name)).check();
    await page
      .getByRole('radiogroup', { name: 'View' })
      .getByRole('radio', { name: 'List' })
      .click();
    await listTable(page).getByRole('button', { name: VETO.title }).click();
    await expect(detailsHeading(page)).toHaveText(VETO.title);

    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('menuitem', { name: 'Copy link' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Link copied to the clipboard' }),
    ).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(param('actors', RUSSIA.id));
    expect(link).toMatch(param('event', VETO_ID));
    expect(link).toMatch(param('view', 'list'));

    const other = await context.newPage();
    await other.goto(link);
    await expect(count(other)).toHaveText(`${shown} of ${TOTAL} events`);
    await expect(await findActor(other, RUSSIA.name)).toBeChecked();
    await expect(detailsHeading(other)).toHaveText(VETO.title);
    await expect(listTable(other)).toBeVisible();
    await expect(listTable(other).getByRole('rowgroup').nth(1).getByRole('row')).toHaveCount(shown);
    await expect(timeline(other)).toBeHidden();
    await expect(
      other.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name: 'List' }),
    ).toBeChecked();
  });

  test('"Link to this event" copies a link to just that event', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`./?actors=${RUSSIA.id}&event=${VETO_ID}&view=list`);
    await details(page).getByRole('button', { name: 'Link to this event' }).click();
    await details(page)
      .getByRole('menuitem', { name: /^Copy link/ })
      .click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Link copied to the clipboard' }),
    ).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(param('event', VETO_ID));
    expect(link).not.toMatch(/actors=|view=/);

    const other = await context.newPage();
    await other.goto(link);
    await expect(detailsHeading(other)).toHaveText(VETO.title);
    await expect(count(other)).toHaveText(`${TOTAL} events`);
    await expect(timeline(other)).toBeVisible();
  });

  test('?event= and ?view=list open the details and the list view', async ({ page }) => {
    await page.goto(`./?event=${VETO_ID}&view=list`);
    await expect(detailsHeading(page)).toHaveText(VETO.title);
    await expect(listTable(page).getByRole('rowgroup').nth(1).getByRole('row')).toHaveCount(TOTAL);
    await expect(
      listTable(page).getByRole('row', { name: new RegExp(escapeRegExp(VETO.title)) }),
    ).toHaveAttribute('aria-current', 'true');
  });

  test('a link with unknown ids and impossible dates opens, and says what it ignored', async ({
    page,
  }) => {
    await page.goto('./?actors=nobody&from=2024-02-30&event=nope');
    const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Ignored unknown actor "nobody"');
    await expect(notice).toContainText('Ignored date "2024-02-30" in "from": not a real date');
    await expect(notice).toContainText('Ignored unknown event "nope"');

    // The rest of the page is the default view, and the link is cleaned of what was dropped.
    await expect(count(page)).toHaveText(`${TOTAL} events`);
    await expect(timeline(page)).toBeVisible();
    await expect(details(page)).toBeHidden();
    await expect(page).not.toHaveURL(/nobody|2024-02-30|nope/);

    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeHidden();
  });

  test('an event preview page carries its title and leads to the app on that event', async ({
    page,
  }) => {
    const event = eventById('un-resolution-2728');
    const toApp = (url: URL) =>
      url.searchParams.get('event') === event.id && !url.pathname.includes('/e/');
    // First visit: answer the redirect to the app with 204 No Content, so the browser stays on
    // the preview page and its metadata can be read.
    const redirects: string[] = [];
    await page.route(toApp, async (route) => {
      redirects.push(route.request().url());
      await route.fulfill({ status: 204 });
    });
    const response = await page.goto(`e/${event.id}.html`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', event.title);
    await expect.poll(() => redirects.length).toBeGreaterThan(0);

    // Second visit: let the redirect through.
    await page.unroute(toApp);
    await page.goto(`e/${event.id}.html`, { waitUntil: 'commit' });
    await expect(page).toHaveURL(new RegExp(`\\?(.*&)?event=${event.id}(&|$)`));
    await expect(detailsHeading(page)).toHaveText(event.title);
  });
});
