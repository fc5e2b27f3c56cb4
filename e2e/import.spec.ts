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
  page.getByRole('status').filter({ hasText: /^[\d,]+ (of [\d,]+ )?events?$/ });
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

/** A TimelineJS file of `slides` generated slides from 1963 on, over a megabyte when large. */
function generatedTimeline(slides: number): string {
  const filler = 'Generated text for a large file. '.repeat(8);
  const events = Array.from({ length: slides }, (_, i) => ({
    start_date: { year: String(1963 + (i % 50)), month: String(1 + (i % 12)), day: '1' },
    text: { headline: `Slide ${i + 1}`, text: `<p>${filler}</p>` },
    group: i % 2 ? 'Even' : 'Odd',
  }));
  return JSON.stringify({ title: { text: { headline: 'A large timeline' } }, events });
}

const windowLabel = (page: Page) => timeline(page).getByText(/^Showing /);

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

test.describe('spreadsheet quirks', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a CSV saved by Excel in Windows-1252, with semicolons and CRLF, reads as written', async ({
    page,
  }) => {
    const rows = [
      'date;type;title;summary',
      ';title;Caf\u00e9 politics;',
      '2024-03-22;;Vote at the caf\u00e9;"It\u2019s ""adopted"";\r\nsecond line"',
    ];
    // Windows-1252: é is 0xE9, ’ is 0x92; everything else here is ASCII.
    const bytes = Buffer.from(
      [...rows.join('\r\n')].map((c) => (c === '\u2019' ? 0x92 : c.charCodeAt(0))),
    );
    await page.goto('./');
    await picker(page).setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: bytes });
    await expect(heading(page)).toHaveText('Café politics');
    await expect(count(page)).toHaveText('1 event');
    await expect(provenance(page)).toContainText(
      'read as Windows-1252, since the file is not UTF-8',
    );
    await page.getByRole('radio', { name: 'List' }).click();
    await expect(page.getByRole('table')).toContainText('Vote at the café');
  });

  test('a workbook picked instead of its CSV says how to save one', async ({ page }) => {
    await page.goto('./');
    await picker(page).setInputFiles({
      name: 'record.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]),
    });
    await expect(page.getByRole('alert')).toContainText(
      'record.xlsx: is a spreadsheet workbook (.xlsx or .ods) or another ZIP file, not a CSV file — hint: save the sheet as CSV',
    );
  });
});

test.describe('large files', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  const LARGE = generatedTimeline(4000);

  test('a large file is converted off the page, and shows its own years', async ({ page }) => {
    expect(LARGE.length).toBeGreaterThan(1_000_000);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto('./');
    await expect(windowLabel(page)).toHaveText(/ 2023 – .* 2024$/);
    await picker(page).setInputFiles({
      name: 'large.json',
      mimeType: 'application/json',
      buffer: Buffer.from(LARGE),
    });
    await expect(heading(page)).toHaveText('A large timeline');
    await expect(count(page)).toHaveText('4,000 events');
    await expect(provenance(page)).toContainText('4,000 events imported from TimelineJS');
    expect(workers.some((url) => /import-worker/.test(url))).toBe(true);
    // The window is the new record's, not the one that was open before.
    await expect(windowLabel(page)).toHaveText(/^Showing .* 19\d\d – .* 20[01]\d$/);
  });

  test('Cancel stops opening a large file; the record on screen stays', async ({ page, axe }) => {
    // The converter never arrives, so the file stays "Opening…" until it is cancelled.
    await page.route('**/import-worker*.js', () => undefined);
    // A one-slide record underneath keeps the page (and axe's work on it) small.
    await page.route('**/shared/one.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: generatedTimeline(1) }),
    );
    await page.goto('./?src=shared/one.json');
    await expect(heading(page)).toHaveText('A large timeline');
    await picker(page).setInputFiles({
      name: 'large.json',
      mimeType: 'application/json',
      buffer: Buffer.from(LARGE),
    });
    const opening = page.getByRole('status').filter({ hasText: 'Opening large.json…' });
    await expect(opening).toBeVisible();
    expect(await axe()).toEqual([]);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(opening).toHaveCount(0);
    await expect(picker(page)).toBeFocused();
    await expect(page.getByText('Stopped opening large.json.')).toBeAttached();
    await expect(count(page)).toHaveText('1 event');
    await expect(page).toHaveURL(/src=shared/);
  });

  test('where the converter cannot start, the page converts the file itself', async ({ page }) => {
    await page.route('**/import-worker*.js', (route) => route.abort());
    await page.goto('./');
    await picker(page).setInputFiles({
      name: 'large.json',
      mimeType: 'application/json',
      buffer: Buffer.from(LARGE),
    });
    await expect(heading(page)).toHaveText('A large timeline');
    await expect(count(page)).toHaveText('4,000 events');
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

  test('the menu opened while the dataset loads stays open once it has loaded', async ({
    page,
  }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/us-stance-gaza/events.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    await page.getByRole('button', { name: 'Datasets' }).click();
    const template = page.getByRole('link', { name: 'Download the CSV template' });
    await expect(template).toBeVisible();
    release();
    // The loading page's header gives way to the dataset's: the menu stays open across it.
    await expect(heading(page)).toHaveText(/U\.S\. stance/);
    await expect(page.getByRole('button', { name: 'Datasets' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(template).toBeVisible();
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

  test('?src= to a file that is not there says so, in the words of a link', async ({ page }) => {
    await page.route('**/shared/gone.json', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto('./?src=shared/gone.json');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('The linked file could not be opened');
    await expect(alert).toContainText(
      /Nothing was found at http:\/\/127\.0\.0\.1:\d+\/shared\/gone\.json \(HTTP 404\)\. The file may have moved or been deleted, or the link may be mistyped\./,
    );
  });
});
