/**
 * The record, cited and whole: footnote markers in the details panel take the reader to their
 * source; sources say what kind they are; a Security Council vote lists every member by name,
 * vetoes marked in words. A small crafted dataset (two real events of 22 March 2024, cited
 * sentence by sentence, with the Council's 2024 membership) is served in place of the flagship,
 * so these tests pin the interface whatever the flagship's data holds.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { UNSC_2024, makeDatasetFiles } from '../src/domain/test-fixtures';
import { eventById, longDate } from './flagship';

const files = makeDatasetFiles();
const [VETO, BLINKEN] = files['events.json'].events;

async function serveCrafted(page: Page) {
  for (const [file, json] of Object.entries(files)) {
    await page.route(`**/data/us-stance-gaza/${file}`, (route) => route.fulfill({ json }));
  }
}

const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const sources = (page: Page) =>
  details(page).getByRole('region', { name: 'Sources' }).getByRole('listitem');

test.describe('claim-level citations', () => {
  test.beforeEach(async ({ page }) => serveCrafted(page));

  test('summary markers move focus to their source, visibly', async ({ page }) => {
    await page.goto(`./?event=${BLINKEN!.id}`);
    const panel = details(page);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(BLINKEN!.title);

    // Sentence 1 cites the mirror ([1]); sentence 2 the mirror and the Times of Israel ([1][2]).
    const summary = panel.getByText(/^Blinken speaks to the press/).locator('..');
    await expect(summary).toHaveText(
      'Blinken speaks to the press in Tel Aviv.[1] He says a major ground operation in Rafah is not the way.[1][2]',
    );
    const toi = panel.getByRole('button', { name: 'Source 2: The Times of Israel' });
    await expect(toi).toHaveCount(1);
    await toi.click();
    const second = sources(page).nth(1);
    await expect(second).toBeFocused();
    await expect(second).toContainText('Blinken: Rafah offensive risks');
    await expect(second).toHaveCSS('outline-style', 'solid');
    await expect(second).toBeInViewport();

    // By keyboard too: Enter on the first marker lands on source 1.
    await panel.getByRole('button', { name: 'Source 1: ozardiplo.blogspot.com' }).first().focus();
    await page.keyboard.press('Enter');
    await expect(sources(page).first()).toBeFocused();
  });

  test('caveat markers work the same way', async ({ page }) => {
    await page.goto(`./?event=${BLINKEN!.id}`);
    const caveats = details(page).getByRole('region', { name: 'Caveats' });
    await expect(caveats).toContainText('evening in Tel Aviv, on the same day.[1]');
    await caveats.getByRole('button', { name: 'Source 1: ozardiplo.blogspot.com' }).click();
    await expect(sources(page).first()).toBeFocused();
  });

  test('sources say their kind and date in words, a mirror names its original', async ({
    page,
  }) => {
    await page.goto(`./?event=${BLINKEN!.id}`);
    await expect(sources(page)).toHaveCount(2);
    await expect(sources(page).first()).toContainText(
      'Copy of a primary record · ozardiplo.blogspot.com · 22 March 2024',
    );
    await expect(sources(page).first()).toContainText(
      'Original: U.S. Department of State, “Secretary Antony J. Blinken Remarks to the Press”, 22 March 2024',
    );
    await expect(sources(page).nth(1)).toContainText('Press · The Times of Israel · 22 March 2024');

    await page.goto(`./?event=${VETO!.id}`);
    await expect(sources(page).first()).toContainText('Primary record · United Nations');
  });

  test('the list view shows the same markers, as plain text', async ({ page }) => {
    await page.goto('./?view=list');
    const row = page
      .getByRole('main')
      .getByRole('table')
      .getByRole('row', { name: new RegExp(BLINKEN!.title) });
    await expect(row).toContainText(
      'Blinken speaks to the press in Tel Aviv.[1] He says a major ground operation in Rafah is not the way.[1][2]',
    );
    await expect(row.getByRole('button')).toHaveCount(1);
  });

  test('the details with footnotes have no axe violations', async ({ page, axe }) => {
    await page.goto(`./?event=${BLINKEN!.id}`);
    await details(page).getByRole('button', { name: 'Source 2: The Times of Israel' }).click();
    await expect(sources(page).nth(1)).toBeFocused();
    expect(await axe()).toEqual([]);
  });
});

test.describe('whole votes', () => {
  test.beforeEach(async ({ page }) => serveCrafted(page));

  const NAMES = Object.fromEntries(
    files['actors.json'].actors.map((a) => [a.id, a.name] as const),
  ) as Record<string, string>;

  test('the 22 March 2024 veto lists all 15 members by name, the two vetoes marked', async ({
    page,
  }) => {
    await page.goto(`./?event=${VETO!.id}`);
    const table = details(page).getByRole('table', { name: /How members voted/ });
    await expect(table).toHaveAccessibleName('How members voted (all 15)');
    // One row per member, plus a heading row per group.
    const memberRows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
    await expect(memberRows).toHaveCount(15 + 3);
    for (const id of UNSC_2024) {
      await expect(table.getByRole('row', { name: new RegExp(`^${NAMES[id]}\\b`) })).toHaveCount(1);
    }
    await expect(table.getByRole('row').filter({ hasText: /— veto$/ })).toHaveCount(2);
    await expect(table.getByRole('row', { name: /^Russia\b/ })).toHaveText('RussiaAgainst — veto');
    await expect(table.getByRole('row', { name: /^China\b/ })).toHaveText('ChinaAgainst — veto');
    await expect(table.getByRole('row', { name: /^Algeria\b/ })).toHaveText('AlgeriaAgainst');
    await expect(table.getByRole('row', { name: /^Guyana\b/ })).toHaveText('GuyanaAbstained');
    await expect(table.getByRole('row', { name: /^Japan\b/ })).toHaveText('JapanIn favour');

    // Groups in order, each headed by its count, which matches the tally 11–3–1.
    await expect(
      table.getByRole('rowheader', { name: /^(In favour|Against|Abstained) \d+$/ }),
    ).toHaveText(['In favour 11', 'Against 3', 'Abstained 1']);
    await expect(details(page).getByText('11–3–1', { exact: true })).toBeVisible();
  });

  test('without a covering term, the table lists what the vote records', async ({ page }) => {
    await page.unrouteAll();
    const meta = { ...files['dataset.json'], bodies: [] };
    await page.route('**/data/us-stance-gaza/dataset.json', (route) =>
      route.fulfill({ json: meta }),
    );
    for (const file of ['actors.json', 'events.json'] as const) {
      await page.route(`**/data/us-stance-gaza/${file}`, (route) =>
        route.fulfill({ json: files[file] }),
      );
    }
    await page.goto(`./?event=${VETO!.id}`);
    const table = details(page).getByRole('table', { name: 'How members voted' });
    await expect(table).toHaveAccessibleName('How members voted');
    await expect(table.getByRole('row', { name: /^All other members/ })).toHaveText(
      'All other membersIn favour',
    );
    await expect(table.getByRole('row', { name: /^Japan\b/ })).toHaveCount(0);
  });

  /** The veto with only its two vetoes named, as the sources sometimes leave it. */
  async function servePartial(page: Page, bodies: boolean) {
    await page.unrouteAll();
    const meta = bodies ? files['dataset.json'] : { ...files['dataset.json'], bodies: [] };
    const events = {
      ...files['events.json'],
      events: files['events.json'].events.map((e) =>
        e.id === VETO!.id && e.vote
          ? {
              ...e,
              vote: {
                ...e.vote,
                members: e.vote.members.filter((m) => m.veto),
                remainder: undefined,
                partial: true,
              },
            }
          : e,
      ),
    };
    const json = {
      'dataset.json': meta,
      'actors.json': files['actors.json'],
      'events.json': events,
    };
    for (const [file, body] of Object.entries(json)) {
      await page.route(`**/data/us-stance-gaza/${file}`, (route) => route.fulfill({ json: body }));
    }
  }

  test('a partial record keeps the vetoes marked and shows the other members as not recorded', async ({
    page,
    axe,
  }) => {
    await servePartial(page, true);
    await page.goto(`./?event=${VETO!.id}`);
    const table = details(page).getByRole('table', { name: /How members voted/ });
    await expect(table).toHaveAccessibleName('How members voted (all 15)');
    await expect(
      table.getByRole('rowheader', { name: /^(In favour|Against|Abstained|Not recorded) \d+$/ }),
    ).toHaveText(['Against 2', 'Not recorded 13']);
    await expect(table.getByRole('row', { name: /^Russia\b/ })).toHaveText('RussiaAgainst — veto');
    await expect(table.getByRole('row', { name: /^Algeria\b/ })).toHaveText('AlgeriaNot recorded');
    // The tally still says what the sources report.
    await expect(details(page).getByText('11–3–1', { exact: true })).toBeVisible();
    expect(await axe()).toEqual([]);
  });

  test('without a covering term, a partial record ends with the others not recorded', async ({
    page,
  }) => {
    await servePartial(page, false);
    await page.goto(`./?event=${VETO!.id}`);
    const table = details(page).getByRole('table', { name: 'How members voted' });
    await expect(
      table.getByRole('row', { name: /^(Russia|China|All other members)\b/ }),
    ).toHaveText(['RussiaAgainst — veto', 'ChinaAgainst — veto', 'All other membersNot recorded']);
  });

  test('the whole vote has no axe violations', async ({ page, axe }) => {
    await page.goto(`./?event=${VETO!.id}`);
    await expect(details(page).getByRole('table', { name: /How members voted/ })).toBeVisible();
    expect(await axe()).toEqual([]);
  });
});

test.describe('transfers beside the holds', () => {
  test('the flagship arms track marks a transfer at the level in force and says so', async ({
    page,
  }) => {
    const transfer = eventById('twenty-billion-arms-sales');
    await page.goto('./');
    const stance = page.getByRole('region', { name: /^How the stance/ });
    await expect(
      stance
        .getByRole('list', { name: 'Stance track key' })
        .getByRole('listitem')
        .filter({ hasText: 'An event at the level already in force' }),
    ).toContainText('Conditions on arms for Israel');
    const track = page.getByRole('group', { name: 'Stance track: Conditions on arms for Israel' });
    const marker = track.getByRole('button', {
      name: `Conditions on arms for Israel: Holds one category of bombs, unchanged on ${longDate(transfer.date)} (${transfer.title})`,
    });
    await expect(marker).toHaveCount(1);
    await marker.click();
    await expect(
      page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(transfer.title);
  });
});
