/**
 * Taking results away: the Download menu (CSV and JSON of the events shown or all of them), the
 * Share menu, citations and the event's preview link. Every file is read back and checked
 * against the data, not against copies of it.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TOTAL, actorByName, eventById, eventsInvolving, longDate } from './flagship';
import { parseCsv } from '../src/domain/csv';
import { validateBundleText } from '../src/domain/bundle';

const VETO_ID = 'us-ceasefire-draft-vetoed-by-russia-china';
const VETO = eventById(VETO_ID);
const RUSSIA = actorByName('Russia');

const downloadButton = (page: Page) => page.getByRole('button', { name: 'Download' });
const menu = (page: Page) => page.getByRole('menu', { name: 'Download' });
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const today = () => new Date().toISOString().slice(0, 10);

async function download(page: Page, item: RegExp): Promise<{ file: Download; text: string }> {
  await downloadButton(page).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu(page).getByRole('menuitem', { name: item }).click(),
  ]);
  const path = await file.path();
  return { file, text: await readFile(path, 'utf8') };
}

test.describe('the Download menu', () => {
  test('is a menu button that works from the keyboard', async ({ page }) => {
    await page.goto('./');
    const button = downloadButton(page);
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = menu(page).getByRole('menuitem');
    await expect(items).toHaveText([/^SVG/, /^PNG/, /^CSV/, /^JSON/]);
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(items.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(items.last()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(items.first()).toBeFocused();
    await page.keyboard.press('c');
    await expect(items.nth(2)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu(page)).toBeHidden();
    await expect(button).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(items.last()).toBeFocused();
    await page.mouse.click(5, 5);
    await expect(menu(page)).toBeHidden();
  });

  test('says how many rows each download has, for the events shown and for all', async ({
    page,
    axe,
  }) => {
    const shown = eventsInvolving(RUSSIA.id).length;
    await page.goto(`./?actors=${RUSSIA.id}`);
    await downloadButton(page).click();
    await expect(menu(page).getByRole('menuitem')).toHaveText([
      'SVG image of this view, with its link and sources',
      'PNG image of this view, at twice the size on screen',
      `CSV, events shown, ${shown} rows`,
      `CSV, all events, ${TOTAL} rows`,
      `JSON bundle, events shown, ${shown} events`,
      `JSON bundle, all events, ${TOTAL} events`,
    ]);
    expect(await axe()).toEqual([]);
  });

  test('CSV of all events: the header, one row per event, sources and links', async ({ page }) => {
    await page.goto('./');
    const { file, text } = await download(page, /^CSV, all events/);
    expect(file.suggestedFilename()).toBe(`us-stance-gaza-events-${today()}.csv`);
    const rows = parseCsv(text);
    const [header, ...body] = rows;
    expect(header?.slice(0, 4)).toEqual(['id', 'date', 'end', 'precision']);
    expect(body).toHaveLength(TOTAL);
    const col = (name: string) => header!.indexOf(name);
    const veto = body.find((r) => r[col('id')] === VETO_ID)!;
    expect(veto[col('title')]).toBe(VETO.title);
    expect(veto[col('date')]).toBe(VETO.date);
    expect(veto[col('date_text')]).toBe(longDate(VETO.date));
    for (const source of VETO.sources) {
      expect(veto[col('source_urls')]).toContain(source.url);
      expect(veto[col('sources')]).toContain(source.title);
    }
    expect(new URL(veto[col('link')]!).searchParams.get('event')).toBe(VETO_ID);
  });

  test('CSV of the events shown has one row per shown event', async ({ page }) => {
    const expected = eventsInvolving(RUSSIA.id);
    await page.goto(`./?actors=${RUSSIA.id}`);
    const { file, text } = await download(page, /^CSV, events shown/);
    expect(file.suggestedFilename()).toBe(`us-stance-gaza-events-shown-${today()}.csv`);
    const [, ...body] = parseCsv(text);
    expect(body.map((r) => r[0]).sort()).toEqual(expected.map((e) => e.id).sort());
  });

  test('JSON of the events shown is a dataset of just those events', async ({ page }) => {
    const expected = eventsInvolving(RUSSIA.id);
    await page.goto(`./?actors=${RUSSIA.id}`);
    const { file, text } = await download(page, /^JSON bundle, events shown/);
    expect(file.suggestedFilename()).toBe(`us-stance-gaza-events-shown-${today()}.stanceline.json`);
    // A valid bundle: the same validator that opens files accepts it as it is.
    const result = validateBundleText(text, file.suggestedFilename());
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.meta.id).toBe('us-stance-gaza');
    const ids = result.dataset.events.map((e) => e.id);
    expect([...ids].sort()).toEqual(expected.map((e) => e.id).sort());
  });
});

test.describe('citations and event links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Cite this event gives plain text and BibTeX, and copies them', async ({ page, axe }) => {
    await page.goto(`./?event=${VETO_ID}`);
    await details(page).getByText('Cite this event').click();
    const citation = details(page).locator('pre.citation').first();
    await expect(citation).toContainText(`“${VETO.title}`);
    await expect(citation).toContainText(longDate(VETO.date));
    await expect(citation).toContainText('The U.S. stance on the Israel–Hamas war');
    await expect(citation).toContainText(`event=${VETO_ID}`);
    await expect(citation).toContainText('Accessed ');
    expect(await axe()).toEqual([]);

    await details(page)
      .getByRole('radiogroup', { name: 'Citation format' })
      .getByRole('radio', { name: 'BibTeX' })
      .click();
    await expect(citation).toContainText(`@misc{stanceline:us-stance-gaza:${VETO_ID},`);
    await details(page).getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^@misc\{/);
    expect(copied).toContain(`urldate = {`);

    const source = details(page).locator('pre.citation').nth(1);
    await expect(source).toContainText('@misc{');
  });

  test('Link to this event also offers the preview page that unfurls in chats', async ({
    page,
    request,
  }) => {
    await page.goto(`./?event=${VETO_ID}`);
    await details(page).getByRole('button', { name: 'Link to this event' }).click();
    await details(page)
      .getByRole('menuitem', { name: /^Copy preview page link/ })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).pathname).toMatch(new RegExp(`/e/${VETO_ID}\\.html$`));
    const response = await request.get(link);
    expect(response.status()).toBe(200);
    const html = VETO.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    expect(await response.text()).toContain(`<meta property="og:title" content="${html}">`);
  });
});
