/**
 * Bringing one's own record: a TimelineJS file or spreadsheet opened with the picker or dropped
 * on the page, a hosted file opened by link, files kept in this browser, and files that cannot be
 * opened. Everything the way a reader does it: the file input by its name, the page by its
 * heading, count and lanes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { escapeRegExp } from './flagship';

const FILES = new URL('./files/', import.meta.url);
const JSON_FILE = 'council.timeline.json';
const SHEET = 'council-sheet.csv';
const BROKEN = 'broken.timeline.json';
const pathOf = (name: string) => new URL(name, FILES).pathname;
const textOf = (name: string) => readFileSync(pathOf(name), 'utf8');

const picker = (page: Page) => page.getByLabel('Open a data file');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
/** The count above the timeline: "8 events", or "3 of 8 events" while filtered. */
const count = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^\d+ (of \d+ )?events$/ });
const provenance = (page: Page) =>
  page.getByRole('region', { name: 'Where this record comes from' });
const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline/ });
const laneLabel = (page: Page, name: string) =>
  timeline(page)
    .getByRole('list')
    .filter({ hasNotText: 'Size: significance' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`(^|\\W)${escapeRegExp(name)}$`) });

/** Drags a file over the page and drops it, as a person does from their file manager. */
async function dropFile(page: Page, name: string, type: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ text, name, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type }));
      return transfer;
    },
    { text: textOf(name), name, type },
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop the file to open it')).toBeVisible();
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

const CASES = [
  {
    name: JSON_FILE,
    type: 'application/json',
    title: 'The Council & the White House',
    events: 8,
    lanes: ['Security Council', 'U.S. executive', 'Mediation'],
    summary: '8 events imported from TimelineJS; media ignored on 1 event',
  },
  {
    name: SHEET,
    type: 'text/csv',
    title: 'Votes and vetoes',
    events: 6,
    lanes: ['Adopted', 'Vetoed'],
    summary: '6 events imported from a TimelineJS spreadsheet',
  },
] as const;

test.describe('opening a file', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const c of CASES) {
    for (const via of ['the picker', 'a drop'] as const) {
      test(`${c.name} through ${via}: its title, count and lanes`, async ({ page }) => {
        await page.goto('./');
        await expect(heading(page)).toHaveText(/U\.S\. stance/);
        if (via === 'the picker') await picker(page).setInputFiles(pathOf(c.name));
        else await dropFile(page, c.name, c.type);

        await expect(heading(page)).toHaveText(c.title);
        await expect(count(page)).toHaveText(`${c.events} events`);
        for (const lane of c.lanes) await expect(laneLabel(page, lane)).toBeVisible();
        await expect(provenance(page)).toContainText(`From your device: ${c.name}`);
        await expect(provenance(page)).toContainText(c.summary);
        await expect(page.getByText('Drop the file to open it')).toHaveCount(0);
        await expect(page).toHaveURL(/[?&]file=f-[0-9a-f]{28}(&|$)/);
      });
    }
  }

  test('HTML in the file appears as text, never as markup', async ({ page, axe }) => {
    await page.goto('./?view=list');
    await picker(page).setInputFiles(pathOf(JSON_FILE));
    await expect(heading(page)).toHaveText('The Council & the White House');
    await page.getByRole('button', { name: /Resolution 2712 on humanitarian pauses/ }).click();
    const details = page.getByRole('complementary', { name: 'Event details' });
    await expect(details).toContainText('Adopted. <script>alert(1)</script> The Council adopted');
    await expect(details.locator('script, b')).toHaveCount(0);
    // The link in the text is the event's source.
    await expect(
      details.getByRole('link', {
        name: 'Security Council press release SC/15496 (Resolution 2712)',
      }),
    ).toHaveAttribute('href', 'https://press.un.org/en/2023/sc15496.doc.htm');
    expect(await axe()).toEqual([]);
  });

  test('a reload opens the same file again, from this browser', async ({ page }) => {
    await page.goto('./');
    await picker(page).setInputFiles(pathOf(SHEET));
    await expect(heading(page)).toHaveText('Votes and vetoes');
    const url = page.url();
    await page.reload();
    await expect(heading(page)).toHaveText('Votes and vetoes');
    await expect(count(page)).toHaveText('6 events');
    expect(page.url()).toBe(url);
  });

  test('a file that cannot be opened says why, and the record on screen stays usable', async ({
    page,
    axe,
  }) => {
    await page.goto('./');
    await picker(page).setInputFiles(pathOf(JSON_FILE));
    await expect(heading(page)).toHaveText('The Council & the White House');
    await picker(page).setInputFiles(pathOf(BROKEN));

    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText(`${BROKEN} was not opened`);
    await expect(alert.getByRole('list', { name: 'Problems' }).getByRole('listitem')).toHaveText([
      `${BROKEN} › U.S. vetoes the UAE's ceasefire draft › events[1].start_date.month: "13" is not a month (1–12)`,
      `${BROKEN} › Biden's wartime visit to Tel Aviv › events[4].start_date: is missing — hint: every slide needs a start_date with at least a year`,
    ]);
    expect(await axe()).toEqual([]);

    // Underneath, the record that was open is still open, and answers.
    await expect(heading(page)).toHaveText('The Council & the White House');
    await expect(count(page)).toHaveText('8 events');
    await page.getByRole('searchbox', { name: /Search/ }).fill('ceasefire');
    await page.keyboard.press('Enter');
    await expect(count(page)).toHaveText(/^\d of 8 events$/);

    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(picker(page)).toBeFocused();
  });

  test('a file of no known format is refused with the formats that open', async ({ page }) => {
    await page.goto('./');
    await picker(page).setInputFiles({
      name: 'notes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,count\nRafah,1\n'),
    });
    await expect(page.getByRole('alert')).toContainText(
      'notes.csv: is a table, but its columns (name, count) are not those of a format Stanceline can open',
    );
  });
});

test.describe('recent files and the dataset picker', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('lists built-in datasets and recent files, switches between them, and forgets', async ({
    page,
    axe,
  }) => {
    await page.goto('./');
    await picker(page).setInputFiles(pathOf(JSON_FILE));
    await expect(heading(page)).toHaveText('The Council & the White House');

    const menuButton = page.getByRole('button', { name: 'Datasets' });
    await menuButton.click();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    const recent = page.getByRole('button', { name: /^council\.timeline\.json/ });
    await expect(recent).toHaveAttribute('aria-current', 'true');
    expect(await axe()).toEqual([]);

    await page.getByRole('button', { name: /The U\.S\. stance on the Israel–Hamas war/ }).click();
    await expect(heading(page)).toHaveText(/U\.S\. stance/);
    await expect(page).not.toHaveURL(/file=/);
    await expect(menuButton).toBeFocused();

    await menuButton.click();
    await page.getByRole('button', { name: /^council\.timeline\.json/ }).click();
    await expect(heading(page)).toHaveText('The Council & the White House');

    // Back returns to the dataset that was open before.
    await page.goBack();
    await expect(heading(page)).toHaveText(/U\.S\. stance/);

    await menuButton.click();
    await page.getByRole('button', { name: 'Forget council.timeline.json' }).click();
    await expect(page.getByText('None yet. Files you open appear here.')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  });

  test('a link to a file kept in another browser says so, and offers the datasets', async ({
    page,
  }) => {
    await page.goto(`./?file=f-${'0'.repeat(28)}`);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('This file could not be opened');
    await expect(alert).toContainText('opened in another browser, or that has been forgotten');
    await alert.getByRole('link', { name: /U\.S\. stance/ }).click();
    await expect(heading(page)).toHaveText(/U\.S\. stance/);
  });

  test('downloads the open file as a bundle that opens again', async ({ page }) => {
    await page.goto('./');
    await picker(page).setInputFiles(pathOf(SHEET));
    await expect(heading(page)).toHaveText('Votes and vetoes');
    const download = page.waitForEvent('download');
    await provenance(page).getByRole('button', { name: 'Download as bundle' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('votes-and-vetoes.stanceline.json');
    const saved = await file.path();
    const bundle = JSON.parse(readFileSync(saved, 'utf8')) as {
      format: string;
      $schema: string;
      events: unknown[];
    };
    expect(bundle.format).toBe('stanceline-bundle');
    expect(bundle.$schema).toMatch(/\/data\/schema\/bundle\.schema\.json$/);
    expect(bundle.events).toHaveLength(6);

    await page.goto('./');
    await picker(page).setInputFiles({
      name: 'votes.stanceline.json',
      mimeType: 'application/json',
      buffer: readFileSync(saved),
    });
    await expect(heading(page)).toHaveText('Votes and vetoes');
    await expect(provenance(page)).toContainText('6 events opened from a Stanceline bundle');
  });

  test('offers the CSV template, which opens as four events', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Datasets' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the CSV template' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('stanceline-template.csv');
    await picker(page).setInputFiles({
      name: 'stanceline-template.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(await file.path()),
    });
    await expect(heading(page)).toHaveText(
      'Four moments in the U.S. stance on the Israel–Hamas war',
    );
    await expect(count(page)).toHaveText('4 events');
  });
});

test.describe('a hosted file by link', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('?src= opens a file on this site, says where it comes from, and keeps the other parameters', async ({
    page,
    axe,
  }) => {
    await page.route('**/shared/council.timeline.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: textOf(JSON_FILE) }),
    );
    await page.goto('./?src=shared/council.timeline.json&view=list&q=veto');
    await expect(heading(page)).toHaveText('The Council & the White House');
    await expect(provenance(page)).toContainText(
      /From a linked file: http:\/\/127\.0\.0\.1:\d+\/shared\/council\.timeline\.json\. It is not part of Stanceline’s own record/,
    );
    await expect(count(page)).toHaveText(/^\d+ of 8 events$/);
    await expect(page.getByRole('searchbox', { name: /Search/ })).toHaveValue('veto');
    await expect(page.getByRole('table')).toBeVisible();
    expect(await axe()).toEqual([]);

    // Opening an event keeps the file in the link, so the link can be shared as it is.
    await page.getByRole('searchbox', { name: /Search/ }).fill('');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Biden's wartime visit to Tel Aviv/ }).click();
    await expect(page).toHaveURL(/src=shared\/council\.timeline\.json.*&event=/);
  });

  test('?src= refuses an address that is not https or on this site, and says why', async ({
    page,
  }) => {
    await page.goto('./?src=http://example.org/timeline.json');
    await expect(page.getByRole('status').filter({ hasText: 'Part of this link' })).toContainText(
      'Did not open "http://example.org/timeline.json": it is not a secure (https://) address.',
    );
    await expect(heading(page)).toHaveText(/U\.S\. stance/);
    await expect(page).not.toHaveURL(/src=/);
  });

  test('?src= with a broken file shows the validator’s problems and the datasets to open', async ({
    page,
  }) => {
    await page.route('**/shared/broken.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: textOf(BROKEN) }),
    );
    await page.goto('./?src=shared/broken.json');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('The linked file could not be opened');
    await expect(alert).toContainText('"13" is not a month (1–12)');
    await expect(alert.getByRole('link', { name: /U\.S\. stance/ })).toBeVisible();
  });
});
